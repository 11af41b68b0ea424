"""Rencana distribusi sections: the province picker, the plan (tiles, moves, units before/after, downloads) and the
provinces' requests that add up to the national one."""

from __future__ import annotations

import polars as pl
import streamlit as st

from dashboard import briefing, fmt, present, regions
from dashboard.settings import Settings
from dashboard.text import t
from dashboard.ui import shell, widgets
from dashboard.ui.sidebar import Selection

PICK_KEY = "rencana_provinsi"


def intro(settings: Settings) -> None:
    st.caption(t("rencana.intro", months=fmt.trimmed(settings.target_months)))
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
    """Tiles, the province's share of the national request, the moves, the units before/after and the downloads."""
    if "." in selection.region:
        st.info(t("rencana.unit_note", name=selection.name, province=plan.name), icon=":material/info:")
        st.markdown(present.rencana.unit_moves_text(plan, selection.region))
    widgets.cards(present.rencana.tiles(plan))
    totals = present.rencana.national_totals(national)
    st.caption(t("rencana.share", name=plan.name, request=fmt.number(plan.request_to_centre["blangko"]),
                 total=totals["blangko"]))
    stem = widgets.file_stem("rencana", plan.region, plan.as_of)
    st.subheader(t("rencana.moves.heading"))
    widgets.table(present.rencana.moves_table(plan), "rencana_moves", f"{stem}_pergeseran",
                  t("rencana.sheet.moves"), empty=t("rencana.moves.none"))
    st.subheader(t("rencana.units.heading"))
    st.caption(t("rencana.units.caption"))
    widgets.table(present.rencana.units_table(plan), "rencana_units", f"{stem}_unit", t("rencana.sheet.units"))
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
    st.subheader(t("rencana.national.heading"))
    totals = present.rencana.national_totals(national)
    st.caption(t("rencana.national.caption", **totals))
    widgets.table(present.rencana.national_table(national), "rencana_national",
                  widgets.file_stem("rencana_nasional", regions.NATIONAL, selection.as_of), t("rencana.sheet.national"))
