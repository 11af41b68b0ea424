-- purpose: save one setting, replacing its earlier value
-- grain:   one row per key
-- params:  $key (varchar, a field of dashboard.settings.Settings), $value (JSON text)
merge into settings s
using (select $key as key, $value as value) n
on s.key = n.key
when matched then update set value = n.value
when not matched then insert (key, value) values (n.key, n.value)
