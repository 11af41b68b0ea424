-- purpose: the next upload id (one above every stored upload, as for imports)
-- grain:   one row, one column
-- params:  none
select coalesce(max(upload_id), 0) + 1 as upload_id from uploads
