-- purpose: classify incoming stock rows against the stored ones: added = key not stored,
--          unchanged = same values (schema.VALUES), replaced = other values (the dry run shows these counts)
-- grain:   one row (three counts) for the frame dashboard/ingest_write.py registers as ingest_rows
-- params:  none (reads the registered frame ingest_rows, columns schema.STOCK_COLUMNS; not a stored table)
-- note:    runs only inside ingest, between registering the frame and the insert and delete that apply it
select
    count(*) filter (where l.region_code is null)::bigint as added,
    count(*) filter (where l.region_code is not null and not (
        n.granularity is not distinct from l.granularity
        and n.stok_awal is not distinct from l.stok_awal
        and n.penerimaan is not distinct from l.penerimaan
        and n.distribusi is not distinct from l.distribusi
        and n.pemakaian is not distinct from l.pemakaian
        and n.rusak is not distinct from l.rusak
        and n.stok_akhir is not distinct from l.stok_akhir))::bigint as replaced,
    count(*) filter (where l.region_code is not null and (
        n.granularity is not distinct from l.granularity
        and n.stok_awal is not distinct from l.stok_awal
        and n.penerimaan is not distinct from l.penerimaan
        and n.distribusi is not distinct from l.distribusi
        and n.pemakaian is not distinct from l.pemakaian
        and n.rusak is not distinct from l.rusak
        and n.stok_akhir is not distinct from l.stok_akhir))::bigint as unchanged
from ingest_rows n
left join stock_ledger l
    on l.region_code = n.region_code and l.item = n.item
    and l.period_start = n.period_start and l.period_end = n.period_end
