"""Bytes of an uploaded export -> validated, typed rows -> the store, through one writer path.

Public names: plan_files (a dry run) and apply_files (one transaction per accepted file), their FilePlan/FileResult,
read_export (one file parsed and validated, nothing written), write_clean_rows (the set-based writer the demo shares),
the upload history and archive (raw files with a manifest each, downloadable inside a user's scope), and
`templates` (blank export templates).
"""

from dashboard.importer import templates
from dashboard.importer.apply import apply_files, plan_files
from dashboard.importer.outcome import FilePlan, FileResult
from dashboard.importer.parse import ParsedExport, read_export
from dashboard.importer.problems import Problem
from dashboard.importer.uploads import archived_bytes, archived_path, batch_key, downloadable, upload_history
from dashboard.importer.write import (
    MANIFEST_FORMAT,
    MANIFEST_SUFFIX,
    manifest_path,
    remove_archived,
    upload_manifest,
    write_clean_rows,
    write_manifest,
)

__all__ = ["MANIFEST_FORMAT", "MANIFEST_SUFFIX", "FilePlan", "FileResult", "ParsedExport", "Problem", "apply_files",
           "archived_bytes", "archived_path", "batch_key", "downloadable", "manifest_path", "plan_files", "read_export",
           "remove_archived", "templates", "upload_history", "upload_manifest", "write_clean_rows", "write_manifest"]
