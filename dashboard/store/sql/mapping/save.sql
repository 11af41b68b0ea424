-- purpose: save (or replace) one named column mapping of an office
-- grain:   one import_mappings row
-- params:  $office, $name, $kind, $signature, $spec (JSON), $created_by, $created_at
-- MERGE, not INSERT OR REPLACE: the shared store (DuckLake) has no keys; the one writer keeps (office, name) unique.
merge into import_mappings m
using (select $office as office, $name as name, $kind as kind, $signature as signature, $spec as spec,
              $created_by as created_by, $created_at::timestamptz as created_at) n
on m.office = n.office and m.name = n.name
when matched then update set kind = n.kind, signature = n.signature, spec = n.spec, created_by = n.created_by,
                             created_at = n.created_at
when not matched then insert (office, name, kind, signature, spec, created_by, created_at)
                      values (n.office, n.name, n.kind, n.signature, n.spec, n.created_by, n.created_at)
