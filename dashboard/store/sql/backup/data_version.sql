-- purpose: the store's data version (recorded in a backup manifest; bumped past on restore)
-- grain:   zero or one row, one column
-- params:  none
select value from meta where key = 'data_version'
