"""Tables on screen: empty cells read '–' and an empty status reads 'Tanpa data', like the downloads."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest


def _table_app():
    import polars as pl

    from dashboard.ui import widgets

    frame = pl.DataFrame({"Wilayah": ["Aceh", "Bengkulu"], "Status": [None, "aman"], "Stok": [None, 5200]},
                         schema={"Wilayah": pl.String, "Status": pl.String, "Stok": pl.Int64})
    widgets.table_with_downloads(frame, key="uji", kinds={"Status": "status"})


def test_empty_cells_and_empty_status_are_words_not_none():
    at = AppTest.from_function(_table_app, default_timeout=30).run()
    assert not at.exception, at.exception
    table = at.dataframe[0]
    assert table.proto.placeholder == "–"
    styler_text = table.value.astype(str).to_dict("records")
    assert styler_text[0]["Status"] == "tanpa_data"  # the Styler shows it as the word below
    from dashboard.present import exports

    assert exports.format_value("tanpa_data", "status") == "Tanpa data"
    assert exports.format_value(None, "int") == "–"
