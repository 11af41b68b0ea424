-- purpose: the earliest accepted upload of exactly these bytes (a re-sent file changes nothing)
-- grain:   one row (or none): upload id, kind and rows of the first upload with this sha256
-- params:  $sha256 (hex text)
select upload_id, kind, rows_total::bigint as rows_total
from uploads
where sha256 = $sha256 and kind <> 'demo'
order by upload_id
limit 1
