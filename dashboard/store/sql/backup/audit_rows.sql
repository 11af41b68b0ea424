-- purpose: the whole audit trail in its original order, copied into a rebuilt store
-- grain:   one row per audit event
-- params:  none
select id, "at", actor, action, detail from audit_log order by id
