"""What the metrics look like to a person: display frames (labels, units, formats from the metric catalog), cards,
charts and the CSV/Excel exports, shared by the screen and the briefing. Pure: no streamlit here.

Public names are modules: one per page (`ringkasan`, `stok`, `laju`, `rencana`, `cakupan` with `cakupan_kecamatan`,
`jemput_bola`, `ribbon_film`), `actions` (the "perlu tindakan" rows: what to send from where), `cards` (headline tiles as data), `tables` (display frames), `exports` (CSV/Excel,
cell formats), `unggah` (the upload screen's tables) and `charts`.
"""

from dashboard.present import (
    actions,
    cakupan,
    cakupan_kecamatan,
    cards,
    exports,
    jemput_bola,
    laju,
    palette,
    rencana,
    ribbon_film,
    ringkasan,
    stok,
    tables,
    unggah,
)

__all__ = ["actions", "cakupan", "cakupan_kecamatan", "cards", "charts", "exports", "jemput_bola", "laju", "palette",
           "rencana", "ribbon_film", "ringkasan", "stok", "tables", "unggah"]


def __getattr__(name: str):
    # charts loads Altair (~0.25 s): only what draws a chart pays for it (the CLI's report and plan do not).
    if name == "charts":
        import importlib

        return importlib.import_module("dashboard.present.charts")
    raise AttributeError(f"module 'dashboard.present' has no attribute {name!r}")
