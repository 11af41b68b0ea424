-- purpose: how many regions the store's reference holds and which source it was synced from
-- grain:   one row
-- params:  none
select (select count(*) from regions) as n,
       (select max(value) from meta where key = 'regions_source') as source
