-- purpose: bump the data version inside the write transaction that changes data (caches keyed by it renew)
-- grain:   one meta row
-- params:  none
update meta set value = cast(cast(value as bigint) + 1 as varchar) where key = 'data_version'
