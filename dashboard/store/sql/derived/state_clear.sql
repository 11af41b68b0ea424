-- purpose: forget the recorded fingerprint (derived_state_set.sql writes the new one)
-- grain:   deletes the one row
-- params:  none
delete from derived_state
