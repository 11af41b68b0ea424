"""The domain's vocabulary, defined once: items, statuses, unit levels, and the Bahasa words for each."""

from __future__ import annotations

import datetime as dt

from dashboard.text import t

# The three supplies a card needs; ribbon and film are counted in ribbons and film rolls, blangko in cards.
ITEMS = ("blangko", "ribbon", "film")
DEFAULT_ITEM = "blangko"
# Stock status bands, most severe first (the order of every list, legend and count).
STATUSES = ("habis", "kritis", "waspada", "aman", "berlebih")
NO_STATUS = "tanpa_data"  # the key used where a unit has no status (counts, exports, colours)
ACTION_STATUSES = ("habis", "kritis")  # a unit in one of these needs stock now
SEVERITY = {status: rank for rank, status in enumerate(STATUSES)}
# Reporting-unit levels: a kab/kota, or a province's own warehouse (a province code standing for the warehouse).
WAREHOUSE = "gudang"
KABKOTA_LEVELS = ("kabupaten", "kota")
NATIONAL = "ID"


def status_word(status: str | None) -> str:
    """'kritis' -> 'Kritis'; None -> 'Tanpa data' (screen, PDF, Excel and CLI say it the same way)."""
    return t(f"status.{status}") if status and status != NO_STATUS else t("status.tanpa_data")


def item_word(item: str | None) -> str | None:
    """'ribbon' -> 'Ribbon'; None stays None."""
    return t(f"item.{item}") if item else None


def level_word(level: str | None) -> str | None:
    """'kabupaten' -> 'Kabupaten', 'gudang' -> 'Gudang provinsi'; None stays None."""
    if level is None:
        return None
    return t(f"level.{level}")


def warehouse_name(province_name: str) -> str:
    """'Gudang Provinsi Kalimantan Utara': a province's own warehouse as a reporting unit."""
    return t("level.warehouse_name", name=province_name)


# Officials' clock: Waktu Indonesia Barat (Asia/Jakarta, UTC+7, no daylight saving time).
WIB = dt.timezone(dt.timedelta(hours=7))


def today_wib() -> dt.date:
    """Today on the officials' clock, the default 'today' for date checks and demo builds."""
    return dt.datetime.now(WIB).date()
