-- purpose: stock building blocks of every reporting unit at $as_of: latest closing stock per item, last report date,
--          and blangko consumption / counted days over the burn window and the AMC window (metrics_calc derives the rest)
-- grain:   one row per unit (a kab/kota 'PP.KK', or a province's own warehouse 'PP') with a stock row on or before $as_of
-- params:  $as_of (date), $window_days (int, burn window), $amc_months (int, AMC window in calendar months)
-- note:    only rows ending on or before $as_of count. A row longer than a day spreads its consumption evenly over its
--          days; on each day the shortest row covering it wins (a daily row beats a monthly row). A day is stocked out
--          (left out of both rates) when its row closes at 0 having issued nothing; a longer row must also open at 0
--          (stok_awal, or when missing the opening implied by the ledger equation).
--          Every unit of the store is computed in one pass (metrics.py caches the result per data version and as-of).
with bounds as (
    select $as_of::date as hi,
           ($as_of::date - ($window_days::int - 1))::date as burn_lo,
           ($as_of::date - to_months($amc_months::int) + interval 1 day)::date as amc_lo
),
ends as (
    select region_code, item, max(period_end) as last_end
    from stock_ledger
    where period_end <= $as_of::date
    group by region_code, item
),
latest as (
    -- on the unit's last end day the later start (the shorter row, e.g. daily over monthly) wins
    select l.region_code, l.item, e.last_end, arg_max(l.stok_akhir, l.period_start) as stock
    from stock_ledger l
    join ends e on e.region_code = l.region_code and e.item = l.item and e.last_end = l.period_end
    group by l.region_code, l.item, e.last_end
),
win as (
    select l.region_code, l.period_start, l.period_end,
           date_diff('day', l.period_start, l.period_end) + 1 as span,
           (l.pemakaian + l.rusak)::double as used,
           (l.stok_akhir = 0 and l.pemakaian + l.rusak = 0
            and (l.period_start = l.period_end
                 or coalesce(l.stok_awal, l.stok_akhir + l.pemakaian + l.rusak + l.distribusi - l.penerimaan) = 0))
               as stocked_out
    from stock_ledger l
    cross join bounds b
    where l.item = 'blangko' and l.period_end >= least(b.burn_lo, b.amc_lo) and l.period_end <= b.hi
),
row_days as (
    select region_code, period_end as day, span, used, stocked_out
    from win
    where span = 1
    union all
    select region_code, day, span, used / span, stocked_out
    from (
        select w.region_code, w.span, w.used, w.stocked_out,
               unnest(generate_series(greatest(w.period_start, least(b.burn_lo, b.amc_lo)), w.period_end,
                                      interval 1 day))::date as day
        from win w cross join bounds b
        where w.span > 1
    )
),
days as (
    -- one value per unit and day: the shortest covering row's
    select region_code, day, arg_min(used, span) as used, arg_min(stocked_out, span) as stocked_out
    from row_days
    group by region_code, day
),
per_unit as (
    select d.region_code,
           sum(d.used) filter (where d.day >= b.burn_lo and not d.stocked_out) as burn_used,
           count(*) filter (where d.day >= b.burn_lo and not d.stocked_out) as burn_days,
           count(*) filter (where d.day >= b.burn_lo and d.stocked_out) as stockout_days,
           sum(d.used) filter (where d.day >= b.amc_lo and not d.stocked_out) as amc_used,
           count(*) filter (where d.day >= b.amc_lo and not d.stocked_out) as amc_days
    from days d cross join bounds b
    group by d.region_code
),
final as (
    select region_code,
           max(last_end) as last_report,
           max(stock) filter (where item = 'blangko') as stock,
           max(stock) filter (where item = 'ribbon') as ribbon_stock,
           max(stock) filter (where item = 'film') as film_stock
    from latest
    group by region_code
)
select f.region_code, f.last_report,
       f.stock::bigint as stock, f.ribbon_stock::bigint as ribbon_stock, f.film_stock::bigint as film_stock,
       p.burn_used::double as burn_used, coalesce(p.burn_days, 0)::bigint as burn_days,
       coalesce(p.stockout_days, 0)::bigint as stockout_days,
       p.amc_used::double as amc_used, coalesce(p.amc_days, 0)::bigint as amc_days
from final f
left join per_unit p on p.region_code = f.region_code
order by f.region_code
