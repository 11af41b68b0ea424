"""AppTest helpers of the Ringkasan, Stok and Ribbon & film page tests: fixture store, page runs, on-screen text."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pyarrow as pa
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard import metrics
from dashboard.store import Store
from tests.fixture_store import AS_OF, build_fixture_store

ROOT = Path(__file__).resolve().parent.parent


def fresh_store(path: Path, monkeypatch, build=build_fixture_store) -> Store:
    """A store at path built by `build`, made the app's store ($EKTP_DB), with every cache emptied."""
    store = Store.open(path, linger_seconds=0)
    build(store)
    monkeypatch.setenv("EKTP_DB", str(path))
    clear_caches()
    return store


def clear_caches() -> None:
    # st.cache_resource is process-global across AppTest runs, and metrics keeps its own small cache.
    st.cache_data.clear()
    st.cache_resource.clear()
    metrics.clear_cache()


def open_page(page: str, region: str = "ID", as_of: dt.date | None = AS_OF) -> AppTest:
    """app.py opened at a shared link (?wilayah=&per=), then switched to page; no exception allowed."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["wilayah"] = region
    if as_of is not None:
        at.query_params["per"] = as_of.isoformat()
    at.run()
    at.switch_page(page)
    at.run()
    assert not at.exception, at.exception
    return at


def cards(at: AppTest) -> dict[str, tuple[str, str]]:
    """st.metric label -> (value, delta) as on screen."""
    return {m.label: (m.value, m.proto.delta) for m in at.metric}


def shown(element) -> pd.DataFrame:
    """The text a st.dataframe shows (the Styler's display values: 1.500, 95,2%, 25 Nov 2022)."""
    styler = element.proto.arrow_data.styler
    return pa.ipc.open_stream(styler.display_values).read_all().to_pandas()


def table(at: AppTest, column: str) -> pd.DataFrame:
    """The displayed text of the first table that has this column."""
    return next(shown(df) for df in at.dataframe if column in df.value.columns)


def specs(at: AppTest) -> list[dict]:
    """Every Vega-Lite spec on the page, as JSON."""
    return [json.loads(chart.proto.spec) for chart in at.get("vega_lite_chart")]


def chart_data(chart) -> pd.DataFrame:
    """The rows a st.altair_chart element draws (Streamlit ships the datasets beside the spec, as Arrow)."""
    frames = [pa.ipc.open_stream(ds.data.data).read_all().to_pandas() for ds in chart.proto.datasets]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def download_keys(at: AppTest) -> set[str]:
    return {b.key for b in at.get("download_button")}
