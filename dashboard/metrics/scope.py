"""Plumbing shared by dashboard.metrics.series and dashboard.metrics.quality: region scope, default dates, settings, child labels."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb
import polars as pl

from dashboard import regions
from dashboard.domain import ITEMS, WAREHOUSE, warehouse_name
from dashboard.settings import Settings
from dashboard.store import Store, load_settings, queries
from dashboard.text import t


@dataclass(frozen=True)
class Scope:
    """A region as the queries see it: its code, level and the codes whose rows make it up."""

    region: str
    level: str  # nasional | provinsi | kabupaten | kota
    members: list[str]

    @property
    def aggregate_children(self) -> bool:
        """True for 'ID', whose children (provinces) each sum several reporting units."""
        return self.level == "nasional"

    def params(self, **extra: object) -> dict[str, object]:
        return {"region": self.region, "members": self.members, **extra}


def scope(region: str) -> Scope:
    """The scope of 'ID', a province 'PP' (warehouse + kab/kota) or a kab/kota 'PP.KK'; ValueError when unknown."""
    info = regions.get(region)
    members = regions.members(region) if info is not None else []
    if not members:
        raise ValueError(t("series.unknown_region", code=region))
    return Scope(region, info.level, members)


def check_item(item: str) -> None:
    if item not in ITEMS:
        raise ValueError(t("series.bad_item", item=item))


def resolve_settings(store: Store, settings: Settings | None) -> Settings:
    return settings if settings is not None else load_settings(store)


def latest_dates(cur: duckdb.DuckDBPyConnection) -> tuple[dt.date | None, dt.date | None]:
    """(latest stock period_end, latest coverage period_end) in the store."""
    row = queries.frame(cur, "series/latest_dates").row(0)
    return row[0], row[1]


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (or earlier), clipped to the month's last day (31 Mar - 1 month = 29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, month_end(dt.date(year, month + 1, 1)).day))


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def month_end(day: dt.date) -> dt.date:
    nxt = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def month_starts(start: dt.date, end: dt.date) -> list[dt.date]:
    """The first day of every month from start's month to end's month: the one month grid of the monthly queries
    (bound as $month_starts) and of the lists built from them."""
    months, month = [], month_start(start)
    while month <= end:
        months.append(month)
        month = add_months(month, 1)
    return months


@dataclass(frozen=True)
class _Labels:
    names: dict[str, str]
    levels: dict[str, str]


def _labels() -> _Labels:
    every = regions.all_regions()
    return _Labels({r.code: r.name for r in every}, {r.code: r.level for r in every})


def label_children(frame: pl.DataFrame, sc: Scope, units: bool = False) -> pl.DataFrame:
    """Add `level` (and warehouse names) to a frame keyed by region_code.

    Under 'ID' a child province code is the whole province; in lists of reporting units (units=True) and below
    'ID' it is the province warehouse alone, named "Gudang Provinsi …" with level 'gudang' (it records nobody).
    """
    labels = _labels()
    if sc.aggregate_children and not units:
        level = pl.lit("provinsi")
        name = pl.col("name")
    else:
        warehouse = ~pl.col("region_code").str.contains(".", literal=True)
        level = pl.when(warehouse).then(pl.lit(WAREHOUSE)).otherwise(
            pl.col("region_code").replace_strict(labels.levels, default=None))
        wh_names = {code: warehouse_name(name) for code, name in labels.names.items() if "." not in code}
        name = pl.when(warehouse).then(pl.col("region_code").replace_strict(wh_names, default=None)).otherwise(
            pl.col("name"))
    out = frame.with_columns(name=name, level=level.cast(pl.String))
    cols = [c for c in out.columns if c not in ("region_code", "name", "level")]
    return out.select("region_code", "name", "level", *cols)


def region_level(sc: Scope, code: str, units: bool = False) -> str:
    """The level the status rule should use for a child code of this scope (or for a reporting unit)."""
    if sc.aggregate_children and not units:
        return "provinsi"
    if "." not in code:
        return WAREHOUSE
    info = regions.get(code)
    return info.level if info else "kabupaten"
