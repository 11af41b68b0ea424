-- purpose: every setting saved on the Pengaturan page (values are JSON; defaults live in dashboard/settings.py)
-- grain:   one row per saved setting
-- params:  none
select key, value from settings order by key
