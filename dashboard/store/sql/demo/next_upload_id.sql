-- purpose: the next upload id (shared sequence with imports)
-- grain:   one row, one column
-- params:  none
select nextval('upload_seq') as upload_id
