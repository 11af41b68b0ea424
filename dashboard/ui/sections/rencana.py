"""Rencana distribusi sections: the province picker, the plan (tiles, moves, units before/after, downloads) and the
provinces' requests that add up to the national one."""

from __future__ import annotations

import polars as pl
import streamlit as st

from dashboard import briefing, fmt, present, regions
from dashboard.settings import Settings
from dashboard.text import t
from dashboard.ui import layout, shell, widgets
from dashboard.ui.sidebar import Selection

PICK_KEY = "rencana_provinsi"
PHONE_MOVES = 15  # moves shown as lines on a phone (a province can have dozens; all are in the files)


def intro(settings: Settings) -> None:
    st.caption(t("rencana.intro", months=fmt.trimmed(settings.target_months)))
    with st.expander(t("rencana.rule_heading"), icon=":material/rule:"):
        st.caption(t("rencana.rule"))


def province_of(selection: Selection, national: pl.DataFrame) -> str:
    """The province whose plan is shown: the selected region's, or under Indonesia the one picked (worst first)."""
    if selection.region != regions.NATIONAL:
        return selection.region.split(".")[0]
    order = present.rencana.province_order(national)
    names = dict(zip(national["region_code"], national["name"]))
    return st.selectbox(t("rencana.pick"), order, key=PICK_KEY, format_func=lambda c: f"{names.get(c, c)} ({c})",
                        help=t("rencana.pick_help"))


def plan_section(plan, selection: Selection, national: pl.DataFrame) -> None:
    """Tiles, the province's share of the national request and the downloads; then in tabs the moves (cards on a
    phone), the units before/after and every province's request (only the open tab is drawn)."""
    if "." in selection.region:
        st.info(t("rencana.unit_note", name=selection.name, province=plan.name), icon=":material/info:")
        st.markdown(present.rencana.unit_moves_text(plan, selection.region))
    widgets.cards(present.rencana.tiles(plan), key="rencana")
    totals = present.rencana.national_totals(national)
    st.caption(t("rencana.share", name=plan.name, request=fmt.number(plan.request_to_centre["blangko"]),
                 total=totals["blangko"]))
    stem = widgets.file_stem("rencana", plan.region, plan.as_of)
    _downloads(plan, stem)
    moves_tab, units_tab, national_tab = widgets.tabs(
        [t("tab.moves", n=fmt.number(len(plan.moves))), t("tab.units"), t("tab.national")], key="rencana_tab")
    if moves_tab.open:
        with moves_tab:
            _moves(plan, stem)
    if units_tab.open:
        with units_tab:
            st.caption(t("rencana.units.caption"))
            widgets.table(present.rencana.units_table(plan), "rencana_units", f"{stem}_unit",
                          t("rencana.sheet.units"))
    if national_tab.open:
        with national_tab:
            national_section(national, selection)


def _moves(plan, stem: str) -> None:
    """The moves: a table on wide screens; on a phone one line each ('9.132 keping: Gudang → Bulungan') and the
    table as files."""
    table = present.rencana.moves_table(plan)
    if not layout.is_phone() or not plan.moves:
        widgets.table(table, "rencana_moves", f"{stem}_pergeseran", t("rencana.sheet.moves"),
                      empty=t("rencana.moves.none"))
        return
    st.html(present.rencana.moves_cards(plan, PHONE_MOVES))
    if len(plan.moves) > PHONE_MOVES:
        st.caption(t("phone.more_rows", shown=fmt.number(PHONE_MOVES), total=fmt.number(len(plan.moves))))
    widgets.downloads(*table, key="rencana_moves", file_name=f"{stem}_pergeseran", sheet=t("rencana.sheet.moves"))


def _downloads(plan, stem: str) -> None:
    demo = shell.is_demo()
    left, right, _ = st.columns([1, 1, 2])
    with left:
        st.download_button(t("rencana.download.xlsx"), data=lambda: present.rencana.workbook(plan),
                           file_name=f"{stem}.xlsx", key="rencana_xlsx", on_click="ignore",
                           mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                           icon=":material/table_view:")
    with right:
        st.download_button(t("rencana.download.letter"), data=lambda: briefing.plan_letter(plan, demo=demo),
                           file_name=f"{stem}_surat.pdf", key="rencana_letter", on_click="ignore",
                           mime="application/pdf", icon=":material/description:", help=t("rencana.download.help"))


def national_section(national: pl.DataFrame, selection: Selection) -> None:
    """Every province's request after its own moves; their sum is the national request."""
    totals = present.rencana.national_totals(national)
    st.caption(t("rencana.national.caption", **totals))
    widgets.table(present.rencana.national_table(national), "rencana_national",
                  widgets.file_stem("rencana_nasional", regions.NATIONAL, selection.as_of), t("rencana.sheet.national"))
