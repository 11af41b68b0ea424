-- purpose: what changed in stock_ledger since the refresh that recorded upload ids up to $upload_id: the earliest day a
--          new or replacing row covers, and whether every older row is still there (else the tables are rebuilt)
-- grain:   one row
-- params:  $upload_id (bigint: derived_state.max_upload)
-- note:    an upload that replaces a row deletes it (copying it to stock_ledger_history with replaced_by) and inserts
--          the new one under its own, larger id, so older rows still present + replaced ones = rows at the refresh.
select (select min(period_start) from stock_ledger where upload_id > $upload_id) as changed_from,
       (select count(*) from stock_ledger where upload_id > $upload_id)::bigint as new_rows,
       ((select count(*) from stock_ledger where upload_id <= $upload_id)
        + (select count(*) from stock_ledger_history where replaced_by > $upload_id))::bigint as old_rows
