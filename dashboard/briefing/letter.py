"""The draft letter "Usulan pergeseran blangko": one A4 page a provincial head can check and sign (fpdf2, DejaVu).

It states the plan of metrics.province_plan in words: the moves inside the province, what stays short, and what is
asked of Ditjen Dukcapil. Numbers are the plan's own (the page's tables and `plan --json` show the same).
"""

from __future__ import annotations

import datetime as dt

from fpdf import FontFace

from dashboard import fmt
from dashboard.briefing.document import ALERT, BAND, FAMILY, INK, MUTED, Document
from dashboard.domain import WIB, item_word
from dashboard.text import t

MARGIN = 20
WIDTH = 210 - 2 * MARGIN
MAX_ROWS = 12  # moves listed on the one page (long names wrap to two lines); the rest are in the workbook


def _request_text(plan) -> str:
    parts = [t(f"plan.qty.{item}", n=fmt.number(n)) for item, n in plan.request_to_centre.items() if n]
    return ", ".join(parts)


def plan_letter(plan, *, demo: bool = False, today: dt.date | None = None) -> bytes:
    """The PDF bytes of the draft letter for a province's plan (metrics.Plan)."""
    today = today or dt.datetime.now(WIB).date()
    pdf = Document(margin=MARGIN, bottom=0)  # one page: nothing may run over onto a second
    pdf.set_top_margin(15)
    pdf.set_title(t("letter.title", name=plan.name))
    pdf.set_author(t("letter.head2"))
    pdf.add_page()

    def line(text: str, size: float = 10, style: str = "", align: str = "L", height: float = 5.2) -> None:
        pdf.set_font(FAMILY, style, size)
        pdf.multi_cell(WIDTH, height, text, align=align, new_x="LMARGIN", new_y="NEXT")

    pdf.set_text_color(*ALERT)
    line(t("letter.draft"), 8, "B", "R")
    pdf.set_text_color(*INK)
    line(t("letter.head1", name=plan.name.upper()), 12, "B", "C", 6)
    line(t("letter.head2"), 12, "B", "C", 6)
    pdf.set_draw_color(*INK)
    pdf.line(MARGIN, pdf.get_y() + 1, MARGIN + WIDTH, pdf.get_y() + 1)
    pdf.ln(4)
    for key in ("letter.number", "letter.attachment", "letter.subject"):
        line(t(key))
    pdf.ln(3)
    line(t("letter.to", name=plan.name))
    line(t("letter.place"))
    pdf.ln(3)
    date, months = fmt.date_long(plan.as_of), fmt.trimmed(plan.months)
    names = dict(zip(plan.units["region_code"], plan.units["name"]))
    if plan.moves:
        line(t("letter.opening", date=date, months=months), align="J")
        pdf.ln(1.5)
        _moves_table(pdf, plan, names)
    else:
        line(t("letter.none", date=date, months=months), align="J")
    pdf.ln(2)
    if plan.units_below_target_after:
        line(t("letter.after", after=fmt.number(plan.units_below_target_after),
               before=fmt.number(plan.units_below_target_before)), align="J")
    line(t("letter.centre", request=_request_text(plan)) if _request_text(plan) else t("letter.no_centre"), align="J")
    pdf.ln(2)
    line(t("letter.closing"), align="J")
    pdf.ln(6)
    pdf.set_x(MARGIN + WIDTH / 2)
    for key, style in (("letter.sign_place", ""), ("letter.sign_role", ""), ("", ""), ("", ""),
                       ("letter.sign_name", "B"), ("letter.sign_nip", "")):
        pdf.set_x(MARGIN + WIDTH / 2)
        pdf.set_font(FAMILY, style, 10)
        pdf.multi_cell(WIDTH / 2, 5.2, t(key, date=fmt.date_long(today)) if key else "", new_x="LMARGIN",
                       new_y="NEXT")
    pdf.set_y(-18)
    pdf.set_text_color(*MUTED)
    line(t("letter.footer", date=fmt.date(plan.as_of), demo=t("letter.demo") if demo else ""), 7.5)
    return bytes(pdf.output())


def _moves_table(pdf: Document, plan, names: dict[str, str]) -> None:
    moves = list(plan.moves)
    shown = moves[:MAX_ROWS]
    pdf.set_font(FAMILY, "", 8.5)
    heading = FontFace(emphasis="B", fill_color=BAND)
    with pdf.table(col_widths=(8, 62, 62, 16, 22), width=WIDTH, line_height=4.4, headings_style=heading,
                   text_align=("RIGHT", "LEFT", "LEFT", "LEFT", "RIGHT"), padding=(0.6, 1.2)) as table:
        row = table.row()
        for key in ("letter.col.no", "col.from_name", "col.to_name", "col.item", "col.quantity"):
            row.cell(t(key))
        for number, move in enumerate(shown, start=1):
            row = table.row()
            for value in (str(number), names.get(move.source, move.source), names.get(move.target, move.target),
                          item_word(move.item), t(f"plan.qty.{move.item}", n=fmt.number(move.quantity))):
                row.cell(value)
    if len(moves) > MAX_ROWS:
        pdf.set_font(FAMILY, "", 9)
        pdf.multi_cell(WIDTH, 5, t("letter.more", n=fmt.number(len(moves) - MAX_ROWS)), new_x="LMARGIN",
                       new_y="NEXT")

