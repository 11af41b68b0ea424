"""Every chart that lists regions labels every one of them (issue 13: Laju labelled only every other province).

Streamlit's theme draws axis labels larger than Vega's default, so at 18 px a row Vega's overlap check dropped
every other label in the browser; region axes switch that check off (rows are sized for the labels)."""

from __future__ import annotations

from typing import Any, Iterator

from dashboard import metrics, present
from dashboard.settings import Settings
from tests.fixture_store import AS_OF


def _axes(spec: Any) -> Iterator[dict]:
    """Every nominal y encoding's axis in a chart spec (layers included)."""
    if isinstance(spec, dict):
        y = spec.get("encoding", {}).get("y")
        if isinstance(y, dict) and y.get("type") == "nominal":
            yield y.get("axis") or {}
        for value in spec.values():
            yield from _axes(value)
    elif isinstance(spec, list):
        for value in spec:
            yield from _axes(value)


def test_region_axes_never_drop_labels(fixture_db):
    settings = Settings()
    table = metrics.region_table(fixture_db, "ID", AS_OF, settings)
    charts = [
        present.charts.laju.days_cover_bars(table, kritis_days=14, waspada_days=30, berlebih_days=365),
        present.charts.laju.stockout_timeline_chart(table, AS_OF),
        present.charts.stok.region_stock_bars(table),
        present.charts.stok.status_heatmap_chart(metrics.status_matrix(fixture_db, "ID", AS_OF, settings=settings)),
    ]
    found = [axis for chart in charts for axis in _axes(chart.to_dict())]
    assert len(found) >= 4
    assert all(axis.get("labelOverlap") is False for axis in found), found
