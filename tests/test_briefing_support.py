"""Helpers for the briefing tests: the fixture store once per module, PDF text/fonts/images via pypdf."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest

from dashboard import metrics
from dashboard.store import Store
from tests.fixture_store import build_fixture_store
from tests.store_templates import open_warm


@pytest.fixture(scope="module")
def fixture_store(tmp_path_factory) -> Store:
    """The hand-computable fixture store (as of 2024-03-31), built once for a test module."""
    path = Path(tmp_path_factory.mktemp("briefing")) / "ektp.duckdb"
    store = open_warm(path)
    build_fixture_store(store)
    metrics.clear_cache()
    yield store
    store.close()


def pdf_reader(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data))


def pdf_text(data: bytes) -> str:
    """All pages' text, one line per printed line."""
    return "\n".join(page.extract_text() for page in pdf_reader(data).pages)


def pdf_lines(data: bytes) -> list[str]:
    return [line.strip() for line in pdf_text(data).splitlines()]


def pdf_fonts(data: bytes) -> dict[str, bool]:
    """Every font used on any page -> whether its font program is embedded (FontFile, FontFile2 or FontFile3)."""
    out: dict[str, bool] = {}
    for page in pdf_reader(data).pages:
        fonts = page["/Resources"].get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descriptor_holder = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = descriptor_holder.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            out[str(font["/BaseFont"])] = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    return out


def pdf_image_count(data: bytes) -> int:
    return sum(len(page.images) for page in pdf_reader(data).pages)


def test_helpers_read_a_minimal_pdf():
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", "", Path(__file__).resolve().parent.parent / "data" / "fonts" / "DejaVuSans.ttf")
    pdf.set_font("DejaVu", "", 12)
    pdf.cell(0, 10, "Stok 1.500 keping")
    data = bytes(pdf.output())
    assert "Stok 1.500 keping" in pdf_text(data)
    assert all(pdf_fonts(data).values())
    assert pdf_image_count(data) == 0
