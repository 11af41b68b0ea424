"""Demo data, part 2: the day-by-day stock simulation, vectorised over regions (one numpy step per day)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from dashboard.demo.model import FILM_YIELD, NEVER, RIBBON_YIELD, Calendar, KabParams, ProvParams

RETRY_DAYS = 3  # a request the warehouse could not fill is asked again after this many days
BACKLOG_KEEP = 0.97  # share of yesterday's unprinted backlog still waiting today (cleared over ~2 months)


@dataclass
class Flows:
    """One item's daily ledger for a set of regions: [day, region] matrices; stok_akhir follows from the identity."""

    stok_awal: np.ndarray
    penerimaan: np.ndarray
    distribusi: np.ndarray
    pemakaian: np.ndarray
    rusak: np.ndarray

    @property
    def stok_akhir(self) -> np.ndarray:
        return self.stok_awal + self.penerimaan - self.distribusi - self.pemakaian - self.rusak


@dataclass
class Result:
    kab: dict[str, Flows]  # item -> flows of the kab/kota
    prov: dict[str, Flows]  # item -> flows of the province warehouses
    backlog: np.ndarray  # [day, K] cards wanted but not printed, still waiting (feeds PRR)


def _zeros(D: int, n: int) -> np.ndarray:
    return np.zeros((D, n), dtype=np.int64)


def _need_until(cum: np.ndarray, runout: np.ndarray, base: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(planned mask, cards wanted from day 0 up to each region's run-out day; past today at the mean rate)."""
    D, K = cum.shape[0] - 1, cum.shape[1]
    planned = runout < NEVER
    stop = np.clip(runout, 0, D)
    need = cum[stop, np.arange(K)] + np.maximum(runout - D, 0) * base
    return planned, np.where(planned, need, 0.0)


class _Consumable:
    """Ribbon or film at the kab/kota: bought locally in batches; a unit is used up after `yield_` cards."""

    def __init__(self, D: int, reorder, batch, stock0, block, lead, yield_: int, cum, base):
        self.reorder, self.batch, self.block, self.lead, self.yield_ = reorder, batch, block, lead, yield_
        self.cum = cum
        self.planned, self.need = _need_until(cum, block[2], base)
        self.stock = stock0.copy()
        self.part = np.zeros_like(stock0)  # cards printed on the unit in use (counted in stock until finished)
        self.due = np.full_like(stock0, -1)
        self.flows = Flows(_zeros(D, len(stock0)), _zeros(D, len(stock0)), _zeros(D, len(stock0)),
                           _zeros(D, len(stock0)), _zeros(D, len(stock0)))

    def receive(self, d: int) -> np.ndarray:
        """Today's purchases arrive; returns how many cards the stock can still print."""
        ask = (self.due < 0) & (self.stock <= self.reorder)
        self.due[ask] = d + self.lead[d, ask]
        capacity = self.stock * self.yield_ - self.part
        # Regions picked to be out of ribbon today buy only what lasts until their run-out day.
        room = np.floor(np.maximum(self.need - self.cum[d] - capacity, 0) / self.yield_).astype(np.int64)
        batch = np.where(self.planned, np.minimum(self.batch, room), self.batch)
        blocked = ((d >= self.block[0]) & (d < self.block[1])) | (batch <= 0)
        arrive = self.due == d
        self.due[arrive & blocked] = d + 1  # procurement stuck (budget): arrives the day it is unblocked
        arrive &= ~blocked
        got = np.where(arrive, batch, 0)
        self.due[arrive] = -1
        self.flows.stok_awal[d] = self.stock
        self.flows.penerimaan[d] = got
        self.stock = self.stock + got
        return self.stock * self.yield_ - self.part

    def use(self, d: int, cards: np.ndarray) -> None:
        total = self.part + cards
        used = total // self.yield_
        self.part = total % self.yield_
        self.flows.pemakaian[d] = used
        self.stock = self.stock - used


def simulate(cal: Calendar, kp: KabParams, pp: ProvParams) -> Result:
    D, K, P = cal.days, len(kp.codes), len(pp.codes)
    sk, sp = kp.stock0.copy(), pp.stock0.copy()
    due_k = np.full(K, -1, dtype=np.int64)
    next_p = pp.first.copy()
    backlog = np.zeros(K)
    kab = Flows(_zeros(D, K), _zeros(D, K), _zeros(D, K), _zeros(D, K), _zeros(D, K))
    prov = Flows(_zeros(D, P), _zeros(D, P), _zeros(D, P), _zeros(D, P), _zeros(D, P))
    backlog_out = np.zeros((D, K))
    s0, s1 = cal.shortage
    cum = np.vstack([np.zeros((1, K), dtype=np.int64), np.cumsum(kp.demand, axis=0)])  # demand before day d
    planned, last_need = _need_until(cum, kp.runout, kp.base)
    ribbon = _Consumable(D, kp.r_reorder, kp.r_batch, kp.r_stock0, kp.r_block, kp.r_lead, RIBBON_YIELD, cum, kp.base)
    film = _Consumable(D, kp.f_reorder, kp.f_batch, kp.f_stock0, kp.f_block, kp.f_lead, FILM_YIELD, cum, kp.base)
    for d in range(D):
        # Centre -> province warehouse: order-up-to deliveries, none during the national shortage.
        due = next_p == d
        if s0 <= d < s1:
            next_p[due] = s1 + pp.resume[due]
            due[:] = False
        pen_p = np.where(due, np.ceil(np.maximum(pp.target - sp, 0) / 1000).astype(np.int64) * 1000, 0)
        pen_p = pen_p + np.where(pp.big_day == d, np.maximum(pp.big_qty - sp - pen_p, 0), 0)
        next_p[due] = d + np.maximum(pp.interval[due] + pp.jitter[d, due], 14)
        avail_p = sp + pen_p

        # Province warehouse -> kab/kota: asked below the reorder point, sent after a lead time (sometimes late).
        ask = (due_k < 0) & (sk < kp.reorder)
        due_k[ask] = d + kp.lead[d, ask]
        send = due_k == d
        want = np.where(send, np.ceil(np.maximum(kp.upto - sk, 0) / 100).astype(np.int64) * 100, 0)
        # Regions picked to be out (or nearly) today get only what lasts until their run-out day.
        enough = np.floor(np.maximum(last_need - cum[d] - sk, 0) / 100).astype(np.int64) * 100
        want = np.where(planned, np.minimum(want, enough), want)
        asked = np.bincount(kp.parent, weights=want, minlength=P)
        share = np.where(asked > avail_p, avail_p / np.maximum(asked, 1), 1.0)
        # A short warehouse shares what it has (in boxes of 100), never more than it holds.
        alloc = (np.floor(want * share[kp.parent] / 100) * 100).astype(np.int64)
        dist_p = np.bincount(kp.parent, weights=alloc, minlength=P).astype(np.int64)
        due_k[send & (alloc > 0)] = -1
        due_k[send & (alloc == 0)] = d + RETRY_DAYS
        prov.stok_awal[d], prov.penerimaan[d], prov.distribusi[d] = sp, pen_p, dist_p
        sp = avail_p - dist_p

        # Printing: limited by blanks, ribbon and film; what cannot be printed waits (PRR) or is lost.
        cap_r, cap_f = ribbon.receive(d), film.receive(d)
        avail_k = sk + alloc
        printed = np.minimum.reduce([kp.demand[d], avail_k, cap_r, cap_f])
        rusak = np.minimum(np.floor(printed * kp.rusak_p + kp.u[d]).astype(np.int64), printed)
        kab.stok_awal[d], kab.penerimaan[d] = sk, alloc
        kab.pemakaian[d], kab.rusak[d] = printed - rusak, rusak
        sk = avail_k - printed
        ribbon.use(d, printed)
        film.use(d, printed)
        backlog = backlog * BACKLOG_KEEP + (kp.demand[d] - printed)
        backlog_out[d] = backlog

    return Result(kab={"blangko": kab, "ribbon": ribbon.flows, "film": film.flows},
                  prov={"blangko": prov, **_warehouse_consumables(D, pp)}, backlog=backlog_out)


def _warehouse_consumables(D: int, pp: ProvParams) -> dict[str, Flows]:
    """Province ribbon/film: a reserve and one purchase in the window, nothing used (kab/kota buy their own)."""
    out = {}
    for i, item in enumerate(("ribbon", "film")):
        P = len(pp.codes)
        pen = _zeros(D, P)
        if P:
            pen[pp.purchase_day[i], np.arange(P)] = pp.purchase_qty[i]
        awal = pp.reserve[i][None, :] + np.cumsum(pen, axis=0) - pen
        out[item] = Flows(awal, pen, _zeros(D, P), _zeros(D, P), _zeros(D, P))
    return out
