-- purpose: pre-aggregated tables kept in step with the ledgers by dashboard/derived.py inside every write
-- grain:   see each table
-- params:  none (DDL, applied once by dashboard/migrations.py)

-- per province, item and day: the flows of its reporting units and the changes of their summed carried-forward
-- closing stock (read by derived_series_stock.sql instead of every unit's rows)
create table derived_series_day (
    province_code varchar not null,
    item varchar not null,
    day date not null,
    pemakaian double not null,
    rusak double not null,
    penerimaan double not null,
    distribusi double not null,
    unit_days bigint not null,        -- unit contributions that day (as series_stock.sql counts them)
    stock_delta bigint not null,      -- Σ (closing − the unit's previous closing) of units reporting that day
    stockout_delta bigint not null,   -- change of the count of units at 0
    known_delta bigint not null       -- units whose first report ever is that day
);

-- what the derived tables were last built from: a fingerprint of stock_ledger at the last refresh
create table derived_state (
    ledger_rows bigint not null,      -- count(*) of stock_ledger
    max_upload bigint not null,       -- max(upload_id): rows above it are new since the refresh
    upload_sum hugeint not null       -- sum(upload_id): with the two above, tells a refreshed ledger from a changed one
)
