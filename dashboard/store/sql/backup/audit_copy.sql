-- purpose: append a source store's audit trail (registered as rebuild_audit) in its original order
-- grain:   inserts one row per source audit event
-- params:  none (reads the registered frame rebuild_audit)
-- New ids continue from the stored ones in the source's order (no sequence: the shared store has none).
insert into audit_log (id, "at", actor, action, detail)
select (select coalesce(max(id), 0) from audit_log) + row_number() over (order by r.id), r."at", r.actor, r.action,
       r.detail
from rebuild_audit r
