-- purpose: write the generated demo recording coverage into coverage (monthly rows, one upload id)
-- grain:   one row per kab/kota and month
-- params:  $upload_id; reads the Polars frame dashboard/demo.py registers as demo_coverage_in
insert into coverage by name
select
    region_code,
    period_start,
    period_end,
    'bulanan' as granularity,
    wajib_ktp,
    sudah_rekam,
    belum_rekam,
    prr,
    sudah_cetak,
    persentase,
    reported_name,
    $upload_id::bigint as upload_id,
    null::integer as source_row
from demo_coverage_in
