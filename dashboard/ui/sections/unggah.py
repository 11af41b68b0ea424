"""Unggah page helpers: templates, the dry-run preview kept per batch sha256, apply, results and upload history."""

from __future__ import annotations

import logging
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Sequence

import polars as pl
import streamlit as st

from dashboard import fmt, importer, paths, present
from dashboard.admin import auth
from dashboard.store import FileSystemFailure, StoreBusy, StoreDamaged
from dashboard.text import t
from dashboard.ui import faults, widgets
from dashboard.ui.auth import md_escape
from dashboard.ui.sections import unggah_mapping
from dashboard.ui.state import store

TEMPLATES = paths.TEMPLATES_DIR
TEMPLATE_FILES = ("template_stok.xlsx", "template_stok.csv", "template_perekaman.xlsx", "template_perekaman.csv")
_MIME = {"csv": "text/csv", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
_PREVIEW, _RESULT = "unggah_preview", "unggah_result"
_STALE, _FAILED = "unggah_stale", "unggah_failed"
_log = logging.getLogger(__name__)


def identity(user: auth.User) -> tuple[str, set[str] | None]:
    """(uploader name, allowed regions) of the logged-in account (None regions: an admin, everything)."""
    return user.name, auth.allowed_regions(user)


def office(user: auth.User) -> str:
    """The office a user's column mappings belong to: its region ('' for pusat accounts without one)."""
    return user.region_code or ""


def import_options(user: auth.User) -> importer.ImportOptions:
    """The office's saved mappings (a file with one's header row is read with it), the account's own kab/kota for
    files that name no region, and the answers of the mapping step."""
    fallback = user.region_code if user.role == "kabkota" else None
    saved = tuple(importer.list_mappings(store(), office(user)))
    return importer.ImportOptions(fallback_region=fallback, mappings=saved, per_file=unggah_mapping.per_file())


def _options_key(options: importer.ImportOptions) -> str:
    """What in the options changes a plan: the answers per file and the saved mappings."""
    parts = [(sha, c.mapping.spec() if c.mapping else None, c.region, c.period)
             for sha, c in sorted(options.per_file.items())]
    return repr((parts, [m.spec() for m in options.mappings], options.fallback_region))


@contextmanager
def guarded() -> Iterator[None]:
    """Show a failure as an Indonesian message, never a traceback (the log keeps the details)."""
    try:
        yield
    except StoreDamaged:
        raise  # the app's own page says what an administrator does (ui.faults.guard in app.py)
    except (StoreBusy, FileSystemFailure) as exc:
        st.error(faults.inline(exc))
    except Exception:
        _log.exception("unggah gagal")
        st.error(t("ops.unggah.failed"))


def templates() -> None:
    """Download buttons for the blank templates that exist in data/templates/."""
    found = [TEMPLATES / name for name in TEMPLATE_FILES if (TEMPLATES / name).is_file()]
    if not found:
        return
    with st.expander(t("ops.unggah.templates"), icon=":material/description:"):
        st.caption(t("ops.unggah.templates_help"))
        for column, path in zip(st.columns(len(found)), found):
            column.download_button(path.name, data=path.read_bytes, file_name=path.name, key=f"tpl_{path.name}",
                                   mime=_MIME.get(path.suffix.lstrip("."), "application/octet-stream"),
                                   on_click="ignore", icon=":material/download:")


def read_files(picked: Sequence[Any] | None) -> list[tuple[str, bytes]]:
    """The uploader's files as (file name, bytes), the shape dashboard.importer.apply takes."""
    return [(f.name, f.getvalue()) for f in picked or []]


def preview(files: list[tuple[str, bytes]], allowed: set[str] | None,
            options: importer.ImportOptions | None = None) -> tuple[str, list[Any], bool]:
    """(batch key, plans, refreshed): the dry run for these exact bytes, computed once per batch and data version.

    refreshed is True when a preview of the same files existed but the data changed since (someone else
    uploaded): the official must look again before confirming.
    """
    key, version = importer.batch_key(files), store().data_version()
    options = options or importer.ImportOptions()
    answers = _options_key(options)
    kept = st.session_state.get(_PREVIEW)
    if kept and kept["key"] == key and kept["version"] == version and kept.get("answers") == answers:
        return key, kept["plans"], False
    plans = importer.plan_files(store(), files, allowed_regions=allowed, options=options)
    st.session_state[_PREVIEW] = {"key": key, "version": version, "files": files, "plans": plans,
                                  "options": options, "answers": answers}
    return key, plans, bool(kept and kept["key"] == key and kept["version"] != version)


def apply_clicked(key: str, uploader: str, allowed: set[str] | None) -> None:
    """The Terapkan button's callback: apply exactly the files previewed under this key, before the page reruns.

    Running before the page means the next run shows only the result, not the old preview above it. If someone
    else changed the data since the preview, nothing is applied: the page shows the new preview to look at again.
    """
    kept = st.session_state.get(_PREVIEW)
    if not kept or kept["key"] != key:
        return
    try:
        if kept["version"] != store().data_version():
            st.session_state[_STALE] = key
            return
        results = importer.apply_files(store(), kept["files"], uploader=uploader, source="app", allowed_regions=allowed,
                                       options=kept.get("options"))
    except faults.FAULTS as exc:
        # A full disk stops the batch at the failing file: files before it landed, and their results show.
        done = getattr(exc, "done", None)
        if done:
            st.session_state[_RESULT] = {"key": key, "results": done}
        st.session_state[_FAILED] = faults.inline(exc)
        return
    except Exception:
        _log.exception("unggah gagal")
        st.session_state[_FAILED] = t("ops.unggah.failed")
        return
    st.session_state[_RESULT] = {"key": key, "results": results}
    st.session_state.pop(_PREVIEW, None)
    try:  # the files are in; a mapping that cannot be saved is said, not a failed upload
        unggah_mapping.save_applied(results, kept["files"], actor=uploader)
    except (importer.MappingError, StoreBusy) as exc:
        st.session_state[_FAILED] = str(exc)
    except Exception:
        _log.exception("pemetaan tidak tersimpan")
        st.session_state[_FAILED] = t("ops.unggah.failed")


mapping_step = unggah_mapping.step


def failure() -> str | None:
    """The message of a failed apply (shown once)."""
    return st.session_state.pop(_FAILED, None)


def stale(key: str) -> bool:
    """True (once) when a click found the data changed since this batch's preview."""
    return st.session_state.pop(_STALE, None) == key


def result_for(key: str) -> list[Any] | None:
    """Results of applying this batch earlier in the session (the uploader still holds the same files)."""
    kept = st.session_state.get(_RESULT)
    return kept["results"] if kept and kept["key"] == key else None


def _warnings_heading(item: Any, applied: bool) -> str:
    n = fmt.number(max(item.warning_total, len(item.warnings)))
    if not item.accepted:
        return t("preview.warnings_refused", n=n)  # a refused file stores nothing: never "baris tetap disimpan"
    return t("ops.unggah.warnings", n=n) if applied else t("preview.warnings_preview", n=n)


def _findings(rows: Sequence[Any], key: str, stem: str) -> None:
    widgets.table_with_downloads(present.unggah.findings_frame(rows), key=key, file_name=stem, kinds={t("ops.col.row"): "text"})


def show_files(items: Sequence[Any], prefix: str, *, applied: bool = False) -> None:
    """Counts of every file, then per file its summary line and, in an expander, its problems, warnings, replaced
    rows (old -> new) and continuity warnings as tables (applied: these are results, not a preview)."""
    frame = present.unggah.counts_frame(items)
    st.dataframe(frame, hide_index=True, key=f"{prefix}_counts")
    for n, item in enumerate(items):
        show = st.error if not item.accepted else (st.warning if item.warnings else st.success)
        # File names come from the user's computer: escaped so they are shown, never rendered as markup.
        show(f"**{md_escape(item.file_name)}** — {md_escape(item.message())}")
        details = getattr(item, "details", None)
        has_details = details is not None and (details.replaced or details.continuity)
        if not (item.problems or item.warnings or has_details or item.mapping):
            continue
        stem = Path(item.file_name).stem
        with st.expander(t("preview.details", file=item.file_name), expanded=len(items) == 1 or not item.accepted):
            if item.mapping:
                st.caption(md_escape(t("mapping.used", name=item.mapping)))
            if item.problems:
                st.markdown(t("ops.unggah.problems", n=fmt.number(len(item.problems))))
                _findings(item.problems, f"{prefix}_{n}_problems", f"masalah_{stem}")
            if item.warnings:
                st.markdown(_warnings_heading(item, applied))
                _findings(item.warnings, f"{prefix}_{n}_warnings", f"peringatan_{stem}")
            if has_details and details.continuity:
                st.markdown(t("preview.continuity_heading", n=fmt.number(details.continuity_total)))
                _findings(details.continuity, f"{prefix}_{n}_continuity", f"kontinuitas_{stem}")
            if has_details and details.replaced:
                st.markdown(t("preview.replaced_heading", n=fmt.number(details.replaced_total)))
                widgets.table_with_downloads(present.unggah.replaced_frame(details), key=f"{prefix}_{n}_replaced",
                                             file_name=f"diganti_{stem}", kinds={t("ops.col.row"): "text"})
                if details.replaced_total > len(details.replaced):
                    st.caption(t("preview.replaced_more", shown=fmt.number(len(details.replaced)),
                                 n=fmt.number(details.replaced_total)))


def history(frame: pl.DataFrame, allowed: set[str] | None) -> None:
    """The upload history table, then a picker to download an archived raw file: only uploads inside the
    account's scope (allowed None: an admin, all); importer.archived_path checks the scope again."""
    widgets.table_with_downloads(present.unggah.history_frame(frame), key="unggah_history", file_name="riwayat_unggah",
                         kinds={t("ops.col.upload_id"): "text"}, empty=t("ops.unggah.history_empty"))
    mine = importer.downloadable(store(), allowed_regions=allowed)
    archived = frame.filter(pl.col("archive_path").is_not_null() & pl.col("upload_id").is_in(sorted(mine)))
    if archived.is_empty():
        return
    labels = {r["upload_id"]: f"#{r['upload_id']} · {r['file_name']} · {present.unggah.when(r['uploaded_at'])}"
              for r in archived.iter_rows(named=True)}
    picked = st.selectbox(t("ops.unggah.archive_pick"), list(labels), format_func=labels.get, key="unggah_archive")
    found = importer.archived_path(store(), picked, allowed_regions=allowed) if picked is not None else None
    if found is None:
        st.caption(t("ops.unggah.archive_missing", upload_id=picked))
        return
    name, path = found
    st.download_button(t("ops.unggah.archive_download", file=name), data=path.read_bytes, file_name=name,
                       key="unggah_archive_dl", on_click="ignore", icon=":material/download:",
                       mime=_MIME.get(Path(name).suffix.lstrip(".").lower(), "application/octet-stream"))
