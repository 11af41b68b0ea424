"""What the metrics look like to a person: display frames (labels, units, formats from the metric catalog), cards,
charts and the CSV/Excel exports, shared by the screen and the briefing. Pure: no streamlit here.

Public names are modules: one per page (`ringkasan`, `stok`, `laju`, `cakupan`, `ribbon_film`, `rencana`), `cards` (headline
tiles as data), `tables` (display frames), `exports` (CSV/Excel, cell formats) and `charts`.
"""

from dashboard.present import cakupan, cards, charts, exports, laju, rencana, ribbon_film, ringkasan, stok, tables

__all__ = ["cakupan", "cards", "charts", "exports", "laju", "rencana", "ribbon_film", "ringkasan", "stok", "tables"]
