-- purpose: coverage down to kecamatan (issue 16): the one place desa rows roll up to their kecamatan (the view
--          coverage_kecamatan), read by the Cakupan drill-down, the jemput-bola plan and the kab/kota-vs-kecamatan check
-- grain:   one row per kecamatan ('PP.KK.CC') and reporting period
-- params:  none (DDL, applied once by dashboard/store/migrations.py)

-- A kecamatan's own row wins; otherwise the exact sum of its desa rows ('PP.KK.CC.DDDD') for the same period.
-- rolled_from says which (sendiri | desa) and parts how many rows were summed. Like coverage_units, a sum with a
-- missing part stays empty rather than too small.
create view coverage_kecamatan as
with own as (
    select region_code, period_start, period_end, granularity, wajib_ktp, sudah_rekam, belum_rekam, prr, sudah_cetak,
           'sendiri' as rolled_from, 1::bigint as parts
    from coverage
    where length(region_code) = 8
),
desa as (
    select left(region_code, 8) as region_code, period_start, period_end,
           any_value(granularity) as granularity,
           sum(wajib_ktp)::bigint as wajib_ktp, sum(sudah_rekam)::bigint as sudah_rekam,
           case when count(belum_rekam) = count(*) then sum(belum_rekam) end::bigint as belum_rekam,
           case when count(prr) = count(*) then sum(prr) end::bigint as prr,
           case when count(sudah_cetak) = count(*) then sum(sudah_cetak) end::bigint as sudah_cetak,
           'desa' as rolled_from, count(*)::bigint as parts
    from coverage
    where length(region_code) > 8
    group by left(region_code, 8), period_start, period_end
)
select region_code, period_start, period_end, granularity, wajib_ktp, sudah_rekam, belum_rekam, prr, sudah_cetak,
       rolled_from, parts
from own
union all
select d.region_code, d.period_start, d.period_end, d.granularity, d.wajib_ktp, d.sudah_rekam, d.belum_rekam, d.prr,
       d.sudah_cetak, d.rolled_from, d.parts
from desa d
where not exists (select 1 from own o where o.region_code = d.region_code and o.period_start = d.period_start
                                         and o.period_end = d.period_end)
