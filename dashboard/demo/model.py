"""Demo data, part 1: the calendar (window, shortage, election surge) and seeded parameters of every region."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from dashboard import codes as codes_mod
from dashboard import regions as regions_mod
from dashboard.regions import Region

RIBBON_YIELD = 450  # cards per ribbon (settings default; 400-500 reported)
FILM_YIELD = 1000  # cards per retransfer-film roll
# Offices print Monday-Friday (Friday short), a little on Saturday, almost nothing on Sunday.
WEEKDAY = np.array([1.15, 1.15, 1.15, 1.15, 1.0, 0.3, 0.08])
KALTARA = "65"  # "66 ribu di Disdukcapil Kaltara": the province warehouse with a large stock
KALTARA_STOCK = 70_000
NEVER = 10**9  # a day index beyond any window
SHORTAGE_MONTHS_AGO, SHORTAGE_DAYS = 15, 42  # like Sept-Nov 2022: the centre sends nothing for six weeks
ELECTION_MONTHS_AGO, SURGE_DAYS = 9, 60  # Pilkada/Pemilu: two months of extra demand before the vote


def add_months(day: dt.date, n: int) -> dt.date:
    """The same day n months later (earlier when n < 0), clamped to the month's length."""
    index = day.year * 12 + day.month - 1 + n
    year, month = divmod(index, 12)
    month += 1
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last))


@dataclass(frozen=True)
class Calendar:
    """The daily window [start, today] and the day indexes of the national events inside it."""

    start: dt.date
    today: dt.date
    days: int
    weekday: np.ndarray  # 0 = Monday, one per day
    shortage: tuple[int, int]  # [first, end) day index; empty when outside the window
    surge: tuple[int, int]
    month_starts: list[dt.date]  # complete months that get a coverage row (oldest first)

    def index(self, day: dt.date) -> int:
        return (day - self.start).days


def calendar(today: dt.date, months: int) -> Calendar:
    """Daily rows from the 1st of the month `months` before today's month up to today (never later)."""
    start = add_months(today.replace(day=1), -months)
    days = (today - start).days + 1
    weekday = (np.arange(days) + start.weekday()) % 7

    def window(first: dt.date, length: int) -> tuple[int, int]:
        a = min(max((first - start).days, 0), days)
        b = min(max((first - start).days + length, 0), days)
        return a, b

    shortage = window(add_months(today, -SHORTAGE_MONTHS_AGO), SHORTAGE_DAYS)
    election = add_months(today, -ELECTION_MONTHS_AGO)
    surge = window(election - dt.timedelta(days=SURGE_DAYS), SURGE_DAYS)
    # The current month counts only when today is its last day (an incomplete month is not reported yet).
    last = today.replace(day=1) if (today + dt.timedelta(days=1)).day == 1 else add_months(today.replace(day=1), -1)
    month_starts = [add_months(last, -i) for i in range(months - 1, -1, -1)]
    return Calendar(start, today, days, weekday, shortage, surge, month_starts)


def select(codes: list[str] | None) -> tuple[list[Region], list[Region]]:
    """(province warehouses, kab/kota) to build; a province brings all its kab/kota, a kab/kota its warehouse."""
    everything = regions_mod.all_regions()
    if codes is None:
        return [r for r in everything if r.level == "provinsi"], [r for r in everything if r.level != "provinsi"]
    wanted_prov, wanted_kab = set(), set()
    unknown = []
    for raw in codes:
        code = codes_mod.read_code(raw, province_system=codes_mod.KEMENDAGRI).code
        region = regions_mod.get(code) if code else None
        if region is None or region.level == "nasional":
            unknown.append(str(raw))
        elif region.level == "provinsi":
            wanted_prov.add(region.code)
            wanted_kab.update(r.code for r in everything if r.parent_code == region.code)
        else:
            wanted_kab.add(region.code)
            wanted_prov.add(region.parent_code)
    if unknown:
        from dashboard.text import t

        raise ValueError(t("demo.err.unknown_regions", codes=", ".join(unknown)))
    return ([r for r in everything if r.code in wanted_prov], [r for r in everything if r.code in wanted_kab])


def rng(seed: int, code: str, stream: int) -> np.random.Generator:
    # One stream per region and purpose, so a region's numbers do not depend on which others are built.
    return np.random.default_rng([seed, int(code.replace(".", "")), len(code), stream])


def _size(rng: np.random.Generator, region: Region) -> int:
    """Wajib KTP: lognormal, Java bigger, Papua smaller, kota in Java bigger than elsewhere."""
    prov = int(region.code[:2])
    java = 31 <= prov <= 36
    mu = np.log(230_000) + (np.log(2.2) if java else np.log(0.35) if prov >= 91 else 0.0)
    if region.level == "kota":
        mu += np.log(1.3) if java else np.log(0.8)
    return int(np.clip(rng.lognormal(mu, 0.6), 40_000, 3_000_000))


def _round_up(x: np.ndarray | float, step: int) -> np.ndarray:
    return (np.ceil(np.asarray(x, dtype=float) / step) * step).astype(np.int64)


@dataclass
class KabParams:
    """Per kab/kota: arrays of length K, and [day, K] matrices of exogenous daily draws."""

    codes: list[str]
    parent: np.ndarray  # index into the province list
    wajib0: np.ndarray
    base: np.ndarray  # mean cards a day
    rusak_p: np.ndarray
    reorder: np.ndarray
    upto: np.ndarray
    stock0: np.ndarray
    runout: np.ndarray  # day the province lets the stock run out (transfers capped to last until then), or NEVER
    r_reorder: np.ndarray  # ribbons; film likewise
    r_batch: np.ndarray
    r_stock0: np.ndarray
    r_block: np.ndarray  # [3, K]: a past window [a, b) with no purchases, and a run-out day (or NEVER)
    f_reorder: np.ndarray
    f_batch: np.ndarray
    f_stock0: np.ndarray
    f_block: np.ndarray
    demand: np.ndarray  # [D, K] cards wanted (including the ones that will be spoiled)
    lead: np.ndarray  # [D, K] days from a request raised that day to the transfer
    r_lead: np.ndarray
    f_lead: np.ndarray
    u: np.ndarray  # [D, K] uniforms for stochastic rounding of rusak


def kab_params(kabs: list[Region], provs: list[Region], cal: Calendar, seed: int) -> KabParams:
    pindex = {p.code: i for i, p in enumerate(provs)}
    D, K = cal.days, len(kabs)
    cols: dict[str, list] = {k: [] for k in ("wajib0", "base", "rusak_p", "reorder", "upto", "stock0", "runout",
                                             "r_reorder", "r_batch", "r_stock0", "r_block", "f_reorder", "f_batch",
                                             "f_stock0", "f_block", "demand", "lead", "r_lead", "f_lead", "u")}
    wd = WEEKDAY[cal.weekday] / WEEKDAY.mean()
    for region in kabs:
        s = rng(seed, region.code, 0)  # static: independent of today and of the window length
        wajib = _size(s, region)
        base = wajib * s.uniform(0.0002, 0.00042)
        rusak_p = s.uniform(0.01, 0.02)
        overstock = s.random() < 0.02
        reorder_days, upto_days = (s.uniform(380, 400), s.uniform(420, 600)) if overstock else (
            s.uniform(10, 30), s.uniform(45, 120))
        reorder = int(_round_up(max(1000.0, reorder_days * base), 100))
        upto = int(_round_up(max(upto_days * base, reorder + s.uniform(500, 2000)), 100))
        stock0 = int(s.uniform(reorder, upto))
        # Today's picture: a few offices just ran out (late province), some more run out within two weeks.
        u = s.random()
        runout = D - 1 - int(s.integers(0, 21)) if u < 0.015 else D + int(s.integers(3, 12)) if u < 0.065 else NEVER
        surge = s.uniform(1.5, 2.0)
        items = []
        for yield_, p_now in ((RIBBON_YIELD, 0.02), (FILM_YIELD, 0.01)):
            per_day = base / yield_
            item_reorder = max(2, int(np.ceil(s.uniform(20, 45) * per_day)))
            batch = max(5, int(_round_up(s.uniform(45, 120) * per_day, 5)))
            item_stock0 = int(s.integers(item_reorder + 1, item_reorder + batch + 1))
            a = 60 + int(s.random() * max(1, D - 120)) if s.random() < 0.06 else D
            b = a + int(s.integers(30, 61))
            # "Kulonprogo": thousands of blanks, no ribbon; purchases stop so the last one ran out lately.
            now = D - 1 - int(s.integers(0, 21)) if s.random() < p_now else NEVER
            items.append((item_reorder, batch, item_stock0, (a, b, now)))
        d = rng(seed, region.code, 1)  # daily draws
        lam = base * wd * d.gamma(16.0, 1 / 16.0, D)
        lam[cal.surge[0]:cal.surge[1]] *= np.minimum(1 + (surge - 1) * np.arange(1, cal.surge[1] - cal.surge[0] + 1) / 14,
                                                     surge)
        late = d.random(D) < 0.03
        lead = np.where(late, d.integers(15, 41, D), d.integers(1, 5, D))
        vals = dict(wajib0=wajib, base=base, rusak_p=rusak_p, reorder=reorder, upto=upto, stock0=stock0,
                    runout=runout, demand=d.poisson(lam), lead=lead, u=d.random(D))
        for prefix, (item_reorder, batch, item_stock0, block) in zip(("r", "f"), items):
            late = d.random(D) < 0.03
            vals.update({f"{prefix}_reorder": item_reorder, f"{prefix}_batch": batch, f"{prefix}_stock0": item_stock0,
                         f"{prefix}_block": block,
                         f"{prefix}_lead": np.where(late, d.integers(25, 61, D), d.integers(3, 15, D))})
        for key, value in vals.items():
            cols[key].append(value)

    def stack(key: str, dtype=np.int64) -> np.ndarray:
        if key in ("demand", "lead", "r_lead", "f_lead", "u"):
            return np.stack(cols[key], axis=1).astype(dtype) if K else np.zeros((D, 0), dtype)
        if key in ("r_block", "f_block"):
            return np.array(cols[key], dtype=dtype).reshape(K, 3).T
        return np.array(cols[key], dtype=dtype)

    floats = {"base", "rusak_p", "u"}
    return KabParams(codes=[r.code for r in kabs], parent=np.array([pindex[r.parent_code] for r in kabs], dtype=np.int64),
                     **{k: stack(k, np.float64 if k in floats else np.int64) for k in cols})


@dataclass
class ProvParams:
    """Per province warehouse: centre deliveries (order-up-to), a big one for Kaltara-like stores, ribbon/film reserve."""

    codes: list[str]
    rate: np.ndarray  # mean cards a day of its kab/kota (in this build)
    interval: np.ndarray  # days between centre deliveries, plus jitter[D, P]
    jitter: np.ndarray
    first: np.ndarray
    target: np.ndarray
    stock0: np.ndarray
    resume: np.ndarray  # days after the shortage ends before the first delivery
    big_day: np.ndarray  # -1 when none
    big_qty: np.ndarray  # stock level the big delivery fills up to
    reserve: np.ndarray  # [2, P] ribbon, film at the start
    purchase_day: np.ndarray  # [2, P]
    purchase_qty: np.ndarray  # [2, P]


def prov_params(provs: list[Region], kp: KabParams, cal: Calendar, seed: int) -> ProvParams:
    P, D = len(provs), cal.days
    rate = np.bincount(kp.parent, weights=kp.base, minlength=P)
    rows = []
    for i, region in enumerate(provs):
        s = rng(seed, region.code, 0)
        interval = int(s.integers(30, 91))
        # Thin safety stock at the warehouse: a six-week stop at the centre empties many of them.
        target = int(_round_up(rate[i] * (interval + s.uniform(10, 40)), 1000))
        stock0 = int(_round_up(target * s.uniform(0.4, 0.9), 1000))
        big = region.code == KALTARA or s.random() < 0.08
        big_day = D - int(s.integers(7, 22)) if big and D > 30 else -1
        big_qty = KALTARA_STOCK if region.code == KALTARA else int(_round_up(max(50_000, 180 * rate[i]), 1000))
        # big_qty is a level: that delivery fills the warehouse up to it.
        reserve = [int(s.integers(0, 61)), int(s.integers(0, 26))]
        pday = [int(s.random() * D), int(s.random() * D)]
        pqty = [int(s.integers(10, 41)), int(s.integers(5, 21))]
        d = rng(seed, region.code, 1)
        rows.append((interval, d.integers(-7, 8, D), int(s.integers(0, interval)), target, stock0,
                     int(s.integers(0, 11)), big_day, big_qty, reserve, pday, pqty))
    cols = list(zip(*rows)) if rows else [()] * 11
    arr = lambda k: np.array(cols[k], dtype=np.int64)  # noqa: E731
    return ProvParams(
        codes=[r.code for r in provs], rate=rate, interval=arr(0),
        jitter=np.stack(cols[1], axis=1).astype(np.int64) if rows else np.zeros((D, 0), np.int64),
        first=arr(2), target=arr(3), stock0=arr(4), resume=arr(5), big_day=arr(6), big_qty=arr(7),
        reserve=arr(8).reshape(P, 2).T, purchase_day=arr(9).reshape(P, 2).T, purchase_qty=arr(10).reshape(P, 2).T)
