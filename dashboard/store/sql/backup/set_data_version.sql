-- purpose: set the data version after a restore, above both the old and the restored one, so no cache
--          keyed by a version number can serve the replaced data
-- grain:   updates one row
-- params:  $version (varchar)
update meta set value = $version where key = 'data_version'
