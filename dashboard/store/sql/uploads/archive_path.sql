-- purpose: the stored file name and archive location of one upload (for downloading the raw file again)
-- grain:   one row (or none) for the upload id
-- params:  $upload_id (bigint)
select file_name, archive_path
from uploads
where upload_id = $upload_id
