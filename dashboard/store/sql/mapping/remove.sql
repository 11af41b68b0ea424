-- purpose: remove one named column mapping of an office
-- grain:   deletes at most one import_mappings row
-- params:  $office, $name
delete from import_mappings where office = $office and name = $name
