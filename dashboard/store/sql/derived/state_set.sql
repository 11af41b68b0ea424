-- purpose: record the fingerprint of stock_ledger (the row of derived/fingerprint.sql) the derived tables now reflect
-- grain:   one row (derived/state_clear.sql removes the previous one)
-- params:  $ledger_rows (bigint), $max_upload (bigint), $upload_sum, $content (hugeint, passed as Python int)
insert into derived_state values ($ledger_rows, $max_upload, $upload_sum::hugeint, $content::hugeint)
