"""`regions`: the region reference list held by the store (38 provinsi + 514 kab/kota) as CSV on stdout, with each
region's Kemendagri code and its BPS code (from the crosswalk; empty where BPS has no partner)."""

from __future__ import annotations

import csv
import sys

import polars as pl

from dashboard import crosswalk
from dashboard.store import open_store
from dashboard.text import t

COLUMNS = ("code", "name", "level", "parent_code", "bps_code")


def register(sub, parents) -> None:
    parser = sub.add_parser("regions", parents=parents, help=t("ingest.cli.regions_help"),
                            description=t("ingest.cli.regions_help"))
    parser.set_defaults(handler=run)


def run(args) -> int:
    rows = open_store(args.db).query("ingest/regions")
    rows = rows.with_columns(bps_code=pl.Series([crosswalk.to_bps(c) for c in rows["code"]], dtype=pl.String))
    # lineterminator '\n': the list is for pipes and scripts (grep, cut), not for Excel on Windows.
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(COLUMNS)
    out.writerows(rows.select(COLUMNS).iter_rows())
    return 0
