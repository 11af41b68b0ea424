-- purpose: recording coverage and blank stock per child region at $as_of ('ID' -> provinces; a province -> its
--          kab/kota; a kab/kota -> itself), from each unit's latest coverage row on or before $as_of
-- grain:   one row per child region (every child in the reference, nulls where nothing was reported)
-- params:  $region, $members (region codes), $item (stock item for blank_stock, normally 'blangko'), $as_of (date)
-- note:    a province's own coverage row (a province total) is used only when none of its kab/kota reported, so
--          nothing is counted twice; blank_stock sums every member's last closing stock (warehouse included).
with members as (
    select distinct unnest($members::varchar[]) as region_code
),
latest_cov as (
    select c.region_code,
           arg_max({'wajib': c.wajib_ktp, 'sudah': c.sudah_rekam, 'belum': c.belum_rekam, 'prr': c.prr,
                    'period_end': c.period_end},
                   date_diff('day', date '2000-01-01', c.period_end) * 10000
                   + date_diff('day', date '2000-01-01', c.period_start)) as v
    from coverage c
    semi join members m on c.region_code = m.region_code
    where c.period_end <= $as_of::date
    group by c.region_code
),
provinces_with_kabkota as (
    select distinct split_part(region_code, '.', 1) as province from latest_cov where contains(region_code, '.')
),
cov_units as (
    select l.region_code, l.v.wajib as wajib, l.v.sudah as sudah, l.v.belum as belum, l.v.prr as prr,
           l.v.period_end as period_end
    from latest_cov l
    where contains(l.region_code, '.')
       or ($region = 'ID' and l.region_code not in (select province from provinces_with_kabkota))
),
stock_units as (
    select l.region_code,
           arg_max(l.stok_akhir, date_diff('day', date '2000-01-01', l.period_end) * 10000
                                 + date_diff('day', date '2000-01-01', l.period_start)) as stock
    from stock_ledger l
    semi join members m on l.region_code = m.region_code
    where l.item = $item and l.period_end <= $as_of::date
    group by l.region_code
),
children as (
    select code as region_code, name
    from regions
    semi join members m on regions.code = m.region_code
    where case when $region = 'ID' then not contains(code, '.')
               when not contains($region, '.') then contains(code, '.')
               else true end
),
cov_child as (
    select case when $region = 'ID' then split_part(region_code, '.', 1) else region_code end as region_code,
           sum(wajib) as wajib_ktp, sum(sudah) as sudah_rekam, sum(belum) as belum_rekam, sum(prr) as prr,
           max(period_end) as period_end, count(*) as units_reporting
    from cov_units
    group by 1
),
stock_child as (
    select case when $region = 'ID' then split_part(region_code, '.', 1) else region_code end as region_code,
           sum(stock) as blank_stock
    from stock_units
    group by 1
)
select ch.region_code, ch.name, c.wajib_ktp::bigint as wajib_ktp, c.sudah_rekam::bigint as sudah_rekam,
       c.belum_rekam::bigint as belum_rekam, c.prr::bigint as prr, s.blank_stock::bigint as blank_stock,
       c.period_end, coalesce(c.units_reporting, 0)::bigint as units_reporting
from children ch
left join cov_child c on c.region_code = ch.region_code
left join stock_child s on s.region_code = ch.region_code
order by ch.region_code
