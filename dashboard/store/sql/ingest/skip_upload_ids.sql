-- purpose: move upload_seq past ids already used by rows written without it; returns the last value taken
-- grain:   one row, one column
-- params:  $n (how many sequence values to consume)
select max(nextval('upload_seq')) as upload_id
from range($n)
