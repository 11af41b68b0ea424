-- purpose: keep an accepted file's warnings as data-quality flags (shown on the Kualitas data page)
-- grain:   one quality_flags row per warning row of the registered frame ingest_flags
-- params:  $upload_id (bigint); reads the registered frame ingest_flags (importer ParsedExport.flags)
insert into quality_flags by name
select
    $upload_id::bigint as upload_id,
    kind::varchar as kind,
    region_code::varchar as region_code,
    item::varchar as item,
    period_end::date as period_end,
    source_row::integer as source_row,
    flag::varchar as flag,
    message::varchar as message,
    value::double as value
from ingest_flags
