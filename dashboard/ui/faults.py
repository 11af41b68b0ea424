"""The app's answer on a bad day: a damaged store, a refused write or a busy store get a Bahasa page or line.

No stack and no server path reaches the screen (visitors may be anonymous; client.showErrorDetails is "none" for
anything that slips past): the full trace goes to the server log under a reference id that the screen shows.
"""

from __future__ import annotations

import logging
import secrets
from contextlib import contextmanager
from typing import Iterator

import streamlit as st

from dashboard.store import FileSystemFailure, StoreBusy, StoreConfigError, StoreDamaged, StoreTooNew
from dashboard.text import t

_log = logging.getLogger(__name__)
FAULTS = (StoreDamaged, FileSystemFailure, StoreBusy, StoreConfigError)


def logged(exc: BaseException) -> str:
    """Write exc with its trace to the server log; the reference id to show on screen."""
    ref = secrets.token_hex(4).upper()
    _log.error("reference %s: %s", ref, type(exc).__name__, exc_info=exc)
    return ref


def inline(exc: BaseException) -> str:
    """One Bahasa line for an error box inside a page (an upload that could not be saved)."""
    ref = logged(exc)
    if isinstance(exc, StoreConfigError):
        text = t("shared.app.config")
    elif isinstance(exc, StoreDamaged):
        text = t("faults.app.damaged")
    elif isinstance(exc, FileSystemFailure):
        text = exc.text(with_path=False)
    else:
        text = str(exc)
    return f"{text} {t('faults.app.reference', ref=ref)}"


def page(exc: BaseException) -> None:
    """The whole page for a store fault: what happened, what an administrator does, the reference id."""
    ref = logged(exc)
    if isinstance(exc, StoreConfigError):  # the details (server, folder) go to the log, not to visitors
        st.title(t("shared.app.config_title"))
        st.error(t("shared.app.config"), icon=":material/error:")
    elif isinstance(exc, StoreTooNew):
        st.title(t("faults.app.damaged_title"))
        st.error(t("shared.app.too_new"), icon=":material/error:")
    elif isinstance(exc, StoreDamaged):
        st.title(t("faults.app.damaged_title"))
        st.error(t("faults.app.damaged"), icon=":material/error:")
        st.markdown(t("faults.app.damaged_admin"))
    elif isinstance(exc, FileSystemFailure):
        st.title(t("faults.app.fs_title"))
        st.error(exc.text(with_path=False), icon=":material/error:")
    else:
        st.title(t("faults.app.busy_title"))
        st.warning(str(exc), icon=":material/hourglass_empty:")
    st.caption(t("faults.app.reference", ref=ref))


@contextmanager
def guard() -> Iterator[None]:
    """Around the whole app run: a store fault anywhere (first open, a page's query) shows page() instead."""
    try:
        yield
    except FAULTS as exc:
        page(exc)
