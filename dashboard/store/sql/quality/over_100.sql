-- purpose: units whose latest coverage row (on or before $as_of) records more residents than must hold a KTP
--          (real when offices record residents of other regions: allowed, listed for checking)
-- grain:   one row per unit over 100%
-- params:  $members (region codes), $as_of (date)
-- note:    a kab/kota reported only per kecamatan or desa is judged on their sum (the view coverage_units).
with members as (
    select distinct unnest($members::varchar[]) as region_code
),
latest as (
    select c.region_code,
           arg_max({'wajib': c.wajib_ktp, 'sudah': c.sudah_rekam, 'period_end': c.period_end},
                   date_diff('day', date '2000-01-01', c.period_end) * 10000
                   + date_diff('day', date '2000-01-01', c.period_start)) as v
    from coverage_units c
    semi join members m on c.region_code = m.region_code
    where c.period_end <= $as_of::date
    group by c.region_code
)
select l.region_code, g.name, l.v.period_end as period_end, l.v.wajib::bigint as wajib_ktp,
       l.v.sudah::bigint as sudah_rekam, (100.0 * l.v.sudah / nullif(l.v.wajib, 0))::double as coverage_pct
from latest l
left join regions g on g.code = l.region_code
where l.v.sudah > l.v.wajib
order by l.region_code
