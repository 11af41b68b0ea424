"""Kualitas data: late and missing reports, ledger errors, name mismatches, coverage above 100%, stale regions."""

import streamlit as st

from dashboard import fmt, metrics
from dashboard.text import t
from dashboard.ui import sections, shell, sidebar, state

shell.route_through_app()

selection = sidebar.current()
settings = state.current_settings()
st.title(t("ops.kualitas.title"))
st.caption(selection.caption())

problems = state.cached(metrics.quality_problems, selection.region, selection.as_of, settings=settings)
counts = metrics.quality_summary(problems)
sections.kualitas.metrics(counts)
if counts["total"] == 0:
    st.success(t("ops.kualitas.all_clear"))

stem = f"kualitas_{selection.region}_{selection.as_of.isoformat() if selection.as_of else 'terbaru'}"
months = problems["completeness_summary"]["month"]
notes = {"start": fmt.month(months.min()), "end": fmt.month(months.max()), "late_days": metrics.LATE_AFTER_DAYS,
         "stale_days": settings.stale_days}
for key in ("completeness_summary", "late", "missing", "ledger", "names", "over_100", "stale", "kecamatan_mismatch"):
    sections.kualitas.section(problems, key, stem, **notes)
