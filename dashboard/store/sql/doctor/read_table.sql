-- purpose: read one whole table, every column of every row (each block's checksum is verified on the way)
-- grain:   one row per row of the table
-- params:  $name (a table name from doctor/tables.sql, bound as a value through query_table)
select * from query_table($name)
