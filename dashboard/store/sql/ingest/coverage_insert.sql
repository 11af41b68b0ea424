-- purpose: insert incoming coverage rows whose key is not stored (new keys, and replaced keys after the delete)
-- grain:   one coverage row per incoming row with a key absent from coverage
-- params:  $upload_id (bigint); reads the registered frame ingest_rows
insert into coverage by name
select
    n.region_code, n.period_start, n.period_end, n.granularity,
    n.wajib_ktp, n.sudah_rekam, n.belum_rekam, n.prr, n.sudah_cetak, n.persentase,
    n.reported_name, $upload_id::bigint as upload_id, n.source_row
from ingest_rows n
where not exists (
    select 1 from coverage c
    where c.region_code = n.region_code and c.period_start = n.period_start and c.period_end = n.period_end)
