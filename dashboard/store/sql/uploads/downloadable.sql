-- purpose: the uploads whose archived raw file a user may download: all for an admin; for a regional account
--          only uploads whose every region lies inside its scope (an upload with no recorded regions: admins only)
-- grain:   one row per upload id
-- params:  $everything (boolean: an admin), $regions (varchar[]: the account's allowed region codes)
select u.upload_id
from uploads u
where u.archive_path is not null
  and ($everything
       or (exists (select 1 from upload_regions r where r.upload_id = u.upload_id)
           and not exists (select 1 from upload_regions r
                           where r.upload_id = u.upload_id and not list_contains($regions, r.region_code))))
order by u.upload_id
