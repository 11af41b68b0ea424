-- purpose: does the store hold demo data (any upload of kind 'demo')?
-- grain:   one row, one column (boolean)
-- params:  none
select count(*) > 0 as is_demo
from uploads
where kind = 'demo'
