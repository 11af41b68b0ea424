-- purpose: ledger problems in rows ending between $start and $end: closing stock that does not follow from the
--          row's own movements (kind 'neraca'), and opening stock that differs from the closing stock reported
--          for the day before the row starts (kind 'kontinuitas')
-- grain:   one row per problem (a stock row can give one of each kind)
-- params:  $members (region codes), $start, $end (dates)
-- note:    rows without stok_awal cannot be checked; continuity compares with the closing the staging model
--          (staging/unit_day.sql) gives the day before the row starts, when a report ends that day.
with members as (
    select distinct unnest($members::varchar[]) as region_code
),
rows as (
    select l.region_code, l.item, l.period_start, l.period_end, l.stok_awal, l.penerimaan, l.distribusi,
           l.pemakaian, l.rusak, l.stok_akhir
    from stock_ledger l
    semi join members m on l.region_code = m.region_code
    where l.period_end >= $start::date - 1 and l.period_end <= $end::date
),
balance as (
    select region_code, item, period_start, period_end, 'neraca' as kind, stok_akhir as reported,
           stok_awal + penerimaan - distribusi - pemakaian - rusak as computed
    from rows
    where stok_awal is not null and period_end >= $start::date
      and stok_akhir <> stok_awal + penerimaan - distribusi - pemakaian - rusak
),
continuity as (
    select r.region_code, r.item, r.period_start, r.period_end, 'kontinuitas' as kind, r.stok_awal as reported,
           c.stock_end as computed
    from rows r
    join staging_unit_day c on c.region_code = r.region_code and c.item = r.item and c.day = r.period_start - 1
                           and c.reported
    where r.stok_awal is not null and r.period_end >= $start::date and r.stok_awal <> c.stock_end
)
select p.region_code, g.name, p.item, p.period_start, p.period_end, p.kind, p.reported::bigint as reported,
       p.computed::bigint as computed, (p.reported - p.computed)::bigint as difference
from (select * from balance union all select * from continuity) p
left join regions g on g.code = p.region_code
order by p.region_code, p.item, p.period_end, p.kind
