"""Unggah data: pick exports, see a dry-run preview of every change, confirm, then the result and upload history."""

import streamlit as st

from dashboard import fmt, importer
from dashboard.text import t
from dashboard.ui import auth, sections, shell, state

shell.route_through_app()

# Only an account that may upload gets past this line; its scope is enforced again inside dashboard.importer.apply.
user = auth.require_uploader()
uploader, allowed = sections.unggah.identity(user)

st.title(t("ops.unggah.title"))
st.caption(t("ops.unggah.intro"))
sections.unggah.templates()

limits = state.current_settings()
picked = st.file_uploader(t("ops.unggah.pick"), type=["csv", "xlsx"], accept_multiple_files=True,
                          max_upload_size=limits.max_upload_mb, key="unggah_files")
# The uploader's own size line is English ("20MB per file"): screen.css hides it and this caption says it.
st.caption(t("preview.pick_note", mb=fmt.number(limits.max_upload_mb), rows=fmt.number(limits.max_upload_rows)))
files = sections.unggah.read_files(picked)
problem = sections.unggah.failure()
if problem:
    st.error(problem)
if files:
    key = importer.batch_key(files)
    done = sections.unggah.result_for(key)
    if done is not None:
        st.subheader(t("ops.unggah.result"))
        sections.unggah.show_files(done, "unggah_result", applied=True)
        st.info(t("ops.unggah.done_hint"))
    else:
        with sections.unggah.guarded():
            key, plans, refreshed = sections.unggah.preview(files, allowed, sections.unggah.import_options(user))
            st.subheader(t("ops.unggah.preview"))
            st.caption(t("ops.unggah.preview_help"))
            sections.unggah.show_files(plans, "unggah_preview")
            sections.unggah.mapping_step(files, plans, office=sections.unggah.office(user), allowed=allowed)
            if refreshed or sections.unggah.stale(key):  # the data changed since the preview: look at the new one first
                st.warning(t("ops.unggah.stale_preview"))
            ready = any(p.accepted and not p.changes_nothing for p in plans)
            st.button(t("ops.unggah.apply"), type="primary", disabled=not ready, key="unggah_apply",
                      on_click=sections.unggah.apply_clicked, args=(key, uploader, allowed))

st.divider()
# Collapsed: the history is long and secondary to the upload itself.
with st.expander(t("ops.unggah.history"), icon=":material/history:"), sections.unggah.guarded():
    sections.unggah.history(state.cached(importer.upload_history), allowed)
