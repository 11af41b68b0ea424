"""What ingest says about each file: FilePlan (dry run) and FileResult (applied), with one-sentence summaries."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dashboard import fmt
from dashboard.importer.problems import Problem, summary_lines
from dashboard.store import audit
from dashboard.text import t


@dataclass
class FilePlan:
    """What applying one file would do (nothing is written while planning)."""

    file_name: str
    kind: str | None = None           # stok | perekaman | campuran | None (unreadable)
    accepted: bool = False
    problems: list[Problem] = field(default_factory=list)   # listed reasons to refuse (capped)
    problem_total: int = 0
    warnings: list[Problem] = field(default_factory=list)   # listed accepted-with-warning findings (capped)
    warning_total: int = 0
    rows_total: int = 0
    rows_added: int = 0
    rows_replaced: int = 0
    rows_unchanged: int = 0
    duplicate_of: int | None = None   # upload id of an earlier accepted upload with the same bytes
    duplicate_in_batch: str | None = None  # plans only: an earlier file of the same batch with the same bytes
    sha256: str = ""
    details: Any = None  # plans only: preview.Details (old -> new of replaced rows, continuity warnings)

    _accepted_key = "ingest.msg.would_accept"

    @property
    def is_duplicate(self) -> bool:
        return self.duplicate_of is not None or self.duplicate_in_batch is not None

    def message(self) -> str:
        """One Indonesian sentence: accepted with counts, refused with the number of problems, or a duplicate."""
        if self.duplicate_of is not None:
            return t("ingest.msg.duplicate", upload_id=self.duplicate_of)
        if self.duplicate_in_batch is not None:
            return t("ingest.msg.duplicate_batch", file=self.duplicate_in_batch)
        if not self.accepted:
            return t("ingest.msg.refused", n=fmt.number(max(self.problem_total, len(self.problems), 1)))
        parts = [t(key, n=fmt.number(n)) for key, n in (("ingest.msg.added", self.rows_added),
                                                         ("ingest.msg.replaced", self.rows_replaced),
                                                         ("ingest.msg.unchanged", self.rows_unchanged)) if n]
        text = t(self._accepted_key, rows=fmt.number(self.rows_total), parts=", ".join(parts))
        warned = max(self.warning_total, len(self.warnings))
        if warned:
            text += t("ingest.msg.warnings", n=fmt.number(warned))
        return text + "."

    def problem_lines(self) -> list[str]:
        """Every listed problem as 'file, sheet, row, column: message (value)', then 'dan N masalah lain'."""
        return summary_lines(self.problems, max(self.problem_total, len(self.problems)))

    def warning_lines(self) -> list[str]:
        return summary_lines(self.warnings, max(self.warning_total, len(self.warnings)))


@dataclass
class FileResult(FilePlan):
    """What applying one file did; upload_id is set when its rows were written."""

    upload_id: int | None = None

    _accepted_key = "ingest.msg.accepted"


def from_parsed(cls: type[FilePlan], parsed: Any, **counts: Any) -> FilePlan:
    """A plan or result carrying what the importer found (ParsedExport), plus counts."""
    return cls(file_name=parsed.file_name, kind=parsed.kind, accepted=bool(parsed.accepted),
               problems=list(parsed.problems), problem_total=int(parsed.problem_total),
               warnings=list(parsed.warnings), warning_total=int(parsed.warning_total),
               rows_total=int(parsed.rows_total), sha256=parsed.sha256, **counts)


def audit_detail(item: FilePlan, source: str) -> dict[str, Any]:
    """The audit event's detail: dashboard.store.audit's upload fields, plus the upload id and the first problems."""
    detail = audit.upload_detail(item, source=source)
    detail["upload_id"] = getattr(item, "upload_id", None)
    detail["sha256"] = item.sha256
    if item.problems:
        detail["problem_total"] = max(item.problem_total, len(item.problems))
        detail["first_problems"] = [p.describe() for p in item.problems[:3]]
    if item.warning_total:
        detail["warnings"] = item.warning_total
    return detail
