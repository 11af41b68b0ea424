"""Bahasa Indonesia strings of the export shapes and the column-mapping step ('shapes.', 'mapping.', cli.cmd.mapping)."""

STRINGS = {
    # The file as a whole
    "shapes.file.no_header": "Tidak ditemukan baris judul kolom yang dikenali. Judul kolom yang terbaca: {seen}. "
                             "Untuk laporan stok kami mencari kolom {stok}; untuk laporan perekaman kolom "
                             "{perekaman}. Di aplikasi, pilih sendiri kolom mana yang mana (pemetaan kolom); di baris "
                             "perintah, pakai --mapping NAMA dengan pemetaan yang sudah disimpan.",
    "shapes.mapping.mismatch": 'Berkas tidak cocok dengan pemetaan kolom "{name}": tidak ada baris dengan judul '
                               "kolom yang sama. Judul kolom pemetaan itu: {headers}.",
    # The header row of a sheet
    "shapes.header.ambiguous": 'kolom "{column}" bisa berarti {first} atau {second}. Perjelas judulnya (misalnya '
                               '"{first}") atau pilih kolomnya sendiri (pemetaan kolom).',
    "shapes.header.slot_missing": "kolom untuk {what} tidak lengkap: tidak ada kolom {columns}.",
    "shapes.header.half": 'kolom "{column}" hanya untuk satu jenis kelamin; tidak ada kolom pasangannya (LK/PR) '
                          "atau kolom jumlahnya (JML) untuk {field}.",
    "shapes.header.unplaced": 'kolom "{column}" tidak menyebut barangnya, padahal kolom lain memisahkan blangko, '
                              'ribbon dan film. Tambahkan nama barang pada judulnya, misalnya "{column} Ribbon".',
    "shapes.header.no_year": 'kolom "{column}" menyebut periode tanpa tahun, dan judul lembar tidak menyebut '
                             'tahunnya. Tulis tahunnya di judul lembar (misalnya "TAHUN 2024") atau isi periodenya.',
    "shapes.label.region_from": "wilayah {code}",
    # Region and period when the columns do not give them
    "shapes.region.none": "Berkas tidak menyebut wilayahnya: tidak ada kolom kode wilayah, dan baik judul lembar "
                          "maupun nama berkas tidak menyebut kabupaten/kota. Pilih wilayahnya (di aplikasi) atau "
                          "pakai --region KODE (baris perintah).",
    "shapes.region.many": "Wilayah berkas tidak jelas: {where} menyebut {candidates}. Pilih wilayahnya (di aplikasi) "
                          "atau pakai --region KODE (baris perintah).",
    "shapes.region.conflict": "Judul lembar menyebut {title}, tetapi wilayah yang dipilih {chosen}. Periksa "
                              "berkasnya atau pilihan wilayahnya.",
    "shapes.region.unknown": 'Kode wilayah "{code}" yang dipilih tidak ada dalam daftar kabupaten/kota dan provinsi '
                             "Kemendagri.",
    "shapes.where.title": "judul lembar",
    "shapes.where.file_name": "nama berkas",
    "shapes.period.none": "Berkas tidak menyebut periodenya: tidak ada kolom tanggal atau periode, dan judul lembar "
                          'tidak menyebut bulan, semester atau tahun. Isi periodenya (di aplikasi) atau pakai '
                          '--period (baris perintah), misalnya --period "Semester I 2024".',
    "shapes.period.many": "Judul lembar menyebut beberapa periode ({candidates}). Isi periode yang benar (di "
                          "aplikasi) atau pakai --period (baris perintah).",
    "shapes.period.conflict": "Judul lembar menyebut periode {title}, tetapi periode yang diisi {chosen}. Periksa "
                              "berkasnya atau isian periodenya.",
    "shapes.period.bad_given": 'Periode "{value}" tidak dapat dibaca. Tulis seperti Oktober 2026, Semester I 2024, '
                               "Triwulan III 2024 atau 2024.",
    "shapes.period.semester": "Semester {n} {year}",
    "shapes.period.triwulan": "Triwulan {n} {year}",
    "shapes.period.tahun": "Tahun {year}",
    # Rows
    "shapes.row.bad_period": "periode tidak dapat dibaca. Tulis seperti 31/01/2024, Januari 2024, Semester I 2024, "
                             "Triwulan III 2024 atau 2024; nomor hari saja (1–31) hanya bila judul lembar menyebut "
                             "bulannya.",
    "shapes.row.long_stock": "laporan stok untuk {period} hanya diterima sebagai buku stok lengkap: stok awal + "
                             "penerimaan − distribusi − pemakaian − rusak harus sama dengan stok akhir. Laporkan stok "
                             "per hari atau per bulan.",
    # Warnings (the row is kept)
    "shapes.warn.jml_mismatch": 'kolom "{column}" berisi {jml}, tetapi LK + PR = {lk} + {pr}. Baris disimpan dengan '
                                "angka JML; periksa angkanya.",
    "shapes.warn.cards": 'kolom "{column}" dihitung dalam kartu: untuk {item} diubah ke {unit} dengan {per} kartu per '
                         "{unit} (Pengaturan), dibulatkan. Periksa angkanya.",
    "shapes.warn.subtotal": "baris ini dilewati: angkanya sama dengan jumlah baris-baris rinciannya (subtotal).",
    "shapes.unit.ribbon": "ribbon",
    "shapes.unit.film": "rol film",
    # Saved column mappings
    "mapping.err.no_name": "Beri nama pemetaan kolom ini (misalnya \"Stok harian Kaur\").",
    "mapping.err.unknown": 'Pemetaan kolom "{name}" tidak ada. Lihat daftarnya dengan: mapping list.',
    "mapping.err.several": 'Ada beberapa pemetaan bernama "{name}" (kantor {offices}). Sebutkan kantornya dengan '
                           "--office KODE.",
    "mapping.err.same_column": "Satu kolom dipilih untuk dua isian; tiap kolom hanya boleh satu arti.",
    "mapping.err.unknown_field": "Pemetaan ini menyebut isian yang tidak dikenal.",
    "mapping.err.required": "Kolom wajib belum dipilih (stok: pemakaian dan stok akhir; perekaman: wajib KTP dan "
                            "sudah rekam).",
    "mapping.err.position": "Pemetaan ini menyebut kolom di luar baris judul kolomnya.",
    "mapping.office.pusat": "pusat",
    "mapping.used": 'Dibaca dengan pemetaan kolom "{name}".',
    # The mapping step on the Unggah page
    "mapping.ui.title": "Bantu membaca {file}",
    "mapping.ui.intro": "Berkas ini belum bisa dibaca otomatis. Lihat baris-baris teratasnya, lalu pilih baris judul "
                        "kolom dan kolom mana yang berisi apa (serta wilayah dan periodenya bila berkas tidak "
                        "menyebutnya). Hasilnya ditinjau dulu di pratinjau di atas sebelum disimpan.",
    "mapping.ui.row": "Baris ke",
    "mapping.ui.kind": "Jenis laporan",
    "mapping.ui.header_row": "Baris judul kolom",
    "mapping.ui.no_column": "— tidak ada —",
    "mapping.ui.required": "wajib",
    "mapping.ui.item": "Barang yang dihitung berkas ini",
    "mapping.ui.region": "Wilayah berkas",
    "mapping.ui.region_from_file": "— dari berkas —",
    "mapping.ui.period": "Periode berkas",
    "mapping.ui.period_hint": "misalnya Oktober 2026, Semester I 2024",
    "mapping.ui.save_as": "Simpan pemetaan ini dengan nama",
    "mapping.ui.save_help": "Disimpan untuk kantor Anda saat perubahan diterapkan; berkas bulan depan dengan judul "
                            "kolom yang sama langsung dibaca dengan pemetaan ini. Kosongkan bila tidak perlu disimpan.",
    "mapping.ui.use": "Pakai pilihan ini",
    # `mapping`
    "cli.cmd.mapping": "pemetaan kolom yang tersimpan: mapping list | show NAMA | remove NAMA",
    "mapping.cli.list": "daftar pemetaan kolom (semua kantor, atau satu dengan --office)",
    "mapping.cli.show": "tampilkan satu pemetaan kolom: judul kolom dan isian tiap kolom",
    "mapping.cli.remove": "hapus satu pemetaan kolom (tercatat di jejak audit)",
    "mapping.cli.name": "nama pemetaan",
    "mapping.cli.office": "kode wilayah kantor pemilik pemetaan ('' = pusat); bawaan: semua kantor",
    "mapping.cli.as": "nama pengguna yang dicatat di jejak audit (bawaan: cli:<pengguna sistem>)",
    "mapping.cli.none": "Belum ada pemetaan kolom yang tersimpan.",
    "mapping.cli.row": "{office}\t{name}\t{kind}\t{by}\t{at}",
    "mapping.cli.head": "kantor\tnama\tjenis\tdibuat oleh\twaktu",
    "mapping.cli.show_head": 'Pemetaan "{name}" (kantor {office}, {kind}):',
    "mapping.cli.show_column": "  kolom {letter} \"{header}\" = {field}",
    "mapping.cli.show_item": "  barang: {item}",
    "mapping.cli.show_region": "  wilayah: {region}",
    "mapping.cli.removed": 'Pemetaan "{name}" (kantor {office}) dihapus.',
    "mapping.cli.error": "Gagal: {message}",
    # `ingest` options of the mapping step
    "ingest.cli.mapping": "baca berkas dengan pemetaan kolom tersimpan ini (judul kolomnya harus sama)",
    "ingest.cli.region": "wilayah berkas yang tidak menyebut wilayahnya (kode kab/kota atau provinsi)",
    "ingest.cli.period": 'periode berkas yang tidak menyebut periodenya, misalnya "Oktober 2026" atau '
                         '"Semester I 2024"',
    # Field names of the period columns
    "import.field.semester": "semester",
    "import.field.triwulan": "triwulan",
    "import.field.tahun": "tahun",
}
