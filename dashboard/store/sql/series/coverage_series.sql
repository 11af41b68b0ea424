-- purpose: monthly recording coverage of a region: at each month end, every unit's latest coverage row carried
--          forward, summed
-- grain:   one row per month of $month_starts (months before any report are left out)
-- params:  $members (region codes), $end (date), $month_starts (first days of the months, up to $end's month:
--          metrics.scope.month_starts)
-- note:    a province's own coverage row is used only for a province none of whose kab/kota ever reported, so
--          provincial totals and kab/kota rows are never added together. Kecamatan and desa rows count through
--          their kab/kota's roll-up (the view coverage_units), never on their own.
with members as (
    select distinct unnest($members::varchar[]) as region_code
),
months as (
    select m as month, last_day(m) as month_end from unnest($month_starts::date[]) as g(m)
),
cov as (
    select c.region_code, c.period_start, c.period_end, c.wajib_ktp, c.sudah_rekam, c.prr
    from coverage_units c
    semi join members m on c.region_code = m.region_code
    where c.period_end <= $end::date
),
provinces_with_kabkota as (
    select distinct split_part(region_code, '.', 1) as province from cov where contains(region_code, '.')
),
units as (
    select distinct region_code from cov
    where contains(region_code, '.') or region_code not in (select province from provinces_with_kabkota)
),
-- one row per unit and period end (the shortest period wins a tie), so the as-of join below is deterministic
points as (
    select region_code, period_end,
           arg_max({'wajib': wajib_ktp, 'sudah': sudah_rekam, 'prr': prr}, period_start) as v
    from cov
    semi join units using (region_code)
    group by all
),
grid as (
    select u.region_code, m.month, m.month_end from units u cross join months m
),
carried as (
    select g.month, p.v.wajib as wajib, p.v.sudah as sudah, p.v.prr as prr
    from grid g
    asof join points p on p.region_code = g.region_code and p.period_end <= g.month_end
)
select month, sum(wajib)::bigint as wajib_ktp, sum(sudah)::bigint as sudah_rekam, sum(prr)::bigint as prr,
       count(*)::bigint as units_reporting
from carried
group by month
order by month
