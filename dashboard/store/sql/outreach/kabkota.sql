-- purpose: each kab/kota's latest recording coverage on or before $as_of (the figure every metric uses), with its
--          wajib KTP one semester (six months) earlier, for outreach plans of a province or the whole country
-- grain:   one row per kab/kota of $members with a coverage row on or before $as_of
-- params:  $members (kab/kota codes 'PP.KK'), $as_of (date)
-- note:    rows come from the view coverage_units (migration 005: own row, else the sum of its kecamatan, else desa),
--          the latest chosen as in metrics/units_coverage.sql; the earlier reading as in outreach/kecamatan.sql.
with members as (
    select distinct unnest($members::varchar[]) as region_code
),
known as (
    select c.*
    from coverage_units c
    semi join members m on c.region_code = m.region_code
    where c.period_end <= $as_of::date
),
latest as (
    select *
    from known
    qualify row_number() over (partition by region_code order by period_end desc, period_start desc) = 1
),
earlier as (
    select region_code, period_end, arg_max(wajib_ktp, period_start) as wajib_ktp
    from known
    group by region_code, period_end
)
select l.region_code, l.region_code as kabkota_code, l.period_start, l.period_end,
       l.wajib_ktp::bigint as wajib_ktp, l.sudah_rekam::bigint as sudah_rekam, l.belum_rekam::bigint as belum_rekam,
       l.prr::bigint as prr, l.rolled_from, l.parts::bigint as parts, e.wajib_ktp::bigint as wajib_ktp_before
from latest l
left join earlier e on e.region_code = l.region_code
                   and e.period_end = last_day((l.period_end - interval 6 month)::date)
order by l.region_code
