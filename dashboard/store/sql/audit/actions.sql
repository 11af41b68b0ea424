-- purpose: the distinct actions present in the audit trail (filter choices)
-- grain:   one row per action
-- params:  none
select distinct action from audit_log order by action
