-- purpose: drop the audit rows a rebuild's replay wrote (the source's trail is copied in their place)
-- grain:   deletes every audit row of the rebuilt store
-- params:  none
delete from audit_log
