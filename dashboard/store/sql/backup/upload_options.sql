-- purpose: what each upload took from outside its file, for `rebuild` to replay it with (importer.options.replay)
-- grain:   one row per upload that has options
-- params:  none
select upload_id, options from upload_options order by upload_id
