-- purpose: consumption and transfers per child region over the last $window_days days to $as_of, read from the
--          staging model ('ID' -> provinces; a province -> its warehouse and kab/kota; a kab/kota -> itself)
-- grain:   one row per child region with data in the window
-- params:  $region, $members (region codes), $item, $as_of (date), $window_days (int)
-- note:    flows count rows ending on or before $as_of. The burn rate is not computed here: it is a metric
--          (metrics/units_stock.sql). penerimaan_external of an aggregate (a province under 'ID') = Σ penerimaan − Σ
--          distribusi.
with members as (
    select distinct unnest($members::varchar[]) as region_code
),
per_member as (
    select s.region_code,
           sum(s.pemakaian) as pemakaian, sum(s.rusak) as rusak, sum(s.penerimaan) as penerimaan,
           sum(s.distribusi) as distribusi, count(*) as covered_days,
           count(*) filter (where s.stocked_out) as stockout_days
    from staging_unit_day s
    semi join members m on m.region_code = s.region_code
    where s.item = $item and s.row_end <= $as_of::date
      and s.day >= ($as_of::date - ($window_days::int - 1)) and s.day <= $as_of::date
    group by s.region_code
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
