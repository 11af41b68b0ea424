"""The limits agree: the server's upload cap is the app's own limit (a scripted client cannot post 200 MB into
session memory), and the documented exit codes are the ones the command line uses."""

from __future__ import annotations

import tomllib
from pathlib import Path

from dashboard import cli
from dashboard.importer import parse, sniff
from dashboard.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def test_the_server_upload_cap_equals_the_apps_default_limit():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["server"]["maxUploadSize"] == Settings().max_upload_mb == parse.DEFAULT_MAX_BYTES // sniff.MB


def test_every_exit_code_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    section = readme[readme.index("## Command line"):readme.index("## Metrics")]
    codes = {cli.EXIT_BUSY: "store busy", cli.EXIT_DAMAGED: "store damaged", cli.EXIT_FILESYSTEM: "file system",
             cli.EXIT_UNEXPECTED: "unexpected"}
    for code, words in codes.items():
        assert f"| {code} |" in section and words in section, (code, words)
    assert "`doctor [--fix]`" in section and "rebuild --from-archive" in section
