-- purpose: one account by username (with its hash, for password checks; never shown)
-- grain:   zero or one row
-- params:  $username (lowercase username)
select username, password_hash, role, region_code, email, created_at, disabled
from users
where username = $username
