"""Bahasa Indonesia for coverage by kecamatan (the Cakupan drill-down, the Kualitas check) and the jemput-bola plan
(the page, the `outreach` command, the Excel and PDF files), with their columns and settings."""

STRINGS = {
    # navigation, command, settings
    "nav.jemput_bola": "Jemput bola",
    "cli.cmd.outreach": "rencana jemput bola: kekurangan perekaman per kecamatan dan hari kerja tim (ringkasan atau JSON)",
    "settings.outreach_teams.label": "Tim jemput bola",
    "settings.outreach_teams.help": "Jumlah tim perekaman keliling yang diturunkan bersamaan (bawaan halaman Jemput "
                                    "bola).",
    "settings.outreach_per_day.label": "Perekaman per tim per hari",
    "settings.outreach_per_day.help": "Orang yang direkam satu tim dalam sehari di lapangan (sekitar 50; sekitar 20 "
                                      "bila jaringan buruk).",
    # columns (dashboard.metrics.catalog)
    "col.kecamatan": "Kecamatan",
    "col.kecamatan_reported": "Kecamatan berdata",
    "col.kecamatan_total": "Jumlah kecamatan",
    "col.wajib_ktp_kecamatan": "Wajib KTP menurut kecamatan",
    "col.sudah_rekam_kecamatan": "Sudah rekam menurut kecamatan",
    "col.wajib_ktp_difference": "Selisih wajib KTP",
    "col.sudah_rekam_difference": "Selisih sudah rekam",
    "col.wajib_ktp_before": "Wajib KTP semester sebelumnya",
    "col.wajib_ktp_growth": "Pertambahan wajib KTP per semester",
    "col.new_persons": "Pemula (wajib KTP baru)",
    "col.backlog_persons": "Tunggakan lama",
    "col.rank": "Urutan",
    "col.first_day": "Hari kerja ke- (mulai)",
    "col.last_day": "Hari kerja ke- (selesai)",
    "col.start_date": "Mulai",
    "col.end_date": "Selesai",
    "col.measure": "Uraian",
    "col.figure": "Angka",
    # Kualitas data: the kab/kota-vs-kecamatan list
    "ops.kualitas.kecamatan_mismatch": "Kab/kota ≠ jumlah kecamatan",
    "ops.kualitas.m_kecamatan_mismatch": "Kab/kota ≠ kecamatan",
    "ops.kualitas.kecamatan_mismatch_help": "Baris kab/kota yang angkanya berbeda dengan jumlah baris kecamatannya "
                                            "untuk periode yang sama. Angka kab/kota yang dipakai di seluruh dasbor; "
                                            "rincian kecamatan dan rencana jemput bola memakai baris kecamatan. "
                                            "Selisih = kab/kota − jumlah kecamatan; daftar kecamatan yang belum "
                                            "lengkap juga berselisih.",
    # Cakupan: the kecamatan drill-down
    "kecamatan.pick": "Kab/kota yang dirinci",
    "kecamatan.pick_help": "Hanya kab/kota yang punya data perekaman per kecamatan (DKB) sampai tanggal data.",
    "kecamatan.option": "{name} ({code}): {n} kecamatan",
    "kecamatan.none": "Belum ada data perekaman per kecamatan untuk {name} sampai {date}. Unggah data DKB per "
                      "kecamatan atau desa di halaman Unggah data untuk melihat rinciannya.",
    "kecamatan.caption": "{name}: {n} dari {total} kecamatan berdata (data sampai {dates}); kurang {gap} orang ke "
                         "target {target}. Batang = cakupan tiap kecamatan, garis hitam = target; urutan dari cakupan "
                         "terendah.",
    "kecamatan.note.desa": "jumlah {n} desa",
    "kecamatan.over_100": "Cakupan di atas 100% (perekaman penduduk dari luar wilayah, periksa datanya): {names}. "
                          "Kecamatan ini tidak mengurangi kekurangan kecamatan lain.",
    "kecamatan.mismatch": "Angka kab/kota berbeda dengan jumlah kecamatannya: {lines}. Dasbor memakai angka "
                          "kab/kota; tabel ini memakai baris kecamatan. Lihat Kualitas data.",
    "kecamatan.mismatch_line": "per {date} kab/kota {wajib} wajib KTP / {sudah} sudah rekam, {n} dari {total} "
                               "kecamatan {wajib_kec} / {sudah_kec}",
    "kecamatan.missing": "{n} kecamatan belum ada datanya: {names}.",
    "kecamatan.to_plan": "Rencana untuk menutup kekurangan ini (tim, hari kerja, jadwal per kecamatan, blangko): "
                         "halaman Jemput bola.",
    "kecamatan.sheet": "Cakupan per kecamatan",
    # the plan: page
    "outreach.title": "Jemput bola",
    "outreach.intro": "Rencana perekaman keliling untuk menutup kekurangan ke target: kecamatan dengan kekurangan "
                      "terbesar didatangi lebih dulu. Untuk kab/kota yang dipilih rinciannya per kecamatan; untuk "
                      "provinsi atau Indonesia per kab/kota.",
    "outreach.input.teams": "Jumlah tim",
    "outreach.input.per_day": "Perekaman per tim per hari",
    "outreach.input.default_help": "Bawaan dari Pengaturan: {value}.",
    "outreach.input.target": "Target cakupan (%)",
    "outreach.input.target_help": "Target tahun data: {pct} (Pengaturan).",
    "outreach.input.start": "Hari pertama",
    "outreach.input.start_help": "Jadwal dihitung dalam hari kerja (Senin–Jumat) mulai tanggal ini; hari libur "
                                 "nasional belum dikurangkan.",
    "outreach.tile.gap": "Kekurangan ke target",
    "outreach.tile.days": "Hari kerja dibutuhkan",
    "outreach.tile.capacity": "{teams} tim × {per_day} orang/hari",
    "outreach.tile.blanks": "Blangko untuk jemput bola",
    "outreach.tile.short": "stok kurang {n} keping",
    "outreach.persons": "{n} orang",
    "outreach.keping": "{n} keping",
    "outreach.workdays": "{n} hari kerja",
    "outreach.capacity": "{teams} tim × {per_day} orang = {total} orang per hari",
    "outreach.dates": "{start} s.d. {end}",
    "outreach.areas.kecamatan": "{gap} dari {n} kecamatan masih kurang",
    "outreach.areas.kabkota": "{gap} dari {n} kab/kota masih kurang",
    "outreach.areas.with_missing": "{areas} ({n} tanpa data)",
    "outreach.finish": "{areas}; {capacity}; mulai {start}, selesai {end} (hari kerja Senin–Jumat).",
    "outreach.no_gap": "Semua wilayah sudah mencapai target {target}: tidak ada yang perlu dijemput.",
    "outreach.schedule.heading": "Jadwal",
    "outreach.schedule.help": "Kekurangan terbesar lebih dulu. Semua tim bekerja sebagai satu kelompok, {capacity} "
                              "orang per hari: bila satu wilayah selesai di tengah hari, sisa hari itu dipakai di "
                              "wilayah berikutnya. Wilayah yang sudah mencapai target tidak dijadwalkan.",
    "outreach.without_data_heading": "{n} wilayah belum ada datanya",
    "outreach.without_data": "{n} wilayah tanpa data perekaman sampai tanggal data (tidak masuk rencana): {names}.",
    "outreach.chart.new": "Pemula",
    "outreach.chart.backlog": "Tunggakan lama",
    "outreach.chart.unsplit": "Belum dapat dipilah",
    "outreach.chart.axis": "Kekurangan ke target (orang)",
    "outreach.chart.no_gap": "Tidak ada kekurangan ke target.",
    "outreach.pemula.heading": "Pemula dan tunggakan lama",
    "outreach.pemula.split": "Dari kekurangan {gap} orang, sekitar {new} orang adalah pemula (wajib KTP baru) dan "
                             "{backlog} orang tunggakan lama. Keduanya masuk rencana di atas.",
    "outreach.pemula.partial": "{n} wilayah belum punya data semester sebelumnya: kekurangannya ({unsplit} orang) "
                               "tetap masuk rencana tetapi belum dapat dipilah.",
    "outreach.pemula.growth": "Wajib KTP bertambah sekitar {growth} orang per semester; dengan tim ini itu {days} "
                              "hari kerja tiap semester agar kekurangan tidak tumbuh lagi.",
    "outreach.pemula.how": "Cara menghitung: pertambahan wajib KTP = wajib KTP data terakhir − wajib KTP satu "
                           "semester (enam bulan) sebelumnya di wilayah yang sama. Pemula (terutama yang baru berusia "
                           "17 tahun) dianggap belum terekam, sehingga bagian pemula = yang lebih kecil dari "
                           "pertambahan itu dan kekurangan wilayah; sisanya tunggakan lama. Butuh dua unggahan "
                           "berturut-turut (misalnya DKB Semester I dan II).",
    "outreach.pemula.no_history": "Riwayat belum cukup untuk memilah pemula dan tunggakan lama: belum ada data wajib "
                                  "KTP satu semester sebelumnya. Seluruh kekurangan tetap masuk rencana.",
    "outreach.blanks.heading": "Blangko",
    "outreach.blanks.enough": "Jemput bola ini memakai {needed} keping blangko; stok {stock} keping, sisa {after} "
                              "keping setelahnya.",
    "outreach.blanks.short": "Jemput bola ini memakai {needed} keping blangko, tetapi stok hanya {stock} keping: "
                             "kurang {short} keping. Ajukan permintaan blangko sebelum tim turun.",
    "outreach.blanks.no_stock": "Jemput bola ini memakai {needed} keping blangko; stok wilayah ini belum dilaporkan.",
    "outreach.blanks.cover": "Dengan laju pemakaian rutin {burn} keping/hari, stok sekarang cukup {now}; setelah "
                             "jemput bola cukup {after}.",
    "outreach.blanks.no_burn": "Laju pemakaian rutin belum diketahui: hari cukup tidak dapat dihitung.",
    "outreach.blanks.how": "Cara menghitung: satu orang yang direkam = satu keping blangko yang akan dicetak "
                           "(kartu rusak belum dihitung). Sisa stok = stok blangko − blangko jemput bola (paling "
                           "kecil 0). Hari cukup setelahnya = sisa stok ÷ laju pemakaian rutin (rata-rata harian "
                           "dari laporan stok, seperti di Ringkasan).",
    "outreach.download.heading": "Unduh rencana",
    "outreach.download.xlsx": "Rencana (Excel)",
    "outreach.download.pdf": "Rencana (PDF)",
    "outreach.sheet.summary": "Ringkasan",
    "outreach.sheet.schedule": "Jadwal",
    "outreach.sum.region": "Wilayah",
    "outreach.sum.as_of": "Data per",
    "outreach.sum.target": "Target cakupan",
    "outreach.sum.areas": "Wilayah dalam rencana",
    "outreach.sum.gap": "Kekurangan ke target",
    "outreach.sum.new": "– pemula (wajib KTP baru)",
    "outreach.sum.backlog": "– tunggakan lama",
    "outreach.sum.unsplit": "– belum dapat dipilah",
    "outreach.sum.capacity": "Kapasitas",
    "outreach.sum.days": "Hari kerja dibutuhkan",
    "outreach.sum.dates": "Jadwal",
    "outreach.sum.growth": "Pertambahan wajib KTP per semester",
    "outreach.sum.keep_up": "Hari kerja per semester untuk pemula",
    "outreach.sum.blanks": "Blangko untuk jemput bola",
    "outreach.sum.stock": "Stok blangko",
    "outreach.sum.stock_after": "Sisa stok setelah jemput bola",
    "outreach.sum.shortfall": "Kekurangan blangko",
    "outreach.sum.cover_now": "Stok cukup (sekarang)",
    "outreach.sum.cover_after": "Stok cukup (setelah jemput bola)",
    "outreach.pdf.kicker": "RENCANA JEMPUT BOLA PEREKAMAN KTP-EL",
    "outreach.pdf.title": "Rencana jemput bola {name}",
    "outreach.pdf.subtitle": "Data per {date} · target {target} · hari pertama {start}",
    "outreach.pdf.summary": "Ringkasan",
    "outreach.pdf.footer": "Rencana jemput bola {name} · data per {date}",
    # the plan: messages and the command line
    "outreach.no_kecamatan": "Belum ada data perekaman per kecamatan untuk {name} sampai {date}, jadi rencana jemput "
                             "bola per kecamatan belum dapat disusun. Unggah data DKB per kecamatan atau desa di "
                             "halaman Unggah data (atau `ingest`).",
    "outreach.no_kabkota": "Belum ada data perekaman kab/kota untuk {name} sampai {date}, jadi rencana jemput bola "
                           "belum dapat disusun.",
    "outreach.no_data_at_all": "Basis data belum berisi data apa pun: unggah data perekaman dulu.",
    "outreach.bad_teams": "Jumlah tim harus bilangan bulat 1 atau lebih.",
    "outreach.bad_per_day": "Perekaman per tim per hari harus bilangan bulat 1 atau lebih.",
    "outreach.bad_target": "Target harus persen di atas 0 dan paling tinggi 100 (misalnya 99,2).",
    "outreach.cli.description": "Rencana jemput bola satu wilayah: kekurangan ke target per kecamatan (kab/kota) atau "
                                "per kab/kota (provinsi, ID), diurutkan dari yang terbesar, dan hari kerja tim.",
    "outreach.cli.region": "kode wilayah: kab/kota (per kecamatan), provinsi atau ID (per kab/kota)",
    "outreach.cli.teams": "jumlah tim (bawaan: Pengaturan)",
    "outreach.cli.per_day": "perekaman per tim per hari (bawaan: Pengaturan)",
    "outreach.cli.target": "target cakupan dalam persen (bawaan: target tahun data)",
    "outreach.cli.json": "keluaran JSON: region, as_of, target_pct, areas, gap_persons, days_needed",
    "outreach.cli.bad_count": "'{value}' bukan bilangan bulat 1 atau lebih",
    "outreach.cli.title": "Rencana jemput bola {name} · data per {date} · target {target}",
    "outreach.cli.gap": "kurang {gap} orang",
    "outreach.cli.days": "hari ke-{first} s.d. {last}",
    "outreach.cli.total": "Jumlah: kurang {gap} orang; {days} hari kerja dengan {teams} tim × {per_day} orang/hari.",
    "outreach.cli.pemula": "Pemula {new} orang, tunggakan lama {backlog} orang, belum dapat dipilah {unsplit} orang.",
    "outreach.cli.blanks": "Blangko: {needed} keping untuk jemput bola, stok {stock}, sisa {after}; cukup {cover} "
                           "setelahnya.",
    "outreach.cli.without_data": "{n} wilayah tanpa data tidak masuk rencana.",
}
