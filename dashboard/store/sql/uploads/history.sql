-- purpose: the upload history shown on the Unggah page: when, which file, who, what kind, and what it changed
-- grain:   one row per upload (accepted file, demo build or rebuild batch), newest first
-- params:  $limit (maximum rows)
-- note:    uploaded_at is converted to Asia/Jakarta wall-clock time (WIB), the officials' clock.
select upload_id,
       (uploaded_at at time zone 'Asia/Jakarta') as uploaded_at,
       file_name, uploader, kind, source,
       rows_total::bigint as rows_total, rows_added::bigint as rows_added,
       rows_replaced::bigint as rows_replaced, rows_unchanged::bigint as rows_unchanged,
       warnings::bigint as warnings, archive_path
from uploads
order by upload_id desc
limit $limit
