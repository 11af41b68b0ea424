"""Unggah data: pick exports, see a dry-run preview of every change, confirm, then the result and upload history."""

import streamlit as st

from dashboard import importer
from dashboard.text import t
from dashboard.ui.auth import require_uploader
from dashboard.ui.sections import unggah as view
from dashboard.ui.shell import route_through_app
from dashboard.ui.state import cached, current_settings

route_through_app()  # a shared link to this page still gets the app's sidebar, layout and login gate

# Only an account that may upload gets past this line; its scope is enforced again inside dashboard.importer.apply.
user = require_uploader()
uploader, allowed = view.identity(user)

st.title(t("ops.unggah.title"))
st.caption(t("ops.unggah.intro"))
view.templates()

limits = current_settings()
picked = st.file_uploader(t("ops.unggah.pick"), type=["csv", "xlsx"], accept_multiple_files=True,
                          max_upload_size=limits.max_upload_mb, key="unggah_files",
                          help=t("ops.unggah.pick_help", mb=limits.max_upload_mb, rows=limits.max_upload_rows))
files = view.read_files(picked)
problem = view.failure()
if problem:
    st.error(problem)
if files:
    key = importer.batch_key(files)
    done = view.result_for(key)
    if done is not None:
        st.subheader(t("ops.unggah.result"))
        view.show_files(done, "unggah_result")
        st.info(t("ops.unggah.done_hint"))
    else:
        with view.guarded():
            key, plans, refreshed = view.preview(files, allowed)
            st.subheader(t("ops.unggah.preview"))
            st.caption(t("ops.unggah.preview_help"))
            view.show_files(plans, "unggah_preview")
            if refreshed or view.stale(key):  # the data changed since the preview: look at the new one first
                st.warning(t("ops.unggah.stale_preview"))
            ready = any(p.accepted and not p.changes_nothing for p in plans)
            st.button(t("ops.unggah.apply"), type="primary", disabled=not ready, key="unggah_apply",
                      on_click=view.apply_clicked, args=(key, uploader, allowed))

st.divider()
st.subheader(t("ops.unggah.history"))
with view.guarded():
    view.history(cached(importer.upload_history), allowed)
