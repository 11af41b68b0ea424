"""Bahasa Indonesia for the redistribution plan (issue 12): the `plan` command, the Rencana distribusi page and the
draft letter "Usulan pergeseran blangko" (keys plan.*, rencana.*, letter.*, cli.cmd.plan)."""

STRINGS = {
    "cli.cmd.plan": "rencana pergeseran stok di dalam provinsi dan usulan ke pusat (ringkasan atau JSON)",
    "plan.cli.description": "Rencana pergeseran stok satu provinsi: dari gudang provinsi dan kab/kota yang berlebih ke "
                            "kab/kota di bawah sasaran, lalu sisa kebutuhan yang diusulkan ke pusat.",
    "plan.cli.region": "kode provinsi (Kemendagri '52'; BPS '52' juga diterima)",
    "plan.cli.months": "sasaran persediaan dalam bulan (bawaan: pengaturan, 3)",
    "plan.cli.json": "cetak JSON: region, as_of, transfers, request_to_centre, units_below_target_before/after",
    "plan.cli.bad_months": "Jumlah bulan tidak valid: {value} (isi angka 0,5 sampai 24).",
    "plan.err.not_province": "Rencana distribusi dibuat per provinsi: {code} bukan kode provinsi (contoh: 52).",
    "plan.qty.blangko": "{n} keping",
    "plan.qty.ribbon": "{n} ribbon",
    "plan.qty.film": "{n} rol film",
    "plan.sum.title": "Rencana distribusi {name} ({code}) — per {date}, sasaran {months} bulan persediaan",
    "plan.sum.moves": "{n} pergeseran di dalam provinsi:",
    "plan.sum.move": "{source} → {target}: {quantity}",
    "plan.sum.no_moves": "Tidak ada pergeseran: tidak ada stok lebih yang dapat digeser, atau tidak ada unit di bawah "
                         "sasaran.",
    "plan.sum.request": "Usulan ke pusat setelah pergeseran: {request}.",
    "plan.sum.no_request": "Usulan ke pusat setelah pergeseran: tidak ada.",
    "plan.sum.below": "Unit di bawah sasaran: {before} sebelum, {after} sesudah pergeseran.",
    # columns of the plan's tables (metrics.catalog)
    "col.partial": "Periode belum lengkap",
    "col.from_name": "Dari",
    "col.to_name": "Ke",
    "col.quantity": "Jumlah",
    "col.qty_unit": "Satuan",
    "col.status_after": "Status sesudah",
    "col.stock_after": "Stok blangko sesudah",
    "col.ribbon_stock_after": "Stok ribbon sesudah",
    "col.film_stock_after": "Stok film sesudah",
    "col.days_of_cover_after": "Blangko cukup sesudah",
    "col.printable_days_of_cover_after": "Cetak dapat berjalan sesudah",
    "col.moves": "Pergeseran",
    "col.units_below_target_before": "Unit di bawah sasaran (sebelum)",
    "col.units_below_target_after": "Unit di bawah sasaran (sesudah)",
    "plan.unit.blangko": "keping",
    "plan.unit.ribbon": "ribbon",
    "plan.unit.film": "rol film",
    # the Rencana distribusi page
    "nav.rencana": "Rencana distribusi",
    "rencana.title": "Rencana distribusi",
    "rencana.intro": "Arahan Dirjen: provinsi meminjamkan stok dari gudang provinsi dan kab/kota yang berlebih ke "
                     "kab/kota yang kekurangan, sebelum meminta ke pusat. Rencana ini menggeser stok di dalam satu "
                     "provinsi sampai setiap kab/kota punya persediaan {months} bulan, lalu menghitung sisa kebutuhan "
                     "yang diusulkan ke pusat.",
    "rencana.rule": "Aturan: kab/kota paling mendesak dilayani lebih dulu (hari stok cukup paling sedikit), dari unit "
                    "dengan stok lebih terbesar; tidak ada pengirim yang turun di bawah sasarannya sendiri (sasaran "
                    "gudang provinsi 0); blangko dalam keping, ribbon dan film dalam buah/rol utuh.",
    "rencana.no_data": "Belum ada data stok untuk {name} sampai {date}.",
    "rencana.pick": "Provinsi",
    "rencana.pick_help": "Rencana dibuat per provinsi; daftar diurutkan dari yang paling banyak unit di bawah sasaran.",
    "rencana.national.heading": "Semua provinsi",
    "rencana.national.caption": "Usulan nasional ke pusat = jumlah usulan provinsi di bawah ({blangko} keping "
                                "blangko, {ribbon} ribbon, {film} rol film): stok lebih satu provinsi tidak menutup "
                                "kekurangan provinsi lain.",
    "rencana.share": "Usulan {name} ke pusat: {request} keping blangko, bagian dari usulan nasional {total} keping "
                     "(jumlah usulan semua provinsi).",
    "rencana.unit_note": "{name} ada di provinsi {province}: rencana di bawah untuk seluruh provinsi.",
    "rencana.unit_moves": "Untuk {name}: {moves}.",
    "rencana.unit_no_moves": "{name} tidak menerima atau mengirim apa pun dalam rencana ini.",
    "rencana.receive": "terima {quantity} dari {other}",
    "rencana.send": "kirim {quantity} ke {other}",
    "rencana.tile.moves": "Pergeseran di dalam provinsi",
    "rencana.tile.below": "Unit di bawah sasaran",
    "rencana.tile.below_value": "{before} → {after}",
    "rencana.tile.below_delta": "sebelum → sesudah pergeseran",
    "rencana.tile.centre": "Usulan ke pusat: {item}",
    "rencana.tile.centre_delta": "sisa setelah pergeseran",
    "rencana.moves.heading": "Pergeseran",
    "rencana.moves.none": "Tidak ada pergeseran: tidak ada stok lebih yang dapat digeser ke unit di bawah sasaran.",
    "rencana.units.heading": "Unit sebelum dan sesudah pergeseran",
    "rencana.units.caption": "Status dan hari stok cukup setiap unit sebelum dan sesudah pergeseran (status dengan "
                             "aturan yang sama seperti hari ini; hari cetak dapat berjalan = barang yang paling cepat "
                             "habis).",
    "rencana.download.xlsx": "Unduh rencana (Excel)",
    "rencana.download.letter": "Unduh draf surat (PDF)",
    "rencana.download.help": "Draf surat \"Usulan pergeseran blangko\" satu halaman untuk ditandatangani kepala "
                             "dinas provinsi; periksa angka sebelum dikirim.",
    "rencana.sheet.moves": "Pergeseran",
    "rencana.sheet.units": "Unit sebelum-sesudah",
    "rencana.sheet.summary": "Ringkasan",
    "rencana.sheet.national": "Semua provinsi",
    "rencana.col.item": "Barang",
    "rencana.col.value": "Nilai",
    "rencana.summary.region": "Provinsi",
    "rencana.summary.as_of": "Data per",
    "rencana.summary.months": "Sasaran (bulan)",
    "rencana.summary.moves": "Pergeseran",
    "rencana.summary.below_before": "Unit di bawah sasaran sebelum",
    "rencana.summary.below_after": "Unit di bawah sasaran sesudah",
    "rencana.summary.centre": "Usulan ke pusat: {item} ({unit})",
    # the draft letter (dashboard.briefing.letter)
    "letter.draft": "DRAF — periksa sebelum ditandatangani",
    "letter.head1": "PEMERINTAH PROVINSI {name}",
    "letter.head2": "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
    "letter.number": "Nomor      : ........................................",
    "letter.attachment": "Lampiran  : 1 (satu) berkas rencana distribusi",
    "letter.subject": "Perihal     : Usulan pergeseran blangko KTP-el",
    "letter.to": "Kepada Yth. Kepala Dinas Kependudukan dan Pencatatan Sipil kabupaten/kota se-{name}",
    "letter.place": "di tempat",
    "letter.opening": "Menindaklanjuti arahan Direktur Jenderal Kependudukan dan Pencatatan Sipil agar provinsi "
                      "meminjamkan stok dari kabupaten/kota yang berlebih kepada yang kekurangan, dan berdasarkan "
                      "laporan stok per {date}, kami mengusulkan pergeseran berikut agar setiap kabupaten/kota "
                      "memiliki persediaan {months} bulan:",
    "letter.col.no": "No",
    "letter.more": "… dan {n} pergeseran lainnya (lihat lampiran).",
    "letter.none": "Berdasarkan laporan stok per {date} tidak ada stok lebih yang dapat digeser ke kabupaten/kota "
                   "di bawah sasaran {months} bulan.",
    "letter.after": "Setelah pergeseran, {after} dari {before} unit yang di bawah sasaran masih kekurangan.",
    "letter.centre": "Kekurangan tersebut kami usulkan kepada Ditjen Dukcapil: {request}.",
    "letter.no_centre": "Pergeseran ini mencukupi kebutuhan; tidak ada usulan tambahan kepada Ditjen Dukcapil.",
    "letter.closing": "Mohon pengirim menyerahkan stok dengan berita acara serah terima dan melaporkan penerimaan "
                      "pada laporan stok berikutnya. Demikian usulan ini kami sampaikan; atas perhatian dan kerja "
                      "samanya kami ucapkan terima kasih.",
    "letter.sign_place": "................, {date}",
    "letter.sign_role": "Kepala Dinas Kependudukan dan Pencatatan Sipil",
    "letter.sign_name": "(nama lengkap)",
    "letter.sign_nip": "NIP. ..............................",
    "letter.footer": "Dibuat dari Dasbor Stok Blangko KTP-el, data per {date}. {demo}",
    "letter.demo": "DATA DEMO: bukan data sebenarnya.",
    "letter.title": "Usulan pergeseran blangko — {name}",
}
