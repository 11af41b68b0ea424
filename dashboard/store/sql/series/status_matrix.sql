-- purpose: stock-status heat map inputs: per child region and month, closing stock at month end (members' last
--          known closing carried forward, never from before their first report) and the month's adjusted burn rate
-- grain:   one row per child region × month for the $months months ending with $as_of's month
--          ('ID' -> provinces; a province -> its warehouse and kab/kota; a kab/kota -> itself)
-- params:  $region, $members (region codes), $item, $as_of (date), $months (int)
-- note:    burn_rate_per_day = Σ over members of the month's consumption / days with data excluding stocked-out
--          days (closing 0 and nothing used); one-day rows win over longer rows, which spread over their days.
with members as (
    select distinct unnest($members::varchar[]) as region_code
),
bounds as (
    select (date_trunc('month', $as_of::date) - to_months($months::int - 1))::date as lo, $as_of::date as hi
),
months as (
    select m::date as month, least((m + interval 1 month)::date - 1, b.hi) as month_end
    from bounds b, unnest(generate_series(b.lo, b.hi, interval 1 month)) as g(m)
),
rows as (
    select l.region_code, l.period_start, l.period_end, l.pemakaian, l.rusak, l.stok_akhir
    from stock_ledger l
    semi join members m on l.region_code = m.region_code
    cross join bounds b
    where l.item = $item and l.period_end >= b.lo and l.period_start <= b.hi
),
one_day as (
    select region_code, period_end as day, (pemakaian + rusak)::double as consumption,
           (stok_akhir = 0 and pemakaian + rusak = 0) as stocked_out
    from rows
    where period_start = period_end
),
longer as (
    select r.*, datediff('day', r.period_start, r.period_end) + 1 as n_days,
           unnest(generate_series(greatest(r.period_start, b.lo), least(r.period_end, b.hi), interval 1 day))::date as day
    from rows r cross join bounds b
    where r.period_end > r.period_start
),
spread as (
    select s.region_code, s.day, (s.pemakaian + s.rusak) / s.n_days,
           (s.stok_akhir = 0 and s.pemakaian + s.rusak = 0)
    from longer s
    anti join one_day d on d.region_code = s.region_code and d.day = s.day
),
member_month_use as (
    select region_code, date_trunc('month', day)::date as month,
           sum(consumption) / nullif(count(*) filter (where not stocked_out), 0) as burn_rate_per_day,
           sum(consumption) as consumption, count(*) as covered_days,
           count(*) filter (where stocked_out) as stockout_days
    from (select * from one_day union all select * from spread)
    group by all
),
month_closing as (
    -- last closing in each month (a one-day row wins over a longer row ending the same day)
    select region_code, date_trunc('month', period_end)::date as month,
           arg_max(stok_akhir, date_diff('day', date '2000-01-01', period_end) * 10000
                               + date_diff('day', date '2000-01-01', period_start)) as stock
    from rows cross join bounds b
    where period_end >= b.lo and period_end <= b.hi
    group by all
),
before as (
    select l.region_code, arg_max(l.stok_akhir, date_diff('day', date '2000-01-01', l.period_end) * 10000
                                               + date_diff('day', date '2000-01-01', l.period_start)) as stock
    from stock_ledger l
    semi join members m on l.region_code = m.region_code
    cross join bounds b
    where l.item = $item and l.period_end < b.lo
    group by l.region_code
),
seen as (
    select region_code from before union select region_code from month_closing
),
carried as (
    select s.region_code, mo.month,
           coalesce(last_value(c.stock ignore nulls) over (
                        partition by s.region_code order by mo.month rows between unbounded preceding and current row),
                    b.stock) as stock
    from seen s
    cross join months mo
    left join month_closing c on c.region_code = s.region_code and c.month = mo.month
    left join before b on b.region_code = s.region_code
),
final as (
    select case when $region = 'ID' then split_part(c.region_code, '.', 1) else c.region_code end as region_code,
           c.month,
           sum(c.stock) as stock_end,
           count(c.stock) as units_with_stock,
           count(*) filter (where c.stock = 0) as units_stocked_out,
           sum(u.consumption) as consumption,
           sum(u.burn_rate_per_day) as burn_rate_per_day,
           sum(u.covered_days) as unit_days,
           sum(u.stockout_days) as stockout_days
    from carried c
    left join member_month_use u on u.region_code = c.region_code and u.month = c.month
    group by all
)
select f.region_code, r.name, f.month, f.stock_end::bigint as stock_end, f.consumption::double as consumption,
       f.burn_rate_per_day::double as burn_rate_per_day, f.units_with_stock::bigint as units_with_stock,
       f.units_stocked_out::bigint as units_stocked_out, f.unit_days::bigint as unit_days,
       f.stockout_days::bigint as stockout_days
from final f
left join regions r on r.code = f.region_code
order by f.region_code, f.month
