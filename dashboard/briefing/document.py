"""What every printed document shares (the weekly briefing, the jemput-bola plan, the draft letter): an A4 page with
the shipped DejaVu fonts, the house colours, section headings, bullet lines and tables whose words never break."""

from __future__ import annotations

from typing import Sequence

import polars as pl
from fpdf import FPDF, FontFace

from dashboard import paths, present
from dashboard.text import t

FAMILY = "DejaVu"
INK, MUTED, ACCENT, BAND, ALERT = (26, 26, 26), (90, 90, 90), (44, 123, 182), (232, 238, 244), (215, 25, 28)
PAD_X = 1.2  # mm of padding left and right inside a table cell
MIN_SIZE = 5.5  # a table's font never shrinks below this to fit its words
RIGHT_KINDS = {"int", "dec1", "rate", "pct", "pct_target", "days", "date", "month"}
_BY_LABEL = {present.charts.base.status_label(s): s for s in present.charts.base.STATUS_ORDER}


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))


class Document(FPDF):
    """A4 (portrait or landscape) with the DejaVu family; a footer naming the document and the page when given."""

    def __init__(self, footer_text: str | None = None, *, landscape: bool = False, margin: float = 15,
                 bottom: float = 18):
        super().__init__(orientation="L" if landscape else "P", unit="mm", format="A4")
        self.footer_text = footer_text
        self.margin = margin
        self.width = (297 if landscape else 210) - 2 * margin  # printable width, mm
        self.add_font(FAMILY, "", paths.FONTS_DIR / "DejaVuSans.ttf")
        self.add_font(FAMILY, "B", paths.FONTS_DIR / "DejaVuSans-Bold.ttf")
        self.set_margins(margin, margin, margin)
        self.set_auto_page_break(bottom > 0, margin=bottom)
        self.set_lang("id")

    def footer(self) -> None:
        if self.footer_text is None:
            return
        self.set_y(-12)
        self.set_font(FAMILY, "", 7)
        self.set_text_color(*MUTED)
        self.cell(self.width * 0.8, 5, self.footer_text, align="L")
        self.cell(self.width * 0.2, 5, t("briefing.page", page=self.page_no(), pages="{nb}"), align="R")


def title_block(pdf: Document, kicker: str, name: str, *, name_size: float = 18) -> None:
    """A document's top: a small accent kicker ('BRIEFING MINGGUAN') over the region's name in large type."""
    pdf.set_font(FAMILY, "B", 8)
    pdf.set_text_color(*ACCENT)
    pdf.cell(0, 5, kicker, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FAMILY, "B", name_size)
    pdf.set_text_color(*INK)
    pdf.multi_cell(0, name_size / 2, name, align="L", new_x="LMARGIN", new_y="NEXT")


def heading(pdf: Document, title: str, size: float = 12) -> None:
    """A section title in the accent colour with a rule under it, on a new page when little room is left."""
    if pdf.will_page_break(size + 8):
        pdf.add_page()
    pdf.ln(size / 4)
    pdf.set_font(FAMILY, "B", size)
    pdf.set_text_color(*ACCENT)
    pdf.cell(0, size * 0.6, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(*ACCENT)
    pdf.line(pdf.margin, pdf.get_y(), pdf.margin + pdf.width, pdf.get_y())
    pdf.ln(1.5)


def bullets(pdf: Document, lines: Sequence[str], size: float = 9.5) -> None:
    """Sentences as bullet lines, wrapped between words."""
    pdf.set_font(FAMILY, "", size)
    pdf.set_text_color(*INK)
    for line in lines:
        pdf.set_x(pdf.margin)
        pdf.cell(4, size / 1.9, "•")
        pdf.multi_cell(pdf.width - 4, size / 1.9, line, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def _longest_word(pdf: Document, texts: Sequence[str], style: str, size: float, whole: bool = False) -> float:
    pdf.set_font(FAMILY, style, size)
    parts = (str(text or "") for text in texts) if whole else (w for text in texts for w in str(text or "").split())
    return max((pdf.get_string_width(part) for part in parts), default=0.0)


def fit_widths(pdf: Document, headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
               size: float, whole: Sequence[bool] = ()) -> tuple[list[float], float]:
    """(column widths in mm summing to the printable width, font size) so that no word of a header or a cell is
    broken: lines wrap between words only ('Usulan permintaan', never 'Usulan permintaa / n'). Columns too narrow
    for their longest word take room from columns that have some to spare, in proportion to the spare room; when the
    words cannot fit side by side at this size, the size steps down (not below MIN_SIZE). whole: per column, True when
    its cells stay on one line (a number or a date such as '12 Jul 2027' is not wrapped)."""
    columns = list(zip(*rows)) if rows else [[] for _ in headers]
    whole = list(whole) + [False] * (len(headers) - len(whole))
    while True:
        need = [max(_longest_word(pdf, [head], "B", size), _longest_word(pdf, cells, "", size, one)) + 2 * PAD_X + 0.4
                for head, cells, one in zip(headers, columns, whole)]
        if sum(need) <= pdf.width or size <= MIN_SIZE:
            break
        size = max(MIN_SIZE, size - 0.5)
    total = float(sum(widths))
    out = [w * pdf.width / total for w in widths]
    short = sum(max(0.0, n - w) for n, w in zip(need, out))
    if short <= 0:
        return out, size
    spare = [max(0.0, w - n) for n, w in zip(need, out)]
    room = sum(spare)
    take = min(1.0, short / room) if room else 0.0
    return [max(n, w - s * take) if n <= w else n for n, w, s in zip(need, out, spare)], size


def table(pdf: Document, frame: pl.DataFrame, kinds: dict[str, str], widths: Sequence[float], size: float = 7.5,
          *, repeat_headings: bool = True) -> None:
    """A bordered table of a display frame, every cell written as on screen (present.exports), numbers right-aligned,
    status cells in the status colours; words are never broken (fit_widths)."""
    cells = present.exports.as_text(frame, kinds)
    whole = [kinds.get(col) in RIGHT_KINDS for col in frame.columns]
    widths, size = fit_widths(pdf, frame.columns, list(cells.iter_rows()), widths, size, whole)
    pdf.set_font(FAMILY, "", size)
    pdf.set_text_color(*INK)
    align = ["RIGHT" if kinds.get(col) in RIGHT_KINDS else "LEFT" for col in frame.columns]
    style = FontFace(emphasis="B", fill_color=BAND, color=INK)
    with pdf.table(col_widths=widths, width=pdf.width, text_align=align, line_height=size * 0.56,
                   headings_style=style, padding=(0.8, PAD_X), align="LEFT",
                   repeat_headings=1 if repeat_headings else 0) as grid:
        row = grid.row()
        for col in frame.columns:
            row.cell(col)
        for values in cells.iter_rows():
            row = grid.row()
            for col, value in zip(frame.columns, values):
                status = _BY_LABEL.get(value, "") if kinds.get(col) == "status" else ""
                if status != "":
                    ink = "#FFFFFF" if status in present.charts.base.DARK_STATUSES else "#1A1A1A"
                    row.cell(value, style=FontFace(fill_color=_rgb(present.charts.base.STATUS_COLORS[status]),
                                                   color=_rgb(ink)))
                else:
                    row.cell(value)
    pdf.ln(1.5)
