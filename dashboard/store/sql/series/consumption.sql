-- purpose: consumption and transfers per child region over the last $window_days days to $as_of
--          ('ID' -> provinces; a province -> its warehouse and kab/kota; a kab/kota -> itself)
-- grain:   one row per child region with data in the window
-- params:  $region, $members (region codes), $item, $as_of (date), $window_days (int)
-- note:    one-day rows win over longer rows, which spread evenly over their days. A day is stocked out when its
--          closing stock is 0 and nothing was used. The burn rate is not computed here: it is a metric
--          (metrics_units_stock.sql). penerimaan_external of an aggregate (a province under 'ID') = Σ penerimaan − Σ distribusi.
with members as (
    select distinct unnest($members::varchar[]) as region_code
),
bounds as (
    select ($as_of::date - ($window_days::int - 1)) as lo, $as_of::date as hi
),
rows as (
    select l.region_code, l.period_start, l.period_end, l.penerimaan, l.distribusi, l.pemakaian, l.rusak, l.stok_akhir
    from stock_ledger l
    semi join members m on l.region_code = m.region_code
    cross join bounds b
    where l.item = $item and l.period_end >= b.lo and l.period_start <= b.hi
),
one_day as (
    select region_code, period_end as day, pemakaian::double as pemakaian, rusak::double as rusak,
           penerimaan::double as penerimaan, distribusi::double as distribusi,
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
    select s.region_code, s.day, s.pemakaian / s.n_days, s.rusak / s.n_days, s.penerimaan / s.n_days,
           s.distribusi / s.n_days, (s.stok_akhir = 0 and s.pemakaian + s.rusak = 0)
    from longer s
    anti join one_day d on d.region_code = s.region_code and d.day = s.day
),
per_member as (
    select region_code,
           sum(pemakaian) as pemakaian, sum(rusak) as rusak, sum(penerimaan) as penerimaan,
           sum(distribusi) as distribusi, count(*) as covered_days,
           count(*) filter (where stocked_out) as stockout_days
    from (select * from one_day union all select * from spread)
    group by region_code
),
final as (
    select case when $region = 'ID' then split_part(region_code, '.', 1) else region_code end as region_code,
           sum(pemakaian + rusak) as consumption,
           sum(pemakaian) as pemakaian,
           sum(rusak) as rusak,
           sum(penerimaan) as penerimaan,
           sum(distribusi) as distribusi,
           case when $region = 'ID' then sum(penerimaan) - sum(distribusi) else sum(penerimaan) end
               as penerimaan_external,
           count(*) as units_reporting,
           sum(covered_days)::bigint as unit_days,
           sum(stockout_days)::bigint as stockout_days
    from per_member
    group by 1
)
select f.region_code, r.name, f.consumption::double as consumption, f.pemakaian::double as pemakaian,
       f.rusak::double as rusak, f.penerimaan::double as penerimaan, f.distribusi::double as distribusi,
       f.penerimaan_external::double as penerimaan_external,
       f.units_reporting, f.unit_days, f.stockout_days
from final f
left join regions r on r.code = f.region_code
order by f.region_code
