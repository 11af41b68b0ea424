"""`report --region CODE [--as-of DATE] [--json]`: the metrics of one region, as JSON or a readable summary."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from dashboard import fmt, metrics
from dashboard.store import open_store
from dashboard.text import t


def as_of_date(value: str) -> dt.date:
    """argparse type for --as-of: YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(t("metrics.bad_date", value=value[:40])) from None


def register(sub, parents) -> None:
    parser = sub.add_parser("report", parents=parents, help=t("metrics.cli.help"), description=t("metrics.cli.help"))
    parser.add_argument("--region", required=True, metavar="KODE", help=t("metrics.cli.region"))
    parser.add_argument("--code-system", choices=("bps", "kemendagri"), help=t("regions.cli.code_system"))
    parser.add_argument("--as-of", type=as_of_date, metavar="TTTT-BB-HH", help=t("metrics.cli.as_of"))
    parser.add_argument("--json", action="store_true", help=t("metrics.cli.json"))
    parser.set_defaults(handler=run)


def to_json(report: dict) -> str:
    """The report as one JSON object: dates ISO, numbers as computed, unknowns null."""
    return json.dumps({k: v.isoformat() if isinstance(v, dt.date) else v for k, v in report.items()},
                      ensure_ascii=False, indent=2)


def run(args) -> int:
    store = open_store(args.db)
    try:
        code, how = metrics.resolve_region(args.region, args.code_system)
    except metrics.UnknownRegion as exc:
        print(exc, file=sys.stderr)
        return 2
    if how:  # which region a code resolved to: '6501 (BPS) = 65.02 Kabupaten Malinau'
        print(t("regions.cli.resolved", resolved=how), file=sys.stderr)
    if metrics.latest_as_of(store) is None:
        print(t("metrics.empty_store"), file=sys.stderr)
        return 1
    report = metrics.region_report(store, code, as_of=args.as_of)
    print(to_json(report) if args.json else summary(report))
    return 0


def _status(value: str | None) -> str:
    return t(f"status.{value}") if value else t("metrics.sum.no_data")


def _level(value: str) -> str:
    return t(f"level.{value}") if value != "gudang" else t("metrics.level.gudang")


def summary(r: dict) -> str:
    """A few Indonesian lines for a person at a terminal (the same numbers as the JSON)."""
    n = fmt.number
    lines = [
        t("metrics.sum.title", name=r["name"], level=_level(r["level"]), date=fmt.date(r["as_of"])),
        t("metrics.sum.status", status=_status(r["status"])),
        t("metrics.sum.stock", stock=n(r["stock"]))
        + (t("metrics.sum.own_stock", own=n(r["own_stock"])) if r["level"] == "provinsi" else ""),
        t("metrics.sum.burn", burn=fmt.rate(r["burn_rate_per_day"]), cover=fmt.days(r["days_of_cover"]),
          date=fmt.date(r["stockout_date"])),
        t("metrics.sum.amc", amc=n(r["amc"]), months=n(r["months_of_stock"], 1)),
        t("metrics.sum.request", request=n(r["suggested_request"])),
    ]
    for item, needed in (("ribbon", "ribbons_needed_for_stock"), ("film", "films_needed_for_stock")):
        lines.append(t("metrics.sum.item", item=t(f"item.{item}"), stock=n(r[f"{item}_stock"]),
                       cards=n(r[f"{item}_cards"]), cover=fmt.days(r[f"{item}_days_of_cover"]), needed=n(r[needed])))
    binding = t(f"item.{r['binding_constraint']}") if r["binding_constraint"] else fmt.EMPTY
    lines += [
        t("metrics.sum.printable", cards=n(r["printable_cards"]), binding=binding),
        t("metrics.sum.coverage", done=n(r["sudah_rekam"]), wajib=n(r["wajib_ktp"]), pct=fmt.percent(r["coverage_pct"]),
          target=fmt.percent(r["target_pct"], 2), gap=n(r["coverage_gap_persons"])),
        t("metrics.sum.prr", prr=n(r["prr"])),
    ]
    if r["stock_below_prr"]:
        lines.append(t("metrics.sum.prr_warning"))
    lines.append(t("metrics.sum.reports", date=fmt.date(r["last_report"]), stale=n(r["stale_regions"])))
    return "\n".join(lines)
