-- purpose: the recorded fingerprint (see derived_create_state.sql); no row before the first refresh
-- grain:   zero or one row
-- params:  none
select ledger_rows, max_upload, upload_sum from derived_state
