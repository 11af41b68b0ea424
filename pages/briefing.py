"""Briefing mingguan: the printable PDF and the Excel workbook of the sidebar's region and an ISO week, with a preview."""

import streamlit as st

from dashboard.text import t
from dashboard.ui import sections, shell, sidebar, state, widgets

shell.route_through_app()

selection = sidebar.current()
st.title(t("nav.briefing"))
st.caption(selection.caption())
st.caption(t("briefing.page.intro"))

# Monday–Sunday weeks up to the sidebar's date, the last full one first (the default).
week = sections.briefing.pick_week(selection.as_of)
settings = state.current_settings()
made = sections.briefing.summary(selection.region, week.end if week else None, settings)
if made is None:
    st.stop()

# The files are built only when a button is pressed (deferred data), then kept until the next upload.
left, right, _ = st.columns([1, 1, 2])
left.download_button(t("briefing.page.pdf"), file_name=f"{made.file_stem}.pdf", mime="application/pdf",
                     data=lambda: sections.briefing.files(selection.region, made.as_of, settings).pdf,
                     key="briefing_pdf", on_click="ignore", icon=":material/picture_as_pdf:", type="primary")
right.download_button(t("briefing.page.xlsx"), file_name=f"{made.file_stem}.xlsx", mime=sections.briefing.MIME_XLSX,
                      data=lambda: sections.briefing.files(selection.region, made.as_of, settings).xlsx,
                      key="briefing_xlsx", on_click="ignore", icon=":material/table_view:")

st.subheader(t("briefing.page.preview"))
st.markdown(f"**{sections.briefing.plain_markdown(made.title)}**  \n{sections.briefing.plain_markdown(made.subtitle)}")
# Two a row: values such as "97,5% (target 99,04%)" are long.
widgets.tiles([(label, made.headline[label]) for label in sections.briefing.preview_labels()], per_row=2)
sections.briefing.sentences(made)
