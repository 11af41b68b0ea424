"""Bahasa Indonesia strings of the import layer: why a file is refused, row problems, warnings (keys 'import.')."""

STRINGS = {
    # Where a finding is (problems.Problem.describe)
    "import.where.sheet": "sheet {sheet}",
    "import.where.row": "baris {row}",
    "import.where.column": 'kolom "{column}"',
    "import.where.value": '(isi sel: "{value}")',
    "import.more": "dan {n} masalah lain (perbaiki yang di atas dulu, lalu unggah ulang untuk melihat sisanya)",
    "import.kind.stok": "laporan stok",
    "import.kind.perekaman": "laporan perekaman",
    "import.kind.campuran": "laporan stok dan perekaman",
    # The whole file refused before any row is read
    "import.file.empty": "Berkas kosong. Unggah ekspor stok atau perekaman dalam format CSV atau Excel (.xlsx).",
    "import.file.too_big": "Berkas terlalu besar ({size} MB; batas {limit} MB). Pecah menjadi beberapa berkas, "
                           "misalnya per bulan atau per provinsi.",
    "import.file.too_many_rows": "Berkas berisi {rows} baris data, lebih dari batas {limit} baris per berkas. "
                                 "Pecah menjadi beberapa berkas, misalnya per bulan atau per provinsi.",
    "import.file.extension": 'Jenis berkas "{ext}" tidak didukung. Unggah berkas .csv atau .xlsx (Excel).',
    "import.file.wrong_type": "Isi berkas ini bukan tabel CSV atau Excel (tampaknya {what}). Buka data Anda di Excel "
                              "lalu simpan sebagai .xlsx (Buku Kerja Excel) atau .csv.",
    "import.file.old_excel": "Berkas ini berformat Excel lama (.xls) atau dilindungi kata sandi. Buka di Excel, "
                             "hapus kata sandinya bila ada, lalu simpan sebagai .xlsx (Buku Kerja Excel).",
    "import.file.bomb": "Berkas XLSX ini tidak wajar: isinya mengembang menjadi {size} MB saat dibuka. Demi keamanan "
                        "berkas tidak dibaca. Simpan ulang dari Excel sebagai .xlsx biasa.",
    "import.file.unreadable": "Berkas tidak dapat dibaca (mungkin rusak atau terpotong). Buka di Excel, simpan ulang "
                              "sebagai .xlsx atau .csv, lalu unggah lagi.",
    "import.file.no_header": "Tidak ditemukan baris judul kolom yang dikenali. Untuk laporan stok kami mencari "
                             "kolom {stok}; untuk laporan perekaman kolom {perekaman}. Pastikan judul kolom ada "
                             "di satu baris di atas data.",
    "import.file.header_only": "Berkas hanya berisi judul kolom, tanpa baris data.",
    "import.what.pdf": "dokumen PDF",
    "import.what.image": "gambar",
    "import.what.word": "dokumen Word",
    "import.what.powerpoint": "presentasi PowerPoint",
    "import.what.ods": "lembar kerja OpenDocument (.ods)",
    "import.what.xlsb": "buku kerja Excel biner (.xlsb)",
    "import.what.zip": "arsip ZIP",
    "import.what.html": "halaman web (HTML)",
    "import.what.rtf": "dokumen RTF",
    "import.what.binary": "berkas biner",
    # Header problems (one per sheet)
    "import.header.missing": "{kind} ini tidak memiliki kolom wajib: {columns}. Tambahkan kolom tersebut di baris "
                             "judul kolom.",
    "import.header.twice": 'kolom "{first}" dan "{second}" sama-sama berarti {field}. Hapus atau ganti nama salah '
                           "satunya.",
    "import.header.also": "atau",
    # Row problems
    "import.row.required": "{field} wajib diisi.",
    "import.row.bad_date": "tanggal tidak dapat dibaca. Tulis seperti 31/01/2024, 2024-01-31, Januari 2024 atau "
                           "2024-01 (untuk satu bulan).",
    "import.row.future": "tanggal {date} belum terjadi (hari ini {today}). Periksa tahun dan bulannya.",
    "import.row.bad_code": "kode wilayah tidak ada dalam daftar Kemendagri. Tulis seperti 52.08 "
                           "(kabupaten/kota) atau 52 (provinsi).",
    "import.row.outside": "wilayah {region} di luar wilayah Anda ({allowed}). Hapus baris ini atau minta admin "
                          "mengunggahnya.",
    "import.row.nothing_allowed": "wilayah {region} tidak boleh Anda unggah: akun Anda tidak memiliki wilayah "
                                  "unggahan. Hubungi admin.",
    "import.row.bad_item": 'jenis barang tidak dikenal. Isi "Blangko KTP-el", "Ribbon" atau "Retransfer film".',
    "import.row.number.bad": "bukan angka. Isi angka saja, misalnya 1.500 (atau 95,2 untuk persentase).",
    "import.row.number.mixed": "cara menulis angka berbeda dengan sel lain di kolom ini (titik dan koma tertukar). "
                               "Pakai satu cara di seluruh kolom, misalnya 1.500 dan 95,2.",
    "import.row.number.fraction": "jumlah harus bilangan bulat, tanpa angka desimal.",
    "import.row.number.negative": "angka tidak boleh negatif.",
    "import.row.number.too_big": "angka terlalu besar; periksa apakah ada salah ketik.",
    "import.row.duplicate": "data {region}, {item}, {period} muncul dua kali: sama dengan {first}. Hapus salah satu "
                            "baris.",
    "import.row.duplicate_cov": "data {region}, {period} muncul dua kali: sama dengan {first}. Hapus salah satu baris.",
    # Warnings: the row is kept and flagged for the Kualitas data page
    "import.warn.ledger_mismatch": "stok akhir {reported} tidak sama dengan stok awal + penerimaan − distribusi − "
                                   "pemakaian − rusak = {computed} (selisih {diff}). Baris disimpan; periksa angkanya.",
    "import.warn.name_mismatch": 'nama "{reported}" tidak cocok dengan kode {code} ({name} menurut Kemendagri). '
                                 "Baris disimpan menurut kodenya; periksa kode atau namanya.",
    "import.warn.coverage_over_100": "sudah rekam ({sudah}) melebihi wajib KTP ({wajib}), cakupan {pct}. Bisa terjadi "
                                     "(penduduk daerah lain ikut merekam); baris disimpan dan ditandai.",
    "import.warn.belum_rekam_mismatch": "belum rekam {reported} tidak sama dengan wajib KTP − sudah rekam = "
                                        "{expected}. Baris disimpan; periksa angkanya.",
    "import.warn.persentase_mismatch": "persentase {reported} berbeda dengan sudah rekam ÷ wajib KTP × 100 = "
                                       "{computed}. Baris disimpan; periksa angkanya.",
    # Field names as an official reads them (messages and the "we look for" list)
    "import.field.tanggal": "tanggal",
    "import.field.kode_wilayah": "kode wilayah",
    "import.field.nama_wilayah": "nama wilayah",
    "import.field.jenis": "jenis barang",
    "import.field.stok_awal": "stok awal",
    "import.field.penerimaan": "penerimaan",
    "import.field.distribusi": "distribusi",
    "import.field.pemakaian": "pemakaian",
    "import.field.rusak": "rusak",
    "import.field.stok_akhir": "stok akhir",
    "import.field.wajib_ktp": "wajib KTP",
    "import.field.sudah_rekam": "sudah rekam",
    "import.field.belum_rekam": "belum rekam",
    "import.field.prr": "PRR",
    "import.field.sudah_cetak": "sudah cetak",
    "import.field.persentase": "persentase",
}
