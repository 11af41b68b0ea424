"""Briefing page helpers: build the briefing (cached by data version) with errors shown in Indonesian, text helpers."""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import Sequence

import streamlit as st

from dashboard import briefing, metrics
from dashboard.settings import Settings
from dashboard.store import StoreBusy
from dashboard.text import t
from dashboard.ui.state import cached

_log = logging.getLogger(__name__)
MIME_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# Metric tiles of the preview: the figures an official asks about first.
PREVIEW_FIGURES = ("briefing.fig.stock", "briefing.fig.cover", "briefing.fig.stockout", "briefing.fig.coverage")
WEEKS_OFFERED = 12
_MARKDOWN = re.compile(r"([\\`*_{}\[\]<>#|$~])")


def plain_markdown(text: str) -> str:
    """Text shown literally by st.markdown ('$' would start LaTeX, '*' emphasis, '<' HTML)."""
    return _MARKDOWN.sub(r"\\\1", text)


def bullets(lines: Sequence[str]) -> str:
    return "\n".join(f"- {plain_markdown(line)}" for line in lines)


def preview_labels() -> list[str]:
    return [t(key) for key in PREVIEW_FIGURES]


def summary(region: str, as_of: dt.date | None, settings: Settings) -> briefing.Summary | None:
    """The briefing's preview (cached until the next upload); None after showing why it cannot be made."""
    try:
        return cached(briefing.build_summary, region, as_of, settings=settings)
    except briefing.NoBriefingData as exc:
        st.warning(str(exc), icon=":material/event_busy:")
    except (metrics.UnknownRegion, StoreBusy) as exc:
        st.error(str(exc))
    except Exception:
        _log.exception("briefing gagal dibuat")
        st.error(t("briefing.page.failed"))
    return None


def pick_week(as_of: dt.date | None) -> briefing.Week | None:
    """A select box of the last 12 full ISO weeks up to as_of (newest, the default, first); None without a date."""
    if as_of is None:
        return None
    weeks = {f"{w.year}-W{w.number:02d}": w for w in briefing.recent_weeks(as_of, WEEKS_OFFERED)}
    key = st.selectbox(t("briefing.page.week"), list(weeks), format_func=lambda k: weeks[k].label,
                       key="briefing_week")
    return weeks.get(key) or next(iter(weeks.values()))


def sentences(made: briefing.Summary) -> None:
    """The summary in full; what changed and what to do in an expander (the page stays within a screen or two)."""
    _section(made, "summary")
    with st.expander(t("briefing.page.more"), icon=":material/list:"):
        for key in ("changes", "actions"):
            _section(made, key)


def _section(made: briefing.Summary, key: str) -> None:
    st.markdown(f"**{plain_markdown(made.sections[key])}**")
    st.markdown(bullets(made.sentences[key]))


def files(region: str, as_of: dt.date | None, settings: Settings) -> briefing.Briefing:
    """The PDF and the workbook, built when a download button is pressed (charts and PDF cost a second or two
    and a V8 engine's memory, so a page view alone does not pay for them); cached until the next upload."""
    return cached(briefing.build_files, region, as_of, settings=settings)
