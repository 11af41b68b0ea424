"""Cakupan perekaman: headline tiles, then in tabs coverage per region against the yearly target, the monthly trend,
PRR against stock and the drill-down into kecamatan (only the open tab is computed)."""

from dashboard import metrics, present
from dashboard.text import t
from dashboard.ui import sections, shell, state, widgets

shell.route_through_app()

page = widgets.report_page("cakupan", present.cakupan.has_coverage_data)
region, as_of, settings, stem = page.selection.region, page.selection.as_of, page.settings, page.stem
widgets.tiles(present.cakupan.tiles(page.report))


def trend() -> None:
    series = state.cached(metrics.coverage_series, region, end=as_of, settings=settings)
    sections.cakupan.trend_section(series, stem)


widgets.tab_views([
    (t("tab.regions"), lambda: sections.cakupan.regions_section(page.cached(metrics.coverage_table), page.report,
                                                                 page.cached(metrics.over_100_units))),
    (t("tab.table"), lambda: sections.cakupan.table_section(page.cached(metrics.coverage_table), stem)),
    (t("tab.trend"), trend),
    (t("tab.prr"), lambda: sections.cakupan.prr_section(page.cached(metrics.coverage_table),
                                                         page.cached(metrics.below_prr_units))),
    (t("tab.kecamatan"), lambda: sections.cakupan_kecamatan.section(page.selection, settings)),
], key="cakupan_tab", default=t("tab.kecamatan") if "." in region else None)  # a kab/kota: its kecamatan say most
