-- purpose: empty coverage_targets of a rebuilt store before the source's rows are copied in
-- grain:   none (statement)
-- params:  none
delete from coverage_targets
