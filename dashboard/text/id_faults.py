"""Bahasa Indonesia for the bad day: a damaged store, a refused write, an unexpected error, recovery and `doctor`."""

STRINGS = {
    # A damaged store (CLI and logs name the file; the app page does not)
    "faults.damaged": "Basis data {path} rusak dan tidak dapat dibuka ({reason}); tidak ada yang diubah. "
                      "Jalan keluar: pulihkan cadangan terakhir dengan `python -m dashboard restore FOLDER_CADANGAN "
                      "--force` (berkas rusak disimpan di sampingnya sebagai .damaged-<waktu>), atau bangun ulang "
                      "dari arsip unggahan dengan `python -m dashboard rebuild --from-archive {archive}`. "
                      "Periksa dulu dengan `python -m dashboard doctor`.",
    "faults.why.empty": "berkasnya kosong, 0 byte",
    "faults.why.header": "kepala berkas bukan kepala berkas DuckDB",
    "faults.why.version": "berkas dibuat oleh versi DuckDB lain",
    "faults.why.truncated": "berkas terpotong: sebagian isinya hilang",
    "faults.why.short": "berkas terpotong: {size} byte, padahal isinya butuh paling sedikit {expected} byte",
    "faults.why.checksum": "isi berkas tidak cocok dengan checksum-nya",
    "faults.why.unreadable": "isinya tidak dapat dibaca",
    "faults.busy_other": "Basis data sedang dipegang program lain (bukan aplikasi ini). Tutup program itu lalu "
                         "coba lagi.",
    # A write the file system refused
    "faults.fs": "Gagal menulis ke disk: {reason}{where}. Tidak ada data yang diubah. {hint}",
    "faults.fs.where": " ({path})",
    "faults.reason.full": "disk penuh",
    "faults.reason.quota": "kuota disk habis",
    "faults.reason.permission": "tidak ada izin menulis",
    "faults.reason.read_only": "sistem berkas hanya-baca",
    "faults.hint.full": "Kosongkan ruang disk (misalnya hapus cadangan lama), lalu ulangi.",
    "faults.hint.quota": "Minta kuota disk ditambah atau hapus berkas lama, lalu ulangi.",
    "faults.hint.permission": "Jalankan sebagai pengguna pemilik folder data, atau perbaiki izin foldernya, "
                              "lalu ulangi.",
    "faults.hint.read_only": "Sistem berkas dipasang hanya-baca (sering tanda disk bermasalah). Minta admin server "
                             "memeriksa disknya, lalu ulangi.",
    # The CLI's last line of defence
    "faults.cli.unexpected": "Gagal: terjadi kesalahan tak terduga (rujukan {ref}). Tidak ada data yang diubah oleh "
                             "langkah yang gagal. Rinciannya dicatat di {log}; kirim berkas itu ke pengembang.",
    "faults.cli.log_nowhere": "(catatan tidak dapat ditulis)",
    "faults.ingest.not_saved": "{file}: tidak disimpan (lihat pesan di bawah); berkas sesudahnya tidak diproses.",
    # The app's pages for the same cases (no paths, no stack: visitors may be anonymous)
    "faults.app.damaged_title": "Data tidak dapat dibuka",
    "faults.app.damaged": "Basis data aplikasi rusak, jadi halaman ini tidak dapat ditampilkan. Berkas yang pernah "
                          "diunggah tetap tersimpan di arsip unggahan.",
    "faults.app.damaged_admin": "**Untuk administrator:** jalankan `python -m dashboard doctor` di server, lalu "
                                "pulihkan dengan `restore --force` dari cadangan terakhir, atau bangun ulang dengan "
                                "`rebuild --from-archive` dari arsip unggahan.",
    "faults.app.fs_title": "Penyimpanan data bermasalah",
    "faults.app.busy_title": "Data sedang dipakai",
    "faults.app.reference": "Nomor rujukan untuk administrator: **{ref}** (catatan lengkapnya ada di log server).",
    # Re-sends: the newest send wins; a file equal to what is stored changes nothing
    "resend.msg.no_change": "Tidak ada yang berubah: {rows} barisnya sudah tersimpan dengan nilai yang sama.",
    "resend.msg.again": "Berkas ini sama persis dengan unggahan #{upload_id}: nilainya kini berlaku lagi (nilai "
                        "yang diganti tetap ada di riwayat).",
    "resend.msg.again_plan": "Berkas ini sama persis dengan unggahan #{upload_id}: nilainya akan berlaku lagi.",
    "resend.msg.where": "Yang diganti: {places}",
    "resend.msg.place": "{region}, {n} baris ({span})",
    "resend.msg.more_places": ", dan {n} wilayah lain",
    "resend.state_no_change": "Tidak ada perubahan",
    # `doctor`
    "cli.cmd.doctor": "periksa kesehatan basis data dan arsip unggahan (--fix memperbaiki yang bisa)",
    "doctor.cli.help": "Periksa basis data: bisa dibuka dan dibaca utuh, migrasi lengkap, aturan buku stok "
                       "terpenuhi, arsip unggahan cocok dengan daftar unggahan (tanpa berkas yatim). Keluar 0 bila "
                       "semua baik, 1 bila ada masalah, 4 bila basis data rusak.",
    "doctor.cli.fix": "perbaiki yang bisa: jalankan migrasi, hapus berkas arsip yatim, tulis manifest yang hilang",
    "doctor.head": "Pemeriksaan {path}",
    "doctor.line": "  {state} {text}",
    "doctor.state_ok": "OK      ",
    "doctor.state_bad": "MASALAH ",
    "doctor.state_fixed": "DIPERBAIKI",
    "doctor.summary_ok": "Selesai: semua baik.",
    "doctor.summary_bad": "Selesai: {n} masalah.",
    "doctor.try_fix": "Jalankan `python -m dashboard doctor --fix` untuk memperbaiki yang bisa diperbaiki.",
    "doctor.and_more": " dan {n} lainnya",
    "doctor.no_store": "basis data {path} belum ada (dibuat saat aplikasi atau perintah pertama memakainya)",
    "doctor.open_ok": "berkas terbuka dan terbaca utuh ({tables} tabel)",
    "doctor.migrations_ok": "migrasi lengkap (terakhir: {last})",
    "doctor.migrations_pending": "migrasi belum dijalankan: {names}",
    "doctor.ledger_ok": "aturan buku stok terpenuhi (satu baris per kunci, tiap baris dari sebuah unggahan, tanpa "
                        "angka negatif)",
    "doctor.rule.stock_key_twice": "{n} kunci stok (wilayah, barang, periode) tersimpan lebih dari sekali",
    "doctor.rule.coverage_key_twice": "{n} kunci perekaman (wilayah, periode) tersimpan lebih dari sekali",
    "doctor.rule.stock_without_upload": "{n} baris stok tidak berasal dari unggahan yang tercatat",
    "doctor.rule.coverage_without_upload": "{n} baris perekaman tidak berasal dari unggahan yang tercatat",
    "doctor.rule.history_without_upload": "{n} baris riwayat diganti oleh unggahan yang tidak tercatat",
    "doctor.rule.stock_negative": "{n} baris stok berisi angka negatif",
    "doctor.rule.period_reversed": "{n} baris dengan awal periode sesudah akhir periode",
    "doctor.rule.item_unknown": "{n} baris stok dengan barang yang tidak dikenal",
    "doctor.derived_stale": "tabel ringkasan (derived) tertinggal dari buku stok",
    "doctor.version_stale": "berkas versi data ({stored}) tidak sama dengan basis data ({version})",
    "doctor.archive_ok": "arsip cocok dengan daftar unggahan ({n} berkas, masing-masing dengan manifest)",
    "doctor.archive_missing": "{n} berkas arsip yang disebut daftar unggahan tidak ada: {names}",
    "doctor.archive_changed": "{n} berkas arsip berubah sejak diunggah (sha256 lain): {names}",
    "doctor.orphans": "{n} berkas yatim di arsip (tanpa unggahan, sisa impor yang terhenti): {names}",
    "doctor.manifests_missing": "{n} unggahan tanpa manifest di arsip (dibutuhkan `rebuild --from-archive`)",
    # Recovery: restore over a damaged store, rebuild from the archive folder alone
    "recovery.restore.damaged": "Basis data tujuan {path} rusak (tidak dapat dibuka). Pakai --force untuk "
                                "memulihkan cadangan; berkas rusak disimpan sebagai {aside}.",
    "recovery.restore.aside": "Basis data lama disimpan sebagai {name}.",
    "recovery.restore.aside_damaged": "Basis data rusak disimpan sebagai {name} (tidak dihapus).",
    "recovery.cli.from_archive": "bangun dari manifest di folder arsip ini saja, tanpa membaca daftar unggahan di "
                                 "basis data (otomatis bila basis data rusak)",
    "recovery.cli.replace": "setelah selesai, pakai hasilnya sebagai basis data (yang lama dan arsipnya disimpan "
                            "di sampingnya dengan akhiran .before-rebuild-<waktu>)",
    "recovery.rebuild.no_manifests": "Folder {dir} tidak berisi manifest unggahan (*.json); tidak ada yang dapat "
                                     "dibangun ulang. Pulihkan dari cadangan dengan `restore`.",
    "recovery.rebuild.changed": "Berkas arsip unggahan #{upload_id} ({file}) berubah sejak diunggah (sha256 "
                                "lain); pembangunan ulang dihentikan.",
    "recovery.rebuild.from_archive": "Daftar unggahan dibaca dari manifest di {dir}.",
    "recovery.rebuild.not_salvaged": "Akun pengguna, pengaturan, target dan jejak audit tidak dapat dibaca dari "
                                     "basis data lama: buat ulang akun dengan `python -m dashboard user add`, "
                                     "atau pulihkan dari cadangan.",
    "recovery.rebuild.replaced": "Hasilnya kini dipakai sebagai {path}; yang lama disimpan sebagai {aside}.",
    "recovery.rebuild.next": "Untuk memakainya sebagai {path}: jalankan ulang dengan --replace (basis data dan "
                             "arsipnya ditukar; yang lama disimpan di sampingnya). Hasil ini tetap ada di {out}.",
    "recovery.rebuild.unreadable": "Peringatan: {n} manifest tidak dapat dibaca dan unggahannya dilewati: {names}.",
    # Big or strange workbooks, refused before they fill memory (the {sheet} is named by the problem's place)
    "memory.sheet_too_big": "sheet ini terlalu besar untuk dibaca: {cells} sel dan {mb} MB isi (batas {max_cells} "
                            "sel dan {max_mb} MB per sheet). Pecah datanya menjadi beberapa berkas atau sheet.",
    "memory.bad_date": "sel bertanggal berisi angka di luar kalender Excel (tahun 1900–9999), sehingga tidak dapat "
                       "dibaca. Perbaiki tanggal di sel ini.",
    "memory.sheet_panic": "sheet ini memuat sel yang tidak dapat dibaca (misalnya tanggal di luar kalender Excel). "
                          "Periksa sel bertanggal di sheet ini, simpan ulang, lalu kirim lagi.",
    "memory.cell_too_long": "isi sel terlalu panjang: {chars} karakter, padahal Excel sendiri paling banyak "
                            "{limit}. Periksa atau kosongkan sel ini.",
}
