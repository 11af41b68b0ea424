-- purpose: how many enabled admin accounts exist (the last one may not be removed)
-- grain:   one row, one column
-- params:  none
select count(*) from users where role = 'admin' and not disabled
