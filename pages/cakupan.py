"""Cakupan perekaman: headline tiles, then in tabs coverage per region against the yearly target, the monthly trend,
PRR against stock and the drill-down into kecamatan (only the open tab is computed)."""

from dashboard import metrics, present
from dashboard.text import t
from dashboard.ui import sections, shell, state, widgets

shell.route_through_app()

selection, settings = widgets.page_top("cakupan.title", "cakupan.intro")
region, as_of = selection.region, selection.as_of

report = state.cached(metrics.region_report, region, as_of, settings=settings)
if not present.cakupan.has_coverage_data(report):
    widgets.no_data("cakupan.no_data", selection)
widgets.tiles(present.cakupan.tiles(report))
stem = widgets.file_stem("cakupan", region, as_of)

regions_tab, table_tab, trend_tab, prr_tab, kecamatan_tab = widgets.tabs(
    [t("tab.regions"), t("tab.table"), t("tab.trend"), t("tab.prr"), t("tab.kecamatan")], key="cakupan_tab",
    default=t("tab.kecamatan") if "." in region else None)  # a kab/kota: its kecamatan say most
if regions_tab.open:
    with regions_tab:
        sections.cakupan.regions_section(state.cached(metrics.coverage_table, region, as_of, settings=settings),
                                         report, state.cached(metrics.over_100_units, region, as_of,
                                                              settings=settings))
if table_tab.open:
    with table_tab:
        sections.cakupan.table_section(state.cached(metrics.coverage_table, region, as_of, settings=settings), stem)
if trend_tab.open:
    with trend_tab:
        sections.cakupan.trend_section(state.cached(metrics.coverage_series, region, end=as_of, settings=settings),
                                       stem)
if prr_tab.open:
    with prr_tab:
        sections.cakupan.prr_section(state.cached(metrics.coverage_table, region, as_of, settings=settings),
                                     state.cached(metrics.below_prr_units, region, as_of, settings=settings))
if kecamatan_tab.open:
    with kecamatan_tab:
        sections.cakupan_kecamatan.section(selection, settings)
