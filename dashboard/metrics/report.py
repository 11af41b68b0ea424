"""The metrics of a region at an as-of date, defined once (metrics.formulas) and shared by every face.

Pages, the briefing, Excel/CSV exports and `python -m dashboard report` all call these functions, so the screen,
the PDF and the command line show the same numbers. All 552 reporting units are computed in one pass per
(store data version, as-of, settings) and kept in a small in-process cache: a new upload changes the data version,
so its numbers are seen at once.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections import OrderedDict

import polars as pl

from dashboard import codes, regions
from dashboard.domain import ACTION_STATUSES, NO_STATUS, STATUSES, WAREHOUSE, warehouse_name
from dashboard.metrics import formulas as calc
from dashboard.metrics.status import severity_rank
from dashboard.settings import Settings
from dashboard.store import Store, derived, load_settings, queries
from dashboard.text import t

_CACHE_SIZE = 16
_cache: OrderedDict[tuple, "_Computed"] = OrderedDict()
_cache_lock = threading.Lock()


class UnknownRegion(ValueError):
    """A region code that is neither 'ID', a province nor a kab/kota of the reference."""


class _Computed:
    """Derived metric rows of one computation: units (552), provinces (38) and the national row."""

    def __init__(self, units: pl.DataFrame, provinces: pl.DataFrame, national: pl.DataFrame, as_of: dt.date | None):
        self.units = units
        self.provinces = provinces
        self.national = national
        self.as_of = as_of


def latest_as_of(store: Store) -> dt.date | None:
    """The default as-of date: the end of the newest stock report (of coverage when there is no stock)."""
    return store.scalar("metrics/latest_as_of")


def _universe() -> pl.DataFrame:
    """Every reporting unit: each province's own warehouse ('PP', level gudang) and every kab/kota."""
    rows = []
    for region in regions.all_regions():
        if region.level == "provinsi":
            rows.append((region.code, warehouse_name(region.name), WAREHOUSE, region.code))
        else:
            rows.append((region.code, region.name, region.level, region.province_code))
    return pl.DataFrame(rows, schema={"region_code": pl.String, "name": pl.String, "level": pl.String,
                                      "province_code": pl.String}, orient="row")


def _settings_key(settings: Settings) -> str:
    return json.dumps(settings.as_dict(), sort_keys=True, default=str)


def _compute(store: Store, as_of: dt.date | None, settings: Settings) -> _Computed:
    if as_of is None:
        stock = pl.DataFrame(schema=calc.STOCK_SCHEMA)
        coverage = pl.DataFrame(schema=calc.COVERAGE_SCHEMA)
    else:
        derived.ensure(store)
        params = {"as_of": as_of, "window_days": settings.burn_window_days, "amc_months": settings.amc_months}
        with store.reading() as cur:
            stock = queries.frame(cur, "metrics/units_stock", params)
            coverage = queries.frame(cur, "metrics/units_coverage", params)
        stock = stock.select([pl.col(c).cast(d) for c, d in calc.STOCK_SCHEMA.items()])
        coverage = coverage.select([pl.col(c).cast(d) for c, d in calc.COVERAGE_SCHEMA.items()])
    unit_rows = calc.units(_universe(), stock, coverage, as_of, settings)
    province_base = calc.provinces(unit_rows)
    units = calc.derive(calc.unit_table(unit_rows, province_base), as_of, settings)
    # Aggregates count their units and ask for what is left after moving surplus inside each province.
    province_base = province_base.join(calc.summary(units), on="region_code", how="left")
    national_base = calc.national(province_base)
    names = {r.code: r.name for r in regions.provinces()}
    province_rows = province_base.with_columns(
        name=pl.col("region_code").replace_strict(names, default=None),
        level=pl.lit("provinsi"), province_code=pl.col("region_code"))
    national_rows = national_base.with_columns(
        name=pl.lit(regions.NATIONAL_NAME), level=pl.lit("nasional"), province_code=pl.lit(None, pl.String))
    provinces = calc.derive(province_rows, as_of, settings, aggregate=True).sort("region_code")
    national = calc.derive(national_rows, as_of, settings, aggregate=True)
    return _Computed(units=units, provinces=provinces, national=national, as_of=as_of)


def _computed(store: Store, as_of: dt.date | None, settings: Settings | None) -> _Computed:
    """The cached computation for this store version, as-of (default: latest) and settings (default: stored)."""
    settings = settings if settings is not None else load_settings(store)
    as_of = as_of if as_of is not None else latest_as_of(store)
    key = (str(store.path), store.data_version(), as_of, _settings_key(settings))
    with _cache_lock:
        hit = _cache.get(key)
        if hit is not None:
            _cache.move_to_end(key)
            return hit
    computed = _compute(store, as_of, settings)
    with _cache_lock:
        _cache[key] = computed
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return computed


def check_region(region: str) -> str:
    """A Kemendagri region code ('ID', 'PP' or 'PP.KK'; BPS '6501' is read as 65.02); UnknownRegion otherwise.

    Library calls pass stored (Kemendagri) codes, so a two-digit code BPS reads differently is Kemendagri's here;
    user input goes through resolve_region, which refuses it instead.
    """
    text = str(region or "").strip()
    if text.upper() == regions.NATIONAL:
        return regions.NATIONAL
    code = codes.read_code(text, province_system=codes.KEMENDAGRI).code
    if code is None:
        raise UnknownRegion(t("metrics.unknown_region", code=text[:40]))
    return code


def resolve_region(region: str, code_system: str | None = None) -> tuple[str, str | None]:
    """(Kemendagri code, how it was read: '6501 (BPS) = 65.02 Kabupaten Malinau') of a code a user typed.

    A two-digit code BPS and Kemendagri read differently (91, 92, 94, 95, 96) is refused naming both readings
    unless code_system says which system the user means.
    """
    text = str(region or "").strip()
    if text.upper() == regions.NATIONAL:
        return regions.NATIONAL, None
    read = codes.read_code(text, system=code_system)
    if read.problem in ("shape", "unknown"):
        raise UnknownRegion(t("metrics.unknown_region", code=text[:40]))
    if read.problem == "ambiguous":
        raise UnknownRegion(f"{codes.explain(read)} {t('regions.cli.ambiguous_hint')}")
    if read.code is None:
        raise UnknownRegion(codes.explain(read))
    return read.code, codes.resolved(read)


def region_name(region: str) -> str:
    """'Indonesia', 'Kalimantan Utara', 'Kabupaten Malinau' for a code."""
    found = regions.get(check_region(region))
    return found.name if found else region


def _region_row(computed: _Computed, code: str) -> pl.DataFrame:
    if code == regions.NATIONAL:
        return computed.national
    frame = computed.provinces if "." not in code else computed.units
    return frame.filter(pl.col("region_code") == code)


def unit_metrics(store: Store, as_of: dt.date | None = None,
                 settings: Settings | None = None) -> pl.DataFrame:
    """Every reporting unit (38 province warehouses + 514 kab/kota) with all METRICS.

    A warehouse's burn_rate_per_day and amc are its whole province's (it supplies them); see metrics_calc.
    """
    return _computed(store, as_of, settings).units


def region_report(store: Store, region: str, as_of: dt.date | None = None,
                  settings: Settings | None = None) -> dict:
    """region, name, level, as_of, then every metric of METRICS (None where unknown) for one region."""
    code = check_region(region)
    computed = _computed(store, as_of, settings)
    row = _region_row(computed, code).row(0, named=True)
    return calc.as_dict(row, computed.as_of)


def region_table(store: Store, region: str, as_of: dt.date | None = None,
                 settings: Settings | None = None) -> pl.DataFrame:
    """One row per child: 'ID' -> 38 provinces; a province -> its warehouse and kab/kota; a kab/kota -> itself.

    Columns: region_code, name, level, province_code, then METRICS.
    """
    code = check_region(region)
    computed = _computed(store, as_of, settings)
    if code == regions.NATIONAL:
        return computed.provinces
    if "." in code:
        return computed.units.filter(pl.col("region_code") == code)
    return computed.units.filter(pl.col("province_code") == code).sort(
        pl.col("level") != WAREHOUSE, "region_code")


def units_in(store: Store, region: str, as_of: dt.date | None = None,
             settings: Settings | None = None) -> pl.DataFrame:
    """The reporting units (kab/kota and province warehouses) that make up a region, with all METRICS."""
    code = check_region(region)
    units = _computed(store, as_of, settings).units
    if code == regions.NATIONAL:
        return units
    if "." in code:
        return units.filter(pl.col("region_code") == code)
    return units.filter(pl.col("province_code") == code)


def action_list(store: Store, region: str, as_of: dt.date | None = None,
                settings: Settings | None = None) -> pl.DataFrame:
    """"Perlu tindakan": units inside region that are habis or kritis (any item), or whose blank stock is below PRR.

    Sorted most urgent first: habis, then kritis, then the rest; within a status by days until printing stops
    (printable_days_of_cover), the longest-empty first, then name.
    """
    units = units_in(store, region, as_of, settings)
    urgent = pl.col("status").is_in(ACTION_STATUSES) | pl.col("stock_below_prr").fill_null(False)
    return by_urgency(units.filter(urgent))


def by_urgency(units: pl.DataFrame) -> pl.DataFrame:
    """Unit rows most urgent first: status severity, days until printing stops, longest empty (any item), name."""
    since = pl.min_horizontal("stockout_since", "ribbon_stockout_since", "film_stockout_since")
    return (units.with_columns(_rank=severity_rank(), _since=since)
            .sort(["_rank", "printable_days_of_cover", "_since", "name"], nulls_last=True)
            .drop("_rank", "_since"))


def below_prr_units(store: Store, region: str, as_of: dt.date | None = None,
                    settings: Settings | None = None) -> pl.DataFrame:
    """Units inside region whose blank stock is below their PRR (their backlog cannot be printed), largest gap first.

    The one list behind every "stok < PRR" count: the aggregate's units_below_prr is its length.
    """
    units = units_in(store, region, as_of, settings)
    return (units.filter(pl.col("stock_below_prr").fill_null(False))
            .with_columns(_gap=pl.col("prr") - pl.col("stock")).sort(["_gap", "name"], descending=[True, False])
            .drop("_gap"))


def over_100_units(store: Store, region: str, as_of: dt.date | None = None,
                   settings: Settings | None = None) -> pl.DataFrame:
    """Units inside region recording more residents than must hold a KTP (sudah rekam > wajib KTP, unrounded).

    The one list behind every "di atas 100%" flag: the aggregate's units_over_100 is its length.
    """
    units = units_in(store, region, as_of, settings)
    return units.filter(pl.col("coverage_over_100").fill_null(False)).sort(["coverage_pct", "name"],
                                                                          descending=[True, False])


def status_counts(store: Store, region: str, as_of: dt.date | None = None,
                  settings: Settings | None = None) -> dict[str, int]:
    """How many reporting units of the region are in each status (and 'tanpa_data' for units with no status).

    The region report's units_by_status: the same numbers the cards, the briefing and `report --json` give.
    """
    counts = region_report(store, region, as_of, settings)["units_by_status"]
    return {status: int(counts.get(status) or 0) for status in (*STATUSES, NO_STATUS)}


def clear_cache() -> None:
    """Forget cached computations (tests that rewrite a store file in place)."""
    with _cache_lock:
        _cache.clear()
