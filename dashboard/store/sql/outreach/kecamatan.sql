-- purpose: each kecamatan's latest recording coverage on or before $as_of under the given kab/kota, with its wajib
--          KTP one semester (six months) earlier, the reading new wajib KTP (pemula) are estimated from
-- grain:   one row per kecamatan with a coverage row on or before $as_of
-- params:  $members (kab/kota codes 'PP.KK'), $as_of (date)
-- note:    rows come from the view coverage_kecamatan (migration 008: a kecamatan's own row, else the sum of its
--          desa). The report ending last wins; on the same end day the later start (the shorter period) wins, as in
--          metrics/units_coverage.sql. The earlier reading is the row ending on the last day of the month six
--          months before (31 Dec 2023 for 30 Jun 2024); none there means not enough history.
with kabkota as (
    select distinct unnest($members::varchar[]) as code
),
known as (
    select k.*
    from coverage_kecamatan k
    semi join kabkota m on left(k.region_code, 5) = m.code
    where k.period_end <= $as_of::date
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
select l.region_code, left(l.region_code, 5) as kabkota_code, l.period_start, l.period_end,
       l.wajib_ktp::bigint as wajib_ktp, l.sudah_rekam::bigint as sudah_rekam, l.belum_rekam::bigint as belum_rekam,
       l.prr::bigint as prr, l.rolled_from, l.parts::bigint as parts, e.wajib_ktp::bigint as wajib_ktp_before
from latest l
left join earlier e on e.region_code = l.region_code
                   and e.period_end = last_day((l.period_end - interval 6 month)::date)
order by l.region_code
