-- purpose: whether another account already uses an email address
-- grain:   one row, one column
-- params:  $email, $username
select count(*) from users where email = $email and username <> $username
