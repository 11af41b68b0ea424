"""What ingest says about each file: FilePlan (dry run) and FileResult (applied), with one-sentence summaries."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dashboard import fmt, regions
from dashboard.importer.problems import Problem, summary_lines
from dashboard.store import audit
from dashboard.text import t

MAX_PLACES = 3  # regions named in a result message; the rest are counted


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
    duplicate_of: int | None = None   # the newest earlier upload with the same bytes (said in the message)
    duplicate_in_batch: str | None = None  # else an earlier file of the same batch with the same bytes
    sha256: str = ""
    needs: list[str] = field(default_factory=list)  # what the user can settle: kolom | wilayah | periode
    mapping: str | None = None  # the column mapping the file was read with
    used: dict = field(default_factory=dict)  # what the parse took from outside the file (region, period, mapping)
    replaced_where: list[tuple] = field(default_factory=list)  # results: (region, rows, first, last) replaced
    details: Any = None  # plans only: changes.Details (old -> new of replaced rows, continuity warnings)

    _accepted_key = "ingest.msg.would_accept"
    _again_key = "resend.msg.again_plan"

    @property
    def changes_nothing(self) -> bool:
        """Accepted, but every row equals what is stored: nothing is (or would be) written, no upload row."""
        return self.accepted and not (self.rows_added or self.rows_replaced)

    @property
    def is_duplicate(self) -> bool:
        """An accepted file that changes nothing (the CLI counts these apart)."""
        return self.changes_nothing

    def message(self) -> str:
        """One Indonesian sentence: accepted with counts and what it replaced, refused with the number of problems,
        or a file that changes nothing (naming the earlier upload with the same bytes)."""
        if not self.accepted:
            return t("ingest.msg.refused", n=fmt.number(max(self.problem_total, len(self.problems), 1)))
        if self.changes_nothing:
            if self.duplicate_of is not None:
                return t("ingest.msg.duplicate", upload_id=self.duplicate_of)
            if self.duplicate_in_batch is not None:
                return t("ingest.msg.duplicate_batch", file=self.duplicate_in_batch)
            return t("resend.msg.no_change", rows=fmt.number(self.rows_total))
        parts = [t(key, n=fmt.number(n)) for key, n in (("ingest.msg.added", self.rows_added),
                                                         ("ingest.msg.replaced", self.rows_replaced),
                                                         ("ingest.msg.unchanged", self.rows_unchanged)) if n]
        text = t(self._accepted_key, rows=fmt.number(self.rows_total), parts=", ".join(parts))
        warned = max(self.warning_total, len(self.warnings))
        if warned:
            text += t("ingest.msg.warnings", n=fmt.number(warned))
        text += "."
        if self.replaced_where:
            text += " " + _where(self.replaced_where)
        if self.duplicate_of is not None and self.rows_replaced:
            text += " " + t(self._again_key, upload_id=self.duplicate_of)
        return text

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
    _again_key = "resend.msg.again"


def _where(places: list[tuple]) -> str:
    """'Yang diganti: Kabupaten Malinau (5 baris, 01/01/2024–05/01/2024) dan 2 wilayah lain.'"""
    shown = [t("resend.msg.place", region=_region(code), n=fmt.number(n), span=_span(first, last))
             for code, n, first, last in places[:MAX_PLACES]]
    more = len(places) - len(shown)
    text = t("resend.msg.where", places="; ".join(shown))
    return text + (t("resend.msg.more_places", n=fmt.number(more)) if more else "") + "."


def _region(code: str) -> str:
    found = regions.get(code)
    return found.name if found else code


def _span(first: Any, last: Any) -> str:
    return fmt.date(first) if first == last else f"{fmt.date(first)}–{fmt.date(last)}"


def from_parsed(cls: type[FilePlan], parsed: Any, **counts: Any) -> FilePlan:
    """A plan or result carrying what the importer found (ParsedExport), plus counts."""
    return cls(file_name=parsed.file_name, kind=parsed.kind, accepted=bool(parsed.accepted),
               problems=list(parsed.problems), problem_total=int(parsed.problem_total),
               warnings=list(parsed.warnings), warning_total=int(parsed.warning_total),
               rows_total=int(parsed.rows_total), sha256=parsed.sha256, needs=list(getattr(parsed, "needs", [])),
               mapping=getattr(parsed, "mapping", None), used=dict(getattr(parsed, "used", {})), **counts)


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
