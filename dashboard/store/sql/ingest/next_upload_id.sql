-- purpose: a new upload id for an accepted file (shared with demo builds): one above every stored upload
-- grain:   one row, one column
-- params:  none
-- max + 1, not a sequence (the shared store has none): unique because writes go one at a time (Store.writing).
select coalesce(max(upload_id), 0) + 1 as upload_id from uploads
