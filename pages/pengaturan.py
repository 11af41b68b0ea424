"""Pengaturan: coverage target per year, status thresholds, ribbon/film yields and upload limits (saved for everyone)."""

import streamlit as st

from dashboard.store import save_settings
from dashboard.text import t
from dashboard.ui import auth, sections, shell, state

shell.route_through_app()

# Only admins change settings: everyone else gets an explanation (or a login form) and the page stops here.
user = auth.require_admin()
actor = user.name

st.title(t("ops.pengaturan.title"))
st.caption(t("ops.pengaturan.intro"))

current = state.current_settings()
submitted = sections.pengaturan.settings_form(current)
if submitted is not None:
    changed, problems = submitted
    if problems:
        sections.pengaturan.show_problems(problems)
    elif not changed:
        st.info(t("ops.pengaturan.no_change"))
    else:
        try:
            save_settings(state.store(), changed, actor=actor)
        except ValueError as exc:  # settings.save lists every problem in Indonesian, one per line
            sections.pengaturan.show_problems(str(exc))
        else:
            sections.pengaturan.after_save()
            # The save bumped the data version: every cached page now computes with the new values.
            st.success(t("ops.pengaturan.saved", n=len(changed)))
