"""What the metrics look like to a person: display frames (labels, units, formats from the metric catalog), cards,
charts and the CSV/Excel exports, shared by the screen and the briefing. Pure: no streamlit here.

Public names are modules, one per page (`ringkasan`, `stok`, `laju`, `cakupan`, `ribbon_film`), plus `tables`
(display frames), `exports` (CSV/Excel) and `charts`.
"""

from dashboard.present import cakupan, charts, exports, laju, stok, tables

__all__ = ["cakupan", "charts", "exports", "laju", "stok", "tables"]
