-- purpose: the rules a healthy store keeps (one row per key, every row traced to an upload, no negative stock,
--          periods the right way round, known items); doctor reports each rule with the rows that break it
-- grain:   one row per rule: its name and how many rows break it
-- params:  $items (varchar[]: the known items)
with uploads_known as (select upload_id from uploads)
select 'stock_key_twice' as rule, count(*)::bigint as broken
from (select 1 from stock_ledger group by region_code, item, period_start, period_end having count(*) > 1)
union all
select 'coverage_key_twice', count(*)::bigint
from (select 1 from coverage group by region_code, period_start, period_end having count(*) > 1)
union all
select 'stock_without_upload', count(*)::bigint
from stock_ledger l anti join uploads_known u on u.upload_id = l.upload_id
union all
select 'coverage_without_upload', count(*)::bigint
from coverage c anti join uploads_known u on u.upload_id = c.upload_id
union all
select 'history_without_upload', count(*)::bigint
from (select replaced_by from stock_ledger_history union all select replaced_by from coverage_history) h
anti join uploads_known u on u.upload_id = h.replaced_by
union all
select 'stock_negative', count(*)::bigint
from stock_ledger
where least(penerimaan, distribusi, pemakaian, rusak, stok_akhir) < 0 or stok_awal < 0
union all
select 'period_reversed', count(*)::bigint
from (select period_start, period_end from stock_ledger union all select period_start, period_end from coverage) p
where period_start > period_end
union all
select 'item_unknown', count(*)::bigint
from stock_ledger
where not list_contains($items, item)
