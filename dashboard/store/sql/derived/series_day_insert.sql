-- purpose: (re)compute derived_series_day from $start on, with the definitions of series_stock.sql applied per unit
--          and summed per province: flows (a one-day row wins; a longer row spreads evenly over its days) and the
--          changes of each unit's closing stock against its previous report (which may lie before $start)
-- grain:   one row per province, item and day >= $start that has a flow or a report
-- params:  $start (date: the earliest day a write touched; rows for earlier days are unchanged)
-- note:    units are the regions table's codes (province warehouses and kab/kota), as regions.members('ID').
--          Summed over days, the deltas telescope: Σ stock_delta up to day d = Σ of each unit's last closing <= d.
insert into derived_series_day
with units as (
    select code as region_code, province_code from regions
),
rows as (
    select l.region_code, u.province_code, l.item, l.period_start, l.period_end, l.penerimaan, l.distribusi,
           l.pemakaian, l.rusak, l.stok_akhir
    from stock_ledger l
    join units u on u.region_code = l.region_code
    where l.period_end >= $start::date
),
one_day as (
    select region_code, province_code, item, period_end as day, pemakaian::double as pemakaian,
           rusak::double as rusak, penerimaan::double as penerimaan, distribusi::double as distribusi
    from rows
    where period_start = period_end
),
longer as (
    select region_code, province_code, item, datediff('day', period_start, period_end) + 1 as n_days,
           pemakaian, rusak, penerimaan, distribusi,
           unnest(generate_series(greatest(period_start, $start::date), period_end, interval 1 day))::date as day
    from rows
    where period_end > period_start
),
spread as (
    select s.region_code, s.province_code, s.item, s.day, s.pemakaian / s.n_days, s.rusak / s.n_days,
           s.penerimaan / s.n_days, s.distribusi / s.n_days
    from longer s
    anti join one_day d on d.region_code = s.region_code and d.item = s.item and d.day = s.day
),
flows as (
    select province_code, item, day, sum(pemakaian) as pemakaian, sum(rusak) as rusak,
           sum(penerimaan) as penerimaan, sum(distribusi) as distribusi, count(*)::bigint as unit_days
    from (select * from one_day union all select * from spread)
    group by all
),
closing as (
    -- a one-day row wins over a longer row ending the same day (its start is later)
    select region_code, province_code, item, period_end as day, arg_max(stok_akhir, period_start) as stock,
           false as earlier
    from rows
    group by region_code, province_code, item, period_end
),
before as (
    -- each unit's last report before $start, the base of its first delta from $start on
    select l.region_code, u.province_code, l.item, max(l.period_end) as day,
           arg_max(l.stok_akhir, date_diff('day', date '2000-01-01', l.period_end) * 10000
                                 + date_diff('day', date '2000-01-01', l.period_start)) as stock,
           true as earlier
    from stock_ledger l
    join units u on u.region_code = l.region_code
    where l.period_end < $start::date
    group by l.region_code, u.province_code, l.item
),
events as (
    select province_code, item, day, earlier,
           stock - coalesce(lag(stock) over w, 0) as stock_delta,
           (stock = 0)::int - coalesce((lag(stock) over w = 0)::int, 0) as stockout_delta,
           case when lag(stock) over w is null then 1 else 0 end as known_delta
    from (select * from before union all select * from closing)
    window w as (partition by region_code, item order by day)
),
changes as (
    select province_code, item, day, sum(stock_delta)::bigint as stock_delta,
           sum(stockout_delta)::bigint as stockout_delta, sum(known_delta)::bigint as known_delta
    from events
    where not earlier
    group by all
)
select coalesce(f.province_code, c.province_code), coalesce(f.item, c.item), coalesce(f.day, c.day),
       coalesce(f.pemakaian, 0), coalesce(f.rusak, 0), coalesce(f.penerimaan, 0), coalesce(f.distribusi, 0),
       coalesce(f.unit_days, 0), coalesce(c.stock_delta, 0), coalesce(c.stockout_delta, 0),
       coalesce(c.known_delta, 0)
from flows f
full outer join changes c on c.province_code = f.province_code and c.item = f.item and c.day = f.day
order by 2, 3, 1
