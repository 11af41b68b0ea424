-- purpose: before a re-sent key is replaced, copy the stored row into coverage_history (nothing is lost)
-- grain:   one history row per stored coverage row whose key the incoming frame re-sends with other values
-- params:  $at (timestamptz, replaced_at), $upload_id (the replacing upload); reads the registered frame ingest_rows
insert into coverage_history by name
select c.*, $at::timestamptz as replaced_at, $upload_id::bigint as replaced_by
from coverage c
join ingest_rows n
    on c.region_code = n.region_code and c.period_start = n.period_start and c.period_end = n.period_end
where not (
    n.granularity is not distinct from c.granularity
    and n.wajib_ktp is not distinct from c.wajib_ktp
    and n.sudah_rekam is not distinct from c.sudah_rekam
    and n.belum_rekam is not distinct from c.belum_rekam
    and n.prr is not distinct from c.prr
    and n.sudah_cetak is not distinct from c.sudah_cetak
    and n.persentase is not distinct from c.persentase)
