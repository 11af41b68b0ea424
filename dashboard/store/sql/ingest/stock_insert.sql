-- purpose: insert incoming stock rows whose key is not stored (new keys, and replaced keys after the delete)
-- grain:   one ledger row per incoming row with a key absent from stock_ledger
-- params:  $upload_id (bigint); reads the registered frame ingest_rows
insert into stock_ledger by name
select
    n.region_code, n.item, n.period_start, n.period_end, n.granularity,
    n.stok_awal, n.penerimaan, n.distribusi, n.pemakaian, n.rusak, n.stok_akhir,
    n.reported_name, $upload_id::bigint as upload_id, n.source_row
from ingest_rows n
where not exists (
    select 1 from stock_ledger l
    where l.region_code = n.region_code and l.item = n.item
        and l.period_start = n.period_start and l.period_end = n.period_end)
