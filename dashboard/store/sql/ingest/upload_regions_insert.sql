-- purpose: record the regions one accepted file carries (its raw file is downloadable only inside a user's scope)
-- grain:   one row per region of the file
-- params:  $upload_id (bigint); reads the registered frame upload_regions_in (column region_code)
insert into upload_regions (upload_id, region_code)
select distinct $upload_id, region_code
from upload_regions_in
where region_code is not null
