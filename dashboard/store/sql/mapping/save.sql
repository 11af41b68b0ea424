-- purpose: save (or replace) one named column mapping of an office
-- grain:   one import_mappings row
-- params:  $office, $name, $kind, $signature, $spec (JSON), $created_by, $created_at
insert or replace into import_mappings (office, name, kind, signature, spec, created_by, created_at)
values ($office, $name, $kind, $signature, $spec, $created_by, $created_at)
