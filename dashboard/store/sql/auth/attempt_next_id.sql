-- purpose: the id of the next login attempt (max + 1: the shared store has no sequences; writes go one at a time)
-- grain:   one row, one column
-- params:  none
select coalesce(max(attempt_id), 0) + 1 as attempt_id from login_attempts
