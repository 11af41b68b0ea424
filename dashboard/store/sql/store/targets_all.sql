-- purpose: the per-year coverage targets saved on the Pengaturan page (other years use the default target)
-- grain:   one row per year
-- params:  none
select year, target_pct from coverage_targets order by year
