-- purpose: record the fingerprint of stock_ledger the derived tables now reflect
-- grain:   one row (replaces the previous one)
-- params:  none
insert into derived_state
select count(*)::bigint, coalesce(max(upload_id), 0)::bigint, coalesce(sum(upload_id), 0)::hugeint from stock_ledger
