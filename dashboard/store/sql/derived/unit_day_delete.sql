-- purpose: drop the staging rows from $start on (staging/unit_day.sql writes them again)
-- grain:   deletes rows of staging_unit_day with day >= $start
-- params:  $start (date)
delete from staging_unit_day where day >= $start::date
