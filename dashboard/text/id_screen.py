"""Bahasa Indonesia strings of the screen itself: phone layout, typed numbers, audit sentences, kept sessions,
the honest upload preview (keys start with 'numtext.', 'layout.', 'audit.', 'session.', 'preview.')."""

STRINGS = {
    # Numbers typed as text (Pengaturan)
    "numtext.empty": "{label}: belum diisi.",
    "numtext.bad": "{label}: \"{value}\" bukan angka (tulis mis. 1.500 atau 99,2).",
    "numtext.whole": "{label}: \"{value}\" harus bilangan bulat.",
    "numtext.range": "{label}: {value} di luar rentang yang diizinkan ({low} – {high}).",
    "numtext.target_help": "Persen, mis. 99,2",
    "numtext.target_year": "Target cakupan {year}",
    "pengaturan.tab.status": "Status & permintaan",
    "pengaturan.tab.cakupan": "Target cakupan",
    "pengaturan.tab.ribbon_film": "Ribbon & film",
    "pengaturan.tab.akses": "Unggahan & sesi",
    # Phone layout
    "layout.region_now": "Wilayah: **{name}** · per {date}",
    "layout.region_change": "Ganti wilayah atau tanggal",
}
