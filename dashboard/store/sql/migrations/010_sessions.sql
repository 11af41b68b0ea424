-- purpose: login sessions kept on the server, so a reload (F5) keeps a session and logging out ends it for good
-- grain:   one row per login session (password logins; SSO keeps Streamlit's own cookie)
-- params:  none (DDL, applied once by dashboard/store/migrations.py)

-- the browser holds only a signed random token in an HttpOnly cookie; the store keeps its sha256, never the token
create table login_sessions (
    token_hash varchar primary key,
    username varchar not null,
    via varchar not null,             -- password
    created_at timestamptz not null,  -- the login; validity runs from here (setting session_hours)
    expires_at timestamptz not null,  -- created_at + session_hours at login (the cookie's own lifetime)
    ended_at timestamptz,             -- logout, expiry noticed, or the account removed
    end_reason varchar
)
