-- purpose: the areas an outreach plan ranks, each with its latest recording coverage on or before $as_of and its
--          wajib KTP one semester (six months) earlier, the reading new wajib KTP (pemula) are estimated from
-- grain:   one row per area (kab/kota, or kecamatan of the given kab/kota) with a coverage row on or before $as_of
-- params:  $level ('kabkota' | 'kecamatan'), $members (kab/kota codes 'PP.KK'), $as_of (date)
-- note:    kab/kota rows come from the view coverage_units (migration 005: own row, else the sum of its kecamatan,
--          else desa; the figure every metric uses), kecamatan rows from coverage_kecamatan (migration 008: own row,
--          else the sum of its desa). The report ending last wins; on the same end day the later start (the shorter
--          period) wins, as in metrics/units_coverage.sql. The earlier reading is the row ending on the last day of
--          the month six months before (31 Dec 2023 for 30 Jun 2024); none there means not enough history.
with kabkota as (
    select distinct unnest($members::varchar[]) as code
),
areas as (
    select 'kabkota' as level, * from coverage_units where length(region_code) = 5
    union all by name
    select 'kecamatan' as level, * from coverage_kecamatan
),
known as (
    select a.*
    from areas a
    semi join kabkota m on left(a.region_code, 5) = m.code
    where a.level = $level and a.period_end <= $as_of::date
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
