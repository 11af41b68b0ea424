"""AppTest helpers for the analysis pages: open a page on a store, read what the screen shows (text, tables, charts)."""

from __future__ import annotations

import datetime as dt
import json
import os
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Callable, Iterator

import pandas as pd
import streamlit as st
from streamlit import dataframe_util
from streamlit.testing.v1 import AppTest

from dashboard import metrics
from dashboard.admin import auth
from dashboard.store import Store
from tests.fixture_store import AS_OF, build_fixture_store
from tests.store_templates import copy_of, open_warm

ROOT = Path(__file__).resolve().parent.parent


@contextmanager
def store_at(path: Path, *, fixture: bool = True) -> Iterator[Store]:
    """A store file (the fixture data, or empty) that the app opens through $EKTP_DB; caches cleared around it."""
    store = open_warm(path)
    if fixture:
        build_fixture_store(store)
    old = os.environ.get("EKTP_DB")
    os.environ["EKTP_DB"] = str(path)
    st.cache_data.clear()
    st.cache_resource.clear()
    try:
        yield store
    finally:
        st.cache_data.clear()
        st.cache_resource.clear()
        metrics.clear_cache()
        if old is None:
            os.environ.pop("EKTP_DB", None)
        else:
            os.environ["EKTP_DB"] = old
        store.close()


def clear_caches() -> None:
    """st.cache_resource is process-global across AppTest runs, and metrics keeps its own small cache."""
    st.cache_data.clear()
    st.cache_resource.clear()
    metrics.clear_cache()


def fresh_store(path: Path, monkeypatch, build=build_fixture_store) -> Store:
    """A store at path built by `build`, made the app's store ($EKTP_DB), with every cache emptied."""
    if build is build_fixture_store:
        store = copy_of("fixture", path)
    else:
        store = open_warm(path)
        build(store)
    monkeypatch.setenv("EKTP_DB", str(path))
    clear_caches()
    return store


@contextmanager
def app_store(path: Path, monkeypatch, build=build_fixture_store) -> Iterator[Store]:
    """fresh_store for the length of a with block (or a yield fixture): afterwards caches emptied, store closed."""
    store = fresh_store(path, monkeypatch, build)
    try:
        yield store
    finally:
        clear_caches()
        store.close()


@contextmanager
def demo_store(path: Path, monkeypatch) -> Iterator[Store]:
    """A copy of the national demo store (every region, as of DEMO_TODAY; built once per session) as the app's
    store, caches emptied before and after."""
    store = copy_of("demo", path)
    monkeypatch.setenv("EKTP_DB", str(path))
    clear_caches()
    try:
        yield store
    finally:
        clear_caches()
        store.close()


def with_admin(store: Store) -> Store:
    """The store with the admin account `pusat` that page tests log in as (open_page(..., user="pusat"))."""
    auth.add_user(store, "pusat", "admin", None, "Rahasia-Dukcapil-1")
    return store


def login(at: AppTest, user: str) -> AppTest:
    """The session the login form creates for this account (tests of pages behind the login)."""
    at.session_state["auth_session"] = {"name": user, "at": dt.datetime.now(dt.timezone.utc), "via": "password"}
    return at


def open_page(page: str, region: str | None = "ID", as_of: dt.date | str | None = AS_OF, *,
              user: str | None = None, **state: object) -> AppTest:
    """app.py opened at the page's own link (?wilayah=&per=), as a deep link does, logged in as user if given, with
    session state set first; no exception, and the page that ran is the one asked for."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    # Before the first run AppTest names the page by its file name, which is the url path st.navigation gives it
    # (dashboard/ui/shell.py): one run of the page, not Ringkasan first and then the page.
    at.switch_page(page)
    if region is not None:
        at.query_params["wilayah"] = region
    if as_of is not None:
        at.query_params["per"] = as_of if isinstance(as_of, str) else as_of.isoformat()
    if user:
        login(at, user)
    for key, value in state.items():
        at.session_state[key] = value
    at.run()
    assert not at.exception, at.exception
    ran = at._registered_pages.get(at._finished_page_script_hash, {}).get("script_path")
    assert ran and Path(str(ran)).resolve() == (ROOT / page).resolve(), f"{page} asked, {ran} ran"
    return at


def tiles(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def tables(at: AppTest) -> list[pd.DataFrame]:
    """Every st.dataframe as the user reads it: the Styler's display text (1.500 / 95,2% / 25 Nov 2022)."""
    return [dataframe_util.convert_arrow_bytes_to_pandas_df(d.proto.arrow_data.styler.display_values)
            for d in at.dataframe]


def table_with(at: AppTest, column: str) -> pd.DataFrame:
    """The first shown table that has this column label."""
    return next(f for f in tables(at) if column in f.columns)


def row(frame: pd.DataFrame, name: str) -> dict[str, str]:
    return frame[frame["Wilayah"] == name].iloc[0].to_dict()


def charts(at: AppTest) -> list[dict]:
    """Vega-Lite specs of the page's charts, in page order."""
    return [json.loads(c.proto.spec) for c in at.get("vega_lite_chart")]


def chart_data(at: AppTest, index: int) -> list[pd.DataFrame]:
    """The datasets Streamlit sent beside a chart's spec."""
    proto = at.get("vega_lite_chart")[index].proto
    return [dataframe_util.convert_arrow_bytes_to_pandas_df(d.data.data) for d in proto.datasets]


def layers(spec: dict) -> list[dict]:
    """Every leaf view of a (nested) layered spec."""
    if "layer" in spec:
        return [leaf for sub in spec["layer"] for leaf in layers(sub)]
    return [spec]


def mark_type(view: dict) -> str:
    mark = view.get("mark")
    return mark["type"] if isinstance(mark, dict) else mark


def axis_titles(spec: dict) -> set[str]:
    out = set()
    for view in layers(spec):
        for channel in view.get("encoding", {}).values():
            if isinstance(channel, dict):
                axis = channel.get("axis")
                if isinstance(axis, dict) and axis.get("title"):
                    out.add(axis["title"])
                if channel.get("title"):
                    out.add(channel["title"])
    return out


def cards(at: AppTest) -> dict[str, tuple[str, str]]:
    """st.metric label -> (value, delta) as on screen."""
    return {m.label: (m.value, m.proto.delta) for m in at.metric}


def shown(element) -> pd.DataFrame:
    """The text one st.dataframe shows (the Styler's display values: 1.500, 95,2%, 25 Nov 2022)."""
    return dataframe_util.convert_arrow_bytes_to_pandas_df(element.proto.arrow_data.styler.display_values)


def chart_rows(chart) -> pd.DataFrame:
    """The rows one st.altair_chart element draws (Streamlit ships the datasets beside the spec)."""
    frames = [dataframe_util.convert_arrow_bytes_to_pandas_df(d.data.data) for d in chart.proto.datasets]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def download_keys(at: AppTest) -> set[str]:
    return {b.key for b in at.get("download_button")}


def texts(at: AppTest) -> str:
    """Every markdown, caption, info, error, warning and success on the page, one per line."""
    kinds = ("markdown", "caption", "info", "error", "warning", "success")
    return "\n".join(str(e.value) for kind in kinds for e in getattr(at, kind))


def all_text(at: AppTest) -> str:
    """Captions, infos, warnings and successes of the page in one string (for 'is it said' checks)."""
    parts = [c.value for c in at.caption] + [i.value for i in at.info] + [w.value for w in at.warning]
    parts += [s.value for s in at.success]
    return "\n".join(parts)


def choose_tab(at: AppTest, key: str, label: str) -> AppTest:
    """Choose a tab of a page (st.tabs keyed `key`, tracked: only the open tab is drawn) and rerun."""
    at.session_state[key] = label
    at.run()
    assert not at.exception, at.exception
    assert label in [t.label for t in at.tabs]
    return at


def open_tab(page: str, key: str, region: str, label: str) -> AppTest:
    """The page at region with the tab `label` of its st.tabs keyed `key` open."""
    return choose_tab(open_page(page, region), key, label)


def tab_opener(page: str, key: str) -> Callable[[str, str], AppTest]:
    """open_tab for one page's tabs: (region, label) -> the page at region with that tab open."""
    return partial(open_tab, page, key)


def open_phone(page: str, region: str = "ID", as_of: dt.date | str | None = AS_OF, **state: object) -> AppTest:
    """A page in the phone layout (as the width probe reports a 390 px window), with session state set first."""
    return open_page(page, region, as_of, _layout_phone=True, **state)
