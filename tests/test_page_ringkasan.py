"""Ringkasan page (AppTest): headline cards, units per status and "perlu tindakan" equal dashboard.metrics.report'."""

from __future__ import annotations

import io

import pandas as pd
import pytest

from dashboard import demo, fmt, metrics, present, regions
from dashboard.present import exports
from dashboard.present.charts.base import STATUS_COLORS, STATUS_ORDER
from tests.fixture_store import AS_OF
from tests.page_support import (
    app_store,
    cards,
    chart_rows,
    charts,
    demo_store,
    download_keys,
    open_page,
    table_with,
)

PAGE = "pages/ringkasan.py"


def _html(at, css_class: str) -> str:
    """The body of the st.html element that carries this class (the action table or the phone cards)."""
    return next(h.proto.body for h in at.get("html") if f'class="{css_class}"' in h.proto.body)


def _open_all(region: str, *, tab: str | None = None, everything: bool = False, phone: bool = False):
    """Ringkasan at a region, with a tab of the lower section chosen and/or the full action list opened."""
    state: dict[str, object] = {"_layout_phone": phone}
    if tab:
        state["ringkasan_tab"] = tab
    if everything:
        state["ringkasan_semua"] = True
    return open_page(PAGE, region, AS_OF, **state)


def test_national_headline_row(fixture_db):
    at = open_page(PAGE, "ID")
    # One row above the list: an aggregate leads with its units at risk (65.02 habis, 52.08 kritis, of the 6
    # units with a status), then its pooled stock and how long it lasts, then what it asks of the centre.
    assert [m.label for m in at.metric] == ["Unit berisiko (habis + kritis)", "Stok blangko gabungan (keping)",
                                            "Usulan ke pusat (keping)"]
    shown = cards(at)
    assert shown["Unit berisiko (habis + kritis)"] == ("1 habis · 1 kritis", "dari 6 unit berdata · 16,7% habis")
    # 24,000 + 5,178 + 0 + 7,450 (Kaltara) + 5,200 (Kaur) + 1,500 (Lombok Utara); use 42 + 100 + 50 + 100 + 1,000:
    # 43.328 / 1.292 a day = 33 days. Pooled figures are named so: "stok gabungan".
    assert shown["Stok blangko gabungan (keping)"] == ("43.328", "cukup 33 hari · stok gabungan Aman")
    # the sum of the provinces' requests after their own moves (Kaur 3.932 + Lombok Utara 89.813)
    assert shown["Usulan ke pusat (keping)"] == ("93.745", "jumlah usulan semua provinsi")
    assert any("Laporan stok terakhir: 31 Mar 2024" in c.value for c in at.caption)


def test_other_figures_in_their_tab(fixture_db):
    at = _open_all("ID", tab="Angka lain")
    shown = cards(at)
    assert shown["Laju pemakaian (keping/hari)"][0] == "1.292"
    assert shown["Stok gabungan cukup untuk"] == ("33 hari", "perkiraan habis 3 Mei 2024")
    assert shown["Cakupan perekaman"] == ("97,5%", "target 99,04%: kurang 8.156 orang")
    # Tarakan's 20 ribbons × 450 = 9,000 cards cover its 7,450 blanks; ribbon elsewhere and film are not reported.
    assert shown["Kartu dapat dicetak"] == ("43.328", "pembatas: Blangko (film tanpa data)")
    assert not at.get("vega_lite_chart")  # the status chart's tab is not drawn


@pytest.mark.parametrize("region", ["ID", "65", "65.71", "52.08", "17.04"])
def test_cards_are_region_report(fixture_db, region):
    # The page formats the library's numbers and never computes its own.
    report = metrics.region_report(fixture_db, region, AS_OF)
    shown = cards(_open_all(region, tab="Angka lain"))
    pooled = "." not in region
    stock, cover, request = (("Stok blangko gabungan (keping)", "Stok gabungan cukup untuk", "Usulan ke pusat (keping)")
                             if pooled else ("Stok blangko (keping)", "Stok cukup untuk", "Usulan permintaan (keping)"))
    assert shown[stock][0] == fmt.number(report["stock"])
    assert shown[cover][0] == fmt.days(report["days_of_cover"])
    assert shown["Cakupan perekaman"][0] == fmt.percent(report["coverage_pct"])
    assert shown["Kartu dapat dicetak"][0] == fmt.number(report["printable_cards"])
    assert shown[request][0] == fmt.number(report["suggested_request"])
    if pooled:
        assert shown["Unit berisiko (habis + kritis)"][0] == (
            f"{report['units_by_status']['habis']} habis · {report['units_by_status']['kritis']} kritis")
    assert shown["Laju pemakaian (keping/hari)"][0].replace(".", "").split(",")[0] == \
        str(int(round(report["burn_rate_per_day"])))


def test_action_rows_say_what_to_send_from_where(fixture_db):
    at = open_page(PAGE, "ID")
    assert [s.value for s in at.main.subheader] == ["Perlu tindakan (2 unit)"]
    table = _html(at, "ektp-actions")
    malinau = regions.get("65.02").name
    # 65.02 ran out on 19 March and holds less than its PRR: the Kaltara warehouse has 24.000 to spare and sends
    # its 9.132; nobody in NTB can spare stock for Lombok Utara (1 day left): its 89.813 are asked of the centre.
    assert table.index(malinau) < table.index("Kabupaten Lombok Utara")
    for text in ("Habis", "blangko habis sejak 19 Mar 2024; stok blangko 0 &lt; PRR 4.000",
                 "9.132 keping dari Gudang Provinsi Kalimantan Utara", "Kritis", "blangko 1 hari",
                 "89.813 keping: minta ke pusat"):
        assert text in table, text
    assert not at.dataframe  # the full table waits behind its expander
    assert [e.label for e in at.main.expander][-1] == "Semua 2 unit: tabel lengkap dan unduhan"


def test_the_full_list_and_its_files(fixture_db):
    at = _open_all("ID", everything=True)
    actions = table_with(at, "Kirim (dari mana)")
    # 65.02 ran out on 20 March; Lombok Utara (52.08) has 1.5 days left; both hold less than their PRR.
    assert actions["Kode"].tolist() == ["65.02", "52.08"]
    assert actions["Wilayah"].tolist() == [regions.get("65.02").name, "Kabupaten Lombok Utara"]
    assert actions["Status"].tolist() == ["Habis", "Kritis"]
    assert actions["Barang kurang"].tolist() == ["blangko habis sejak 19 Mar 2024", "blangko 1 hari"]
    assert actions["Kirim (dari mana)"].tolist() == ["9.132 keping dari Gudang Provinsi Kalimantan Utara",
                                                     "89.813 keping: minta ke pusat"]
    assert actions["Stok blangko (keping)"].tolist() == ["0", "1.500"]
    assert actions["Perkiraan habis"].tolist() == ["–", "1 Apr 2024"]  # out already: no projection
    assert actions["Habis sejak"].tolist() == ["19 Mar 2024", "–"]
    assert actions["Usulan permintaan (keping)"].tolist() == ["9.132", "89.813"]
    assert actions["PRR (belum cetak)"].tolist() == ["4.000", "2.500"]
    assert actions["Stok < PRR"].tolist() == ["Ya", "Ya"]
    library = metrics.action_list(fixture_db, "ID", AS_OF)
    assert actions["Kode"].tolist() == library["region_code"].to_list()
    assert actions["Usulan permintaan (keping)"].tolist() == [fmt.number(v) for v in library["suggested_request"]]
    assert {"ringkasan_tindakan_csv", "ringkasan_tindakan_xlsx"} <= download_keys(at)
    # The CSV the button serves is built from the same display frame: its text is the screen's, cell for cell.
    frame, kinds = present.actions.detail_table(library, metrics.action_supply(fixture_db, "ID", AS_OF))
    csv = pd.read_csv(io.BytesIO(exports.to_csv_bytes(frame, kinds)), sep=";", dtype=str, encoding="utf-8-sig",
                      keep_default_na=False)
    assert csv.to_dict("list") == actions.to_dict("list")


def test_a_phone_gets_cards_and_the_rest_behind_the_expander(fixture_db):
    at = _open_all("ID", phone=True)
    cards_html = _html(at, "ektp-cards")
    assert cards_html.count('class="ektp-card"') == 2
    assert "Kirim 89.813 keping: minta ke pusat" in cards_html
    at = _open_all("ID", phone=True, everything=True)
    assert not at.dataframe  # no wide table on a phone: its files only
    assert {"ringkasan_tindakan_csv", "ringkasan_tindakan_xlsx"} <= download_keys(at)


def test_status_counts_in_status_colours(fixture_db):
    at = open_page(PAGE, "ID")  # the first tab under the list
    counts = metrics.status_counts(fixture_db, "ID", AS_OF)
    assert counts == {"habis": 1, "kritis": 1, "waspada": 0, "aman": 4, "berlebih": 0, "tanpa_data": 546}
    assert any("Habis 1 · Kritis 1 · Waspada 0 · Aman 4 · Berlebih 0 · Tanpa data 546" in c.value for c in at.caption)
    chart = at.get("vega_lite_chart")[0]
    drawn = chart_rows(chart)
    assert drawn["count"].tolist() == [1, 1, 0, 4, 0, 546]
    scale = charts(at)[0]["layer"][0]["encoding"]["color"]["scale"]
    assert scale["range"] == [STATUS_COLORS[s] for s in STATUS_ORDER]
    assert scale["domain"][:2] == ["Habis", "Kritis"]


def test_province_scope(fixture_db):
    at = open_page(PAGE, "65")
    shown = cards(at)
    assert shown["Stok blangko gabungan (keping)"] == ("36.628", "cukup 190 hari · stok gabungan Aman")
    assert shown["Unit berisiko (habis + kritis)"][0] == "1 habis · 0 kritis"
    assert shown["Usulan ke pusat (keping)"] == ("0", "setelah pergeseran di dalam provinsi")
    assert "65.02" in _html(at, "ektp-actions") and "52.08" not in _html(at, "ektp-actions")


def test_nothing_needs_action(fixture_db):
    at = open_page(PAGE, "65.71")
    assert not at.dataframe
    assert "Tidak ada unit yang perlu tindakan di Kota Tarakan" in at.success[0].value


def test_region_without_data_is_a_note_not_an_error(fixture_db):
    at = open_page(PAGE, "11")  # Aceh: no rows in the fixture
    assert "Belum ada data" in at.info[0].value and "Aceh" in at.info[0].value
    assert not at.metric


@pytest.mark.parametrize("page", [PAGE, "pages/stok.py", "pages/ribbon_film.py"])
def test_empty_store_is_a_note(tmp_path, monkeypatch, page):
    # Without the first-start demo data the store stays empty: a friendly note on all three pages, no traceback.
    monkeypatch.setattr(demo, "build_if_empty", lambda store, **kw: None)
    with app_store(tmp_path / "empty.duckdb", monkeypatch, build=lambda s: None):
        at = open_page(page, "ID", as_of=None)
        assert "Belum ada data" in at.info[0].value
        assert not at.get("vega_lite_chart") and not at.dataframe


def test_national_demo_store(tmp_path, monkeypatch):
    with demo_store(tmp_path / "demo.duckdb", monkeypatch) as store:
        at = open_page(PAGE, "ID", as_of=None)
        report = metrics.region_report(store, "ID")
        shown = cards(at)
        assert shown["Stok blangko gabungan (keping)"][0] == fmt.number(report["stock"])
        counts = report["units_by_status"]
        assert shown["Unit berisiko (habis + kritis)"][0] == f"{counts['habis']} habis · {counts['kritis']} kritis"
        assert sum(counts.values()) == report["units_total"] == 552
        library = metrics.action_list(store, "ID")
        assert at.main.subheader[0].value == f"Perlu tindakan ({fmt.number(library.height)} unit)"
        if library.height:  # the ten most urgent, in the library's order
            table = _html(at, "ektp-actions")
            codes = [code for code in library["region_code"].to_list() if f">{code} · " in table]
            assert codes == library["region_code"].head(10).to_list()
