"""Entry point, routing only: page list, demo data on first start, the shared sidebar, login gate, DATA DEMO banner."""

import streamlit as st

from dashboard.text import t
from dashboard.ui import auth, faults, layout, shell, sidebar

st.set_page_config(page_title=t("app.title"), page_icon=":material/badge:", layout="wide")
with faults.guard():  # a damaged store, a full disk or a busy store: a Bahasa page, never a stack trace
    layout.start(auth.cookie_commands())
    shell.ensure_data()
    page = st.navigation(shell.pages(), expanded=True)  # all 14 pages listed, none behind "view more"
    sidebar.render(top=layout.is_phone() and shell.uses_region(page))
    auth.sidebar()
    shell.demo_banner()
    auth.gate_browsing()
    page.run()
