-- purpose: reporting completeness inputs: for every unit that ever reported stock (on or before $end) and every
--          month from $start to $end, whether any stock row covers the month and when its first covering row
--          was uploaded (current rows and rows since replaced, so a re-upload does not make a month look late)
-- grain:   one row per unit × month
-- params:  $members (region codes), $start (first month's first day), $end (last month's last day),
--          $month_starts (the first day of every month from $start to $end: metrics.scope.month_starts)
-- note:    first_uploaded is the date (Asia/Jakarta) of the first upload covering the month; a month any demo row
--          covers has no real submission date (null).
with members as (
    select distinct unnest($members::varchar[]) as region_code
),
months as (
    select m as month, last_day(m) as month_end from unnest($month_starts::date[]) as g(m)
),
units as (
    select distinct l.region_code
    from stock_ledger l
    semi join members m on l.region_code = m.region_code
    where l.period_start <= $end::date
),
covering as (
    -- collapse rows to (unit, upload, first month, last month) before spreading them over months
    select region_code, upload_id, date_trunc('month', greatest(period_start, $start::date))::date as m0,
           date_trunc('month', least(period_end, $end::date))::date as m1
    from (
        select region_code, upload_id, period_start, period_end from stock_ledger
        union all
        select region_code, upload_id, period_start, period_end from stock_ledger_history
    ) l
    semi join members m on l.region_code = m.region_code
    where l.period_end >= $start::date and l.period_start <= $end::date
    group by all
),
per_month as (
    select c.region_code, mo.month,
           -- a month's timeliness is judged on its first upload: a later correction never makes it late, and
           -- a month the demo build covered (no real submission date) stays on time when corrected
           case when bool_or(u.source = 'demo') then null
                else min((u.uploaded_at at time zone 'Asia/Jakarta')::date) end as first_uploaded,
           bool_or(u.source = 'demo') as demo
    from covering c
    join months mo on mo.month between c.m0 and c.m1
    left join uploads u on u.upload_id = c.upload_id
    group by all
)
select u.region_code, r.name, mo.month, mo.month_end, (p.region_code is not null) as covered,
       p.first_uploaded, coalesce(p.demo, false) as demo
from units u
cross join months mo
left join per_month p on p.region_code = u.region_code and p.month = mo.month
left join regions r on r.code = u.region_code
order by u.region_code, mo.month
