"""Kualitas data page (AppTest): problem counts of the fixture store at the top, and each list as a table."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from tests.page_support import open_page

ROOT = Path(__file__).resolve().parent.parent
PAGE = "pages/kualitas.py"
LABELS = {"late": "Laporan terlambat", "missing": "Laporan hilang", "ledger": "Selisih neraca",
          "names": "Nama tidak cocok", "over_100": "Cakupan > 100%", "stale": "Laporan usang"}


def _open(region: str = "ID") -> AppTest:
    return open_page(PAGE, region)


def _counts(at: AppTest) -> dict[str, str]:
    shown = {m.label: m.value for m in at.metric}
    return {key: shown[label] for key, label in LABELS.items()}


# A column only that list has (AppTest does not expose st.dataframe keys); late and missing differ by state.
_SIGNATURE = {"completeness_summary": ("Diharapkan", None), "late": ("Keadaan", "Terlambat"),
              "missing": ("Keadaan", "Hilang"), "ledger": ("Selisih", None), "names": ("Nama di berkas", None),
              "over_100": ("Cakupan perekaman", None), "stale": ("Sejak laporan (hari)", None)}


def _table(at: AppTest, key: str):
    column, state = _SIGNATURE[key]
    frames = [df.value for df in at.dataframe if column in df.value.columns]
    return next(f for f in frames if state is None or set(f[column]) == {state})


def test_counts_of_the_fixture_store(fixture_db):
    # 6 reporting units (65, 65.01, 65.02, 65.71, 17.04, 52.08) × Oct 2023–Mar 2024: Oct–Dec have no rows
    # (missing); Jan–Mar were uploaded long after month end (late). Only 65.71 records over 100% (101,0%).
    at = _open()
    assert _counts(at) == {"late": "18", "missing": "18", "ledger": "0", "names": "0", "over_100": "1", "stale": "0"}
    over = _table(at, "over_100")
    assert over["Wilayah"].tolist() == ["Kota Tarakan"]
    assert over["Cakupan perekaman"].tolist() == [101.0]
    summary = _table(at, "completeness_summary")
    assert summary["Diharapkan"].tolist() == [6] * 6
    assert summary["Hilang"].tolist() == [6, 6, 6, 0, 0, 0]
    # Every non-empty list can be downloaded as CSV and Excel.
    keys = {b.key for b in at.get("download_button")}
    assert {"kualitas_over_100_csv", "kualitas_over_100_xlsx", "kualitas_late_csv", "kualitas_missing_xlsx"} <= keys


def test_province_scope_counts_only_its_units(fixture_db):
    at = _open("65")
    counts = _counts(at)
    assert (counts["late"], counts["missing"], counts["over_100"]) == ("12", "12", "1")
    late = _table(at, "late")
    assert set(late["Kode"]) == {"65", "65.01", "65.02", "65.71"}
    assert set(late["Keadaan"]) == {"Terlambat"}


def test_ledger_error_and_name_mismatch_are_listed(fixture_db):
    with fixture_db.writing() as cur:
        # Tarakan's closing stock on 15 March reported 5 too high: the row does not balance, and the next day's
        # opening stock no longer follows from it.
        cur.execute("update stock_ledger set stok_akhir = stok_akhir + 5 where region_code = '65.71' "
                    "and item = 'blangko' and period_end = date '2024-03-15'")
        cur.execute("insert into quality_flags values (1, 'stok', '52.08', 'blangko', date '2024-03-31', 3, "
                    "'name_mismatch', 'Nama di berkas: Lombok Barat', null)")
    at = _open()
    counts = _counts(at)
    assert (counts["ledger"], counts["names"]) == ("2", "1")
    ledger = _table(at, "ledger")
    assert sorted(ledger["Selisih"].tolist()) == [-5, 5]
    assert set(ledger["Pemeriksaan"]) == {"Neraca", "Kontinuitas"}
    assert _table(at, "names")["Wilayah"].tolist() == ["Kabupaten Lombok Utara"]


def test_the_lists_sit_in_tabs_named_with_their_counts(fixture_db):
    at = _open()
    labels = [tab.label for tab in at.tabs]
    assert labels == ["Kelengkapan per bulan", "Laporan terlambat (18)", "Laporan hilang (18)", "Selisih neraca (0)",
                      "Nama tidak cocok (0)", "Cakupan > 100% (1)", "Laporan usang (0)", "Kab/kota ≠ kecamatan (0)"]
