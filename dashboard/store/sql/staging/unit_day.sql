-- purpose: THE staging model of stock, defined once: every reporting unit × item × day a stock report covers, from
--          $start on, written into staging_unit_day (store/derived.py::refresh runs it inside every write). Every metric,
--          series, heat map, quality check, the plan and the briefing read those rows; no other query spreads a row
--          over its days or decides which days were stocked out.
-- grain:   one row per (region_code, item, day) with day >= $start that a stock_ledger row of a reporting unit covers
--          (a province's own warehouse 'PP' or a kab/kota 'PP.KK': the codes of the regions table)
-- params:  $start (date: the first day to (re)compute; rows ending before it only give the carried-forward stock)
-- rules:   spread       a row longer than a day spreads pemakaian, rusak, penerimaan and distribusi evenly over its days
--          winner       on each day the shortest covering row wins (a daily row beats a monthly one; equal lengths: the
--                       later start); row_end is its period_end, so a reader "as of" d counts rows with row_end <= d
--          consumption  pemakaian + rusak, never distribusi (a transfer moves stock, it is not use)
--          stocked_out  the winning row closed at 0 and used nothing (pemakaian + rusak = 0): the unit had nothing to
--                       use on its days, which burn rates leave out (adjusted consumption). A row that opened with stock
--                       and transferred all of it away counts too: nothing was used and nothing is left.
--          stock_end    the closing stock of the last report ending on or before the day, carried forward between
--                       reports and never from before the first one; on a day two rows end, the shorter row's closing
--          reported     a report ends on the day (last_report, continuity checks)
insert into staging_unit_day
with units as (
    select code as region_code, province_code from regions
),
rows as (
    select l.region_code, u.province_code, l.item, l.period_start, l.period_end,
           date_diff('day', l.period_start, l.period_end) + 1 as span,
           l.pemakaian::double as pemakaian, l.rusak::double as rusak, l.penerimaan::double as penerimaan,
           l.distribusi::double as distribusi, l.stok_akhir,
           (l.stok_akhir = 0 and l.pemakaian + l.rusak = 0) as stocked_out
    from stock_ledger l
    join units u on u.region_code = l.region_code
    where l.period_end >= $start::date
),
one_day as (
    select region_code, province_code, item, period_end as day, period_end as row_end, pemakaian, rusak, penerimaan,
           distribusi, stocked_out
    from rows
    where span = 1
),
longer as (
    select region_code, province_code, item, period_start, period_end, span, pemakaian / span as pemakaian,
           rusak / span as rusak, penerimaan / span as penerimaan, distribusi / span as distribusi, stocked_out,
           unnest(generate_series(greatest(period_start, $start::date), period_end, interval 1 day))::date as day
    from rows
    where span > 1
),
longer_won as (
    -- days no one-day row covers; among longer rows covering the same day the shortest, then the later start, wins
    select s.region_code, s.province_code, s.item, s.day,
           arg_min({'row_end': s.period_end, 'pemakaian': s.pemakaian, 'rusak': s.rusak, 'penerimaan': s.penerimaan,
                    'distribusi': s.distribusi, 'stocked_out': s.stocked_out},
                   {'span': s.span, 'later': date_diff('day', s.period_start, date '9999-12-31')}) as w
    from longer s
    anti join one_day d on d.region_code = s.region_code and d.item = s.item and d.day = s.day
    group by s.region_code, s.province_code, s.item, s.day
),
flows as (
    select * from one_day
    union all
    select region_code, province_code, item, day, w.row_end, w.pemakaian, w.rusak, w.penerimaan, w.distribusi,
           w.stocked_out
    from longer_won
),
closing as (
    -- the closing reported for a day: of the rows ending that day, the shortest (latest start)
    select region_code, item, period_end as day, arg_max(stok_akhir, period_start) as closing
    from rows
    group by region_code, item, period_end
),
before as (
    -- each unit's last closing before $start: carried into the first days from $start on
    select l.region_code, l.item, arg_max(l.stok_akhir, {'end': l.period_end, 'start': l.period_start}) as closing
    from stock_ledger l
    join units u on u.region_code = l.region_code
    where l.period_end < $start::date
    group by l.region_code, l.item
),
final as (
    select f.region_code, f.province_code, f.item, f.day, f.row_end, f.pemakaian, f.rusak,
           f.pemakaian + f.rusak as consumption, f.penerimaan, f.distribusi, f.stocked_out,
           coalesce(last_value(c.closing ignore nulls) over (
                        partition by f.region_code, f.item order by f.day
                        rows between unbounded preceding and current row), b.closing) as stock_end,
           c.closing is not null as reported
    from flows f
    left join closing c on c.region_code = f.region_code and c.item = f.item and c.day = f.day
    left join before b on b.region_code = f.region_code and b.item = f.item
)
select * from final
order by day, region_code, item
