-- purpose: keep what an accepted upload took from outside its file (mapping, given region or period, yields), so a
--          rebuild replays it the same way
-- grain:   one upload_options row
-- params:  $upload_id, $options (JSON)
insert or replace into upload_options (upload_id, options) values ($upload_id, $options)
