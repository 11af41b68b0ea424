-- purpose: empty import_mappings of a rebuilt store before the source's rows are copied in
-- grain:   none (statement)
-- params:  none
delete from import_mappings
