-- purpose: the migrations this store has applied
-- grain:   one row per applied migration file
-- params:  none
select version, name from schema_migrations order by version
