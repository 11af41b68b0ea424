"""Jejak audit (admins): logins, failed logins, account and settings changes, uploads, backups; filterable."""

import polars as pl
import streamlit as st

from dashboard.store import audit
from dashboard.text import t
from dashboard.ui import auth, shell, state

shell.route_through_app()

LIMIT = 1000

auth.require_admin()
st.title(t("auth.audit.title"))
st.caption(t("auth.audit.caption"))
everything = t("auth.audit.all")
left, right = st.columns(2)
action = left.selectbox(t("auth.audit.filter_action"), [everything, *audit.actions(state.store())], key="audit_action")
actor = right.text_input(t("auth.audit.filter_actor"), key="audit_actor", max_chars=64).strip().lower()
# Read uncached: audit events are not data changes, so a cache keyed by the data version would miss them.
frame = audit.entries(state.store(), action=None if action == everything else action, actor=actor or None, limit=LIMIT)
if frame.is_empty():
    st.info(t("auth.audit.empty"))
else:
    # Cells of st.dataframe are plain text, so names and details typed by anyone are never rendered as markup.
    shown = frame.select(
        pl.col("at").dt.convert_time_zone("Asia/Jakarta").dt.strftime("%Y-%m-%d %H:%M:%S").alias(t("auth.audit.col.at")),
        pl.col("actor").alias(t("auth.audit.col.actor")),
        pl.col("action").alias(t("auth.audit.col.action")),
        pl.col("detail").alias(t("auth.audit.col.detail")),
    )
    st.dataframe(shown, width="stretch", hide_index=True)
    st.caption(t("auth.audit.count", n=frame.height, limit=LIMIT))
