"""Bahasa Indonesia strings of imports: file summaries, the ingest/regions commands and the templates ('ingest.')."""

STRINGS = {
    # One-sentence summaries of a file (FilePlan.message / FileResult.message)
    "ingest.msg.accepted": "Diterima: {rows} baris — {parts}",
    "ingest.msg.would_accept": "Akan diterima: {rows} baris — {parts}",
    "ingest.msg.added": "{n} baru",
    "ingest.msg.replaced": "{n} mengganti data lama",
    "ingest.msg.unchanged": "{n} sama persis",
    "ingest.msg.warnings": "; {n} peringatan",
    "ingest.msg.refused": "Ditolak: {n} masalah; tidak ada data yang diubah.",
    "ingest.msg.duplicate": "Tidak ada yang berubah: berkas ini sama persis dengan unggahan #{upload_id} dan data "
                            "tersimpan masih sama dengan isinya.",
    "ingest.msg.duplicate_batch": "Tidak ada yang berubah: berkas ini sama persis dengan berkas {file} di kiriman "
                                  "ini.",
    "ingest.err.unreadable": "Berkas tidak dapat dibaca karena kesalahan sistem; tidak ada data yang diubah. "
                             "Kirim berkas ini ke admin.",
    # `ingest`
    "ingest.cli.help": "impor ekspor stok/perekaman (CSV atau XLSX) ke basis data; tiap berkas diterima utuh "
                       "atau ditolak utuh",
    "ingest.cli.files": "berkas ekspor yang diimpor, berurutan (berkas belakangan menang untuk kunci yang sama)",
    "ingest.cli.dry_run": "uji coba: tampilkan apa yang akan berubah tanpa menyimpan apa pun",
    "ingest.cli.as": "unggah atas nama pengguna ini: wilayahnya dibatasi seperti di aplikasi dan namanya dicatat "
                     "sebagai pengunggah (bawaan: cli:<pengguna sistem>, tanpa batas wilayah)",
    "ingest.cli.dry_run_head": "Uji coba — tidak ada yang disimpan.",
    "ingest.cli.file_line": "{file}: {message}",
    "ingest.cli.problem": "  masalah: {text}",
    "ingest.cli.warning": "  peringatan: {text}",
    "ingest.cli.summary": "Selesai: {accepted} berkas diterima, {duplicates} tanpa perubahan, {refused} ditolak.",
    "ingest.cli.summary_dry": "Uji coba selesai: {accepted} berkas akan diterima, {duplicates} tanpa perubahan, "
                              "{refused} akan ditolak.",
    "ingest.cli.missing": "Gagal: berkas tidak ditemukan: {path}",
    "ingest.cli.not_file": "Gagal: bukan berkas biasa: {path}",
    "ingest.cli.unreadable": "Gagal: berkas tidak dapat dibaca: {path} ({reason})",
    "ingest.cli.no_permission": "tidak ada izin membaca",
    "ingest.cli.user": "Gagal: {message}",
    # `regions`
    "ingest.cli.regions_help": "cetak daftar wilayah rujukan (38 provinsi, 514 kab/kota) sebagai CSV: "
                               "code,name,level,parent_code,bps_code (kode Kemendagri dan kode BPS)",
    # Templates
    "ingest.tpl.sheet_data": "Data",
    "ingest.tpl.sheet_help": "Petunjuk",
    "ingest.tpl.title_stok": "Templat laporan stok blangko KTP-el, ribbon dan film",
    "ingest.tpl.title_perekaman": "Templat laporan perekaman KTP-el",
    "ingest.tpl.cli_help": "tulis ulang templat kosong (XLSX dan CSV untuk stok dan perekaman)",
    "ingest.tpl.cli_out": "folder tujuan (bawaan: data/templates)",
    "ingest.tpl.intro": "Isi lembar 'Data': satu baris per wilayah, barang dan periode, mulai baris 2. Jangan ubah "
                        "judul kolom. Kolom 'Contoh' di bawah hanya contoh isian dan tidak ikut diimpor.",
    "ingest.tpl.col": "Kolom",
    "ingest.tpl.req": "Wajib?",
    "ingest.tpl.meaning": "Isi",
    "ingest.tpl.yes": "wajib",
    "ingest.tpl.no": "boleh kosong",
    "ingest.tpl.f.tanggal": "Tanggal laporan harian (31/03/2024) atau bulan laporan bulanan (Maret 2024).",
    "ingest.tpl.f.kode_wilayah": "Kode wilayah Kemendagri: provinsi 2 angka (65 = gudang provinsi), kab/kota "
                                 "PP.KK (65.01). Tulis sebagai teks agar 52.10 tidak menjadi 52,1.",
    "ingest.tpl.f.nama_wilayah": "Nama wilayah (untuk pemeriksaan; yang menentukan adalah kodenya).",
    "ingest.tpl.f.jenis": "Barang: blangko, ribbon atau film (kosong = blangko). Ribbon dan film dalam satuan "
                          "buah/rol, bukan kartu.",
    "ingest.tpl.f.stok_awal": "Stok pada awal periode.",
    "ingest.tpl.f.penerimaan": "Diterima selama periode (dari pusat, provinsi atau pembelian daerah); kosong = 0.",
    "ingest.tpl.f.distribusi": "Dikirim ke wilayah lain selama periode (bukan pemakaian); kosong = 0.",
    "ingest.tpl.f.pemakaian": "Dipakai untuk mencetak KTP-el selama periode.",
    "ingest.tpl.f.rusak": "Rusak/gagal cetak selama periode; kosong = 0.",
    "ingest.tpl.f.stok_akhir": "Sisa stok pada akhir periode = stok awal + penerimaan − distribusi − pemakaian − "
                               "rusak.",
    "ingest.tpl.f.wajib_ktp": "Jumlah penduduk wajib KTP-el (17 tahun ke atas atau sudah/pernah kawin).",
    "ingest.tpl.f.sudah_rekam": "Jumlah penduduk wajib KTP-el yang sudah merekam.",
    "ingest.tpl.f.belum_rekam": "Jumlah yang belum merekam (wajib KTP − sudah rekam).",
    "ingest.tpl.f.prr": "Print ready record: sudah rekam, belum dicetak (utang cetak).",
    "ingest.tpl.f.sudah_cetak": "Jumlah KTP-el yang sudah dicetak.",
    "ingest.tpl.f.persentase": "Persentase perekaman seperti dilaporkan (95,2); sistem menghitung ulang.",
    "ingest.tpl.numbers": "Angka ditulis tanpa pemisah atau dengan titik ribuan (1.500); desimal dengan koma "
                          "(95,2). Jangan isi baris JUMLAH/TOTAL.",
    "ingest.tpl.resend": "Mengirim ulang periode yang sama dengan angka lain mengganti angka lama (angka lama "
                         "tetap tersimpan di riwayat). Berkas yang salah ditolak utuh, dengan daftar baris dan "
                         "kolom yang perlu diperbaiki.",
}
