-- purpose: append one audit event inside the caller's write transaction
-- grain:   inserts one row
-- params:  $at, $actor, $action, $detail
insert into audit_log ("at", actor, action, detail) values ($at, $actor, $action, $detail)
