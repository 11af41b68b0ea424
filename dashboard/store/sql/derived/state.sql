-- purpose: the recorded fingerprint (see derived/fingerprint.sql); no row before the first refresh
-- grain:   zero or one row
-- params:  none
select ledger_rows, max_upload, upload_sum, content from derived_state
