-- purpose: the bookkeeping table of applied migrations (created before the first migration runs)
-- grain:   one row per applied migration file
-- params:  none
create table if not exists schema_migrations (version integer primary key, name varchar,
                                              applied_at timestamptz default current_timestamp)
