"""The weekly briefing of one region: an A4 PDF and an Excel workbook with exactly the dashboard's numbers."""

from __future__ import annotations

import datetime as dt
import re
import time
from dataclasses import dataclass, field, replace

from dashboard import present
from dashboard.briefing import charts as briefing_charts
from dashboard.briefing import figures
from dashboard.briefing import pdf as briefing_pdf
from dashboard.briefing import sentences as text
from dashboard.briefing import tables as briefing_tables
from dashboard.briefing.content import BriefingError, Content, NoBriefingData, collect
from dashboard.metrics import UnknownRegion
from dashboard.settings import Settings
from dashboard.store import Store

__all__ = ["Briefing", "BriefingError", "NoBriefingData", "Summary", "UnknownRegion", "build_briefing",
           "build_files", "build_content", "build_summary"]

_SAFE = re.compile(r"[^A-Za-z0-9]+")


@dataclass(frozen=True)
class Summary:
    """What the briefing says, without its files (the page's preview; cheap: no charts, no PDF)."""

    region: str
    name: str
    as_of: dt.date
    title: str
    week_label: str
    subtitle: str
    headline: dict[str, str]           # figure label -> value as printed ("Stok blangko" -> "43.328 keping")
    sentences: dict[str, list[str]]    # section key (summary, changes, actions, quality) -> sentences
    sections: dict[str, str]           # section key -> its printed title

    @property
    def file_stem(self) -> str:
        """'briefing_65_2024-03-31' (safe in any file system and in a download header)."""
        return f"briefing_{_SAFE.sub('-', self.region)}_{self.as_of.isoformat()}"


@dataclass(frozen=True)
class Briefing(Summary):
    """The two files and what they say (the CLI's message reads these)."""

    pdf: bytes = b""
    xlsx: bytes = b""
    pages: int = 0
    seconds: float = 0.0
    content: Content | None = field(default=None, repr=False)  # None in build_files' result


def _summary(c: Content, lines: dict[str, list[str]]) -> dict:
    return dict(region=c.region, name=c.name, as_of=c.as_of, title=c.title, week_label=c.week.label,
                subtitle=text.subtitle(c), headline=dict(figures.figures(c)), sentences=lines,
                sections={key: text.section_title(key, c) for key in lines})


def build_summary(store: Store, region: str = "ID", as_of: dt.date | None = None,
                  settings: Settings | None = None) -> Summary:
    """The briefing's title, figures and sentences without building its files (errors as build_briefing)."""
    c = collect(store, region, as_of, settings)
    return Summary(**_summary(c, text.sentences(c)))


def build_content(store: Store, region: str = "ID", as_of: dt.date | None = None,
                  settings: Settings | None = None) -> Content:
    """The briefing's numbers only (no files): NoBriefingData / UnknownRegion as build_briefing."""
    return collect(store, region, as_of, settings)


def build_briefing(store: Store, region: str = "ID", as_of: dt.date | None = None,
                   settings: Settings | None = None) -> Briefing:
    """Build the PDF and the Excel workbook of a region ('ID', 'PP', 'PP.KK') for the week ending at as_of.

    The numbers come from dashboard.metrics.report / series / quality (briefing_content), the sentences are written from
    them (briefing_text), both files show the same display frames (briefing_tables), the charts are the pages'
    Altair builders rendered to PNG (briefing_charts) and fpdf2 lays out the PDF (briefing_pdf).
    "The week" is the last full ISO week (Monday–Sunday) on or before as_of (default: the latest stock date), whose
    Sunday is the briefing's as-of; "last week" is the week before. Raises metrics.UnknownRegion for an unknown code
    and NoBriefingData when the store has no stock report of the region ending within that week (or no data at
    all); both carry an Indonesian message.
    """
    started = time.perf_counter()
    c = collect(store, region, as_of, settings)
    lines = text.sentences(c)
    sheets, kinds = briefing_tables.sheets(c, lines)
    tables = {
        "changes": (briefing_tables.changes(c), {}),
        "status_changes": briefing_tables.status_changes(c),
        "actions": briefing_tables.actions(c),
        "quality": (briefing_tables.quality_by_unit(c), {}),
    }
    images = briefing_charts.render(c)
    pdf = briefing_pdf.render(c, lines, images, tables)
    xlsx = present.exports.to_xlsx_bytes(sheets, kinds)
    return Briefing(**_summary(c, lines), pdf=pdf, xlsx=xlsx, pages=_page_count(pdf),
                    seconds=round(time.perf_counter() - started, 2), content=c)


def build_files(store: Store, region: str = "ID", as_of: dt.date | None = None,
                settings: Settings | None = None) -> Briefing:
    """build_briefing without the content frames: what the page keeps in its cache (files and text only)."""
    return replace(build_briefing(store, region, as_of, settings), content=None)


def _page_count(pdf: bytes) -> int:
    # fpdf2 writes one '/Type /Page' object per page (and '/Type /Pages' once for the tree).
    return len(re.findall(rb"/Type /Page\b(?!s)", pdf))
