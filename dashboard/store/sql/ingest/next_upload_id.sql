-- purpose: a new upload id for an accepted file (the sequence is shared with demo builds), and the highest id
--          stored, so ingest can tell when rows were written around the sequence (fixtures, copied tables)
-- grain:   one row: next_id (consumed from upload_seq), max_id (0 when there are no uploads)
-- params:  none
select nextval('upload_seq') as next_id,
       coalesce((select max(upload_id) from uploads), 0)::bigint as max_id
