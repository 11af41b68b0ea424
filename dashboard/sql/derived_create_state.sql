-- purpose: what the derived tables were last built from: a fingerprint of stock_ledger at the last refresh
-- grain:   one row
-- params:  none (DDL; dashboard/derived.py creates it on the first refresh)
create table if not exists derived_state (
    ledger_rows bigint not null,      -- count(*) of stock_ledger
    max_upload bigint not null,       -- max(upload_id): rows above it are new since the refresh
    upload_sum hugeint not null       -- sum(upload_id): with the two above, tells a refreshed ledger from a changed one
)
