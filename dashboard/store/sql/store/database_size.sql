-- purpose: how many blocks the open store file must at least hold (its used blocks), to spot a truncated copy
-- grain:   one row for the current database
-- params:  none
-- note:    free blocks at the end of a file are cut off by DuckDB itself, so only used blocks are a lower bound
select block_size::bigint as block_size, (total_blocks - free_blocks)::bigint as used_blocks
from pragma_database_size()
where database_name = current_database()
