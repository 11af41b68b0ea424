"""The jemput-bola plan as a printable A4 landscape PDF (fpdf2, DejaVu embedded): the summary, pemula and blanks in
sentences, and the whole schedule, from the same display frames as the page and the Excel file."""

from __future__ import annotations

import datetime as dt
from typing import Sequence

from fpdf import FontFace

from dashboard import fmt, metrics, present
from dashboard.briefing.document import BAND, FAMILY, INK, MUTED, Document, bullets, heading, table, title_block
from dashboard.text import t

MARGIN = 12
WIDTH = 297 - 2 * MARGIN  # printable width of A4 landscape, mm


def _summary(pdf: Document, rows: Sequence[tuple[str, str]]) -> None:
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
    pdf = Document(t("outreach.pdf.footer", name=plan.name, date=fmt.date(plan.as_of)), landscape=True, margin=MARGIN,
                   bottom=15)
    title = t("outreach.pdf.title", name=plan.name)
    pdf.set_title(title)
    pdf.set_author(t("briefing.author"))
    pdf.set_creator(t("briefing.author"))
    pdf.set_creation_date(made)
    pdf.add_page()
    title_block(pdf, t("outreach.pdf.kicker"), plan.name, name_size=16)
    pdf.set_font(FAMILY, "", 9)
    pdf.set_text_color(*MUTED)
    pdf.cell(0, 5, t("outreach.pdf.subtitle", date=fmt.date(plan.as_of), target=fmt.exact_percent(plan.target_pct),
                     start=fmt.date(start)), new_x="LMARGIN", new_y="NEXT")
    heading(pdf, t("outreach.pdf.summary"), size=11)
    _summary(pdf, present.jemput_bola.summary_rows(plan, start))
    heading(pdf, t("outreach.pemula.heading"), size=11)
    bullets(pdf, present.jemput_bola.pemula_lines(plan))
    heading(pdf, t("outreach.blanks.heading"), size=11)
    bullets(pdf, present.jemput_bola.blank_lines(plan))
    pdf.add_page()
    heading(pdf, t("outreach.schedule.heading"), size=11)
    bullets(pdf, [t("outreach.schedule.help", capacity=fmt.number(plan.capacity))])
    schedule, kinds = present.jemput_bola.schedule_table(plan, start)
    # Names get the larger share; fit_widths then gives every column room for its longest word or whole figure.
    table(pdf, schedule, kinds, widths=[3 if kinds.get(col) == "text" else 1 for col in schedule.columns], size=7.5)
    if plan.without_data:
        bullets(pdf, [t("outreach.without_data", n=len(plan.without_data),
                       names=", ".join(present.jemput_bola.without_data_names(plan)))])
    return bytes(pdf.output())
