-- purpose: each unit's latest stock report (any item) on or before $as_of, to find units that stopped reporting
-- grain:   one row per unit that ever reported stock by $as_of
-- params:  $members (region codes), $as_of (date)
with members as (
    select distinct unnest($members::varchar[]) as region_code
),
latest as (
    select l.region_code, max(l.period_end) as last_report
    from stock_ledger l
    semi join members m on l.region_code = m.region_code
    where l.period_end <= $as_of::date
    group by l.region_code
)
select t.region_code, g.name, t.last_report, date_diff('day', t.last_report, $as_of::date)::bigint as days_since
from latest t
left join regions g on g.code = t.region_code
order by t.region_code
