-- purpose: empty the region reference before it is synced again from dashboard.regions
-- grain:   deletes every row
-- params:  none
delete from regions
