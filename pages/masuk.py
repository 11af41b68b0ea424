"""Masuk: log in (username/password, or SSO when configured), see who you are, log out."""

import streamlit as st

from dashboard.text import t
from dashboard.ui import auth as ui_auth
from dashboard.ui.shell import route_through_app

route_through_app()  # a shared link to this page still gets the app's sidebar, layout and login gate

st.title(t("auth.login.title"))
user = ui_auth.current_user()
if user is None:
    ui_auth.login_form()
else:
    ui_auth.status_panel(user, key="auth_logout_page")  # the sidebar shows one too
    if user.can_upload:
        st.caption(ui_auth.scope_note(user))
    else:
        st.caption(t("auth.gate.viewer"))
