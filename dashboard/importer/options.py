"""What an import knows from outside the file: a region or period the user gave, the uploader's own region, the
office's saved mappings, the yields for ribbon/film counted in cards, and per-file answers of the mapping step.

ImportOptions is for a batch (plan_files/apply_files); Hints is what one file's parse gets (read_export). What a
parse took from outside its bytes is recorded with the upload (ParsedExport.used), so a rebuild replays it exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from dashboard.importer.mapping import Mapping


@dataclass(frozen=True)
class FileChoice:
    """The mapping step's answer for one file (by its sha256), or what a replay restores."""

    mapping: Mapping | None = None
    region: str | None = None
    period: str | None = None


@dataclass(frozen=True)
class Hints:
    """Everything one file's parse may use besides its bytes."""

    region: str | None = None  # given by the user (ingest --region, the page's picker)
    period: str | None = None  # given by the user (ingest --period, the page's field)
    fallback_region: str | None = None  # the uploader's own kab/kota (used when the file names no region)
    mappings: tuple[Mapping, ...] = ()  # saved mappings: a sheet with one's header row is read with it
    forced: Mapping | None = None  # ingest --mapping NAME / the page's choice: the file must match it
    ribbon_yield: int = 450
    film_yield: int = 1000


@dataclass(frozen=True)
class ImportOptions:
    """A batch's options; per_file answers (by sha256) override the batch's region, period and mapping."""

    region: str | None = None
    period: str | None = None
    fallback_region: str | None = None
    mappings: tuple[Mapping, ...] = ()
    forced: Mapping | None = None
    per_file: dict[str, FileChoice] = field(default_factory=dict)
    yields: dict[str, int] = field(default_factory=dict)  # ribbon_yield/film_yield over the settings' (a replay)

    def hints(self, sha256: str, *, ribbon_yield: int, film_yield: int) -> Hints:
        choice = self.per_file.get(sha256, FileChoice())
        ribbon_yield = self.yields.get("ribbon_yield", ribbon_yield)
        film_yield = self.yields.get("film_yield", film_yield)
        return Hints(region=choice.region or self.region, period=choice.period or self.period,
                     fallback_region=self.fallback_region, mappings=self.mappings,
                     forced=choice.mapping or self.forced, ribbon_yield=ribbon_yield, film_yield=film_yield)

    def with_file(self, sha256: str, choice: FileChoice) -> "ImportOptions":
        return replace(self, per_file={**self.per_file, sha256: choice})


def replay(used: dict[str, Any] | None) -> ImportOptions:
    """The options that make a stored upload parse as it did (rebuild): its recorded outside answers."""
    used = dict(used or {})
    mapping = Mapping.from_spec(used["mapping"]) if used.get("mapping") else None
    yields = {k: int(used[k]) for k in ("ribbon_yield", "film_yield") if used.get(k)}
    return ImportOptions(region=used.get("region"), period=used.get("period"), forced=mapping, yields=yields)
