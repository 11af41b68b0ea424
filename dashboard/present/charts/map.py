"""A tile-grid map of the 38 provinces coloured by status (no boundary data ships; tiles sit near their capitals).

Capitals' longitude/latitude are approximate (two decimals) from the cities' public gazetteer entries
(Wikipedia / OpenStreetMap); Kalimantan Selatan uses Banjarbaru (capital since 2022), Maluku Utara Sofifi.
Each tile is the grid cell nearest its capital on a 2.5° × 2.0° grid, nudged by hand where Java's capitals share
a cell, so west stays left and north stays up.
"""

from __future__ import annotations

import altair as alt
import polars as pl

from dashboard import fmt
from dashboard.present.charts.base import DARK_RISKS, risk_label, text_column, with_colour
from dashboard.text import t

# code: (short label, capital, lon, lat, col, row)
PROVINCE_TILES: dict[str, tuple[str, str, float, float, int, int]] = {
    "11": ("ACEH", "Banda Aceh", 95.32, 5.55, 0, 0),
    "12": ("SUMUT", "Medan", 98.67, 3.59, 1, 1),
    "13": ("SUMBAR", "Padang", 100.35, -0.95, 2, 3),
    "14": ("RIAU", "Pekanbaru", 101.45, 0.51, 3, 3),
    "15": ("JAMBI", "Jambi", 103.61, -1.61, 3, 4),
    "16": ("SUMSEL", "Palembang", 104.76, -2.99, 4, 4),
    "17": ("BKL", "Bengkulu", 102.26, -3.80, 3, 5),
    "18": ("LPG", "Bandar Lampung", 105.26, -5.43, 4, 6),
    "19": ("BABEL", "Pangkal Pinang", 106.11, -2.13, 5, 4),
    "21": ("KEPRI", "Tanjung Pinang", 104.45, 0.92, 4, 3),
    "31": ("DKI", "Jakarta", 106.85, -6.21, 6, 6),
    "32": ("JABAR", "Bandung", 107.61, -6.91, 7, 6),
    "33": ("JATENG", "Semarang", 110.42, -6.99, 8, 6),
    "34": ("DIY", "Yogyakarta", 110.37, -7.80, 8, 7),
    "35": ("JATIM", "Surabaya", 112.75, -7.25, 9, 6),
    "36": ("BANTEN", "Serang", 106.15, -6.12, 5, 6),
    "51": ("BALI", "Denpasar", 115.22, -8.65, 10, 7),
    "52": ("NTB", "Mataram", 116.12, -8.58, 11, 7),
    "53": ("NTT", "Kupang", 123.61, -10.18, 12, 7),
    "61": ("KALBAR", "Pontianak", 109.34, -0.03, 6, 3),
    "62": ("KALTENG", "Palangka Raya", 113.92, -2.21, 8, 4),
    "63": ("KALSEL", "Banjarbaru", 114.83, -3.44, 8, 5),
    "64": ("KALTIM", "Samarinda", 117.15, -0.50, 9, 3),
    "65": ("KALTARA", "Tanjung Selor", 117.36, 2.84, 9, 2),
    "71": ("SULUT", "Manado", 124.84, 1.47, 12, 2),
    "72": ("SULTENG", "Palu", 119.87, -0.90, 10, 3),
    "73": ("SULSEL", "Makassar", 119.43, -5.14, 10, 6),
    "74": ("SULTRA", "Kendari", 122.51, -3.97, 11, 5),
    "75": ("GTLO", "Gorontalo", 123.06, 0.54, 11, 3),
    "76": ("SULBAR", "Mamuju", 118.89, -2.68, 10, 4),
    "81": ("MALUKU", "Ambon", 128.18, -3.70, 13, 5),
    "82": ("MALUT", "Sofifi", 127.56, 0.74, 13, 3),
    "91": ("PAPUA", "Jayapura", 140.72, -2.53, 18, 4),
    "92": ("PAPBAR", "Manokwari", 134.06, -0.86, 16, 3),
    "93": ("PAPSEL", "Merauke", 140.40, -8.49, 18, 6),
    "94": ("PAPTENG", "Nabire", 135.50, -3.37, 16, 5),
    "95": ("PAPPEG", "Wamena", 138.95, -4.10, 17, 5),
    "96": ("PBD", "Sorong", 131.25, -0.88, 14, 3),
}
TILE = 46  # pixels per grid cell


def tiles() -> pl.DataFrame:
    """The tile table: code, short label, capital, lon, lat, col, row."""
    return pl.DataFrame(
        [(code, *rest) for code, rest in PROVINCE_TILES.items()],
        schema=["code", "short", "capital", "lon", "lat", "col", "row"], orient="row",
    )


def province_tile_map(frame: pl.DataFrame, *, code: str = "region_code", name: str = "name",
                      status: str = "status", value: str | None = None, value_title: str | None = None) -> alt.Chart:
    """Province tiles coloured by the share of their reporting units at risk (habis + kritis), the rule in the
    legend; frame: metrics.region_table under 'ID' (missing provinces show 'Tanpa data'). A province holding plenty
    in total can still have empty offices: pooled stock never colours a tile (its status is in the tooltip).

    value: an optional numeric column (e.g. stock) shown in the tooltip with Indonesian formatting.
    """
    counts = ["at_risk_pct", "units_at_risk", "units_total", "units_tanpa_data"]
    keep = [c for c in (code, name, status, value, *counts) if c]
    data = tiles().join(frame.select(keep).rename({code: "code"}), on="code", how="left")
    data, scale, legend = with_colour(data, "risk", status)
    data = text_column(data, status, "status_label", lambda s: t(f"status.{s}") if s else t("status.tanpa_data"))
    tips = [alt.Tooltip(f"{name}:N", title=t("chart.region")),
            alt.Tooltip("risk_text:N", title=t("chart.risk.title")),
            alt.Tooltip("status_label:N", title=t("chart.pooled_status"))]
    if value:
        data = text_column(data, value, "value_text", fmt.number)
        tips.append(alt.Tooltip("value_text:N", title=value_title or t("chart.stock_units")))
    cols, rows = int(data["col"].max()) + 1, int(data["row"].max()) + 1
    base = alt.Chart(data).properties(width=cols * TILE, height=rows * TILE)
    x = alt.X("col:O", axis=None, scale=alt.Scale(domain=list(range(cols)), paddingInner=0.08))
    y = alt.Y("row:O", axis=None, scale=alt.Scale(domain=list(range(rows)), paddingInner=0.08))
    squares = base.mark_rect(cornerRadius=3).encode(
        x=x, y=y, tooltip=tips,
        color=alt.Color("colour_label:N", scale=scale, legend=alt.Legend(title=legend)),
    )
    # Dark text on light tiles, white on dark ones.
    dark = [risk_label(k) for k in DARK_RISKS]
    labels = base.mark_text(fontSize=8, fontWeight="bold").encode(
        x=x, y=y, text="short:N", tooltip=tips,
        color=alt.condition(alt.FieldOneOfPredicate(field="colour_label", oneOf=dark),
                            alt.value("white"), alt.value("#1a1a1a")),
    )
    return (squares + labels).configure_view(strokeWidth=0)
