-- purpose: reserve one login attempt as a failure before the password is checked
-- grain:   inserts one row
-- params:  $id (from auth/attempt_next_id, same transaction), $username, $at
insert into login_attempts (attempt_id, username, "at", ok) values ($id, $username, $at, false)
