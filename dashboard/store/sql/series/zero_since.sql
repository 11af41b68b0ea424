-- purpose: for every reporting unit whose latest $item closing stock on or before $as_of is 0: since when it has
--          been at 0 (the first report at 0 after its last report above 0)
-- grain:   one row per unit (kab/kota 'PP.KK' or province warehouse 'PP') currently at 0
-- params:  $item, $as_of (date)
with history as (
    select region_code, period_start, period_end, stok_akhir
    from stock_ledger
    where item = $item and period_end <= $as_of::date
),
latest as (
    -- on the last end day the later start (the shorter row) wins, as in metrics_units_stock.sql
    select region_code,
           arg_max(stok_akhir, date_diff('day', date '2000-01-01', period_end) * 10000
                               + date_diff('day', date '2000-01-01', period_start)) as stock,
           max(period_end) filter (where stok_akhir > 0) as last_positive
    from history
    group by region_code
),
final as (
    select h.region_code, min(h.period_end) as zero_since
    from history h
    join latest t on t.region_code = h.region_code
    where t.stock = 0 and h.stok_akhir = 0 and h.period_end > coalesce(t.last_positive, date '1900-01-01')
    group by h.region_code
)
select * from final order by region_code
