-- purpose: region names in uploads that do not fit their code (quality_flags 'name_mismatch'), one row per code
--          and reported name, with the latest period and how many rows carried it
-- grain:   one row per (region_code, reported_name)
-- params:  $members (region codes), $as_of (date)
-- note:    the reported name comes from the flagged stock/coverage row while that row is still current; otherwise
--          only the flag's message says what was written.
with members as (
    select distinct unnest($members::varchar[]) as region_code
),
flags as (
    select f.*
    from quality_flags f
    semi join members m on f.region_code = m.region_code
    where f.flag = 'name_mismatch' and (f.period_end is null or f.period_end <= $as_of::date)
),
named as (
    select f.region_code, f.period_end, f.message, coalesce(s.reported_name, c.reported_name) as reported_name
    from flags f
    left join stock_ledger s on f.kind = 'stok' and s.upload_id = f.upload_id and s.region_code = f.region_code
                             and s.item = f.item and s.period_end = f.period_end
    left join coverage c on f.kind = 'perekaman' and c.upload_id = f.upload_id and c.region_code = f.region_code
                         and c.period_end = f.period_end
)
select n.region_code, g.name, n.reported_name, arg_max(n.message, n.period_end) as message,
       max(n.period_end) as period_end, count(*)::bigint as rows
from named n
left join regions g on g.code = n.region_code
group by n.region_code, g.name, n.reported_name
order by n.region_code, n.reported_name
