"""Briefing mingguan: the printable PDF and the Excel workbook of the sidebar's region and week, with a preview."""

import streamlit as st

from dashboard.text import t
from dashboard.ui import widgets
from dashboard.ui.sections import briefing as view
from dashboard.ui.shell import route_through_app
from dashboard.ui.sidebar import current
from dashboard.ui.state import current_settings

route_through_app()  # a shared link to this page still gets the app's sidebar, layout and login gate

selection = current()
st.title(t("nav.briefing"))
st.caption(selection.caption())
st.caption(t("briefing.page.intro"))

settings = current_settings()
made = view.summary(selection.region, selection.as_of, settings)
if made is None:
    st.stop()

# The files are built only when a button is pressed (deferred data), then kept until the next upload.
left, right, _ = st.columns([1, 1, 2])
left.download_button(t("briefing.page.pdf"), file_name=f"{made.file_stem}.pdf", mime="application/pdf",
                     data=lambda: view.files(selection.region, selection.as_of, settings).pdf,
                     key="briefing_pdf", on_click="ignore", icon=":material/picture_as_pdf:", type="primary")
right.download_button(t("briefing.page.xlsx"), file_name=f"{made.file_stem}.xlsx", mime=view.MIME_XLSX,
                      data=lambda: view.files(selection.region, selection.as_of, settings).xlsx,
                      key="briefing_xlsx", on_click="ignore", icon=":material/table_view:")

st.subheader(t("briefing.page.preview"))
st.markdown(f"**{view.plain_markdown(made.title)}**  \n{view.plain_markdown(made.subtitle)}")
# Two a row: values such as "97,5% (target 99,04%)" are long.
widgets.tiles([(label, made.headline[label]) for label in view.preview_labels()], per_row=2)
for section in ("summary", "changes", "actions"):
    st.markdown(f"**{view.plain_markdown(made.sections[section])}**")
    st.markdown(view.bullets(made.sentences[section]))
