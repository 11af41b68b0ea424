"""Bahasa Indonesia strings of the demo data builder and its command (keys start with 'demo.')."""

STRINGS = {
    "demo.err.not_empty": "Basis data sudah berisi data stok atau cakupan. Data demo hanya dibangun di basis data "
                          "kosong; pakai --replace untuk menghapus semua data lalu membangun data demo.",
    "demo.err.unknown_regions": "Kode wilayah tidak dikenal: {codes}.",
    "demo.err.months": "Jumlah bulan harus minimal 1 (diberikan: {months}).",
    "demo.err.bad_date": "Tanggal '{value}' tidak valid; tulis sebagai TTTT-BB-HH, mis. 2024-03-31.",
    "demo.err.future": "Tanggal {value} masih di masa depan; data demo tidak boleh memuat tanggal setelah hari ini.",
    "demo.cli.help": "bangun data demo nasional yang deterministik (38 provinsi, 514 kab/kota)",
    "demo.cli.today": "tanggal terakhir data (bawaan: hari ini, WIB)",
    "demo.cli.seed": "benih acak; benih dan tanggal yang sama selalu memberi data yang sama (bawaan: {seed})",
    "demo.cli.months": "panjang riwayat dalam bulan (bawaan: {months})",
    "demo.cli.regions": "hanya kode wilayah ini (mis. 65 52.08); bawaan: seluruh Indonesia",
    "demo.cli.replace": "hapus semua data stok, cakupan dan unggahan yang ada, lalu bangun data demo",
    "demo.cli.building": "Membangun data demo (benih {seed}, {months} bulan sampai {end}) ...",
    "demo.cli.done": "Data demo selesai: {stock} baris stok dan {coverage} baris cakupan untuk {provinces} gudang "
                     "provinsi dan {kabkota} kab/kota, {days} hari ({start} s.d. {end}), dalam {seconds} detik.",
    "demo.cli.failed": "Gagal: {message}",
}
