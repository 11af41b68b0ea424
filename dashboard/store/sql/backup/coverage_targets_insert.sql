-- purpose: copy the source store's coverage_targets rows (registered by backup_rebuild.py as rebuild_rows) into a rebuilt store
-- grain:   none (statement)
-- params:  none; reads the registered frame rebuild_rows
insert into coverage_targets by name select * from rebuild_rows
