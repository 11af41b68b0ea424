-- purpose: remove stored coverage rows that the incoming frame replaces (already copied to history)
-- grain:   deletes one row per re-sent key with other values; identical rows stay untouched
-- params:  none; reads the registered frame ingest_rows
delete from coverage c
using ingest_rows n
where c.region_code = n.region_code and c.period_start = n.period_start and c.period_end = n.period_end
    and not (
        n.granularity is not distinct from c.granularity
        and n.wajib_ktp is not distinct from c.wajib_ktp
        and n.sudah_rekam is not distinct from c.sudah_rekam
        and n.belum_rekam is not distinct from c.belum_rekam
        and n.prr is not distinct from c.prr
        and n.sudah_cetak is not distinct from c.sudah_cetak
        and n.persentase is not distinct from c.persentase)
