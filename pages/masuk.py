"""Masuk: log in (username/password, or SSO when configured), see who you are, log out."""

import streamlit as st

from dashboard.text import t
from dashboard.ui import auth, shell

shell.route_through_app()

st.title(t("auth.login.title"))
user = auth.current_user()
if user is None:
    auth.login_form()
else:
    auth.status_panel(user, key="auth_logout_page")  # the sidebar shows one too
    if user.can_upload:
        st.caption(auth.scope_note(user))
    else:
        st.caption(t("auth.gate.viewer"))
