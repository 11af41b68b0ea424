-- purpose: the latest dates the store holds data for: stock (the default "as of" of every page) and coverage
-- grain:   one row
-- params:  none
select (select max(period_end) from stock_ledger) as stock, (select max(period_end) from coverage) as coverage
