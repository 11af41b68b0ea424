-- purpose: the newest accepted upload of exactly these bytes, to name it when a file is sent again
-- grain:   one row (or none): upload id, kind and rows of the newest upload with this sha256 before $before
-- params:  $sha256 (hex text), $before (bigint upload id, or null for all uploads)
select upload_id, kind, rows_total::bigint as rows_total
from uploads
where sha256 = $sha256 and kind <> 'demo' and upload_id < coalesce($before, 9223372036854775807)
order by upload_id desc
limit 1
