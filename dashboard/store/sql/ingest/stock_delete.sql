-- purpose: remove stored ledger rows that the incoming frame replaces (already copied to history)
-- grain:   deletes one row per re-sent key with other values; identical rows stay untouched
-- params:  none; reads the registered frame ingest_rows
delete from stock_ledger l
using ingest_rows n
where l.region_code = n.region_code and l.item = n.item
    and l.period_start = n.period_start and l.period_end = n.period_end
    and not (
        n.granularity is not distinct from l.granularity
        and n.stok_awal is not distinct from l.stok_awal
        and n.penerimaan is not distinct from l.penerimaan
        and n.distribusi is not distinct from l.distribusi
        and n.pemakaian is not distinct from l.pemakaian
        and n.rusak is not distinct from l.rusak
        and n.stok_akhir is not distinct from l.stok_akhir)
