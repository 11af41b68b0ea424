"""Jejak audit (admins): logins, failed logins, account and settings changes, uploads, backups; filterable."""

import streamlit as st

from dashboard.store import audit
from dashboard.text import t
from dashboard.ui import audit_text, auth, shell, state

shell.route_through_app()

LIMIT = 1000

auth.require_admin()
st.title(t("auth.audit.title"))
st.caption(t("auth.audit.caption"))
everything = t("auth.audit.all")
left, right = st.columns(2)
action = left.selectbox(t("auth.audit.filter_action"), [everything, *audit.actions(state.store())], key="audit_action",
                        format_func=lambda a: a if a == everything else audit_text.action_word(a))
actor = right.text_input(t("auth.audit.filter_actor"), key="audit_actor", max_chars=64).strip().lower()
# Read uncached: audit events are not data changes, so a cache keyed by the data version would miss them.
frame = audit.entries(state.store(), action=None if action == everything else action, actor=actor or None, limit=LIMIT)
if frame.is_empty():
    st.info(t("auth.audit.empty"))
else:
    # Cells of st.dataframe are plain text, so names and details typed by anyone are never rendered as markup.
    st.dataframe(audit_text.frame(frame), width="stretch", hide_index=True,
                 column_config={t("audit.col.what"): st.column_config.TextColumn(width="large")})
    st.caption(t("auth.audit.count", n=frame.height, limit=LIMIT))
