"""Bahasa Indonesia strings of the core metrics and `python -m dashboard report` (keys start with 'metrics.')."""

STRINGS = {
    "metrics.warehouse_name": "Gudang Provinsi {name}",
    "metrics.level.gudang": "Gudang provinsi",
    "metrics.unknown_region": "Kode wilayah '{code}' tidak dikenal. Pakai kode Kemendagri (mis. 52.08), kode BPS "
                              "tanpa titik (mis. 5208), kode provinsi (mis. 65) atau ID untuk nasional.",
    "metrics.empty_store": "Basis data belum berisi data stok maupun perekaman. Impor berkas atau bangun data demo "
                           "lebih dulu (python -m dashboard ingest … / python -m dashboard demo).",
    "metrics.bad_date": "Tanggal '{value}' tidak valid; pakai format TTTT-BB-HH (mis. 2024-03-31).",
    # `report` command help
    "metrics.cli.help": "ringkasan metrik stok blangko, ribbon, film dan perekaman satu wilayah",
    "metrics.cli.region": "kode wilayah: kab/kota Kemendagri (52.08) atau BPS (5208), provinsi (52) atau ID "
                          "untuk nasional",
    "metrics.cli.as_of": "tanggal acuan TTTT-BB-HH (bawaan: tanggal data stok terakhir)",
    "metrics.cli.json": "cetak satu objek JSON (untuk skrip) alih-alih ringkasan",
    # readable summary (CLI)
    "metrics.sum.title": "{name} ({level}) — per {date}",
    "metrics.sum.status": "Status: {status}",
    "metrics.sum.stock": "Stok blangko: {stock} keping",
    "metrics.sum.own_stock": " (gudang provinsi: {own})",
    "metrics.sum.burn": "Laju pemakaian: {burn} keping/hari · cukup untuk {cover} · perkiraan habis {date}",
    "metrics.sum.amc": "Rata-rata pemakaian bulanan (AMC): {amc} keping · persediaan {months} bulan",
    "metrics.sum.request": "Usulan permintaan: {request} keping",
    "metrics.sum.item": "{item}: {stock} · setara {cards} kartu · cukup untuk {cover} · "
                        "perlu {needed} untuk menghabiskan stok blangko",
    "metrics.sum.printable": "Dapat dicetak: {cards} kartu (pembatas: {binding})",
    "metrics.sum.coverage": "Perekaman: {done} dari {wajib} wajib KTP ({pct}; target {target}) · kurang {gap} orang",
    "metrics.sum.prr": "PRR (siap cetak): {prr}",
    "metrics.sum.prr_warning": "  ⚠ Stok blangko lebih kecil dari PRR: utang cetak tidak dapat dilunasi.",
    "metrics.sum.reports": "Laporan terakhir: {date} · wilayah dengan laporan usang: {stale}",
    "metrics.sum.no_data": "Tanpa data",
}
