-- purpose: daily building blocks of a stock series, read from the staging model: the members' flows per day and the
--          changes of their summed carried-forward closing stock
-- grain:   one row per day in [$start, $end] that has a flow or a stock change (the polars side fills the calendar,
--          takes running sums of the *_delta columns and buckets into weeks/months); unit_days = members with a
--          flow that day
-- params:  $members (region codes), $item, $start, $end (dates)
-- note:    flows count rows ending on or before $end. stock_delta/stockout_delta/known_delta are changes of
--          Σ carried stock, of the count of members at 0 and of the count of members reported so far; each member's
--          last stock before $start lands on $start.
with members as (
    select distinct unnest($members::varchar[]) as region_code
),
staged as (
    select s.region_code, s.day, s.row_end, s.pemakaian, s.rusak, s.penerimaan, s.distribusi, s.stock_end
    from staging_unit_day s
    semi join members m on m.region_code = s.region_code
    where s.item = $item and s.day <= $end::date
),
flows as (
    select day, sum(pemakaian)::double as pemakaian, sum(rusak)::double as rusak,
           sum(penerimaan)::double as penerimaan, sum(distribusi)::double as distribusi, count(*)::bigint as unit_days
    from staged
    where day >= $start::date and row_end <= $end::date
    group by day
),
points as (
    select region_code, day, stock_end from staged where day >= $start::date and stock_end is not null
    union all
    select region_code, max(day), arg_max(stock_end, day)
    from staged
    where day < $start::date and stock_end is not null
    group by region_code
),
events as (
    select greatest(day, $start::date) as day,
           stock_end - coalesce(lag(stock_end) over w, 0) as stock_delta,
           (stock_end = 0)::int - coalesce((lag(stock_end) over w = 0)::int, 0) as stockout_delta,
           case when lag(stock_end) over w is null then 1 else 0 end as known_delta
    from points
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
