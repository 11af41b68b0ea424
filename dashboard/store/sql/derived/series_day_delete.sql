-- purpose: drop the pre-aggregated series rows from $start on (they are recomputed by derived_series_day_insert.sql)
-- grain:   deletes rows of derived_series_day with day >= $start
-- params:  $start (date)
delete from derived_series_day where day >= $start::date
