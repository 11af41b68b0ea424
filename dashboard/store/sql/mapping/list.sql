-- purpose: saved column mappings, of one office ($office) or of every office ($office null), newest first
-- grain:   one row per mapping
-- params:  $office (varchar or null)
select office, name, kind, signature, spec, created_by, created_at
from import_mappings
where $office::varchar is null or office = $office::varchar
order by office, created_at desc, name
