"""Templates: the committed files are the generator's output, and a template with one filled row is accepted."""

from __future__ import annotations

import datetime as dt

import fastexcel
import pytest

from dashboard.importer import apply as ingest
from dashboard.importer import schema, templates
from dashboard.importer.parse import read_export

TODAY = dt.date(2024, 6, 1)
NAMES = ("template_stok.xlsx", "template_stok.csv", "template_perekaman.xlsx", "template_perekaman.csv")


def test_committed_templates_are_what_the_generator_produces(tmp_path):
    generated = templates.files()
    assert sorted(generated) == sorted(NAMES)
    for name, data in generated.items():
        committed = templates.TEMPLATE_DIR / name
        assert committed.is_file(), f"{name} missing: run python -m dashboard.importer.templates"
        assert committed.read_bytes() == data, f"{name} is stale: run python -m dashboard.importer.templates"
    assert sorted(p.name for p in templates.write(tmp_path)) == sorted(NAMES)
    assert templates.files() == generated  # deterministic: same code, same bytes


@pytest.mark.parametrize("kind", schema.KINDS)
def test_xlsx_template_with_one_example_row_is_accepted(kind):
    example = templates.EXAMPLES[kind][0]
    parsed = read_export(f"template_{kind}.xlsx", templates.xlsx_bytes(kind, [example]), today=TODAY)
    assert parsed.accepted, [str(p) for p in parsed.problems]
    # Only the Data row: the examples in the Petunjuk sheet are never read as data.
    assert parsed.kind == kind and parsed.rows_total == 1 and not parsed.warnings
    row = parsed.frames[kind].row(0, named=True)
    assert row["region_code"] == example["kode_wilayah"] and row["source_row"] == 2


@pytest.mark.parametrize("kind", schema.KINDS)
def test_csv_template_with_one_example_line_is_accepted(kind, store):
    committed = (templates.TEMPLATE_DIR / f"template_{kind}.csv").read_bytes()
    filled = templates.csv_bytes(kind, templates.EXAMPLES[kind][:1])
    assert filled.startswith(committed) and committed.count(b"\n") == 1
    [plan] = ingest.plan_files(store, [(f"template_{kind}.csv", filled)], today=TODAY)
    assert plan.accepted and plan.rows_added == 1 and not plan.warnings, plan.problem_lines()


@pytest.mark.parametrize("kind", schema.KINDS)
def test_every_example_is_accepted_without_warnings(kind):
    parsed = read_export("contoh.csv", templates.csv_bytes(kind, templates.EXAMPLES[kind]), today=TODAY)
    assert parsed.accepted and parsed.rows_total == len(templates.EXAMPLES[kind]) and not parsed.warnings


@pytest.mark.parametrize("name", ["template_stok.xlsx", "template_perekaman.xlsx"])
def test_blank_xlsx_is_refused_as_header_only_and_has_instructions(name):
    data = (templates.TEMPLATE_DIR / name).read_bytes()
    parsed = read_export(name, data, today=TODAY)
    assert not parsed.accepted and "judul kolom" in parsed.problems[0].message
    reader = fastexcel.read_excel(data)
    assert reader.sheet_names == ["Data", "Petunjuk"]
    kind = name.removeprefix("template_").removesuffix(".xlsx")
    header = reader.load_sheet(0, header_row=None, dtypes="string").to_polars().row(0)
    assert list(header) == templates.header(kind)
    help_text = reader.load_sheet(1, header_row=None, dtypes="string").to_polars()
    first_column = [v for v in help_text[help_text.columns[0]].to_list() if v]
    assert set(templates.header(kind)) <= set(first_column)  # every column explained
    assert any("Contoh" in (v or "") for v in help_text.row(5))
