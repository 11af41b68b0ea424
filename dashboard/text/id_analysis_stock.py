"""Bahasa Indonesia strings of the Ringkasan, Stok and Ribbon & film pages (keys ringkasan.*, stok.*, rf.*)."""

STRINGS = {
    # shared by the three pages
    "ringkasan.no_data": "Belum ada data stok maupun perekaman untuk {name} sampai {date}. Unggah data di halaman "
                         "Unggah data, atau pilih wilayah/tanggal lain di samping.",
    "ringkasan.level.gudang": "Gudang provinsi",
    "ringkasan.yes": "Ya",
    "ringkasan.no": "Tidak",
    # Ringkasan: headline cards
    "ringkasan.title": "Ringkasan",
    "ringkasan.card.stock": "Stok blangko (keping)",
    "ringkasan.card.stock_help": "Stok akhir terakhir setiap unit (kab/kota dan gudang provinsi) sampai tanggal "
                                 "acuan, dijumlahkan. Status memakai batas di halaman Pengaturan.",
    "ringkasan.card.own_stock": "Di gudang provinsi: {own} keping.",
    "ringkasan.card.status": "Status: {status}",
    "ringkasan.card.burn": "Laju pemakaian (keping/hari)",
    "ringkasan.card.burn_help": "(Pemakaian + rusak) per hari dalam {days} hari terakhir, tanpa hari stok habis. "
                                "Distribusi/pindah stok bukan pemakaian.",
    "ringkasan.card.amc": "rata-rata {amc} keping/bulan",
    "ringkasan.card.cover": "Stok cukup untuk",
    "ringkasan.card.cover_help": "Stok blangko dibagi laju pemakaian per hari; kosong bila tidak ada pemakaian.",
    "ringkasan.card.stockout": "perkiraan habis {date}",
    "ringkasan.card.out_now": "stok sudah habis",
    "ringkasan.card.no_use": "tidak ada pemakaian tercatat",
    "ringkasan.card.coverage": "Cakupan perekaman",
    "ringkasan.card.coverage_help": "Sudah rekam dibagi wajib KTP (data perekaman terakhir). Target tahun {year}: "
                                    "{target}.",
    "ringkasan.card.coverage_gap": "target {target}: kurang {gap} orang",
    "ringkasan.card.coverage_ok": "target {target} tercapai",
    "ringkasan.card.coverage_over": "di atas 100% (periksa)",
    "ringkasan.card.printable": "Kartu dapat dicetak",
    "ringkasan.card.printable_help": "Jumlah terkecil dari stok blangko, kartu dari ribbon ({ribbon_yield} kartu "
                                     "per ribbon) dan kartu dari film ({film_yield} kartu per rol). Ribbon: {ribbon} "
                                     "kartu; film: {film} kartu.",
    "ringkasan.card.binding": "pembatas: {item}",
    "ringkasan.card.binding_note": "pembatas: {item} ({unknown} tanpa data)",
    "ringkasan.and": " dan ",
    "ringkasan.card.request": "Usulan permintaan (keping)",
    "ringkasan.card.request_help": "Kebutuhan {months} bulan (rata-rata pemakaian bulanan × {months}) dikurangi "
                                   "stok; 0 bila stok sudah cukup.",
    "ringkasan.card.request_months": "untuk {months} bulan",
    "ringkasan.report_note": "Laporan stok terakhir: {date} · {stale} unit dengan laporan stok lebih tua dari "
                             "{days} hari.",
    # Ringkasan: statuses and action list
    "ringkasan.status_heading": "Unit per status",
    "ringkasan.status_caption": "Unit pelapor di {name}: kab/kota dan gudang provinsi. {line}",
    "ringkasan.status_count": "{status} {n}",
    "ringkasan.action_heading": "Perlu tindakan",
    "ringkasan.action_caption": "Unit yang blangko, ribbon atau filmnya habis atau kritis (kurang dari {days} hari, "
                                "atau kab/kota dengan blangko di bawah {min_stock} keping), atau stok blangko lebih "
                                "kecil dari PRR. Kolom Barang kurang menyebut barangnya; kolom Usulan dan Kirim "
                                "menyebut berapa yang perlu dikirim. Paling mendesak di atas.",
    "ringkasan.action_none": "Tidak ada unit yang perlu tindakan di {name} per {date}: tidak ada stok habis atau "
                             "kritis, dan stok blangko di setiap unit cukup untuk PRR.",
    "ringkasan.action_count": "{n} unit perlu tindakan.",
    "ringkasan.chart.units": "Jumlah unit",
    # Stok
    "stok.title": "Stok",
    "stok.by_region": "Stok blangko per wilayah",
    "stok.by_region_caption": "{children}. {colour} Paling mendesak di atas; arahkan kursor ke batang untuk "
                              "rinciannya.",
    "stok.colour.units": "Warna menunjukkan status unit (barang terburuk dari blangko, ribbon dan film).",
    "stok.colour.provinces": "Warna menunjukkan porsi unit provinsi itu yang habis atau kritis, dihitung dari unit "
                             "berdata saja (unit tanpa data tidak dihitung; lihat kolom Unit berdata dan Unit tanpa "
                             "data), bukan stok gabungannya: provinsi dengan stok gabungan cukup bisa punya kantor "
                             "yang kosong.",
    "stok.children.ID": "Per provinsi (gudang provinsi + kab/kota)",
    "stok.children.provinsi": "Gudang provinsi dan kabupaten/kota di {name}",
    "stok.children.kabkota": "{name}",
    "stok.no_stock": "Belum ada data stok blangko untuk {name} sampai {date}.",
    "stok.drill": "Buka rincian wilayah",
    "stok.drill_help": "Memilih wilayah di sini sama dengan memilihnya di panel samping.",
    "stok.drill_pick": "— pilih wilayah —",
    "stok.map": "Peta unit berisiko per provinsi",
    "stok.map_caption": "Setiap kotak satu provinsi, diletakkan kira-kira di posisi ibu kotanya. Warna: porsi unit "
                        "(kab/kota dan gudang) yang habis atau kritis; status stok gabungan ada di keterangan kotak. "
                        "{extra}",
    "stok.map_extra_province": "Status kabupaten/kota di {name} ada di tabel di bawah.",
    "stok.over_time": "Stok dari waktu ke waktu",
    "stok.freq": "Periode",
    "stok.series_caption": "Jumlah stok akhir semua unit di {name} pada akhir setiap periode (stok terakhir "
                           "dibawa maju bila unit tidak melapor).",
    "stok.heatmap": "Status stok per bulan",
    "stok.heatmap_caption": "Status setiap wilayah pada akhir bulan, dengan aturan yang sama seperti status hari "
                            "ini (seperti matriks status stok QAT). {colour}",
    "stok.heatmap.provinces": "Per provinsi: porsi unitnya yang habis atau kritis pada bulan itu.",
    "stok.heatmap.units": "Per unit: barang terburuk dari blangko, ribbon dan film.",
    "stok.table": "Tabel per wilayah",
    "stok.chart.stock": "Stok akhir (keping)",
    # Ribbon & film
    "rf.title": "Ribbon & film",
    "rf.intro": "Ribbon dan film dibeli daerah. Kekurangan salah satunya menghentikan pencetakan walaupun "
                "blangko masih ada. Barang pembatas = barang yang paling cepat habis.",
    "rf.yields": "Dipakai: 1 ribbon ≈ {ribbon} kartu, 1 rol film ≈ {film} kartu (ubah di halaman Pengaturan).",
    "rf.no_data": "Belum ada data blangko, ribbon maupun film untuk {name} sampai {date}.",
    "rf.card.ribbon": "Stok ribbon (buah)",
    "rf.card.film": "Stok film (rol)",
    "rf.card.cards": "setara {cards} kartu",
    "rf.card.no_data": "tanpa data",
    "rf.card.cover": "cukup {days}",
    "rf.card.ribbon_needed": "Ribbon dibutuhkan",
    "rf.card.film_needed": "Film dibutuhkan",
    "rf.card.needed_help": "Jumlah yang dibutuhkan untuk mencetak seluruh stok blangko ({stock} keping).",
    "rf.card.have": "ada {have}",
    "rf.chart": "Kartu yang dapat dicetak dari setiap barang",
    "rf.chart_caption": "Batang tebal = barang pembatas wilayah itu. Barang tanpa data tidak digambar "
                        "(tabel menampilkan –).",
    "rf.binding": "Barang pembatas",
    "rf.binding_line": "{item}: {n} wilayah",
    "rf.table": "Tabel per wilayah",
    "rf.note.no_ribbon": "data ribbon tidak ada",
    "rf.note.no_film": "data film tidak ada",
    "rf.chart.item": "Barang",
    "rf.chart.cards": "Kartu",
    "rf.chart.cards_axis": "Kartu dapat dicetak",
    "rf.chart.binding": "Pembatas",
    "rf.chart.is_binding": "Barang pembatas",
    "rf.chart.not_binding": "Bukan pembatas",
    "stok.chart.period": "Periode",
    "stok.chart.until": "Sampai tanggal",
    "stok.chart.units_out": "Unit dengan stok habis",
}
