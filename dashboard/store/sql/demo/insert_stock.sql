-- purpose: write the generated demo ledger into stock_ledger (daily rows, one upload id)
-- grain:   one row per region, item and day
-- params:  $upload_id; reads the Polars frame dashboard/demo.py registers as demo_stock_in
insert into stock_ledger by name
select
    region_code,
    item,
    day as period_start,
    day as period_end,
    'harian' as granularity,
    stok_awal,
    penerimaan,
    distribusi,
    pemakaian,
    rusak,
    stok_akhir,
    reported_name,
    $upload_id::bigint as upload_id,
    null::integer as source_row
from demo_stock_in
