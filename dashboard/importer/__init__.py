"""Bytes of an uploaded export -> validated, typed rows -> the store, through one writer path.

Public names: plan_files (a dry run) and apply_files (one transaction per accepted file), their FilePlan/FileResult,
read_export (one file parsed and validated, nothing written), write_clean_rows (the set-based writer the demo shares),
the upload history and archive, and `templates` (blank export templates).
"""

from dashboard.importer import templates
from dashboard.importer.apply import apply_files, plan_files
from dashboard.importer.outcome import FilePlan, FileResult
from dashboard.importer.parse import ParsedExport, read_export
from dashboard.importer.problems import Problem
from dashboard.importer.uploads import archived_bytes, archived_path, batch_key, upload_history
from dashboard.importer.write import write_clean_rows

__all__ = ["FilePlan", "FileResult", "ParsedExport", "Problem", "apply_files", "archived_bytes", "archived_path",
           "batch_key", "plan_files", "read_export", "templates", "upload_history", "write_clean_rows"]
