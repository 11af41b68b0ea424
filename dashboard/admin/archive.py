"""The upload archive folder read without the store: raw files, their manifests, and leftovers of failed writes."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dashboard.importer import MANIFEST_FORMAT, MANIFEST_SUFFIX
from dashboard.text import t

_FIELDS = ("upload_id", "archive", "file_name", "sha256", "uploader", "uploaded_at", "source", "kind")


@dataclass(frozen=True)
class Manifest:
    """One accepted upload as its manifest tells it (enough to replay it into a fresh store)."""

    upload_id: int
    archive_path: str
    file_name: str
    sha256: str
    uploader: str
    uploaded_at: dt.datetime
    source: str
    kind: str
    options: dict = field(default_factory=dict)  # what the upload took from outside its file (importer.options)

    def row(self) -> dict[str, Any]:
        """The shape of a backup/uploads_replay row, so a rebuild treats both lists alike."""
        return {"upload_id": self.upload_id, "file_name": self.file_name, "sha256": self.sha256,
                "uploaded_at": self.uploaded_at, "uploader": self.uploader, "kind": self.kind, "source": self.source,
                "archive_path": self.archive_path, "options": json.dumps(self.options, sort_keys=True)}


def data_files(root: Path) -> list[Path]:
    """Archived raw files (not manifests, not the hidden temp files of an interrupted write)."""
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if p.is_file() and not p.is_symlink() and not p.name.startswith(".")
                  and p.suffix != MANIFEST_SUFFIX)


def manifest_files(root: Path) -> list[Path]:
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if p.is_file() and not p.name.startswith(".")
                  and p.suffix == MANIFEST_SUFFIX)


def leftovers(root: Path) -> list[Path]:
    """Hidden '.NAME.tmp' files: a write that died before its rename (never part of an upload)."""
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if p.is_file() and p.name.startswith(".") and p.name.endswith(".tmp"))


def data_file_of(manifest: Path) -> Path:
    return manifest.with_name(manifest.name[: -len(MANIFEST_SUFFIX)])


def read_manifest(path: Path) -> Manifest | None:
    """The manifest in path, or None when it is not one of ours (unreadable, wrong format, missing fields)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if raw.get("format") != MANIFEST_FORMAT or any(raw.get(f) in (None, "") for f in _FIELDS):
            return None
        rel = str(raw["archive"])
        if "/" in rel or "\\" in rel or rel.startswith(".") or data_file_of(path).name != rel:
            return None  # a manifest describes the file beside it, nothing elsewhere
        return Manifest(int(raw["upload_id"]), rel, str(raw["file_name"]), str(raw["sha256"]), str(raw["uploader"]),
                        dt.datetime.fromisoformat(str(raw["uploaded_at"])), str(raw["source"]), str(raw["kind"]),
                        dict(raw.get("options") or {}))
    except (OSError, ValueError, TypeError, AttributeError):
        return None


def manifests(root: Path) -> tuple[list[Manifest], list[str]]:
    """Every readable manifest in upload order, and the names of those that could not be read."""
    good, bad = [], []
    for path in manifest_files(root):
        found = read_manifest(path)
        if found is None:
            bad.append(path.name)
        else:
            good.append(found)
    return sorted(good, key=lambda m: m.upload_id), bad


def describe(names: list[str], limit: int = 5) -> str:
    """'a.csv, b.csv dan 3 lainnya' for a message line."""
    shown = ", ".join(names[:limit])
    return shown + (t("doctor.and_more", n=len(names) - limit) if len(names) > limit else "")
