"""A sheet's region and period when its columns do not give them: the title rows, the file name, the uploader's
own region, the user's answer, in that order; between candidates we never choose (the user does).

Each answer is (value, problem text key + values, where it came from); 'given' and 'uploader' answers are recorded
with the upload, so a rebuild gives the same rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dashboard import codes, regions
from dashboard.importer import periods, titles
from dashboard.importer.dates import Period
from dashboard.importer.options import Hints
from dashboard.importer.rowperiods import describe
from dashboard.text import t

TITLE, FILE_NAME, UPLOADER, GIVEN = "judul", "nama_berkas", "pengunggah", "dipilih"


@dataclass(frozen=True)
class Answer:
    value: Any = None
    problem: str | None = None  # message text
    source: str | None = None
    needs: bool = False  # the user can settle it (region picker, period field)
    values: dict = field(default_factory=dict)


def given_region(hints: Hints) -> tuple[str | None, str | None]:
    """(normalised code, problem) of the region the user gave."""
    if not hints.region:
        return None, None
    code = codes.read_code(hints.region, province_system="kemendagri").code
    if code is None or code == regions.NATIONAL or regions.get(code) is None or code.count(".") > 1:
        return None, t("shapes.region.unknown", code=str(hints.region)[:40])
    return code, None


def region(lines: list[str], file_name: str, hints: Hints) -> Answer:
    """The one region a sheet without a code column is about."""
    given, problem = given_region(hints)
    if problem:
        return Answer(problem=problem, needs=True)
    in_title = titles.region_in_titles(lines)
    if in_title.code:
        if given and given != in_title.code:
            return Answer(problem=t("shapes.region.conflict", title=titles.describe((in_title.code,)),
                                    chosen=titles.describe((given,))), needs=True)
        return Answer(in_title.code, source=TITLE)
    if in_title.candidates:
        if given in in_title.candidates:
            return Answer(given, source=GIVEN)
        return Answer(problem=t("shapes.region.many", where=t("shapes.where.title"),
                                candidates=titles.describe(in_title.candidates)), needs=True)
    if given:
        return Answer(given, source=GIVEN)
    in_name = titles.region_in_file_name(file_name)
    if in_name.code:
        return Answer(in_name.code, source=FILE_NAME)
    if in_name.candidates:
        return Answer(problem=t("shapes.region.many", where=t("shapes.where.file_name"),
                                candidates=titles.describe(in_name.candidates)), needs=True)
    if hints.fallback_region and regions.get(hints.fallback_region):
        return Answer(hints.fallback_region, source=UPLOADER)
    return Answer(problem=t("shapes.region.none"), needs=True)


def given_period(hints: Hints) -> tuple[Period | None, str | None]:
    if not hints.period:
        return None, None
    found = periods.parse_cell(str(hints.period).strip())
    if found is None:
        return None, t("shapes.period.bad_given", value=str(hints.period)[:40])
    return found, None


def title_period(lines: list[str]) -> tuple[Period | None, list[Period]]:
    return titles.period_in_titles(lines)


def period(lines: list[str], hints: Hints) -> Answer:
    """The one period a sheet without date or period columns is about."""
    given, problem = given_period(hints)
    if problem:
        return Answer(problem=problem, needs=True)
    found, candidates = title_period(lines)
    if found is not None:
        if given is not None and given != found:
            return Answer(problem=t("shapes.period.conflict", title=describe(found), chosen=describe(given)),
                          needs=True)
        return Answer(found, source=TITLE)
    if candidates:
        if given in candidates:
            return Answer(given, source=GIVEN)
        return Answer(problem=t("shapes.period.many", candidates=", ".join(describe(p) for p in candidates)),
                      needs=True)
    if given is not None:
        return Answer(given, source=GIVEN)
    return Answer(problem=t("shapes.period.none"), needs=True)


def context_period(lines: list[str], hints: Hints) -> tuple[Period | None, Period | None, str | None]:
    """(month, year-period, source) that year-less cells and day-of-month cells can lean on: the title's period,
    else the given one. month is set when that period is a month; year when it lies inside one year."""
    found, _ = title_period(lines)
    source = TITLE
    if found is None:
        found, _ = given_period(hints)
        source = GIVEN
    if found is None:
        return None, None, None
    month = found if found.granularity == "bulanan" else None
    year = periods.whole_year(found.start.year) if found.start.year == found.end.year else None
    return month, year, source
