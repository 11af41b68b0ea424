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
    charts,
    exports,
    jemput_bola,
    laju,
    rencana,
    ribbon_film,
    ringkasan,
    stok,
    tables,
    unggah,
)

__all__ = ["actions", "cakupan", "cakupan_kecamatan", "cards", "charts", "exports", "jemput_bola", "laju", "rencana",
           "ribbon_film", "ringkasan", "stok", "tables", "unggah"]
