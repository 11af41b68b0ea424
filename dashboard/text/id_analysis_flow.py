"""Bahasa Indonesia strings of the Laju pemakaian and Cakupan perekaman pages (keys 'laju.' and 'cakupan.')."""

STRINGS = {
    # Laju pemakaian
    "laju.title": "Laju pemakaian",
    "laju.intro": "Pemakaian blangko (pemakaian + rusak) dari waktu ke waktu, berapa lama stok cukup, kapan "
                  "diperkirakan habis, dan usulan permintaan. Distribusi antarwilayah (pindah stok) ditampilkan "
                  "terpisah dan tidak dihitung sebagai pemakaian.",
    "laju.no_data": "Belum ada data stok blangko untuk {name} sampai {date}. Unggah laporan stok di halaman "
                    "Unggah data, atau pilih wilayah atau tanggal lain.",
    "laju.freq": "Periode grafik",
    "laju.series.heading": "Pemakaian dari waktu ke waktu",
    "laju.series.help": "Batang: pemakaian + rusak per {unit}, 12 bulan sampai {date}. Garis putus-putus: "
                        "distribusi/transfer keluar (pindah stok antarwilayah), bukan pemakaian.",
    "laju.series.data": "Data grafik (tabel dan unduhan)",
    "laju.series.none": "Tidak ada laporan pemakaian dalam 12 bulan sampai {date}.",
    "laju.cover.heading": "Laju pemakaian dan stok cukup per wilayah",
    "laju.cover.help": "Laju = pemakaian + rusak per hari selama {window} hari terakhir (hari saat stok habis tidak "
                       "dihitung). Stok cukup = stok ÷ laju. Garis batas: kritis < {kritis} hari, waspada < "
                       "{waspada} hari (diatur di Pengaturan).",
    "laju.cover.warehouse": "Gudang provinsi tidak memakai blangko sendiri: lajunya adalah laju seluruh provinsi "
                            "yang dilayaninya.",
    "laju.timeline.heading": "Perkiraan tanggal habis",
    "laju.timeline.help": "Kab/kota dan gudang provinsi yang tidak dapat mencetak lagi (titik di kiri garis tanggal, "
                          "pada hari pertama blangko, ribbon atau filmnya habis) atau akan berhenti mencetak dalam "
                          "180 hari (barang yang paling cepat habis: kolom Pembatas).",
    "laju.timeline.top": "Grafik menampilkan {shown} wilayah paling mendesak dari {total}; semuanya ada di tabel.",
    "laju.timeline.none": "Tidak ada kab/kota atau gudang provinsi yang habis atau diperkirakan habis dalam 180 hari.",
    "laju.requests.heading": "Usulan permintaan",
    "laju.requests.help": "Usulan = {months} bulan × rata-rata pemakaian bulanan (AMC, {amc} bulan terakhir) − stok, "
                          "dibulatkan ke atas; untuk ribbon dan film dibagi jumlah kartu per ribbon/rol. Target "
                          "persediaan {months} bulan diatur di Pengaturan. Hanya kab/kota yang stoknya di bawah "
                          "target; kekurangan ini dipenuhi lebih dulu dari stok lebih di provinsinya (Rencana "
                          "distribusi).",
    "laju.requests.none": "Tidak ada kab/kota atau gudang provinsi yang perlu mengajukan permintaan: stok semuanya "
                          "sudah mencapai target {months} bulan.",
    "laju.transfers.heading": "Pemakaian dan distribusi per wilayah",
    "laju.transfers.window": "Jangka waktu",
    "laju.transfers.window_option": "{days} hari terakhir",
    "laju.transfers.help": "Distribusi = blangko yang dipindahkan ke wilayah lain (mis. dari gudang provinsi ke "
                           "kab/kota); penerimaan termasuk pindahan itu. Keduanya pindah stok, bukan pemakaian. "
                           "Penerimaan dari luar wilayah = penerimaan − distribusi di dalam wilayah itu.",
    "laju.transfers.none": "Tidak ada laporan stok dalam {days} hari sampai {date}.",
    "laju.chart.zero_since": "Habis sejak",
    # Cakupan perekaman
    "cakupan.title": "Cakupan perekaman",
    "cakupan.intro": "Perekaman KTP-el (sudah rekam ÷ wajib KTP) dibanding target tahunan, kekurangan dalam jumlah "
                     "orang, dan PRR (sudah rekam, belum dicetak) dibanding stok blangko.",
    "cakupan.no_data": "Belum ada data perekaman untuk {name} sampai {date}. Unggah laporan perekaman di halaman "
                       "Unggah data, atau pilih wilayah atau tanggal lain.",
    "cakupan.tile.target": "Target {year}",
    "cakupan.tile.over_100": "di atas 100% (periksa)",
    "cakupan.tile.below_prr": "stok blangko < PRR",
    "cakupan.regions.heading": "Cakupan per wilayah",
    "cakupan.regions.help": "Titik: cakupan tiap wilayah; garis hitam: target {year} sebesar {target} (diatur di "
                            "Pengaturan). Cakupan di atas 100% bisa terjadi (penduduk dari wilayah lain ikut "
                            "direkam); nilainya tetap ditampilkan dan ditandai untuk diperiksa.",
    "cakupan.over_100": "Cakupan di atas 100% (periksa): {names}.",
    "cakupan.trend.heading": "Perkembangan cakupan",
    "cakupan.trend.help": "Cakupan pada tiap akhir bulan (angka terakhir tiap wilayah yang melapor), dengan target "
                          "per tahun.",
    "cakupan.trend.none": "Belum ada data perekaman bulanan untuk digambar.",
    "cakupan.trend.data": "Data grafik (tabel dan unduhan)",
    "cakupan.prr.heading": "PRR dibanding stok blangko",
    "cakupan.prr.help": "PRR (print ready record, \"utang cetak\") = sudah direkam dan terverifikasi, belum dicetak. "
                        "Wilayah yang stok blangkonya lebih kecil dari PRR tidak dapat melunasi utang cetaknya.",
    "cakupan.prr.below": "Stok blangko di bawah PRR — {lines}",
    "cakupan.prr.line": "{name}: stok {stock} < PRR {prr}",
    "cakupan.prr.none": "Tidak ada wilayah dengan stok blangko di bawah PRR.",
    "cakupan.col.target": "Target",
    "cakupan.col.units_reporting": "Kab/kota melapor",
}
