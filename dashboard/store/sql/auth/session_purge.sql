-- purpose: forget sessions that ended or expired long ago (the table stays small)
-- grain:   deletes zero or more rows
-- params:  $ended_before (timestamptz)
delete from login_sessions
where coalesce(ended_at, expires_at) < $ended_before
