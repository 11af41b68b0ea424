"""The jemput-bola plan as a printable A4 landscape PDF (fpdf2, DejaVu embedded): the summary, pemula and blanks in
sentences, and the whole schedule, from the same display frames as the page and the Excel file."""

from __future__ import annotations

import datetime as dt
from typing import Sequence

import polars as pl
from fpdf import FPDF, FontFace

from dashboard import fmt, metrics, present
from dashboard.briefing.pdf import ACCENT, BAND, FAMILY, FONTS, INK, MUTED
from dashboard.text import t

MARGIN = 12
WIDTH = 297 - 2 * MARGIN  # printable width of A4 landscape, mm
_RIGHT = {"int", "dec1", "pct", "pct_target", "days", "date", "month"}


class _Doc(FPDF):
    def __init__(self, footer_text: str):
        super().__init__(orientation="L", unit="mm", format="A4")
        self.footer_text = footer_text
        self.add_font(FAMILY, "", FONTS / "DejaVuSans.ttf")
        self.add_font(FAMILY, "B", FONTS / "DejaVuSans-Bold.ttf")
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(True, margin=15)

    def footer(self) -> None:
        self.set_y(-10)
        self.set_font(FAMILY, "", 7)
        self.set_text_color(*MUTED)
        self.cell(WIDTH * 0.8, 5, self.footer_text, align="L")
        self.cell(WIDTH * 0.2, 5, t("briefing.page", page=self.page_no(), pages="{nb}"), align="R")


def _heading(pdf: _Doc, title: str) -> None:
    if pdf.will_page_break(18):
        pdf.add_page()
    pdf.ln(2)
    pdf.set_font(FAMILY, "B", 11)
    pdf.set_text_color(*ACCENT)
    pdf.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(*ACCENT)
    pdf.line(MARGIN, pdf.get_y(), MARGIN + WIDTH, pdf.get_y())
    pdf.ln(1.5)


def _lines(pdf: _Doc, lines: Sequence[str]) -> None:
    pdf.set_font(FAMILY, "", 9)
    pdf.set_text_color(*INK)
    for line in lines:
        pdf.set_x(MARGIN)
        pdf.cell(4, 4.8, "•")
        pdf.multi_cell(WIDTH - 4, 4.8, line, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def _fit_widths(pdf: _Doc, frame: pl.DataFrame, kinds: dict[str, str], size: float) -> list[float] | None:
    """Column widths that break no word (headings in bold) and keep numbers and dates on one line; the spare width
    goes to the column with the longest text. None when that does not fit the page at this size."""
    cells = present.exports.as_text(frame, kinds)
    needs = []
    for col in frame.columns:
        pdf.set_font(FAMILY, "B", size)
        need = max(pdf.get_string_width(word) for word in col.split())
        pdf.set_font(FAMILY, "", size)
        # text may wrap between words; a number or a date ('23 Apr 2024') stays on one line
        values = [str(v) for v in cells[col].to_list()]
        words = [w for v in values for w in v.split()] if kinds.get(col) == "text" else values
        words = words or [""]
        needs.append(max(need, max(pdf.get_string_width(w) for w in words)) + 3.0)
    spare = WIDTH - sum(needs)
    if spare < 0:
        return None
    # the spare width goes to the column with the longest text (the area names), so they wrap least
    pdf.set_font(FAMILY, "", size)
    longest = max(range(len(needs)), key=lambda i: max(pdf.get_string_width(str(v)) for v in
                                                        cells[frame.columns[i]].to_list() or [""]))
    return [n + (spare if i == longest else 0) for i, n in enumerate(needs)]


def _table(pdf: _Doc, frame: pl.DataFrame, kinds: dict[str, str], widths: Sequence[float], width: float,
           size: float = 7.5) -> None:
    """A bordered table of a display frame, each cell as the screen writes it."""
    cells = present.exports.as_text(frame, kinds)
    pdf.set_font(FAMILY, "", size)
    pdf.set_text_color(*INK)
    align = ["RIGHT" if kinds.get(col) in _RIGHT else "LEFT" for col in frame.columns]
    heading = FontFace(emphasis="B", fill_color=BAND, color=INK)
    with pdf.table(col_widths=widths, width=width, text_align=align, line_height=4, headings_style=heading,
                   padding=(0.8, 1.0), align="LEFT", repeat_headings=1) as table:
        row = table.row()
        for col in frame.columns:
            row.cell(col)
        for values in cells.iter_rows():
            row = table.row()
            for value in values:
                row.cell(value)
    pdf.ln(1.5)


def _summary(pdf: _Doc, rows: Sequence[tuple[str, str]]) -> None:
    """The summary rows side by side in two halves (label, figure | label, figure), so page 1 holds the sentences."""
    half = -(-len(rows) // 2)
    pairs = [(*rows[i], *(rows[i + half] if i + half < len(rows) else ("", ""))) for i in range(half)]
    pdf.set_font(FAMILY, "", 8)
    pdf.set_text_color(*INK)
    label = FontFace(emphasis="B", fill_color=BAND, color=INK)
    with pdf.table(col_widths=(58, 78.5, 58, 78.5), width=WIDTH, first_row_as_headings=False, line_height=4.2, text_align="LEFT",
                   padding=(0.8, 1.2), align="LEFT") as table:
        for values in pairs:
            row = table.row()
            for i, value in enumerate(values):
                row.cell(value, style=label if i % 2 == 0 and value else None)
    pdf.ln(1.5)


def outreach_pdf(plan: metrics.OutreachPlan, start: dt.date, made: dt.datetime | None = None) -> bytes:
    """The plan's PDF: title, summary figures, pemula and blanks sentences, then the schedule (every area)."""
    made = made or dt.datetime.now(dt.timezone.utc)
    pdf = _Doc(t("outreach.pdf.footer", name=plan.name, date=fmt.date(plan.as_of)))
    title = t("outreach.pdf.title", name=plan.name)
    pdf.set_title(title)
    pdf.set_author(t("briefing.author"))
    pdf.set_creator(t("briefing.author"))
    pdf.set_lang("id")
    pdf.set_creation_date(made)
    pdf.add_page()
    pdf.set_font(FAMILY, "B", 8)
    pdf.set_text_color(*ACCENT)
    pdf.cell(0, 5, t("outreach.pdf.kicker"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FAMILY, "B", 16)
    pdf.set_text_color(*INK)
    pdf.multi_cell(0, 8, plan.name, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FAMILY, "", 9)
    pdf.set_text_color(*MUTED)
    pdf.cell(0, 5, t("outreach.pdf.subtitle", date=fmt.date(plan.as_of), target=fmt.exact_percent(plan.target_pct),
                     start=fmt.date(start)), new_x="LMARGIN", new_y="NEXT")
    _heading(pdf, t("outreach.pdf.summary"))
    _summary(pdf, present.jemput_bola.summary_rows(plan, start))
    _heading(pdf, t("outreach.pemula.heading"))
    _lines(pdf, present.jemput_bola.pemula_lines(plan))
    _heading(pdf, t("outreach.blanks.heading"))
    _lines(pdf, present.jemput_bola.blank_lines(plan))
    pdf.add_page()
    _heading(pdf, t("outreach.schedule.heading"))
    _lines(pdf, [t("outreach.schedule.help", capacity=fmt.number(plan.capacity))])
    schedule, kinds = present.jemput_bola.schedule_table(plan, start)
    size = 7.5
    widths = _fit_widths(pdf, schedule, kinds, size)
    while widths is None and size > 5.5:  # a long kab/kota name list: smaller type before broken words
        size -= 0.5
        widths = _fit_widths(pdf, schedule, kinds, size)
    _table(pdf, schedule, kinds, widths=widths or [WIDTH / schedule.width] * schedule.width, width=WIDTH, size=size)
    if plan.without_data:
        _lines(pdf, [t("outreach.without_data", n=len(plan.without_data),
                       names=", ".join(present.jemput_bola.without_data_names(plan)))])
    return bytes(pdf.output())
