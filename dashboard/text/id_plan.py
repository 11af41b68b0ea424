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
}
