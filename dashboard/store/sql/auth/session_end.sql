-- purpose: end one session on the server (logout or expiry): its cookie no longer logs anyone in
-- grain:   updates zero or one row
-- params:  $token_hash, $now, $reason
update login_sessions
set ended_at = $now, end_reason = $reason
where token_hash = $token_hash
  and ended_at is null
