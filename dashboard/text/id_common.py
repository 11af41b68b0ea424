"""Shared Bahasa Indonesia strings: app name, statuses, items, levels, store and settings messages."""

STRINGS = {
    "app.title": "Stok Blangko KTP-el",
    "app.demo_banner": "DATA DEMO — angka ini dibangkitkan otomatis untuk contoh, bukan data resmi.",
    "status.habis": "Habis",
    "status.kritis": "Kritis",
    "status.waspada": "Waspada",
    "status.aman": "Aman",
    "status.berlebih": "Berlebih",
    "status.tanpa_data": "Tanpa data",
    "item.blangko": "Blangko",
    "item.ribbon": "Ribbon",
    "item.film": "Film",
    "level.nasional": "Nasional",
    "level.provinsi": "Provinsi",
    "level.kabupaten": "Kabupaten",
    "level.kota": "Kota",
    "level.gudang": "Gudang provinsi",
    "level.warehouse_name": "Gudang Provinsi {name}",
    "store.busy": "Basis data sedang dipakai proses lain lebih dari {seconds} detik. Coba lagi sebentar lagi.",
}
