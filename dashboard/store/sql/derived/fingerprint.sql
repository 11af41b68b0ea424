-- purpose: the fingerprint of stock_ledger that derived_state records: row count, upload ids, and a hash of every value
--          (a ledger changed in place, behind the importer's back, no longer matches)
-- grain:   one row
-- params:  none
select count(*)::bigint as ledger_rows, coalesce(max(upload_id), 0)::bigint as max_upload,
       coalesce(sum(upload_id), 0)::hugeint as upload_sum,
       coalesce(sum(hash(region_code, item, period_start, period_end, stok_awal, penerimaan, distribusi, pemakaian,
                         rusak, stok_akhir)::hugeint), 0)::hugeint as content
from stock_ledger
