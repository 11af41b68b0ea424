-- purpose: every table of the store, for doctor's full read (each is read through query_table by name)
-- grain:   one row per table of the main schema
-- params:  none
select table_name
from information_schema.tables
where table_schema = 'main' and table_type = 'BASE TABLE'
order by table_name
