-- purpose: which of the tables that make a store "hold data" exist (an old or foreign file may lack some)
-- grain:   one row per existing table
-- params:  none
select table_name
from information_schema.tables
where table_schema = 'main' and table_name in ('stock_ledger', 'coverage', 'uploads', 'users')
order by table_name
