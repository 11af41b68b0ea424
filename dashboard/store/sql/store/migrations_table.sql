-- purpose: the bookkeeping table of applied migrations (created on first open)
-- grain:   one row per applied migration file
-- params:  none
-- No key and no default: the shared store (DuckLake) supports neither; migration_done.sql writes every column.
create table if not exists schema_migrations (version integer not null, name varchar, applied_at timestamptz)
