-- purpose: record a demo build as one uploads row (kind and source 'demo'; the file name holds the parameters)
-- grain:   one row
-- params:  $upload_id, $file_name, $sha256, $rows (stock + coverage rows written)
insert into uploads (upload_id, file_name, sha256, uploaded_at, uploader, kind, source, rows_total, rows_added,
                     rows_replaced, rows_unchanged, warnings, archive_path)
values ($upload_id, $file_name, $sha256, current_timestamp, 'demo', 'demo', 'demo', $rows, $rows, 0, 0, 0, null)
