"""Ribbon & film: cards printable from ribbon and film against blank stock, which item binds, what is needed."""

import streamlit as st

from dashboard import fmt, metrics, present
from dashboard.text import t
from dashboard.ui.sections import ribbon_film as view
from dashboard.ui.sections.ringkasan import cards, header, no_data
from dashboard.ui.shell import route_through_app
from dashboard.ui.sidebar import current
from dashboard.ui.state import cached, current_settings

route_through_app()  # a shared link to this page still gets the app's sidebar, layout and login gate

selection = current()
settings = current_settings()
header("rf.title", selection)
st.caption(t("rf.intro"))
# The yields turn ribbons and film rolls into cards; say which ones these numbers use.
st.caption(t("rf.yields", ribbon=fmt.number(settings.ribbon_yield), film=fmt.number(settings.film_yield)))

report = cached(metrics.region_report, selection.region, selection.as_of, settings=settings)
if not present.stok.has_items(report):
    no_data("rf.no_data", selection)
cards(present.stok.supply_cards(report))

table = cached(metrics.region_table, selection.region, selection.as_of, settings=settings)
view.binding_section(table)
view.table(table, selection)
