-- purpose: the session a cookie names, if it is still open and not past its expiry
-- grain:   zero or one row
-- params:  $token_hash, $now
select username, via, created_at, expires_at
from login_sessions
where token_hash = $token_hash
  and ended_at is null
  and expires_at > $now
