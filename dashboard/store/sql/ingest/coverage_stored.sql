-- purpose: the stored coverage rows an incoming frame re-sends (same key), with their values: the dry run shows
--          old -> new for the replaced ones
-- grain:   one row per stored coverage row whose key (region, period) the frame ingest_rows also holds
-- params:  none (reads the registered frame ingest_rows, columns schema.COVERAGE_COLUMNS; not a stored table)
select c.region_code, c.period_start, c.period_end, c.granularity, c.wajib_ktp, c.sudah_rekam, c.belum_rekam, c.prr,
       c.sudah_cetak, c.persentase
from coverage c
semi join ingest_rows n
    on c.region_code = n.region_code and c.period_start = n.period_start and c.period_end = n.period_end
