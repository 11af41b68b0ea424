-- purpose: stock building blocks of every reporting unit at $as_of, read from the staging model (staging/unit_day.sql):
--          each item's latest carried-forward stock and the first day of its current empty spell, the last report,
--          and blangko consumption / counted days over the burn window, the AMC window and the last 365 days
--          (formulas.py derives the rest)
-- grain:   one row per unit (a kab/kota 'PP.KK' or a province's own warehouse 'PP') with a staging day on or before
--          $as_of
-- params:  $as_of (date), $window_days (int, burn window), $amc_months (int, AMC window in calendar months)
-- note:    flows count only rows ending on or before $as_of (row_end) and only days that are not stocked out.
--          A day is empty when its carried stock is 0 or it is stocked out; a unit's empty spell is the run of empty
--          days since its last day that was not empty (stockout_since, only when the unit is at 0 now).
with bounds as (
    select $as_of::date as hi,
           ($as_of::date - ($window_days::int - 1))::date as burn_lo,
           ($as_of::date - to_months($amc_months::int) + interval 1 day)::date as amc_lo,
           ($as_of::date - 364)::date as year_lo
),
days as (
    select s.region_code, s.item, s.day, s.stock_end, s.reported,
           (s.stock_end = 0 or (s.stocked_out and s.row_end <= $as_of::date)) as empty
    from staging_unit_day s
    where s.day <= $as_of::date
),
latest as (
    select region_code, item, arg_max(stock_end, day) as stock,
           max(day) filter (where not empty) as last_full,
           max(day) filter (where reported) as last_report
    from days
    group by region_code, item
),
spell as (
    select d.region_code, d.item, min(d.day) as since
    from days d
    join latest l on l.region_code = d.region_code and l.item = d.item
    where l.stock = 0 and d.empty and d.day > coalesce(l.last_full, date '1900-01-01')
    group by d.region_code, d.item
),
use as (
    select s.region_code,
           sum(s.consumption) filter (where s.day >= b.burn_lo and not s.stocked_out) as burn_used,
           count(*) filter (where s.day >= b.burn_lo and not s.stocked_out) as burn_days,
           count(*) filter (where s.day >= b.burn_lo and s.stocked_out) as stockout_days,
           sum(s.consumption) filter (where s.day >= b.amc_lo and not s.stocked_out) as amc_used,
           count(*) filter (where s.day >= b.amc_lo and not s.stocked_out) as amc_days,
           sum(s.consumption) filter (where not s.stocked_out) as year_used,
           count(*) filter (where not s.stocked_out) as year_days
    from staging_unit_day s
    cross join bounds b
    where s.item = 'blangko' and s.row_end <= b.hi and s.day >= least(b.burn_lo, b.amc_lo, b.year_lo)
    group by s.region_code
),
final as (
    select l.region_code,
           max(l.last_report) as last_report,
           max(l.stock) filter (where l.item = 'blangko') as stock,
           max(l.stock) filter (where l.item = 'ribbon') as ribbon_stock,
           max(l.stock) filter (where l.item = 'film') as film_stock,
           max(p.since) filter (where l.item = 'blangko') as stockout_since,
           max(p.since) filter (where l.item = 'ribbon') as ribbon_stockout_since,
           max(p.since) filter (where l.item = 'film') as film_stockout_since
    from latest l
    left join spell p on p.region_code = l.region_code and p.item = l.item
    group by l.region_code
)
select f.region_code, f.last_report,
       f.stock::bigint as stock, f.ribbon_stock::bigint as ribbon_stock, f.film_stock::bigint as film_stock,
       f.stockout_since, f.ribbon_stockout_since, f.film_stockout_since,
       u.burn_used::double as burn_used, coalesce(u.burn_days, 0)::bigint as burn_days,
       coalesce(u.stockout_days, 0)::bigint as stockout_days,
       u.amc_used::double as amc_used, coalesce(u.amc_days, 0)::bigint as amc_days,
       u.year_used::double as year_used, coalesce(u.year_days, 0)::bigint as year_days
from final f
left join use u on u.region_code = f.region_code
order by f.region_code
