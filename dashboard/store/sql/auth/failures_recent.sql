-- purpose: failed password checks of one username inside the rate-limit window, after its last success
-- grain:   one row: how many, and the oldest of them (the lock lifts a window after it)
-- params:  $username, $since (timestamptz: now minus the window)
with last_ok as (
    select max("at") as last_at from login_attempts where username = $username and ok
),
failures as (
    select a."at" as failed_at
    from login_attempts a, last_ok
    where a.username = $username and not a.ok and a."at" >= $since
      and (last_ok.last_at is null or a."at" > last_ok.last_at)
)
select count(*) as n, min(failed_at) as oldest from failures
