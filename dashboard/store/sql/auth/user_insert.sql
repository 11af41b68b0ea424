-- purpose: create one account (the caller validated name, role, region and hashed the password)
-- grain:   inserts one row
-- params:  $username, $hash, $role, $region, $email, $at
insert into users (username, password_hash, role, region_code, email, created_at, disabled)
values ($username, $hash, $role, $region, $email, $at, false)
