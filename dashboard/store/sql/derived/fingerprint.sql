-- purpose: the fingerprint of stock_ledger that derived_state records (cheap: three aggregates of one column)
-- grain:   one row
-- params:  none
select count(*)::bigint as ledger_rows, coalesce(max(upload_id), 0)::bigint as max_upload,
       coalesce(sum(upload_id), 0)::hugeint as upload_sum
from stock_ledger
