-- purpose: where an upload replaced stored values (the result message names the regions and periods)
-- grain:   one row per region whose rows the upload replaced, most rows first
-- params:  $upload_id (bigint)
select region_code, count(*)::bigint as n, min(period_end) as first_day, max(period_end) as last_day
from (
    select region_code, period_end from stock_ledger_history where replaced_by = $upload_id
    union all
    select region_code, period_end from coverage_history where replaced_by = $upload_id
) replaced
group by region_code
order by n desc, region_code
