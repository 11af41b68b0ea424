-- purpose: import shapes (issue 11): saved column mappings per office, what each upload took from outside its file,
--          and the one place coverage below kab/kota level rolls up to kab/kota (the view coverage_units)
-- grain:   see each table and view
-- params:  none (DDL, applied once by dashboard/store/migrations.py)

-- one row per named column mapping of an office (the uploader's region; '' = pusat/admin)
create table import_mappings (
    office varchar not null,
    name varchar not null,
    kind varchar not null,           -- stok | perekaman
    signature varchar not null,      -- the header row it fits, normalised cells as a JSON list
    spec varchar not null,           -- JSON: kind, headers, columns (field -> position), item, region
    created_by varchar not null,
    created_at timestamptz not null,
    primary key (office, name)
);

-- one row per accepted upload that used something besides its bytes (a mapping, a region or period the user gave,
-- the uploader's region, the yields that converted cards): rebuild replays the file with exactly these
create table upload_options (
    upload_id bigint primary key,
    options varchar not null         -- JSON (dashboard.importer.options.replay reads it)
);

-- Coverage of reporting units (provinces 'PP' and kab/kota 'PP.KK') for every period any of them reported: a unit's
-- own row wins; otherwise the exact sum of its kecamatan rows ('PP.KK.CC'); otherwise of its desa rows
-- ('PP.KK.CC.DDDD'). Metrics, series and quality lists read coverage through this view only.
-- rolled_from says which (sendiri | kecamatan | desa) and parts how many rows were summed (issue 16 compares them).
create view coverage_units as
with own as (
    select region_code, period_start, period_end, granularity, wajib_ktp, sudah_rekam, belum_rekam, prr, sudah_cetak,
           'sendiri' as rolled_from, 1::bigint as parts
    from coverage
    where length(region_code) <= 5
),
below as (
    select left(region_code, 5) as region_code, period_start, period_end,
           case when length(region_code) > 8 then 'desa' else 'kecamatan' end as rolled_from,
           any_value(granularity) as granularity,
           sum(wajib_ktp)::bigint as wajib_ktp, sum(sudah_rekam)::bigint as sudah_rekam,
           -- a sum with a missing part would be too small: it stays empty
           case when count(belum_rekam) = count(*) then sum(belum_rekam) end::bigint as belum_rekam,
           case when count(prr) = count(*) then sum(prr) end::bigint as prr,
           case when count(sudah_cetak) = count(*) then sum(sudah_cetak) end::bigint as sudah_cetak,
           count(*)::bigint as parts
    from coverage
    where length(region_code) > 5
    group by all
),
kecamatan as (
    select b.* from below b
    where b.rolled_from = 'kecamatan'
      and not exists (select 1 from own o where o.region_code = b.region_code and o.period_start = b.period_start
                                             and o.period_end = b.period_end)
),
desa as (
    select b.* from below b
    where b.rolled_from = 'desa'
      and not exists (select 1 from own o where o.region_code = b.region_code and o.period_start = b.period_start
                                             and o.period_end = b.period_end)
      and not exists (select 1 from kecamatan k where k.region_code = b.region_code
                                                  and k.period_start = b.period_start and k.period_end = b.period_end)
)
select region_code, period_start, period_end, granularity, wajib_ktp, sudah_rekam, belum_rekam, prr, sudah_cetak,
       rolled_from, parts
from own
union all
select region_code, period_start, period_end, granularity, wajib_ktp, sudah_rekam, belum_rekam, prr, sudah_cetak,
       rolled_from, parts
from kecamatan
union all
select region_code, period_start, period_end, granularity, wajib_ktp, sudah_rekam, belum_rekam, prr, sudah_cetak,
       rolled_from, parts
from desa
