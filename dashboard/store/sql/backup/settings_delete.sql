-- purpose: empty settings of a rebuilt store before the source's rows are copied in
-- grain:   none (statement)
-- params:  none
delete from settings
