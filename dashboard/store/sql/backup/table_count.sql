-- purpose: how many rows one table of a store holds (held_rows: is this store empty?)
-- grain:   one row, one column
-- params:  $name (a table name from backup_tables_present.sql, bound as a value through query_table)
select count(*) from query_table($name)
