-- purpose: record a new login session (only the token's sha256 is stored)
-- grain:   inserts one row
-- params:  $token_hash, $username, $via, $created_at, $expires_at
insert into login_sessions (token_hash, username, via, created_at, expires_at)
values ($token_hash, $username, $via, $created_at, $expires_at)
