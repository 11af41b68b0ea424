-- purpose: copy the source store's settings rows (registered by backup_rebuild.py as rebuild_rows) into a rebuilt store
-- grain:   none (statement)
-- params:  none; reads the registered frame rebuild_rows
insert into settings by name select * from rebuild_rows
