"""Bahasa Indonesia that says the base of a figure: units with data beside units without, pooled stock named so."""

STRINGS = {
    "col.units_with_status": "Unit berdata",
    "chart.risk.legend_base": "porsi dari unit berdata",
    "chart.risk.without_data": "{count}; {none} unit tanpa data",
    "laju.card.cover_pooled": "Stok gabungan cukup (hari)",
    "laju.card.stockout_pooled": "Perkiraan habis stok gabungan",
}
