"""Ribbon & film: cards printable from ribbon and film against blank stock, which item binds, what is needed."""

import streamlit as st

from dashboard import display_stock as ds
from dashboard import fmt, metrics
from dashboard.text import t
from dashboard.ui import supplies_view as view
from dashboard.ui.shell import route_through_app
from dashboard.ui.sidebar import current
from dashboard.ui.state import cached, current_settings
from dashboard.ui.summary_view import cards, header, no_data

route_through_app()  # a shared link to this page still gets the app's sidebar, layout and login gate

selection = current()
settings = current_settings()
header("rf.title", selection)
st.caption(t("rf.intro"))
# The yields turn ribbons and film rolls into cards; say which ones these numbers use.
st.caption(t("rf.yields", ribbon=fmt.number(settings.ribbon_yield), film=fmt.number(settings.film_yield)))

report = cached(metrics.region_report, selection.region, selection.as_of, settings=settings)
if not ds.has_items(report):
    no_data("rf.no_data", selection)
cards(ds.supply_cards(report))

table = cached(metrics.region_table, selection.region, selection.as_of, settings=settings)
view.binding_section(table)
view.table(table, selection)
