-- purpose: daily building blocks of a stock series: flows (one-day rows win; longer rows spread evenly over
--          their days) and changes of the members' summed carried-forward closing stock
-- grain:   one row per day in [$start, $end] that has a flow or a stock change (the polars side fills the calendar,
--          takes running sums of the *_delta columns and buckets into weeks/months); unit_days = members with a
--          flow that day
-- params:  $members (region codes), $item, $start, $end (dates)
-- note:    stock_delta/stockout_delta/known_delta are changes of Σ last-known closing stock, of the count of members
--          at 0, and of the count of members reported so far; each member's last report before $start lands on $start.
with members as (
    select distinct unnest($members::varchar[]) as region_code
),
rows as (
    select l.region_code, l.period_start, l.period_end, l.penerimaan, l.distribusi, l.pemakaian, l.rusak, l.stok_akhir
    from stock_ledger l
    semi join members m on l.region_code = m.region_code
    where l.item = $item and l.period_end >= $start and l.period_start <= $end
),
one_day as (
    select region_code, period_end as day, pemakaian, rusak, penerimaan, distribusi
    from rows
    where period_start = period_end
),
longer as (
    select region_code, period_start, period_end,
           datediff('day', period_start, period_end) + 1 as n_days,
           pemakaian, rusak, penerimaan, distribusi,
           unnest(generate_series(greatest(period_start, $start::date), least(period_end, $end::date),
                                  interval 1 day))::date as day
    from rows
    where period_end > period_start
),
spread as (
    select s.region_code, s.day, s.pemakaian / s.n_days as pemakaian, s.rusak / s.n_days as rusak,
           s.penerimaan / s.n_days as penerimaan, s.distribusi / s.n_days as distribusi
    from longer s
    anti join one_day d on d.region_code = s.region_code and d.day = s.day
),
flows as (
    select day, sum(pemakaian)::double as pemakaian, sum(rusak)::double as rusak,
           sum(penerimaan)::double as penerimaan, sum(distribusi)::double as distribusi,
           count(*)::bigint as unit_days
    from (select * from one_day union all select * from spread)
    group by day
),
closing as (
    -- a one-day row wins over a longer row ending the same day (its start is later)
    select region_code, period_end as day, arg_max(stok_akhir, period_start) as stock
    from rows
    where period_end <= $end
    group by region_code, period_end
),
before as (
    select l.region_code, max(l.period_end) as day,
           arg_max(l.stok_akhir, date_diff('day', date '2000-01-01', l.period_end) * 10000
                                 + date_diff('day', date '2000-01-01', l.period_start)) as stock
    from stock_ledger l
    semi join members m on l.region_code = m.region_code
    where l.item = $item and l.period_end < $start
    group by l.region_code
),
events as (
    select greatest(day, $start::date) as day,
           stock - coalesce(lag(stock) over w, 0) as stock_delta,
           (stock = 0)::int - coalesce((lag(stock) over w = 0)::int, 0) as stockout_delta,
           case when lag(stock) over w is null then 1 else 0 end as known_delta
    from (select * from before union all select * from closing)
    window w as (partition by region_code order by day)
),
changes as (
    select day, sum(stock_delta)::bigint as stock_delta, sum(stockout_delta)::bigint as stockout_delta,
           sum(known_delta)::bigint as known_delta
    from events
    group by day
)
select coalesce(f.day, c.day) as day,
       coalesce(f.pemakaian, 0) as pemakaian, coalesce(f.rusak, 0) as rusak,
       coalesce(f.penerimaan, 0) as penerimaan, coalesce(f.distribusi, 0) as distribusi,
       coalesce(f.unit_days, 0) as unit_days,
       coalesce(c.stock_delta, 0) as stock_delta, coalesce(c.stockout_delta, 0) as stockout_delta,
       coalesce(c.known_delta, 0) as known_delta
from flows f
full outer join changes c on f.day = c.day
order by 1
