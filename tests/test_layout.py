"""Phone layout (≤ 480 px, chosen by the width the browser reports): the region at the top of the page and
changeable there, legends on top; wide screens keep the sidebar pickers."""

from __future__ import annotations

import altair as alt
import polars as pl

from dashboard.ui import layout, widgets
from tests.page_support import open_page

PAGE = "pages/ringkasan.py"


def _open(phone: bool | None, page: str = PAGE):
    """The page at Kalimantan Utara, 31 Mar 2024; phone=None leaves the layout to the width probe."""
    state = {} if phone is None else {"_layout_phone": phone}
    return open_page(page, "65", "2024-03-31", **state)


def test_phone_shows_the_region_at_the_top_and_its_pickers_there(fixture_db):
    at = _open(True)
    assert "Wilayah: **Kalimantan Utara** · per 31 Mar 2024" in [m.value for m in at.main.markdown]
    assert [e.label for e in at.main.expander][:1] == ["Ganti wilayah atau tanggal"]
    assert {s.key for s in at.main.selectbox} >= {"sb_provinsi", "sb_kabkota"}
    assert not at.sidebar.selectbox  # not hidden behind the sidebar's unlabelled button
    # Changing it there changes the page.
    at.selectbox(key="sb_kabkota").select("65.01").run()
    assert not at.exception, at.exception
    assert "Wilayah: **Kabupaten Bulungan** · per 31 Mar 2024" in [m.value for m in at.main.markdown]
    assert at.query_params["wilayah"] in ("65.01", ["65.01"])


def test_wide_screens_keep_the_pickers_in_the_sidebar(fixture_db):
    at = _open(False)
    assert {s.key for s in at.sidebar.selectbox} >= {"sb_provinsi", "sb_kabkota"}
    assert not [e for e in at.main.expander if e.label == "Ganti wilayah atau tanggal"]


def test_pages_without_a_region_keep_it_in_the_sidebar_on_a_phone(fixture_db):
    at = _open(True, "pages/masuk.py")
    assert not [e for e in at.main.expander if e.label == "Ganti wilayah atau tanggal"]


def test_without_a_browser_report_the_layout_is_wide(fixture_db):
    at = _open(None)
    assert at.session_state["_layout_phone"] is False


def test_phone_charts_put_legends_on_top_uncut():
    chart = alt.Chart(pl.DataFrame({"a": [1], "b": ["x"]})).mark_bar().encode(x="a:Q", color="b:N")
    phone = widgets.for_screen(chart, True).to_dict()["config"]["legend"]
    assert phone == {"orient": "top", "direction": "vertical", "labelLimit": 0, "titleLimit": 0}
    assert "legend" not in widgets.for_screen(chart, False).to_dict().get("config", {})


def test_the_css_keeps_phone_rules_inside_the_480px_query():
    css = layout._css()
    assert f"@media (max-width: {layout.PHONE_MAX}px)" in css
    assert "stFileUploaderDropzoneInstructions" in css  # the English size line is hidden everywhere
