"""Cakupan drill-down: from a kab/kota into its kecamatan (bars against the target line, the table with the gap in
persons, belum rekam and PRR where given), with the kab/kota-vs-kecamatan check and the kecamatan without data."""

from __future__ import annotations

import streamlit as st

from dashboard import fmt, metrics, present
from dashboard.settings import Settings
from dashboard.text import t
from dashboard.ui import state, widgets
from dashboard.ui.sidebar import Selection

PICK_KEY = "cakupan_kecamatan_pick"


def _pick(options: dict[str, str]) -> str:
    """The kab/kota to open when the sidebar shows Indonesia or a province (the first with kecamatan data)."""
    if st.session_state.get(PICK_KEY) not in options:
        st.session_state[PICK_KEY] = next(iter(options))
    return st.selectbox(t("kecamatan.pick"), list(options), key=PICK_KEY, format_func=options.__getitem__,
                        help=t("kecamatan.pick_help"))


def section(selection: Selection, settings: Settings) -> None:
    """The kecamatan of the selected kab/kota (or of one picked under the selected province or Indonesia)."""
    data = state.cached(metrics.kecamatan_coverage, selection.region, selection.as_of, settings=settings)
    options = present.cakupan_kecamatan.kabkota_options(data.rows)
    kabkota_selected = "." in selection.region
    if not options or (kabkota_selected and selection.region not in options):
        st.info(t("kecamatan.none", name=selection.name, date=fmt.date(selection.as_of)), icon=":material/info:")
        return
    kabkota = selection.region if kabkota_selected else _pick(options)
    rows = present.cakupan_kecamatan.rows_of(data.rows, kabkota)
    st.caption(present.cakupan_kecamatan.caption(rows, kabkota, data.target_pct))
    widgets.chart(present.charts.outreach.kecamatan_bars(rows))
    over = present.cakupan_kecamatan.over_100_names(rows)
    if over:
        st.warning(t("kecamatan.over_100", names=", ".join(over)), icon=":material/search:")
    mismatch = present.cakupan_kecamatan.mismatch_lines(data, kabkota)
    if mismatch:
        st.warning(t("kecamatan.mismatch", lines="; ".join(mismatch)), icon=":material/warning:")
    widgets.table(present.cakupan_kecamatan.table(rows), "cakupan_kecamatan",
                  widgets.file_stem("cakupan_kecamatan", kabkota, selection.as_of), t("kecamatan.sheet"))
    missing = present.cakupan_kecamatan.missing_names(rows, kabkota)
    if missing:
        st.caption(t("kecamatan.missing", n=len(missing), names=", ".join(missing)))
    st.caption(t("kecamatan.to_plan"))
