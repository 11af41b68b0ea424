"""Kualitas data: late and missing reports, ledger errors, name mismatches, coverage above 100%, stale regions."""

import streamlit as st

from dashboard import fmt, metrics
from dashboard.text import t
from dashboard.ui.sections import kualitas as view
from dashboard.ui.shell import route_through_app
from dashboard.ui.sidebar import current
from dashboard.ui.state import cached, current_settings

route_through_app()  # a shared link to this page still gets the app's sidebar, layout and login gate

selection = current()
settings = current_settings()
st.title(t("ops.kualitas.title"))
st.caption(selection.caption())

problems = cached(metrics.quality_problems, selection.region, selection.as_of, settings=settings)
counts = metrics.quality_summary(problems)
view.metrics(counts)
if counts["total"] == 0:
    st.success(t("ops.kualitas.all_clear"))

stem = f"kualitas_{selection.region}_{selection.as_of.isoformat() if selection.as_of else 'terbaru'}"
months = problems["completeness_summary"]["month"]
notes = {"start": fmt.month(months.min()), "end": fmt.month(months.max()), "late_days": metrics.LATE_AFTER_DAYS,
         "stale_days": settings.stale_days}
for key in ("completeness_summary", "late", "missing", "ledger", "names", "over_100", "stale"):
    view.section(problems, key, stem, **notes)
