"""Set-up hints work as printed: the first-admin command of the login page, the README's commands, and .gitignore
keeping the upload archive (data/<store>-archive/) out of git."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from dashboard.admin import auth
from dashboard.cli import COMMANDS, build_parser
from dashboard.store import Store

ROOT = Path(__file__).resolve().parent.parent
_SPAN = re.compile(r"`([^`\n]*-m dashboard[^`\n]*)`")


def _readme_commands() -> list[str]:
    return _SPAN.findall((ROOT / "README.md").read_text(encoding="utf-8"))


def test_every_readme_command_runs_through_the_project_venv():
    commands = _readme_commands()
    assert len(commands) >= 8
    for command in commands:
        assert ".venv/bin/python -m dashboard" in command, command  # a bare `python` fails outside .venv


def test_every_readme_dashboard_command_parses():
    for command in _readme_commands():
        # Shell substitutions such as "$(date -d yesterday +%F)" stand for a date here.
        text = re.sub(r"\$\([^)]*\)", "2026-11-30", command.split(".venv/bin/python -m ", 1)[1])
        words = shlex.split(text)
        module, argv = words[0], words[1:]
        if module != "dashboard":
            assert (ROOT / (module.replace(".", "/") + ".py")).is_file(), command
            continue
        if argv == ["--help"]:
            continue
        assert argv[0] in COMMANDS, command
        build_parser(argv).parse_args(argv)  # SystemExit (usage error) fails the test


def test_first_admin_hint_works_as_printed(tmp_path):
    """The command the login page shows makes the admin when pasted into a shell (password typed, Enter)."""
    from dashboard.ui.auth import first_admin_command

    db = tmp_path / "toko data" / "ektp.duckdb"  # a space in the path: the command quotes it
    db.parent.mkdir()
    Store.open(db, linger_seconds=0).close()
    command = first_admin_command(db=db)
    assert command.startswith(f"cd {shlex.quote(str(ROOT))} && .venv/bin/python -m dashboard user add admin")
    if not (ROOT / ".venv" / "bin" / "python").exists():
        pytest.skip(".venv/bin/python tidak ada di checkout ini")
    done = subprocess.run(["bash", "-c", command], input="Sandi-Pertama-99\n", capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    store = Store.open(db, linger_seconds=0)
    try:
        assert auth.get_user(store, "admin").role == "admin"
    finally:
        store.close()


def test_gitignore_covers_the_upload_archive(tmp_path):
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("bukan checkout git")
    archive = Store(ROOT / "data" / "ektp.duckdb").archive_dir  # constructing a Store opens nothing
    for path in (archive / "00000001-3f2a9c1b0d4e.xlsx", ROOT / "data" / "lain-archive" / "00000002-aa.csv",
                 ROOT / "data" / "ektp.duckdb"):
        rel = path.relative_to(ROOT)
        done = subprocess.run(["git", "check-ignore", "-q", "--no-index", str(rel)], cwd=ROOT)
        assert done.returncode == 0, f"{rel} is not ignored"
    # Code and templates stay tracked.
    done = subprocess.run(["git", "check-ignore", "-q", "--no-index", "data/templates/template_stok.csv"], cwd=ROOT)
    assert done.returncode == 1
