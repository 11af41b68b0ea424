"""The shared sidebar: region (Indonesia → provinsi → kab/kota) and as-of date, mirrored in the URL (?wilayah=&per=)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import streamlit as st

from dashboard import codes, fmt, regions
from dashboard.text import t
from dashboard.ui.state import cached

_PROV, _KAB, _DATE, _INIT = "sb_provinsi", "sb_kabkota", "sb_per", "_sb_init"
_WARN = "_sb_warnings"
_LATEST = "_sb_latest"  # the latest data date this session last saw
ALL = ""  # the "whole province" choice of the kab/kota box
EARLIEST = dt.date(2011, 1, 1)  # e-KTP started in 2011; nothing older can be asked for


@dataclass(frozen=True)
class Selection:
    """What every analysis page shows: one region ('ID', 'PP' or 'PP.KK') as of one date."""

    region: str
    as_of: dt.date | None

    @property
    def name(self) -> str:
        region = regions.get(self.region)
        return region.name if region else self.region

    @property
    def level(self) -> str:
        region = regions.get(self.region)
        return region.level if region else "nasional"

    @property
    def province(self) -> str | None:
        """The province code ('65' for '65.01'); None for Indonesia."""
        return None if self.region == regions.NATIONAL else self.region.split(".")[0]

    def caption(self) -> str:
        """'Kalimantan Utara · per 31 Mar 2024' for page headers."""
        return t("sidebar.caption", name=self.name, date=fmt.date(self.as_of))


def latest_date() -> dt.date | None:
    """The newest date with data (the default as-of)."""
    from dashboard import metrics

    return cached(metrics.latest_as_of)


def parse_region(raw: str | None) -> str | None:
    """A query value to a known region code: Kemendagri '65.02' or BPS '6501' (both Malinau); None when unknown.

    A two-digit code is read as Kemendagri where BPS numbers the province differently (91: Papua, not BPS's Papua
    Barat): the app writes its own links with Kemendagri codes.
    """
    if raw is None:
        return None
    text = str(raw).strip()
    if text.upper() == regions.NATIONAL:
        return regions.NATIONAL
    return codes.read_code(text, province_system=codes.KEMENDAGRI).code


def parse_date(raw: str | None, latest: dt.date) -> dt.date | None:
    """A query value 'YYYY-MM-DD' within [2011-01-01, latest]; None otherwise."""
    try:
        value = dt.date.fromisoformat(str(raw).strip())
    except (TypeError, ValueError):
        return None
    return value if EARLIEST <= value <= latest else None


def _first_run(latest: dt.date) -> None:
    """Seed the widgets from the URL once per browser session; bad values fall back with a warning."""
    warnings = []
    params = st.query_params
    region = regions.NATIONAL
    if "wilayah" in params:
        region = parse_region(params.get("wilayah")) or regions.NATIONAL
        if region == regions.NATIONAL and str(params.get("wilayah")).strip().upper() != regions.NATIONAL:
            warnings.append(t("sidebar.bad_region", value=str(params.get("wilayah"))[:40]))
    as_of = latest
    if "per" in params:
        parsed = parse_date(params.get("per"), latest)
        if parsed is None:
            warnings.append(t("sidebar.bad_date", value=str(params.get("per"))[:40], latest=fmt.date(latest)))
        as_of = parsed or latest
    province = regions.NATIONAL if region == regions.NATIONAL else region.split(".")[0]
    st.session_state[_PROV] = province
    st.session_state[_KAB] = region if "." in region else ALL
    st.session_state[_DATE] = as_of
    st.session_state[_WARN] = warnings
    st.session_state[_INIT] = True


def select_region(code: str) -> None:
    """Make the sidebar show a region (call from a widget callback: widget values may be set only before a run)."""
    if "." in code:
        st.session_state[_PROV] = code.split(".")[0]
        st.session_state[_KAB] = code
    else:
        st.session_state[_PROV] = code
        st.session_state[_KAB] = ALL


def _reset_kab() -> None:
    st.session_state[_KAB] = ALL


def _province_label(code: str) -> str:
    if code == regions.NATIONAL:
        return t("sidebar.national")
    return f"{regions.get(code).name} ({code})"


def _kab_label(code: str) -> str:
    return t("sidebar.whole_province") if code == ALL else f"{regions.get(code).name} ({code})"


def _top_label(latest: dt.date) -> str:
    """'Wilayah: Kalimantan Utara · per 31 Mar 2024' from the pickers' current values (set before this run)."""
    province = st.session_state.get(_PROV) or regions.NATIONAL
    kab = st.session_state.get(_KAB) or ALL
    code = kab if province != regions.NATIONAL and kab != ALL else province
    region = regions.get(code) if code != regions.NATIONAL else None
    name = region.name if region else t("sidebar.national")
    as_of = st.session_state.get(_DATE) if isinstance(st.session_state.get(_DATE), dt.date) else latest
    return t("layout.region_now", name=name, date=fmt.date(as_of))


def render(*, top: bool = False) -> Selection:
    """Draw the region and date pickers and return the selection (also kept for pages).

    top=False: in the sidebar. top=True (phones): at the top of the page, under a line naming the region and
    date, in an expander that opens the same pickers (the sidebar hides behind an unlabelled button there).
    """
    latest = latest_date() or dt.date.today()
    if not st.session_state.get(_INIT):
        _first_run(latest)
    seen = st.session_state.get(_LATEST)
    # An upload moved the latest date: whoever was looking at the latest data now sees the new latest
    # (a date picked on purpose stays); never hand the widget a value outside its range.
    if seen is not None and seen != latest and st.session_state.get(_DATE) == seen:
        st.session_state[_DATE] = latest
    if not isinstance(st.session_state.get(_DATE), dt.date) or not EARLIEST <= st.session_state[_DATE] <= latest:
        st.session_state[_DATE] = latest
    st.session_state[_LATEST] = latest
    if top:
        box = st.container(key="ektp_region_top")
        box.markdown(_top_label(latest))
        sb = box.expander(t("layout.region_change"), icon=":material/place:")
    else:
        sb = st.sidebar
        sb.subheader(t("sidebar.heading"))
    province_options = [regions.NATIONAL] + [r.code for r in regions.provinces()]
    province = sb.selectbox(t("sidebar.province"), province_options, key=_PROV,
                            format_func=_province_label, on_change=_reset_kab)
    region = province
    if province != regions.NATIONAL:
        kab_options = [ALL] + [r.code for r in regions.children(province)]
        if st.session_state.get(_KAB) not in kab_options:
            st.session_state[_KAB] = ALL
        kab = sb.selectbox(t("sidebar.kabkota"), kab_options, key=_KAB, format_func=_kab_label)
        region = kab or province
    as_of = sb.date_input(t("sidebar.as_of"), key=_DATE, min_value=EARLIEST, max_value=latest,
                          format="DD/MM/YYYY", help=t("sidebar.as_of_help", latest=fmt.date(latest)))
    selection = Selection(region, as_of if isinstance(as_of, dt.date) else latest)
    # The URL warning stays until the user picks something else.
    if st.session_state.setdefault("_sb_first", selection) != selection:
        st.session_state[_WARN] = []
    for warning in st.session_state.get(_WARN, []):
        (box if top else sb).warning(warning, icon="⚠️")
    _mirror(selection)
    st.session_state["selection"] = selection
    return selection


def _mirror(selection: Selection) -> None:
    """Write the selection into the URL so it can be shared (only when it changed: no extra reruns)."""
    wanted = {"wilayah": selection.region, "per": selection.as_of.isoformat() if selection.as_of else ""}
    current = {k: st.query_params.get(k) for k in wanted}
    if current != wanted:
        st.query_params.update(wanted)


def current() -> Selection:
    """The selection made in the sidebar this run (pages call this; app.py drew the sidebar first)."""
    selection = st.session_state.get("selection")
    if selection is None:  # a page run on its own (tests of a single page file)
        selection = render()
    return selection
