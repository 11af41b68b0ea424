-- purpose: record one accepted file: who sent it, when, what kind, what it changed, where its raw bytes are kept
-- grain:   one uploads row
-- params:  $upload_id, $file_name, $sha256, $at (timestamptz), $uploader, $kind, $source, $rows_total, $rows_added,
--          $rows_replaced, $rows_unchanged, $warnings, $archive_path (relative to the store's archive folder)
insert into uploads (upload_id, file_name, sha256, uploaded_at, uploader, kind, source, rows_total, rows_added,
                     rows_replaced, rows_unchanged, warnings, archive_path)
values ($upload_id, $file_name, $sha256, $at, $uploader, $kind, $source, $rows_total, $rows_added, $rows_replaced,
        $rows_unchanged, $warnings, $archive_path)
