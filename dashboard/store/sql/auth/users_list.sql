-- purpose: every account without its password hash (user list, Pengguna table)
-- grain:   one row per account
-- params:  none
select username, role, region_code, email, created_at, disabled
from users
order by username
