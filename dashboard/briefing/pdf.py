"""The briefing as a printable A4 PDF: fpdf2 layout, DejaVu fonts embedded, charts as PNG images."""

from __future__ import annotations

from typing import Sequence

import polars as pl
from fpdf import FPDF, FontFace

from dashboard import paths, present
from dashboard.briefing import sentences as text
from dashboard.briefing.charts import ChartImage
from dashboard.briefing.content import Content
from dashboard.text import t

FONTS = paths.FONTS_DIR
FAMILY = "DejaVu"
MARGIN = 15
WIDTH = 210 - 2 * MARGIN  # printable width of A4 portrait, mm
ACTION_ROWS = 12  # rows of a table printed; the rest are in the Excel file (the sentence says how many)
STATUS_ROWS = 8
QUALITY_ROWS = 8
CHART_MAX_HEIGHT = 70  # mm: three charts and their captions fit one page
INK, MUTED, ACCENT, BAND, ALERT = (26, 26, 26), (90, 90, 90), (44, 123, 182), (232, 238, 244), (215, 25, 28)
_BY_LABEL = {present.charts.base.status_label(s): s for s in present.charts.base.STATUS_ORDER}
_RIGHT = {"int", "dec1", "pct", "days", "date", "month"}


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))


class _Doc(FPDF):
    """A4 portrait with the DejaVu family and a footer naming the briefing and the page."""

    def __init__(self, footer_text: str):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.footer_text = footer_text
        self.add_font(FAMILY, "", FONTS / "DejaVuSans.ttf")
        self.add_font(FAMILY, "B", FONTS / "DejaVuSans-Bold.ttf")
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(True, margin=18)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(FAMILY, "", 7)
        self.set_text_color(*MUTED)
        self.cell(WIDTH * 0.8, 5, self.footer_text, align="L")
        self.cell(WIDTH * 0.2, 5, t("briefing.page", page=self.page_no(), pages="{nb}"), align="R")


def _heading(pdf: _Doc, title: str) -> None:
    if pdf.will_page_break(20):
        pdf.add_page()
    pdf.ln(3)
    pdf.set_font(FAMILY, "B", 12)
    pdf.set_text_color(*ACCENT)
    pdf.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(*ACCENT)
    pdf.line(MARGIN, pdf.get_y(), MARGIN + WIDTH, pdf.get_y())
    pdf.ln(1.5)


def _sentences(pdf: _Doc, lines: Sequence[str], size: float = 9.5) -> None:
    pdf.set_font(FAMILY, "", size)
    pdf.set_text_color(*INK)
    for line in lines:
        pdf.set_x(MARGIN)
        pdf.cell(4, 5, "•")
        pdf.multi_cell(WIDTH - 4, 5, line, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def _title(pdf: _Doc, c: Content) -> None:
    pdf.set_font(FAMILY, "B", 8)
    pdf.set_text_color(*ACCENT)
    pdf.cell(0, 5, t("briefing.kicker"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FAMILY, "B", 18)
    pdf.set_text_color(*INK)
    pdf.multi_cell(0, 9, c.name, align="L", new_x="LMARGIN", new_y="NEXT")
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


def _figures(pdf: _Doc, figures: list[tuple[str, str]], columns: int = 3) -> None:
    """The headline figures as a grid of boxes: a small label over a bold value."""
    box_w, box_h, gap = (WIDTH - (columns - 1) * 2) / columns, 13, 2
    if pdf.will_page_break(box_h * -(-len(figures) // columns)):
        pdf.add_page()
    top = pdf.get_y()
    for i, (label, value) in enumerate(figures):
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
    rows = -(-len(figures) // columns)
    pdf.set_xy(MARGIN, top + rows * (box_h + gap))


PAD_X = 1.2  # mm of padding left and right inside a table cell
MIN_SIZE = 5.5  # a table's font never shrinks below this to fit its words


def _longest_word(pdf: _Doc, texts: Sequence[str], style: str, size: float) -> float:
    pdf.set_font(FAMILY, style, size)
    return max((pdf.get_string_width(word) for text in texts for word in str(text or "").split()), default=0.0)


def fit_widths(pdf: _Doc, headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
               size: float) -> tuple[list[float], float]:
    """(column widths in mm summing to WIDTH, font size) so that no word of a header or a cell is broken: lines wrap
    between words only ('Usulan permintaan', never 'Usulan permintaa / n'). Columns too narrow for their longest
    word take room from columns that have some to spare, in proportion to the spare room; when the words cannot fit
    side by side at this size, the size steps down (not below MIN_SIZE)."""
    columns = list(zip(*rows)) if rows else [[] for _ in headers]
    while True:
        need = [max(_longest_word(pdf, [head], "B", size), _longest_word(pdf, cells, "", size)) + 2 * PAD_X + 0.4
                for head, cells in zip(headers, columns)]
        if sum(need) <= WIDTH or size <= MIN_SIZE:
            break
        size = max(MIN_SIZE, size - 0.5)
    total = float(sum(widths))
    out = [w * WIDTH / total for w in widths]
    short = sum(max(0.0, n - w) for n, w in zip(need, out))
    if short <= 0:
        return out, size
    spare = [max(0.0, w - n) for n, w in zip(need, out)]
    room = sum(spare)
    take = min(1.0, short / room) if room else 0.0
    return [max(n, w - s * take) if n <= w else n for n, w, s in zip(need, out, spare)], size


def _table(pdf: _Doc, frame: pl.DataFrame, kinds: dict[str, str], widths: Sequence[float], size: float = 7.5) -> None:
    """A bordered table of a display frame, every cell formatted as on screen; status cells in status colours.
    Words are never broken (fit_widths)."""
    cells = present.exports.as_text(frame, kinds)
    widths, size = fit_widths(pdf, frame.columns, list(cells.iter_rows()), widths, size)
    pdf.set_font(FAMILY, "", size)
    pdf.set_text_color(*INK)
    align = ["RIGHT" if kinds.get(col) in _RIGHT else "LEFT" for col in frame.columns]
    heading = FontFace(emphasis="B", fill_color=BAND, color=INK)
    with pdf.table(col_widths=widths, width=WIDTH, text_align=align, line_height=4.2, headings_style=heading,
                   padding=(0.8, PAD_X), align="LEFT") as table:
        row = table.row()
        for col in frame.columns:
            row.cell(col)
        for values in cells.iter_rows():
            row = table.row()
            for col, value in zip(frame.columns, values):
                status = _BY_LABEL.get(value, "") if kinds.get(col) == "status" else ""
                if status != "":
                    colour = "#FFFFFF" if status in present.charts.base.DARK_STATUSES else "#1A1A1A"
                    row.cell(value, style=FontFace(fill_color=_rgb(present.charts.base.STATUS_COLORS[status]), color=_rgb(colour)))
                else:
                    row.cell(value)
    pdf.ln(1.5)


def _capped(pdf: _Doc, frame: pl.DataFrame, kinds: dict[str, str], widths: Sequence[float], cap: int) -> None:
    if frame.height == 0:
        return
    _table(pdf, frame.head(cap), kinds, widths)
    if frame.height > cap:
        _sentences(pdf, [t("briefing.s.more", n=frame.height - cap)], size=8.5)


def _chart(pdf: _Doc, image: ChartImage) -> None:
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


def _new_page(pdf: _Doc, after: int) -> None:
    # Sections start on their own page unless an earlier section already ran over onto it.
    if pdf.page <= after:
        pdf.add_page()


def render(c: Content, sentences: dict[str, list[str]], images: Sequence[ChartImage],
           tables: dict[str, tuple[pl.DataFrame, dict[str, str]]]) -> bytes:
    """The PDF bytes. sentences: section key -> lines (briefing_text.sentences); tables: 'changes',
    'status_changes', 'actions', 'quality' -> (display frame, kinds) (briefing_tables)."""
    footer = t("briefing.footer", name=c.name, week=c.week.label, made=text.made_text(c.generated_at))
    pdf = _Doc(footer)
    pdf.set_title(c.title)
    pdf.set_subject(c.week.label)
    pdf.set_author(t("briefing.author"))
    pdf.set_creator(t("briefing.author"))
    pdf.set_lang("id")
    pdf.set_creation_date(c.generated_at)
    pdf.add_page()
    _title(pdf, c)
    _heading(pdf, text.section_title("summary", c))
    _sentences(pdf, sentences["summary"])
    _heading(pdf, t("briefing.sec.figures"))
    _figures(pdf, text.figures(c))
    _heading(pdf, text.section_title("changes", c))
    _sentences(pdf, sentences["changes"])
    _table(pdf, *tables["changes"], widths=(50, 42, 42, 46), size=8)
    _new_page(pdf, 1)
    _heading(pdf, text.section_title("actions", c))
    _sentences(pdf, sentences["actions"])
    _capped(pdf, *tables["actions"], widths=(12, 42, 15, 17, 15, 20, 19, 16, 24), cap=ACTION_ROWS)
    if not c.is_unit and c.status_changes.height:
        _heading(pdf, t("briefing.sec.status_changes"))
        _capped(pdf, *tables["status_changes"], widths=(14, 52, 24, 24, 22, 22, 22), cap=STATUS_ROWS)
    _heading(pdf, text.section_title("quality", c))
    _sentences(pdf, sentences["quality"])
    by_unit = tables["quality"][0]
    _capped(pdf, by_unit, tables["quality"][1], widths=(50, 65, 65), cap=QUALITY_ROWS)
    _new_page(pdf, 2)
    _heading(pdf, t("briefing.sec.charts"))
    for image in images:
        _chart(pdf, image)
    return bytes(pdf.output())
