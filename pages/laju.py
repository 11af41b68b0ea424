"""Laju pemakaian: headline tiles, then in tabs use over time, days of cover per region, stock-out dates, requests,
and use beside transfers (only the open tab is computed)."""

from dashboard import metrics, present
from dashboard.text import t
from dashboard.ui import sections, shell, state, widgets

shell.route_through_app()

page = widgets.report_page("laju", present.laju.has_stock_data)
region, as_of, settings, stem = page.selection.region, page.selection.as_of, page.settings, page.stem
widgets.cards(present.laju.cards(page.report), key="laju_headline")


def use() -> None:
    freq = sections.laju.pick_freq()
    usage = state.cached(metrics.stock_series, region, "blangko", end=as_of, freq=freq)
    sections.laju.series_section(usage, freq, as_of, stem)


def transfers() -> None:
    days = sections.laju.pick_window()
    flows = state.cached(metrics.consumption_by_region, region, as_of, days)
    sections.laju.transfers_section(flows, days, as_of, stem)


widgets.tab_views([
    (t("tab.use"), use),
    (t("tab.cover"), lambda: sections.laju.cover_section(page.cached(metrics.region_table), settings, stem)),
    (t("tab.timeline"), lambda: sections.laju.timeline_section(page.cached(metrics.stockout_timeline), as_of, stem)),
    (t("tab.requests"), lambda: sections.laju.requests_section(page.cached(metrics.units_in), settings, stem)),
    (t("tab.transfers"), transfers),
], key="laju_tab")
