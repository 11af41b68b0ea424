-- purpose: every upload in the order it was applied, for `rebuild` to replay (original uploader, day, file)
-- grain:   one row per upload
-- params:  none
select upload_id, file_name, sha256, uploaded_at, uploader, kind, source, archive_path
from uploads
order by upload_id
