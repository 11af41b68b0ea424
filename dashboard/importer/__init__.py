"""Bytes of an uploaded export -> validated, typed rows -> the store, through one writer path.

Public names: plan_files (a dry run) and apply_files (one transaction per accepted file), their FilePlan/FileResult,
read_export (one file parsed and validated, nothing written), the upload history and archive, and `templates` (blank
export templates). The mapping step: ImportOptions/FileChoice (what the user gave besides the files), Mapping and its
store functions, preview (a file's top rows and our guess), replay_options (what an upload took from outside its
file, for rebuild).
Raw files keep a manifest each and download only inside a user's scope.
"""

from dashboard.importer import schema, templates
from dashboard.importer.apply import apply_files, plan_files
from dashboard.importer.mapping import Mapping
from dashboard.importer.mapping import check as mapping_problems
from dashboard.importer.mapping_store import (
    MappingError,
    find_mapping,
    list_mappings,
    mapping_rows,
    remove_mapping,
    save_mapping,
)
from dashboard.importer.options import FileChoice, ImportOptions
from dashboard.importer.options import replay as replay_options
from dashboard.importer.outcome import FilePlan, FileResult
from dashboard.importer.parse import read_export
from dashboard.importer.preview import column_letter, preview
from dashboard.importer.problems import Problem
from dashboard.importer.uploads import archived_path, batch_key, downloadable, upload_history
from dashboard.importer.write import MANIFEST_FORMAT, MANIFEST_SUFFIX, remove_archived, upload_manifest, write_manifest

__all__ = ["MANIFEST_FORMAT", "MANIFEST_SUFFIX", "FileChoice", "FilePlan", "FileResult", "ImportOptions", "Mapping",
           "MappingError", "Problem", "apply_files", "archived_path", "batch_key", "column_letter", "downloadable",
           "find_mapping", "list_mappings", "mapping_problems", "mapping_rows", "plan_files", "preview", "read_export",
           "remove_archived", "remove_mapping", "replay_options", "save_mapping", "schema", "templates",
           "upload_history", "upload_manifest", "write_manifest"]
