-- purpose: classify incoming coverage rows against the stored ones: added = key not stored,
--          unchanged = same values (schema.VALUES), replaced = other values (the dry run shows these counts)
-- grain:   one row (three counts) for the frame dashboard/ingest_write.py registers as ingest_rows
-- params:  none (reads the registered frame ingest_rows, columns schema.COVERAGE_COLUMNS; not a stored table)
-- note:    runs only inside ingest, between registering the frame and the insert and delete that apply it
select
    count(*) filter (where c.region_code is null)::bigint as added,
    count(*) filter (where c.region_code is not null and not (
        n.granularity is not distinct from c.granularity
        and n.wajib_ktp is not distinct from c.wajib_ktp
        and n.sudah_rekam is not distinct from c.sudah_rekam
        and n.belum_rekam is not distinct from c.belum_rekam
        and n.prr is not distinct from c.prr
        and n.sudah_cetak is not distinct from c.sudah_cetak
        and n.persentase is not distinct from c.persentase))::bigint as replaced,
    count(*) filter (where c.region_code is not null and (
        n.granularity is not distinct from c.granularity
        and n.wajib_ktp is not distinct from c.wajib_ktp
        and n.sudah_rekam is not distinct from c.sudah_rekam
        and n.belum_rekam is not distinct from c.belum_rekam
        and n.prr is not distinct from c.prr
        and n.sudah_cetak is not distinct from c.sudah_cetak
        and n.persentase is not distinct from c.persentase))::bigint as unchanged
from ingest_rows n
left join coverage c
    on c.region_code = n.region_code and c.period_start = n.period_start and c.period_end = n.period_end
