-- purpose: how many uploads the store holds (a rebuild into a shared store needs one that holds none)
-- grain:   one row, one column
-- params:  none
select count(*) as n from uploads
