-- purpose: the default as-of date: the last stock report's end day (the last coverage report's when no stock exists)
-- grain:   one row, one column (null for an empty store)
-- params:  none
select coalesce((select max(period_end) from stock_ledger), (select max(period_end) from coverage)) as as_of
