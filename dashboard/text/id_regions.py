"""Texts of region-code reading: BPS and Kemendagri codes, the crosswalk, and the refusals that name both readings."""

STRINGS = {
    "regions.system.bps": "BPS",
    "regions.system.kemendagri": "Kemendagri",
    # One reading of a code, in words
    "regions.read.bps": "{text} = {name} menurut BPS = {code} menurut Kemendagri",
    "regions.read.kemendagri": "{code} = {name} menurut Kemendagri",
    "regions.read.kemendagri_dotless": "{text} sebagai kode Kemendagri = {code} {name}",
    "regions.read.bps_no_partner": "{text} = {name} menurut BPS, tanpa padanan dalam daftar Kemendagri",
    "regions.read.unknown": "{text} tidak ada dalam daftar {system}",
    # Why a code gives no region
    "regions.problem.shape": "'{text}' bukan kode wilayah. Tulis kode Kemendagri dengan titik (52.08; kecamatan "
                             "52.08.01) atau kode BPS tanpa titik (5208; kecamatan 5208010).",
    "regions.problem.unknown": "kode wilayah {text} tidak dikenal ({readings}).",
    "regions.problem.no_partner": "kode {text} tidak dapat dipakai: {readings}. Tulis kode Kemendagri-nya.",
    "regions.problem.ambiguous": "kode provinsi {text} berbeda arti menurut BPS dan Kemendagri: {readings}. Isi nama "
                                 "provinsinya agar jelas mana yang dimaksud.",
    "regions.problem.name_other_reading": 'kode dibaca {chosen}, tetapi nama "{name}" cocok dengan bacaan lain: '
                                          "{other}. Baris ditolak agar angkanya tidak masuk ke wilayah yang salah; "
                                          "perbaiki kode atau namanya.",
    "regions.resolved": "{text} ({system}) = {code} {name}",
    # CLI
    "regions.cli.code_system": "baca kode tanpa titik sebagai kode bps atau kemendagri (bawaan: kode tanpa titik = "
                               "BPS; kode provinsi yang berbeda arti ditolak)",
    "regions.cli.ambiguous_hint": "Tambahkan --code-system bps atau --code-system kemendagri.",
    "regions.cli.resolved": "Wilayah: {resolved}",
    # Templates
    "regions.tpl.codes": "Kode wilayah memakai sistem Kemendagri dengan titik (provinsi 65, kab/kota 65.02, "
                         "kecamatan 65.02.01), ditulis sebagai teks. Kode BPS tanpa titik (6501, kecamatan 6501010) "
                         "juga diterima dan diterjemahkan lewat daftar padanan BPS–Kemendagri, bukan dengan "
                         "menyisipkan titik: 6501 (BPS) = 65.02 Kabupaten Malinau. Isi juga nama wilayahnya.",
}
