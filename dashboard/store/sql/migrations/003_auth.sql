-- purpose: accounts, audit trail and login attempts (who may change what, and who did)
-- grain:   see each table
-- params:  none (DDL, applied once by dashboard/migrations.py)

-- one row per account; passwords only as argon2id hashes, never plaintext
create table users (
    username varchar primary key,    -- lowercase, 3-32 of a-z 0-9 . _ -
    password_hash varchar not null,  -- argon2 encoded hash
    role varchar not null,           -- admin | provinsi | kabkota | viewer
    region_code varchar,             -- province code for provinsi, kab/kota code for kabkota, null otherwise
    email varchar,                   -- optional, lowercase; maps a single-sign-on identity to this account
    created_at timestamptz not null,
    disabled boolean not null default false
);

create sequence audit_seq start 1;

-- one row per audited event (login, failed login, account change, upload, settings, backup, restore)
create table audit_log (
    id bigint default nextval('audit_seq'),
    "at" timestamptz not null,  -- quoted: AT is a reserved word in DuckDB 2.0
    actor varchar not null,
    action varchar not null,
    detail varchar
);

create sequence login_attempt_seq start 1;

-- one row per password check; a row is written as a failure before the check and flipped on success,
-- so parallel guesses cannot slip past the rate limit
create table login_attempts (
    attempt_id bigint default nextval('login_attempt_seq'),
    username varchar not null,
    "at" timestamptz not null,  -- quoted: AT is a reserved word in DuckDB 2.0
    ok boolean not null
)
