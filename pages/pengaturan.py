"""Pengaturan: coverage target per year, status thresholds, ribbon/film yields and upload limits (saved for everyone)."""

import streamlit as st

from dashboard.store import save_settings
from dashboard.text import t
from dashboard.ui.auth import require_admin
from dashboard.ui.sections import pengaturan as view
from dashboard.ui.shell import route_through_app
from dashboard.ui.state import current_settings, store

route_through_app()  # a shared link to this page still gets the app's sidebar, layout and login gate

# Only admins change settings: everyone else gets an explanation (or a login form) and the page stops here.
user = require_admin()
actor = user.name

st.title(t("ops.pengaturan.title"))
st.caption(t("ops.pengaturan.intro"))

current = current_settings()
submitted = view.settings_form(current)
if submitted is not None:
    changed, problems = submitted
    if problems:
        view.show_problems(problems)
    elif not changed:
        st.info(t("ops.pengaturan.no_change"))
    else:
        try:
            save_settings(store(), changed, actor=actor)
        except ValueError as exc:  # settings.save lists every problem in Indonesian, one per line
            view.show_problems(str(exc))
        else:
            view.after_save()
            # The save bumped the data version: every cached page now computes with the new values.
            st.success(t("ops.pengaturan.saved", n=len(changed)))
