-- purpose: the audit trail, newest first, optionally one action and/or one actor (Audit page, tests)
-- grain:   one row per audited event
-- params:  $action (null = all), $actor (null = all), $limit
select id, "at", actor, action, detail
from audit_log
where ($action is null or action = $action)
  and ($actor is null or actor = $actor)
order by "at" desc, id desc
limit $limit
