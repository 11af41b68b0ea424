-- purpose: the stored stock rows an incoming frame re-sends (same key), with their values: the dry run shows
--          old -> new for the replaced ones
-- grain:   one row per stored ledger row whose key (region, item, period) the frame ingest_rows also holds
-- params:  none (reads the registered frame ingest_rows, columns schema.STOCK_COLUMNS; not a stored table)
select l.region_code, l.item, l.period_start, l.period_end, l.granularity, l.stok_awal, l.penerimaan, l.distribusi,
       l.pemakaian, l.rusak, l.stok_akhir
from stock_ledger l
semi join ingest_rows n
    on l.region_code = n.region_code and l.item = n.item
    and l.period_start = n.period_start and l.period_end = n.period_end
