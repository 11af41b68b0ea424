-- purpose: empty the data tables before a demo rebuild with replace (statements run in order, one transaction)
-- grain:   none (deletes every ledger, coverage, history and flag row, and the uploads they came from)
-- params:  none
delete from quality_flags;
delete from stock_ledger_history;
delete from coverage_history;
delete from stock_ledger;
delete from coverage;
delete from uploads
