"""Every number the dashboard shows, defined once: unit and region metrics, series over time, quality checks.

Public names: the report functions (region_report, region_table, units_in, action_list, status_counts, ...), the
series (stock_series, consumption_by_region, status_matrix, stockout_timeline, coverage_table, coverage_series),
the in-province redistribution plan (province_plan, national_plans) and where each unit on the action list gets its
stock from (action_supply, supply_of), the data-quality lists (quality_problems,
quality_summary), the metric definitions (METRICS, REPORT, status_expr), and coverage by kecamatan with the
jemput-bola plan (kecamatan_coverage, outreach_plan, outreach_json).
"""

from dashboard.metrics.catalog import CATALOG, COMPOSITES, METRICS, REPORT, Column, report_value
from dashboard.metrics.catalog import column as catalog_column
from dashboard.metrics.catalog import label as catalog_label
from dashboard.metrics.coverage_series import coverage_series, coverage_table
from dashboard.metrics.kecamatan import KecamatanCoverage, kecamatan_coverage, outreach_plan
from dashboard.metrics.outreach import BadPlanInput, OutreachPlan
from dashboard.metrics.outreach import as_json as outreach_json
from dashboard.metrics.outreach import workday as outreach_workday
from dashboard.metrics.plan import Move, Plan, check_province, national_plans, plan_units, province_plan
from dashboard.metrics.quality import LATE_AFTER_DAYS, completeness_months, quality_problems, quality_summary
from dashboard.metrics.report import (
    UnknownRegion,
    action_list,
    below_prr_units,
    by_urgency,
    check_region,
    clear_cache,
    latest_as_of,
    over_100_units,
    region_name,
    region_report,
    region_table,
    resolve_region,
    status_counts,
    unit_metrics,
    units_in,
)
from dashboard.metrics.scope import add_months, month_end, month_start
from dashboard.metrics.series import FREQS, consumption_by_region, stock_series
from dashboard.metrics.status import AT_RISK, status_expr, units_with_status
from dashboard.metrics.status_series import status_matrix, stockout_timeline
from dashboard.metrics.supply import action_supply, supply_of

__all__ = ["AT_RISK", "CATALOG", "COMPOSITES", "Column", "FREQS", "LATE_AFTER_DAYS", "METRICS", "Move", "Plan",
           "REPORT", "UnknownRegion", "action_list", "add_months", "below_prr_units", "by_urgency", "catalog_column",
           "catalog_label", "check_province", "check_region", "clear_cache", "completeness_months",
           "consumption_by_region", "coverage_series", "coverage_table", "latest_as_of", "month_end", "month_start",
           "national_plans", "over_100_units", "plan_units", "province_plan", "quality_problems", "quality_summary",
           "region_name", "region_report", "region_table", "report_value", "resolve_region", "status_counts",
           "status_expr", "status_matrix", "stock_series", "stockout_timeline", "unit_metrics", "units_in",
           "units_with_status",
           # coverage by kecamatan and the jemput-bola plan
           "BadPlanInput", "KecamatanCoverage", "OutreachPlan", "kecamatan_coverage", "outreach_json", "outreach_plan",
           "outreach_workday",
           # where each unit on the action list gets its stock (its province's moves, then the centre)
           "action_supply", "supply_of"]
