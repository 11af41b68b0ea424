-- purpose: kab/kota whose own coverage row disagrees with the sum of its kecamatan rows for the same period (the
--          kab/kota row is the figure every metric uses; the kecamatan drill-down and the outreach plan use the
--          kecamatan rows, so a difference is listed for checking)
-- grain:   one row per kab/kota and period where both exist and wajib KTP or sudah rekam differ
-- params:  $members (region codes), $as_of (date)
-- note:    kecamatan figures come from the view coverage_kecamatan (own row, else the sum of its desa); a partial
--          kecamatan list differs too, and kecamatan_reported says how many reported.
with members as (
    select distinct unnest($members::varchar[]) as region_code
),
own as (
    select region_code, period_start, period_end, wajib_ktp, sudah_rekam
    from coverage
    where length(region_code) = 5 and period_end <= $as_of::date
),
kecamatan as (
    select left(region_code, 5) as region_code, period_start, period_end,
           sum(wajib_ktp)::bigint as wajib_ktp, sum(sudah_rekam)::bigint as sudah_rekam,
           count(*)::bigint as kecamatan_reported
    from coverage_kecamatan
    where period_end <= $as_of::date
    group by left(region_code, 5), period_start, period_end
)
select o.region_code, g.name, o.period_start, o.period_end,
       o.wajib_ktp::bigint as wajib_ktp, k.wajib_ktp as wajib_ktp_kecamatan,
       o.sudah_rekam::bigint as sudah_rekam, k.sudah_rekam as sudah_rekam_kecamatan, k.kecamatan_reported
from own o
join kecamatan k on k.region_code = o.region_code and k.period_start = o.period_start
                and k.period_end = o.period_end
semi join members m on o.region_code = m.region_code
left join regions g on g.code = o.region_code
where o.wajib_ktp <> k.wajib_ktp or o.sudah_rekam <> k.sudah_rekam
order by o.region_code, o.period_end desc
