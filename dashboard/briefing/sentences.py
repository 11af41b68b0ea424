"""The briefing's sentences and headline figures, written from the numbers (fmt formats, never hard-coded values)."""

from __future__ import annotations

import datetime as dt

import polars as pl

from dashboard import fmt, present
from dashboard.briefing.content import Content, has_warehouse, range_text
from dashboard.briefing.figures import is_missing, item_label, pooled, rate_text, target_text
from dashboard.domain import ACTION_STATUSES, STATUSES
from dashboard.text import t

EMPTY = fmt.EMPTY


def _noun(c: Content, frame: pl.DataFrame | None = None) -> str:
    units = c.units if frame is None else frame
    return t("briefing.noun.units") if has_warehouse(units) else t("briefing.noun.kabkota")


def _risk_sentence(c: Content) -> list[str]:
    """An aggregate's first sentence: how many of its units are out or nearly out (not its pooled stock)."""
    r = c.report
    if not pooled(c) or not r["units_total"]:
        return []
    counts = r["units_by_status"]
    judged = r["units_total"] - counts["tanpa_data"]
    if not judged:
        return []
    return [t("briefing.s.risk", name=c.name, habis=fmt.number(counts["habis"]), kritis=fmt.number(counts["kritis"]),
              total=fmt.number(judged), rate=fmt.percent(r["stockout_rate_pct"]))]


def _stock_sentences(c: Content) -> list[str]:
    r, window = c.report, c.settings.burn_window_days
    if is_missing(r["stock"]):
        return [t("briefing.s.stock_none", name=c.name, date=fmt.date(c.as_of))]
    status = present.charts.base.status_label(r["status"]).lower()
    if pooled(c):
        out = [t("briefing.s.stock_pooled", stock=fmt.number(r["stock"]), status=status)]
    else:
        out = [t("briefing.s.stock", name=c.name, stock=fmt.number(r["stock"]),
                 status=present.ringkasan.status_text(r).lower())]
    if r["stock"] <= 0:
        out.append(t("briefing.s.empty_since", date=fmt.date(r["stockout_since"])))
    elif is_missing(r["burn_rate_per_day"]) or r["burn_rate_per_day"] <= 0:
        out.append(t("briefing.s.no_use", window=window))
    else:
        key = "briefing.s.cover" if r["stockout_date"] else "briefing.s.cover_long"
        if pooled(c):
            key += "_pooled"
        out.append(t(key, days=fmt.days(r["days_of_cover"]), date=fmt.date(r["stockout_date"])))
        out.append(t("briefing.s.burn", burn=rate_text(r["burn_rate_per_day"]), window=window))
    request = r["suggested_request"]
    months = fmt.trimmed(c.settings.target_months)
    if pooled(c) and not is_missing(request):
        key = "briefing.s.request_national" if c.level == "nasional" else "briefing.s.request_province"
        out.append(t(key, request=fmt.number(request), months=months))
    elif not is_missing(request) and request > 0:
        out.append(t("briefing.s.request", months=months, request=fmt.number(request)))
    return out


def _count_sentence(c: Content) -> list[str]:
    if c.is_unit:
        return []
    with_status = c.units.filter(pl.col("status").is_not_null())
    total = sum(v for k, v in c.counts.items() if k != "tanpa_data")
    if total == 0:
        return []
    # The urgent statuses first ("3 kritis dan 1 habis"), then the rest.
    order = ("kritis", "habis") + tuple(s for s in STATUSES if s not in ("kritis", "habis"))
    parts = [t("briefing.s.count_part", n=fmt.number(c.counts[s]), status=present.charts.base.status_label(s).lower()) for s in order]
    text = t("briefing.s.counts", total=fmt.number(total), noun=_noun(c, with_status),
             urgent=t("briefing.s.and").join(parts[:2]), rest=", ".join(parts[2:]))
    if c.counts["tanpa_data"]:
        text += " " + t("briefing.s.counts_rest", n=fmt.number(c.counts["tanpa_data"]))
    return [text]


def _item_sentences(c: Content) -> list[str]:
    r = c.report
    if is_missing(r["stock"]) or r["stock"] <= 0:
        return []
    out = []
    binding = r["binding_constraint"]
    if pooled(c):
        # units short of ribbon or film, whatever the pooled stock says (ribbon in one office prints nothing in another)
        for item in ("ribbon", "film"):
            short = c.units.filter(pl.col(f"{item}_status").is_in(ACTION_STATUSES)).height
            if short:
                out.append(t("briefing.s.item_units", item=item_label(item), n=fmt.number(short),
                             noun=_noun(c)))
    elif binding in ("ribbon", "film"):
        days = r[f"{binding}_days_of_cover"]
        needed = r["ribbons_needed_for_stock" if binding == "ribbon" else "films_needed_for_stock"]
        out.append(t("briefing.s.binding_item", item=item_label(binding), item_lower=item_label(binding).lower(),
                     cards=fmt.number(r[f"{binding}_cards"]), stock=fmt.number(r["stock"]),
                     days="" if is_missing(days) else t("briefing.s.binding_days", days=fmt.days(days)),
                     needed=fmt.number(needed)))
    missing = [item_label(i).lower() for i in ("ribbon", "film") if is_missing(r[f"{i}_stock"])]
    if missing:
        out.append(t("briefing.s.item_missing", items=t("briefing.s.items_join").join(missing)))
    elif binding == "blangko" and not out:
        out.append(t("briefing.s.binding_blank"))
    return out


def _coverage_sentences(c: Content) -> list[str]:
    r = c.report
    pct, target = r["coverage_pct"], r["target_pct"]
    if is_missing(pct):
        out = [t("briefing.s.coverage_none", date=fmt.date(c.as_of))]
    elif not is_missing(target) and pct >= target:
        out = [t("briefing.s.coverage_met", pct=fmt.percent(pct), target=target_text(target))]
    else:
        out = [t("briefing.s.coverage_below", pct=fmt.percent(pct), target=target_text(target),
                 gap=fmt.number(r["coverage_gap_persons"]))]
    if r["coverage_over_100"]:
        out.append(t("briefing.s.coverage_over", pct=fmt.percent(pct)))
    if not c.is_unit and r["units_over_100"]:
        out.append(t("briefing.s.over_units", n=fmt.number(r["units_over_100"])))
    if r["stock_below_prr"]:
        out.append(t("briefing.s.prr_below", stock=fmt.number(r["stock"]), prr=fmt.number(r["prr"])))
    # the same count as the Cakupan page: the units of metrics.below_prr_units
    below = c.units.filter(pl.col("stock_below_prr").fill_null(False))
    if not c.is_unit and r["units_below_prr"]:
        out.append(t("briefing.s.prr_units", n=fmt.number(r["units_below_prr"]), noun=_noun(c, below)))
    return out


def summary(c: Content) -> list[str]:
    """The opening sentences: stock and cover, statuses, ribbon/film, coverage and PRR."""
    return (_risk_sentence(c) + _stock_sentences(c) + _count_sentence(c) + _item_sentences(c)
            + _coverage_sentences(c))


def direction(delta: float) -> str:
    return t("briefing.dir.up") if delta > 0 else t("briefing.dir.down") if delta < 0 else t("briefing.dir.same")


def _coverage_change(now: float | None, before: float | None, prev: str) -> list[str]:
    if is_missing(now):
        return []
    if is_missing(before):
        return [t("briefing.s.coverage_new", after=fmt.percent(now), date=prev)]
    delta = round(now, 1) - round(before, 1)
    if round(delta, 1) == 0:
        return [t("briefing.s.coverage_same", after=fmt.percent(now))]
    return [t("briefing.s.coverage_change", direction=direction(delta), delta=fmt.number(abs(delta), 1),
              before=fmt.percent(before), after=fmt.percent(now))]


def changes(c: Content) -> list[str]:
    """What changed since the as-of date one week earlier."""
    now, before, prev = c.report, c.previous, fmt.date(c.week.previous)
    if is_missing(now["stock"]):
        out = []
    elif is_missing(before["stock"]):
        out = [t("briefing.s.stock_change_none", after=fmt.number(now["stock"]))]
    elif now["stock"] == before["stock"]:
        out = [t("briefing.s.stock_same", after=fmt.number(now["stock"]), date=prev)]
    else:
        out = [t("briefing.s.stock_change", direction=direction(now["stock"] - before["stock"]),
                 delta=fmt.number(abs(now["stock"] - before["stock"])), date=prev,
                 before=fmt.number(before["stock"]), after=fmt.number(now["stock"]))]
    span = range_text(c.week.start, c.week.end)
    if c.use_week is None:
        out.append(t("briefing.s.use_week_none", span=span))
    else:
        out.append(t("briefing.s.use_week", use=fmt.number(c.use_week), before=fmt.number(c.use_previous_week),
                     span=span))
    out += _coverage_change(now["coverage_pct"], before["coverage_pct"], prev)
    if c.is_unit:
        if now["status"] != before["status"]:
            out.append(t("briefing.s.own_status_change", before=present.charts.base.status_label(before["status"]).lower(),
                         after=present.charts.base.status_label(now["status"]).lower()))
        else:
            out.append(t("briefing.s.own_status_same", status=present.charts.base.status_label(now["status"]).lower()))
    elif c.status_changes.height:
        worse = c.status_changes.filter(pl.col("status").is_in(ACTION_STATUSES)).height
        out.append(t("briefing.s.status_changes", n=fmt.number(c.status_changes.height),
                     noun=_noun(c, c.status_changes), worse=fmt.number(worse)))
    else:
        out.append(t("briefing.s.status_changes_none", noun=_noun(c)))
    return out


def actions(c: Content) -> list[str]:
    if c.actions.height == 0:
        return [t("briefing.s.actions_none", noun=_noun(c))]
    return [t("briefing.s.actions", n=fmt.number(c.actions.height), noun=_noun(c, c.actions))]


def quality(c: Content) -> list[str]:
    """Reporting completeness of the last complete month, missing/late over the window, stale reports."""
    p = c.problems
    months = p["completeness_summary"]
    start, end = months["month"].min(), months["month"].max()
    last = months.row(months.height - 1, named=True) if months.height else None
    if last is None or not last["expected"]:
        return [t("briefing.s.completeness_none", start=fmt.month(start), end=fmt.month(end))]
    out = [t("briefing.s.completeness", month=fmt.month(last["month"]), reported=fmt.number(
        last["reported"] + last["late"]), expected=fmt.number(last["expected"]), pct=fmt.percent(last["rate_pct"]),
        late=fmt.number(last["late"]))]
    missing, late, stale = p["missing"].height, p["late"].height, p["stale"].height
    if missing or late:
        out.append(t("briefing.s.missing", start=fmt.month(start), end=fmt.month(end), missing=fmt.number(missing),
                     late=fmt.number(late), units=fmt.number(p["completeness"]["region_code"].n_unique())))
    if stale:
        out.append(t("briefing.s.stale", n=fmt.number(stale), days=c.settings.stale_days))
    if not (missing or late or stale):
        out.append(t("briefing.s.quality_clear"))
    return out


SECTIONS = ("summary", "changes", "actions", "quality")


def section_title(key: str, c: Content) -> str:
    """'Ringkasan', 'Perubahan sejak minggu lalu (24 Mar 2024)', 'Perlu tindakan', 'Kualitas data'."""
    return t(f"briefing.sec.{key}", date=fmt.date(c.week.previous))


def sentences(c: Content) -> dict[str, list[str]]:
    """Every sentence of the briefing by section key (SECTIONS order)."""
    return {"summary": summary(c), "changes": changes(c), "actions": actions(c), "quality": quality(c)}


def subtitle(c: Content) -> str:
    """'Minggu ke-13, 25–31 Mar 2024 · data sampai 31 Mar 2024'."""
    return t("briefing.subtitle", week=c.week.label, date=fmt.date(c.report["last_report"]))


def made_text(moment: dt.datetime) -> str:
    return f"{fmt.date(moment.date())} {moment:%H:%M} WIB"

