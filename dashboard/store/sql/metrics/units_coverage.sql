-- purpose: each unit's latest recording-coverage report on or before $as_of (metrics_calc sums them per region)
-- grain:   one row per region code with a coverage row on or before $as_of
-- params:  $as_of (date)
-- note:    the report ending last wins; on the same end day the later start (the shorter period) wins. Rows come from
--          the view coverage_units (migration 005): a kab/kota's own row, else the sum of its kecamatan, else desa.
select region_code, period_end as coverage_end,
       wajib_ktp::bigint as wajib_ktp, sudah_rekam::bigint as sudah_rekam, prr::bigint as prr
from coverage_units
where period_end <= $as_of::date
qualify row_number() over (partition by region_code order by period_end desc, period_start desc) = 1
order by region_code
