"""`report --region CODE [--as-of DATE] [--json]`: the metrics of one region, as JSON or a readable summary."""

from __future__ import annotations

import datetime as dt
import json
import sys

from dashboard import fmt, metrics, present
from dashboard.cli.region_args import add_region_command
from dashboard.domain import level_word
from dashboard.text import t


def register(sub, parents) -> None:
    add_region_command(sub, parents, "report", run, help=t("metrics.cli.help"), description=t("metrics.cli.help"),
                       region_help=t("metrics.cli.region"), json_help=t("metrics.cli.json"))


def to_json(report: dict) -> str:
    """The report as one JSON object: dates ISO, numbers as computed, unknowns null."""
    return json.dumps({k: v.isoformat() if isinstance(v, dt.date) else v for k, v in report.items()},
                      ensure_ascii=False, indent=2)


def run(args, store, code: str) -> int:
    if metrics.latest_as_of(store) is None:
        print(t("metrics.empty_store"), file=sys.stderr)
        return 1
    report = metrics.region_report(store, code, as_of=args.as_of)
    print(to_json(report) if args.json else summary(report))
    return 0


def summary(r: dict) -> str:
    """A few Indonesian lines for a person at a terminal: every metric as 'label: value', labelled and formatted
    from the metric catalog exactly as the pages, the PDF and the downloads show it."""
    level = level_word(r["level"]) or r["level"]
    lines = [t("metrics.sum.title", name=r["name"], level=level, date=fmt.date(r["as_of"]))]
    width = max(len(metrics.catalog_label(name)) for name in metrics.METRICS)
    for name in metrics.METRICS:
        column = metrics.catalog_column(name)
        value = present.exports.format_value(metrics.report_value(r, name), column.kind)
        lines.append(f"  {column.label:<{width}}  {value}")
    if r["stock_below_prr"]:
        lines.append(t("metrics.sum.prr_warning"))
    return "\n".join(lines)
