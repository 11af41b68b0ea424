"""The briefing as a printable A4 PDF: fpdf2 layout, DejaVu fonts embedded, charts as PNG images."""

from __future__ import annotations

from typing import Sequence

import polars as pl

from dashboard.briefing import figures
from dashboard.briefing import sentences as text
from dashboard.briefing.charts import ChartImage
from dashboard.briefing.content import Content
from dashboard.briefing.document import (
    ALERT,
    BAND,
    FAMILY,
    INK,
    MUTED,
    Document,
    bullets,
    heading,
    table,
    title_block,
)
from dashboard.text import t

MARGIN = 15
WIDTH = 210 - 2 * MARGIN  # printable width of A4 portrait, mm
ACTION_ROWS = 12  # rows of a table printed; the rest are in the Excel file (the sentence says how many)
STATUS_ROWS = 8
QUALITY_ROWS = 8
CHART_MAX_HEIGHT = 70  # mm: three charts and their captions fit one page


def _title(pdf: Document, c: Content) -> None:
    title_block(pdf, t("briefing.kicker"), c.name)
    pdf.set_font(FAMILY, "", 10)
    pdf.cell(0, 6, text.subtitle(c), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FAMILY, "", 8)
    pdf.set_text_color(*MUTED)
    level = t("level.nasional") if c.level == "nasional" else t(f"level.{c.level}")
    pdf.cell(0, 5, t("briefing.level", level=level, code=c.region), new_x="LMARGIN", new_y="NEXT")
    if c.demo:
        pdf.set_font(FAMILY, "B", 9)
        pdf.set_text_color(*ALERT)
        pdf.multi_cell(0, 5, t("briefing.demo"), align="L", new_x="LMARGIN", new_y="NEXT")


def _figures(pdf: Document, pairs: list[tuple[str, str]], columns: int = 3) -> None:
    """The headline figures as a grid of boxes: a small label over a bold value."""
    box_w, box_h, gap = (WIDTH - (columns - 1) * 2) / columns, 13, 2
    if pdf.will_page_break(box_h * -(-len(pairs) // columns)):
        pdf.add_page()
    top = pdf.get_y()
    for i, (label, value) in enumerate(pairs):
        x = MARGIN + (i % columns) * (box_w + gap)
        y = top + (i // columns) * (box_h + gap)
        pdf.set_fill_color(*BAND)
        pdf.rect(x, y, box_w, box_h, style="F")
        pdf.set_xy(x + 2, y + 1.2)
        pdf.set_font(FAMILY, "", 7.5)
        pdf.set_text_color(*MUTED)
        pdf.cell(box_w - 4, 4, label)
        pdf.set_xy(x + 2, y + 5.5)
        pdf.set_font(FAMILY, "B", 10.5)
        pdf.set_text_color(*INK)
        pdf.cell(box_w - 4, 6, value)
    rows = -(-len(pairs) // columns)
    pdf.set_xy(MARGIN, top + rows * (box_h + gap))


def _capped(pdf: Document, frame: pl.DataFrame, kinds: dict[str, str], widths: Sequence[float], cap: int) -> None:
    if frame.height == 0:
        return
    table(pdf, frame.head(cap), kinds, widths)
    if frame.height > cap:
        bullets(pdf, [t("briefing.s.more", n=frame.height - cap)], size=8.5)


def _chart(pdf: Document, image: ChartImage) -> None:
    width = WIDTH
    height = width * image.height / image.width
    if height > CHART_MAX_HEIGHT:
        height, width = CHART_MAX_HEIGHT, CHART_MAX_HEIGHT * image.width / image.height
    if pdf.will_page_break(height + 10):
        pdf.add_page()
    pdf.set_font(FAMILY, "B", 9.5)
    pdf.set_text_color(*INK)
    pdf.multi_cell(0, 5, image.title, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.image(image.png, x=MARGIN + (WIDTH - width) / 2, w=width, h=height, alt_text=image.title)
    pdf.ln(4)


def _new_page(pdf: Document, after: int) -> None:
    # Sections start on their own page unless an earlier section already ran over onto it.
    if pdf.page <= after:
        pdf.add_page()


def render(c: Content, sentences: dict[str, list[str]], images: Sequence[ChartImage],
           tables: dict[str, tuple[pl.DataFrame, dict[str, str]]]) -> bytes:
    """The PDF bytes. sentences: section key -> lines (briefing_text.sentences); tables: 'changes',
    'status_changes', 'actions', 'quality' -> (display frame, kinds) (briefing_tables)."""
    footer = t("briefing.footer", name=c.name, week=c.week.label, made=text.made_text(c.generated_at))
    pdf = Document(footer)
    pdf.set_title(c.title)
    pdf.set_subject(c.week.label)
    pdf.set_author(t("briefing.author"))
    pdf.set_creator(t("briefing.author"))
    pdf.set_creation_date(c.generated_at)
    pdf.add_page()
    _title(pdf, c)
    heading(pdf, text.section_title("summary", c))
    bullets(pdf, sentences["summary"])
    heading(pdf, t("briefing.sec.figures"))
    _figures(pdf, figures.figures(c))
    heading(pdf, text.section_title("changes", c))
    bullets(pdf, sentences["changes"])
    table(pdf, *tables["changes"], widths=(50, 42, 42, 46), size=8)
    _new_page(pdf, 1)
    heading(pdf, text.section_title("actions", c))
    bullets(pdf, sentences["actions"])
    _capped(pdf, *tables["actions"], widths=(12, 42, 15, 17, 15, 20, 19, 16, 24), cap=ACTION_ROWS)
    if not c.is_unit and c.status_changes.height:
        heading(pdf, t("briefing.sec.status_changes"))
        _capped(pdf, *tables["status_changes"], widths=(14, 52, 24, 24, 22, 22, 22), cap=STATUS_ROWS)
    heading(pdf, text.section_title("quality", c))
    bullets(pdf, sentences["quality"])
    by_unit = tables["quality"][0]
    _capped(pdf, by_unit, tables["quality"][1], widths=(50, 65, 65), cap=QUALITY_ROWS)
    _new_page(pdf, 2)
    heading(pdf, t("briefing.sec.charts"))
    for image in images:
        _chart(pdf, image)
    return bytes(pdf.output())
