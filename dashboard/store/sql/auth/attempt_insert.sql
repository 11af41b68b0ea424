-- purpose: reserve one login attempt as a failure before the password is checked
-- grain:   inserts one row, returns its id
-- params:  $username, $at
insert into login_attempts (username, "at", ok) values ($username, $at, false) returning attempt_id
