-- purpose: whether an upload row exists (an archive file whose upload rolled back must be removed)
-- grain:   one row (or none)
-- params:  $upload_id (bigint)
select upload_id from uploads where upload_id = $upload_id
