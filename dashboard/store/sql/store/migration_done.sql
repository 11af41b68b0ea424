-- purpose: record one applied migration (inside the migration's own transaction)
-- grain:   one row
-- params:  $version (int), $name (varchar, file stem)
insert into schema_migrations (version, name, applied_at) values ($version, $name, current_timestamp)
