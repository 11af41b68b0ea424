"""Bahasa Indonesia for the command line's own frame: the program, its commands and the shared options."""

STRINGS = {
    "cli.prog.description": "Stok Blangko KTP-el: impor ekspor Dukcapil, laporan, briefing mingguan, data demo.",
    "cli.opt.db": "berkas DuckDB (bawaan: $EKTP_DB atau data/ektp.duckdb)",
    "cli.cmd.ingest": "impor ekspor stok/perekaman (CSV atau XLSX)",
    "cli.cmd.regions": "daftar wilayah rujukan (CSV)",
    "cli.cmd.demo": "bangun data demo nasional yang deterministik",
    "cli.cmd.report": "angka satu wilayah (ringkasan atau JSON)",
    "cli.cmd.briefing": "briefing mingguan (PDF dan Excel)",
    "cli.cmd.user": "kelola akun pengguna (admin, provinsi, kabkota, viewer)",
    "cli.cmd.backup": "cadangkan basis data + arsip unggahan + manifest (sha256)",
    "cli.cmd.restore": "pulihkan dari folder cadangan (diperiksa dulu)",
    "cli.cmd.rebuild": "putar ulang semua unggahan dari arsip ke basis data baru (angka harus sama)",
    "cli.store_busy": "Gagal: {message}",
}
