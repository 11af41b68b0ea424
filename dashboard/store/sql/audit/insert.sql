-- purpose: append one audit event inside the caller's write transaction
-- grain:   inserts one row
-- params:  $at, $actor, $action, $detail
-- The id is max + 1 (the shared store has no sequences): unique because writes go one at a time (Store.writing).
insert into audit_log (id, "at", actor, action, detail)
select coalesce(max(id), 0) + 1, $at, $actor, $action, $detail from audit_log
