-- purpose: per reporting unit (kab/kota or province warehouse): stock at $as_of (last closing carried forward),
--          adjusted burn rate over the last $window_days days, and since when a unit at 0 has been at 0
-- grain:   one row per member that reported $item on or before $as_of
-- params:  $members (region codes), $item, $as_of (date), $window_days (int)
-- note:    the burn rate excludes stocked-out days (closing 0 and nothing used) and spreads longer rows over their
--          days, one-day rows winning; zero_since is the first report at 0 after the last report above 0.
with members as (
    select distinct unnest($members::varchar[]) as region_code
),
bounds as (
    select ($as_of::date - ($window_days::int - 1)) as lo, $as_of::date as hi
),
history as (
    select l.region_code, l.period_start, l.period_end, l.pemakaian, l.rusak, l.stok_akhir
    from stock_ledger l
    semi join members m on l.region_code = m.region_code
    where l.item = $item and l.period_end <= $as_of::date
),
latest as (
    select region_code, max(period_end) as last_report,
           arg_max(stok_akhir, date_diff('day', date '2000-01-01', period_end) * 10000
                               + date_diff('day', date '2000-01-01', period_start)) as stock,
           max(period_end) filter (where stok_akhir > 0) as last_positive
    from history
    group by region_code
),
zero as (
    select h.region_code, min(h.period_end) as zero_since
    from history h
    join latest t on t.region_code = h.region_code
    where t.stock = 0 and h.stok_akhir = 0 and h.period_end > coalesce(t.last_positive, date '1900-01-01')
    group by h.region_code
),
rows as (
    select h.* from history h cross join bounds b where h.period_end >= b.lo
),
one_day as (
    select region_code, period_end as day, (pemakaian + rusak)::double as consumption,
           (stok_akhir = 0 and pemakaian + rusak = 0) as stocked_out
    from rows
    where period_start = period_end
),
longer as (
    select r.*, datediff('day', r.period_start, r.period_end) + 1 as n_days,
           unnest(generate_series(greatest(r.period_start, b.lo), r.period_end, interval 1 day))::date as day
    from rows r cross join bounds b
    where r.period_end > r.period_start
),
spread as (
    select s.region_code, s.day, (s.pemakaian + s.rusak) / s.n_days,
           (s.stok_akhir = 0 and s.pemakaian + s.rusak = 0)
    from longer s
    anti join one_day d on d.region_code = s.region_code and d.day = s.day
),
burn as (
    select region_code, sum(consumption) / nullif(count(*) filter (where not stocked_out), 0) as burn_rate_per_day,
           count(*) as covered_days, count(*) filter (where stocked_out) as stockout_days
    from (select * from one_day union all select * from spread)
    group by region_code
)
select t.region_code, r.name, t.stock::bigint as stock, b.burn_rate_per_day::double as burn_rate_per_day,
       coalesce(b.covered_days, 0)::bigint as covered_days, coalesce(b.stockout_days, 0)::bigint as stockout_days,
       t.last_report, z.zero_since
from latest t
left join burn b on b.region_code = t.region_code
left join zero z on z.region_code = t.region_code
left join regions r on r.code = t.region_code
order by t.region_code
