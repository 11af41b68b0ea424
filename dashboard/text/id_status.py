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
    "col.at_risk_pct": "Porsi unit berisiko (dari unit berdata)",
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
    "status.item_out_since": "{item} habis sejak {date}",
    "status.item_cover": "{item} {days}",
    "status.with_item": "{status} ({items})",
    "status.pooled": "stok gabungan",
    # Ringkasan cards of an aggregate and of a unit
    "ringkasan.card.risk": "Unit berisiko (habis + kritis)",
    "ringkasan.card.risk_value": "{habis} habis · {kritis} kritis",
    "ringkasan.card.risk_none": "belum ada unit berdata",
    "ringkasan.card.risk_delta": "dari {total} unit berdata · {rate} habis",
    "ringkasan.card.risk_help": "Setiap unit (kab/kota dan gudang provinsi) dinilai sendiri, untuk blangko, ribbon dan "
                                "film: satu barang habis membuat unit habis. {total} unit, {none} tanpa data (tidak "
                                "dihitung). Tingkat kehabisan stok = unit habis / unit berdata.",
    "ringkasan.card.stock_pooled": "Stok blangko gabungan (keping)",
    "ringkasan.card.status_pooled": "status stok gabungan: {status}",
    "ringkasan.card.cover_pooled": "Stok gabungan cukup untuk",
    "ringkasan.card.request_centre": "Usulan ke pusat (keping)",
    "ringkasan.card.request_province": "setelah pergeseran di dalam provinsi",
    "ringkasan.card.request_national": "jumlah usulan semua provinsi",
    "ringkasan.card.request_help_unit": "Kebutuhan {months} bulan (rata-rata pemakaian bulanan × {months}, kab/kota "
                                        "paling sedikit batas stok minimum) dikurangi stok; 0 bila stok sudah cukup.",
    "ringkasan.card.request_help_centre": "Kebutuhan unit di bawah sasaran {months} bulan dikurangi stok lebih yang "
                                          "dapat digeser di dalam provinsi (lihat Rencana distribusi). Nasional: "
                                          "jumlah usulan provinsi; stok lebih satu provinsi tidak menutup kekurangan "
                                          "provinsi lain.",
    "laju.series.partial": "Batang pucat: {unit} terakhir belum selesai, jadi pemakaiannya baru sebagian (bukan "
                           "penurunan pemakaian).",
    "cakupan.note.units_over_100": "{n} unit di atas 100% (periksa)",
    "cakupan.note.units_below_prr": "{n} unit stok blangko < PRR",
    "cakupan.tile.units_flag": "lihat tab {tab}",
    "cakupan.units_over_100": "Unit dengan cakupan di atas 100% (periksa): {names}.",
    "cakupan.prr.units_below": "{n} unit dengan stok blangko di bawah PRR — {lines}",
    "cakupan.prr.units_none": "Tidak ada unit dengan stok blangko di bawah PRR.",
    # briefing (sentences and figures of an aggregate, habis sejak)
    "briefing.val.pooled": "{stock} (gabungan)",
    "briefing.val.pooled_cover": "{days} (stok gabungan)",
    "briefing.s.risk": "{name}: {habis} unit habis dan {kritis} kritis dari {total} unit berstatus (tingkat "
                       "kehabisan stok {rate}).",
    "briefing.s.stock_pooled": "Stok blangko gabungan {stock} keping, status stok gabungan {status}.",
    "briefing.s.cover_pooled": "Stok gabungan cukup untuk {days}; diperkirakan habis {date} bila dibagi rata.",
    "briefing.s.cover_long_pooled": "Stok gabungan cukup untuk {days}; tidak diperkirakan habis dalam 100 tahun bila "
                                    "dibagi rata.",
    "briefing.s.empty_since": "Stok blangko habis sejak {date}.",
    "briefing.s.request_province": "Usulan ke pusat: {request} keping, setelah stok lebih di provinsi digeser ke unit "
                                   "di bawah sasaran {months} bulan (Rencana distribusi).",
    "briefing.s.request_national": "Usulan ke pusat: {request} keping, jumlah usulan semua provinsi setelah "
                                   "pergeseran di dalam provinsi masing-masing.",
    "briefing.s.item_units": "{item} habis atau kritis di {n} {noun}.",
    "briefing.s.over_units": "{n} unit mencatat cakupan di atas 100% (periksa angka wajib KTP).",
    # chart colours of aggregates (the legend says the rule)
    "chart.risk.title": "Unit berisiko (habis + kritis)",
    "chart.risk.none": "Tidak ada unit berisiko",
    "chart.risk.low": "< 10% unit berisiko",
    "chart.risk.mid": "10–25% unit berisiko",
    "chart.risk.high": "≥ 25% unit berisiko",
    "chart.risk.none_data": "Tanpa data",
    "chart.risk.count": "{n} dari {total} unit berdata ({pct})",
    "chart.pooled_status": "Status stok gabungan",
    "chart.partial": "Periode belum lengkap",
    "chart.complete": "Periode lengkap",
    "chart.partial_days": "{days} dari {total} hari",
}
