"""A tile-grid map of the 38 provinces coloured by status (no boundary data ships; tiles sit near their capitals).

Capitals' longitude/latitude are approximate (two decimals) from the cities' public gazetteer entries
(Wikipedia / OpenStreetMap); Kalimantan Selatan uses Banjarbaru (capital since 2022), Maluku Utara Sofifi.
Each tile is the grid cell nearest its capital on a 2.5° × 2.0° grid, nudged by hand where Java's capitals share
a cell, so west stays left and north stays up. The table is reference data: data/regions/province_tiles.csv.
"""

from __future__ import annotations

from functools import lru_cache

import altair as alt
import polars as pl

from dashboard import fmt, paths
from dashboard.present.charts.base import DARK_RISKS, risk_label, text_column, with_colour
from dashboard.text import t

TILE = 46  # pixels per grid cell
TILES_FILE = paths.REGIONS_DIR / "province_tiles.csv"
TILES_SCHEMA = {"code": pl.String, "short": pl.String, "capital": pl.String, "lon": pl.Float64, "lat": pl.Float64,
                "col": pl.Int64, "row": pl.Int64}


@lru_cache(maxsize=1)
def tiles() -> pl.DataFrame:
    """The tile table, one row per province: code, short label, capital, lon, lat, col, row (read once)."""
    return pl.read_csv(TILES_FILE, schema=TILES_SCHEMA)


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
