-- purpose: save the coverage target of one year, replacing its earlier value
-- grain:   one row per year
-- params:  $year (int), $pct (double, percent)
merge into coverage_targets c
using (select $year::integer as year, $pct::double as target_pct) n
on c.year = n.year
when matched then update set target_pct = n.target_pct
when not matched then insert (year, target_pct) values (n.year, n.target_pct)
