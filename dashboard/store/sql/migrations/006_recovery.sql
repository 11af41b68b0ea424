-- purpose: the regions each upload carries, so a raw file is downloadable only inside a user's scope
-- grain:   one row per upload and region
-- params:  none (DDL, applied once by dashboard/migrations.py)

create table upload_regions (
    upload_id bigint not null,
    region_code varchar not null
);

-- Uploads from before this table: a regional account could send only its own regions, so its scope stands in
-- for the file (never smaller than the file). Uploads by admins, the command line or accounts since removed
-- get no rows, which makes their raw files downloadable by admins only.
insert into upload_regions (upload_id, region_code)
select distinct u.upload_id, g.code
from uploads u
join users a on a.username = u.uploader
join regions g on (a.role = 'kabkota' and g.code = a.region_code)
               or (a.role = 'provinsi' and g.province_code = a.region_code)
where u.archive_path is not null
