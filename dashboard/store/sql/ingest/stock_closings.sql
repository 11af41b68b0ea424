-- purpose: stored closing stocks on the day before each incoming row starts: the dry run warns when a row's
--          opening stock (stok_awal) breaks continuity with them (the rule of quality/ledger.sql, kind kontinuitas)
-- grain:   one row per stored ledger row (same region and item) ending the day before an incoming row starts
-- params:  none (reads the registered frame ingest_rows, columns schema.STOCK_COLUMNS; not a stored table)
with days as (
    select distinct region_code, item, (period_start - 1) as day
    from ingest_rows
    where stok_awal is not null
)
select l.region_code, l.item, l.period_start, l.period_end, l.stok_akhir
from stock_ledger l
semi join days d on l.region_code = d.region_code and l.item = d.item and l.period_end = d.day
where l.stok_akhir is not null
