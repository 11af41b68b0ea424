-- purpose: the enabled account mapped to a single-sign-on email address
-- grain:   zero or more rows (more than one is refused by the caller)
-- params:  $email (lowercase)
select username, role, region_code, email, created_at, disabled
from users
where email = $email and not disabled
order by username
