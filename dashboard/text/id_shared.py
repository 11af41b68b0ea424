"""Bahasa Indonesia for the shared store (several servers, PostgreSQL + DuckLake) and the store's location settings."""

STRINGS = {
    # --db / EKTP_DB / EKTP_LAKE_DATA that name no usable store (nothing is created, nothing is changed)
    "shared.config.scheme": "Alamat basis data memakai skema '{scheme}://' yang tidak dikenal. Isi --db atau EKTP_DB "
                            "dengan path berkas (misalnya data/ektp.duckdb) atau dengan "
                            "postgresql://PENGGUNA:SANDI@HOST:PORT/NAMA_DB untuk mode bersama.",
    "shared.config.url": "Alamat PostgreSQL tidak lengkap. Bentuknya: postgresql://PENGGUNA:SANDI@HOST:PORT/NAMA_DB "
                         "(host dan nama basis data wajib).",
    "shared.config.option": "Alamat PostgreSQL memuat opsi '{option}' yang tidak didukung. Yang boleh: sslmode, "
                            "sslrootcert, sslcert, sslkey, connect_timeout, application_name, target_session_attrs.",
    "shared.config.lake_missing": "Mode bersama (PostgreSQL) butuh folder data bersama: isi {env} dengan folder yang "
                                  "dipasang di setiap server (misalnya /srv/ektp-lake di NFS).",
    "shared.config.lake_url": "{env} harus berupa folder (misalnya /srv/ektp-lake di NFS), bukan alamat URL: arsip "
                              "unggahan asli disimpan di sana dan dibaca oleh setiap server.",
    "shared.config.lake_folder": "Folder data bersama {path} ({env}) tidak dapat dipakai: {error}. Periksa apakah "
                                 "folder itu terpasang dan dapat ditulis oleh pengguna aplikasi.",
    "shared.config.unreachable": "Server basis data {server} tidak dapat dihubungi: {why}. Periksa alamat, port, "
                                 "nama pengguna, sandi, dan apakah basis datanya sudah dibuat (CREATE DATABASE), "
                                 "lalu coba lagi. Tidak ada yang diubah.",
    "shared.config.extension": "Paket {package} untuk DuckDB {version} tidak terpasang, padahal mode bersama "
                               "membutuhkannya. Pasang ulang dependensi: pip install -r requirements.txt.",
    # the shared store at work
    "shared.busy": "Server lain sedang menulis ke basis data bersama lebih dari {seconds} detik. Coba lagi sebentar "
                   "lagi.",
    "shared.conflict": "Perubahan ini bertabrakan dengan perubahan lain yang baru saja disimpan, jadi tidak disimpan. "
                       "Tidak ada yang berubah; coba lagi.",
    # an embedded store written by a newer DuckDB (2.0) than the pinned one
    "shared.too_new.reason": "berkas ditulis oleh DuckDB {found}, lebih baru dari DuckDB {ours} yang dipakai aplikasi "
                             "ini",
    "shared.too_new": "Basis data {path} ditulis oleh DuckDB {found}, versi yang lebih baru dari DuckDB {ours} yang "
                      "kini dipakai aplikasi ini, sehingga tidak dapat dibuka (berkasnya tidak rusak). Tidak ada yang "
                      "diubah. Jalan keluar: bangun ulang dari arsip unggahan dengan `python -m dashboard rebuild "
                      "--from-archive {archive} --replace` (berkas lama disimpan di sampingnya), lalu buat lagi akun "
                      "pengguna dengan `python -m dashboard user add`. Lihat README, bagian catatan pembaruan.",
    # the app (visitors see no server names or paths: those are in the server log under the reference)
    "shared.app.config_title": "Basis data tidak dapat dihubungi",
    "shared.app.config": "Aplikasi tidak dapat membuka basis datanya karena pengaturan server (EKTP_DB atau "
                         "EKTP_LAKE_DATA) salah atau server basis data tidak dapat dihubungi. Tidak ada yang diubah. "
                         "Beri tahu administrator server dengan menyebut kode rujukan di bawah.",
    "shared.app.too_new": "Basis data ditulis oleh versi DuckDB yang lebih baru dari versi aplikasi ini, sehingga "
                          "tidak dapat dibuka (datanya tidak rusak). Administrator server: bangun ulang dari arsip "
                          "unggahan (`python -m dashboard rebuild --from-archive ... --replace`, lihat README).",
    # rebuild into a shared store (moving an embedded store to several servers)
    "shared.rebuild.same": "Tujuan pembangunan ulang harus basis data lain dari sumbernya.",
    "shared.rebuild.replace": "--replace tidak berlaku untuk basis data bersama: bangun ulang ke basis data kosong, lalu "
                              "arahkan EKTP_DB server aplikasi ke sana.",
    "shared.rebuild.not_empty": "Basis data bersama {server} sudah berisi data; pembangunan ulang hanya ke basis data "
                                "yang masih kosong (buat baru dengan createdb).",
    # command line
    "shared.cli.config": "Gagal: {message}",
    "shared.cli.file_only": "Perintah ini bekerja pada berkas basis data; untuk basis data bersama ({server}) pakai "
                            "cara di README bagian \"Scaling out\": pg_dump katalog PostgreSQL ditambah salinan folder "
                            "{lake}.",
}
