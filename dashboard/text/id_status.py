"""Bahasa Indonesia for unit-aware status, empty spells, unit counts, targets and requests per item (issue 12):
column labels of the metric catalog (col.*) and the words the pages, briefing and CLI use for them (status.*)."""

STRINGS = {
    # metric columns (dashboard.metrics.catalog)
    "col.stockout_since": "Habis sejak",
    "col.blangko_status": "Status blangko",
    "col.ribbon_status": "Status ribbon",
    "col.film_status": "Status film",
    "col.units_total": "Jumlah unit",
    "col.units_habis": "Unit habis",
    "col.units_kritis": "Unit kritis",
    "col.units_waspada": "Unit waspada",
    "col.units_aman": "Unit aman",
    "col.units_berlebih": "Unit berlebih",
    "col.units_tanpa_data": "Unit tanpa data",
    "col.units_at_risk": "Unit berisiko (habis + kritis)",
    "col.stockout_rate_pct": "Tingkat kehabisan stok",
    "col.at_risk_pct": "Porsi unit berisiko",
    "col.target_stock": "Stok sasaran blangko",
    "col.ribbon_stockout_since": "Ribbon habis sejak",
    "col.ribbon_target": "Sasaran ribbon",
    "col.ribbon_request": "Kirim ribbon",
    "col.film_stockout_since": "Film habis sejak",
    "col.film_target": "Sasaran film",
    "col.film_request": "Kirim film",
    "col.printable_days_of_cover": "Cetak dapat berjalan",
    "col.coverage_over_100": "Cakupan > 100%",
    "col.units_over_100": "Unit cakupan > 100%",
    "col.units_below_prr": "Unit stok < PRR",
    "col.short_items": "Barang kurang",
    "col.pooled_note": "Keterangan",
    "col.stockout_when": "Habis / perkiraan habis",
    # words
    "status.out_since": "habis sejak {date}",
}
