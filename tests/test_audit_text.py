"""Jejak audit: every event as a readable Indonesian sentence with its WIB time; no raw JSON, no code-style names."""

from __future__ import annotations

import datetime as dt
import json

from dashboard.admin import auth
from dashboard.store import audit, save_settings
from dashboard.ui import audit_text
from tests.page_support import open_page

UTC = dt.timezone.utc


def test_times_are_wib():
    assert audit_text.when(dt.datetime(2026, 11, 30, 18, 14, tzinfo=UTC)) == "1 Des 2026, 01:14 WIB"
    assert audit_text.when(dt.datetime(2026, 11, 30, 18, 14)) == "1 Des 2026, 01:14 WIB"  # naive = UTC


def test_upload_and_refusal_sentences():
    detail = {"file_name": "stok_65.xlsx", "kind": "stok", "accepted": True, "rows_total": 12, "rows_added": 10,
              "rows_replaced": 2, "rows_unchanged": 0, "duplicate_of": None, "source": "app", "upload_id": 7,
              "warnings": 3}
    assert audit_text.sentence(audit.UPLOAD, json.dumps(detail)) == (
        "Mengunggah stok_65.xlsx (stok): 10 baris ditambah, 2 diganti, 0 tetap, 3 peringatan; unggahan #7, "
        "lewat aplikasi.")
    refused = {"file_name": "x.csv", "problem_total": 1200, "first_problems": ["x.csv, baris 3: kode salah"]}
    text = audit_text.sentence(audit.UPLOAD_REFUSED, json.dumps(refused))
    assert text.startswith("Unggahan x.csv ditolak karena 1.200 masalah; tidak ada yang disimpan.")
    assert "baris 3: kode salah" in text


def test_settings_sentence_uses_labels_and_indonesian_numbers():
    text = audit_text.sentence(audit.SETTINGS, json.dumps({"max_upload_rows": 150000, "target_months": 2.5,
                                                             "browse_requires_login": True,
                                                             "targets": {"2026": 99.5}}))
    assert "150.000" in text and "2,5" in text and "Target cakupan 2026 menjadi 99,5%" in text
    assert "max_upload_rows" not in text and "{" not in text and "ya" in text


def test_every_known_action_has_a_word_and_unknown_ones_read_as_words():
    for action in (audit.LOGIN, audit.LOGIN_FAILED, audit.LOGIN_LOCKED, audit.LOGOUT, audit.USER_ADD,
                   audit.USER_REMOVE, audit.PASSWORD, audit.UPLOAD, audit.UPLOAD_REFUSED, audit.SETTINGS,
                   audit.BACKUP, audit.RESTORE, audit.REBUILD, "demo"):
        word = audit_text.action_word(action)
        assert "_" not in word and word != action, action
        assert "{" not in audit_text.sentence(action, "{}")
    assert audit_text.action_word("rencana_kirim") == "Rencana kirim"
    text = audit_text.sentence("rencana_kirim", json.dumps({"unit_code": "65.01", "qty": 300}))
    assert "{" not in text and "unit code: 65.01" in text
    assert audit_text.sentence(audit.UPLOAD, "not json {") .startswith("Mengunggah berkas")


def test_audit_page_shows_sentences_not_json(fixture_db):
    auth.add_user(fixture_db, "pusat", "admin", None, "Rahasia-Dukcapil-1", actor="sistem")
    auth.add_user(fixture_db, "klu", "kabkota", "52.08", "Rahasia-Dukcapil-2", actor="pusat")
    save_settings(fixture_db, {"ribbon_yield": 480}, actor="pusat")
    at = open_page("pages/audit.py", user="pusat")
    assert not at.exception, at.exception
    shown = at.dataframe[0].value
    assert list(shown.columns) == ["Waktu", "Pelaku", "Tindakan", "Kejadian"]
    cells = " ".join(str(v) for v in shown.to_numpy().ravel())
    assert "{" not in cells and "pengguna_tambah" not in cells
    assert "Menambah pengguna klu (peran Kab/kota, Kabupaten Lombok Utara)." in cells
    assert "Kartu per ribbon menjadi 480" in cells
    assert all(v.endswith(" WIB") for v in shown["Waktu"])
