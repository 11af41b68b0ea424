-- purpose: save one setting, replacing its earlier value
-- grain:   one row per key
-- params:  $key (varchar, a field of dashboard.settings.Settings), $value (JSON text)
insert or replace into settings (key, value) values ($key, $value)
