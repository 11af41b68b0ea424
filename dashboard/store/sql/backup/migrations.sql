-- purpose: the schema migrations a store has applied (recorded in a backup manifest)
-- grain:   one row per applied migration
-- params:  none
select version, name from schema_migrations order by version
