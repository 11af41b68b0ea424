"""Laju pemakaian: headline tiles, then in tabs use over time, days of cover per region, stock-out dates, requests,
and use beside transfers (only the open tab is computed)."""

from dashboard import metrics, present
from dashboard.text import t
from dashboard.ui import sections, shell, state, widgets

shell.route_through_app()

selection, settings = widgets.page_top("laju.title", "laju.intro")
region, as_of = selection.region, selection.as_of

report = state.cached(metrics.region_report, region, as_of, settings=settings)
if not present.laju.has_stock_data(report):
    widgets.no_data("laju.no_data", selection)
widgets.cards(present.laju.cards(report), key="laju_headline")
stem = widgets.file_stem("laju", region, as_of)

use_tab, cover_tab, timeline_tab, requests_tab, transfers_tab = widgets.tabs(
    [t("tab.use"), t("tab.cover"), t("tab.timeline"), t("tab.requests"), t("tab.transfers")], key="laju_tab")
if use_tab.open:
    with use_tab:
        freq = sections.laju.pick_freq()
        usage = state.cached(metrics.stock_series, region, "blangko", end=as_of, freq=freq)
        sections.laju.series_section(usage, freq, as_of, stem)
if cover_tab.open:
    with cover_tab:
        sections.laju.cover_section(state.cached(metrics.region_table, region, as_of, settings=settings), settings,
                                    stem)
if timeline_tab.open:
    with timeline_tab:
        sections.laju.timeline_section(state.cached(metrics.stockout_timeline, region, as_of, settings=settings),
                                       as_of, stem)
if requests_tab.open:
    with requests_tab:
        sections.laju.requests_section(state.cached(metrics.units_in, region, as_of, settings=settings), settings,
                                       stem)
if transfers_tab.open:
    with transfers_tab:
        days = sections.laju.pick_window()
        sections.laju.transfers_section(state.cached(metrics.consumption_by_region, region, as_of, days), days,
                                        as_of, stem)
