-- purpose: the pre-aggregated stock series: per province, item and day, the flows of its reporting units and the
--          changes of their summed carried-forward closing stock (read by derived_series_stock.sql)
-- grain:   one row per province (its warehouse + kab/kota), item and day with a flow or a stock report
-- params:  none (DDL; dashboard/derived.py creates it on the first refresh)
create table if not exists derived_series_day (
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
)
