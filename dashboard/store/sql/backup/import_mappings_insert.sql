-- purpose: copy the source store's column mappings (registered by admin/rebuild.py as rebuild_rows) into a rebuilt
--          store
-- grain:   none (statement)
-- params:  none; reads the registered frame rebuild_rows
insert into import_mappings by name select * from rebuild_rows
