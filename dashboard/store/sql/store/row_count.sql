-- purpose: how many stock and coverage rows the store holds (is it empty?)
-- grain:   one row, one column
-- params:  none
select (select count(*) from stock_ledger) + (select count(*) from coverage) as n
