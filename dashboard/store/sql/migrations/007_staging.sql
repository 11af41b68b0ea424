-- purpose: the staging model of stock (store/sql/staging/unit_day.sql) materialised, and a content fingerprint of the
--          ledger so the derived tables are rebuilt whenever the ledger changes (also in place)
-- grain:   see each table
-- params:  none (DDL, applied once by dashboard/store/migrations.py)

-- one row per reporting unit, item and day a stock report covers (the columns are defined in staging/unit_day.sql)
create table staging_unit_day (
    region_code varchar not null,     -- a kab/kota 'PP.KK' or a province's own warehouse 'PP'
    province_code varchar not null,
    item varchar not null,            -- blangko | ribbon | film
    day date not null,
    row_end date not null,            -- period_end of the row that gives the day's flows
    pemakaian double not null,
    rusak double not null,
    consumption double not null,      -- pemakaian + rusak (never distribusi)
    penerimaan double not null,
    distribusi double not null,
    stocked_out boolean not null,     -- nothing to use that day: left out of burn rates
    stock_end bigint,                 -- closing stock of the last report ending on or before the day (null before any)
    reported boolean not null         -- a report ends this day
);

-- the pre-aggregate of the stock series is now read straight from the staging rows
drop table derived_series_day;

-- the fingerprint gains a hash of every ledger value (an in-place change rebuilds the derived tables)
drop table derived_state;
create table derived_state (
    ledger_rows bigint not null,      -- count(*) of stock_ledger
    max_upload bigint not null,       -- max(upload_id): rows above it are new since the refresh
    upload_sum hugeint not null,      -- sum(upload_id)
    content hugeint not null          -- sum of a hash of every row's values
)
