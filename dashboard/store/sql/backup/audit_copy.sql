-- purpose: append a source store's audit trail (registered as rebuild_audit) in its original order
-- grain:   inserts one row per source audit event
-- params:  none (reads the registered frame rebuild_audit)
insert into audit_log ("at", actor, action, detail)
select "at", actor, action, detail from rebuild_audit
