-- purpose: save the coverage target of one year, replacing its earlier value
-- grain:   one row per year
-- params:  $year (int), $pct (double, percent)
insert or replace into coverage_targets (year, target_pct) values ($year, $pct)
