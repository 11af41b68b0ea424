"""Pengaturan page (AppTest): a valid value is saved for everyone, an invalid one shows the Indonesian message."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import settings
from dashboard.store import audit, load_settings
from tests.page_support import open_page, with_admin

PAGE = "pages/pengaturan.py"


@pytest.fixture
def fixture_db(fixture_db):
    return with_admin(fixture_db)  # the account these tests log in as


def _open() -> AppTest:
    # Logged in as an admin (settings are admin-only): the session the login form would create.
    return open_page(PAGE, user="pusat")


def _input(at: AppTest, key: str):
    spec = next(s for s in settings.SPECS if s.key == key)
    finder = at.checkbox if spec.kind is bool else at.text_input
    return finder(key=f"pengaturan_form_{key}")


def test_form_shows_every_setting_in_indonesian_format(fixture_db):
    at = _open()
    current = load_settings(fixture_db)
    for spec in settings.SPECS:
        shown = _input(at, spec.key).value
        if spec.kind is bool:
            assert shown == getattr(current, spec.key)
    # Indonesian format, never '99.20', '3.00' or '200000' (issue 13).
    assert _input(at, "default_target_pct").value == "99,2"
    assert _input(at, "target_months").value == "3"
    assert _input(at, "max_upload_rows").value == "200.000"
    assert _input(at, "kritis_min_stock").value == "1.000"
    assert _input(at, "session_hours").value == "8"
    targets = at.data_editor[0].value
    assert dict(zip(targets.iloc[:, 0], targets.iloc[:, 1])) == {2023: "99,4", 2024: "99,04"}


def test_every_setting_sits_in_exactly_one_tab():
    from dashboard.ui.sections.pengaturan import tab_groups

    keys = [key for _, group in tab_groups() for key in group]
    assert sorted(keys) == sorted(spec.key for spec in settings.SPECS)


def test_numbers_typed_the_indonesian_way_are_saved(fixture_db):
    at = _open()
    _input(at, "max_upload_rows").set_value("150.000")
    _input(at, "target_months").set_value("2,5")
    at.button[0].click()
    at.run()
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]
    saved = load_settings(fixture_db)
    assert saved.max_upload_rows == 150_000 and saved.target_months == 2.5


def test_a_bad_or_out_of_range_number_is_named_and_nothing_saved(fixture_db):
    at = _open()
    before = fixture_db.data_version()
    _input(at, "ribbon_yield").set_value("empat ratus")
    _input(at, "max_upload_rows").set_value("9.000.000")
    at.button[0].click()
    at.run()
    text = " ".join(e.value for e in at.error)
    assert "empat ratus" in text and "bukan angka" in text
    assert "9.000.000 di luar rentang yang diizinkan (100 – 5.000.000)" in text
    assert fixture_db.data_version() == before


def test_browse_login_switch_is_saved(fixture_db):
    at = _open()
    _input(at, "browse_requires_login").check()
    at.button[0].click()
    at.run()
    assert not at.exception, at.exception
    assert load_settings(fixture_db).browse_requires_login is True


def test_saving_a_valid_value_applies_and_bumps_the_data_version(fixture_db):
    at = _open()
    before = fixture_db.data_version()
    _input(at, "ribbon_yield").set_value("480")
    at.button[0].click()  # the form's submit button
    at.run()
    assert not at.exception, at.exception
    assert not at.error
    assert any("disimpan" in s.value for s in at.success)
    assert load_settings(fixture_db).ribbon_yield == 480
    assert fixture_db.data_version() != before
    assert audit.entries(fixture_db, actor="pusat")["action"].to_list()[0] == "settings"
    # Next visit shows the stored value.
    at.run()
    assert _input(at, "ribbon_yield").value == "480"


def test_invalid_combination_shows_indonesian_error_and_saves_nothing(fixture_db):
    at = _open()
    before = fixture_db.data_version()
    _input(at, "kritis_days").set_value("60")  # above waspada (30): each alone in range, together invalid
    at.button[0].click()
    at.run()
    assert not at.exception, at.exception
    text = " ".join(e.value for e in at.error)
    assert "Batas kritis harus lebih kecil atau sama dengan batas waspada" in text
    assert load_settings(fixture_db).kritis_days == 14
    assert fixture_db.data_version() == before


def test_new_year_target_added_in_the_table_is_saved(fixture_db):
    at = _open()
    from dashboard.ui.sections.pengaturan import targets_key

    at.session_state[targets_key()] = {"edited_rows": {}, "added_rows": [{"year": 2026, "target_pct": "99,5"}],
                                       "deleted_rows": []}
    at.button[0].click()
    at.run()
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]
    assert load_settings(fixture_db).target_for(2026) == 99.5


def test_no_change_saves_nothing(fixture_db):
    at = _open()
    before = fixture_db.data_version()
    at.button[0].click()
    at.run()
    assert any("Tidak ada perubahan" in i.value for i in at.info)
    assert fixture_db.data_version() == before
