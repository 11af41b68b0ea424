"""One module per page: the page's sections (widgets and layout); pages/<name>.py calls them in order."""

from dashboard.ui.sections import (
    briefing,
    cakupan,
    cakupan_kecamatan,
    jemput_bola,
    kualitas,
    laju,
    pengaturan,
    rencana,
    ribbon_film,
    ringkasan,
    stok,
    unggah,
)

__all__ = ["briefing", "cakupan", "cakupan_kecamatan", "jemput_bola", "kualitas", "laju", "pengaturan", "rencana",
           "ribbon_film", "ringkasan", "stok", "unggah"]
