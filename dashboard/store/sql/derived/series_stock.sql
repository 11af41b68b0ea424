-- purpose: series_stock.sql's daily building blocks for a province or 'ID', read from the pre-aggregated
--          derived_series_day instead of the ledger (same columns, same values)
-- grain:   one row per day in [$start, $end] that has a flow or a stock change; changes before $start land on $start
-- params:  $members (region codes of a province scope or of 'ID': whole provinces only), $item, $start, $end (dates)
-- note:    only for scopes made of whole provinces (series.stock_series uses series_stock.sql for a kab/kota).
with provinces as (
    select distinct split_part(m, '.', 1) as province_code from unnest($members::varchar[]) as t(m)
),
picked as (
    select d.*
    from derived_series_day d
    semi join provinces p on d.province_code = p.province_code
    where d.item = $item and d.day <= $end::date
),
flows as (
    select day, sum(pemakaian)::double as pemakaian, sum(rusak)::double as rusak,
           sum(penerimaan)::double as penerimaan, sum(distribusi)::double as distribusi,
           sum(unit_days)::bigint as unit_days
    from picked
    where day >= $start::date and unit_days > 0
    group by day
),
changes as (
    select greatest(day, $start::date) as day, sum(stock_delta)::bigint as stock_delta,
           sum(stockout_delta)::bigint as stockout_delta, sum(known_delta)::bigint as known_delta
    from picked
    group by 1
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
