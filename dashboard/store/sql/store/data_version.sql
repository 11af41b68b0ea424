-- purpose: the store's data version (bumped inside every data-changing write; caches are keyed by it)
-- grain:   zero or one row
-- params:  none
select value from meta where key = 'data_version'
