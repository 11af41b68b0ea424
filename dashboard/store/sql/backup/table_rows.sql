-- purpose: every row of one table copied verbatim into a rebuilt store (settings, coverage_targets, users)
-- grain:   one row per row of the table
-- params:  $name (one of backup.COPIED_TABLES, bound as a value through query_table)
select * from query_table($name)
