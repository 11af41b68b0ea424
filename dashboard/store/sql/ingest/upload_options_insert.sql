-- purpose: keep what an accepted upload took from outside its file (mapping, given region or period, yields), so a
--          rebuild replays it the same way
-- grain:   one upload_options row
-- params:  $upload_id, $options (JSON)
merge into upload_options o
using (select $upload_id::bigint as upload_id, $options as options) n
on o.upload_id = n.upload_id
when matched then update set options = n.options
when not matched then insert (upload_id, options) values (n.upload_id, n.options)
