-- purpose: before a re-sent key is replaced, copy the stored row into stock_ledger_history (nothing is lost)
-- grain:   one history row per stored ledger row whose key the incoming frame re-sends with other values
-- params:  $at (timestamptz, replaced_at), $upload_id (the replacing upload); reads the registered frame ingest_rows
insert into stock_ledger_history by name
select l.*, $at::timestamptz as replaced_at, $upload_id::bigint as replaced_by
from stock_ledger l
join ingest_rows n
    on l.region_code = n.region_code and l.item = n.item
    and l.period_start = n.period_start and l.period_end = n.period_end
where not (
    n.granularity is not distinct from l.granularity
    and n.stok_awal is not distinct from l.stok_awal
    and n.penerimaan is not distinct from l.penerimaan
    and n.distribusi is not distinct from l.distribusi
    and n.pemakaian is not distinct from l.pemakaian
    and n.rusak is not distinct from l.rusak
    and n.stok_akhir is not distinct from l.stok_akhir)
