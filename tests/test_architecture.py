"""The house rules a reader relies on: layers (import-linter), public names across packages, no private reaches."""

from __future__ import annotations

import ast
import importlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = sorted(p.parent.name for p in (ROOT / "dashboard").glob("*/__init__.py"))


def _sources() -> list[Path]:
    return sorted([*(ROOT / "dashboard").rglob("*.py"), *(ROOT / "pages").glob("*.py"), ROOT / "app.py"])


def _home(path: Path) -> str | None:
    """The dashboard subpackage a file belongs to (None for plain modules, pages and app.py)."""
    parts = path.relative_to(ROOT).parts
    return parts[1] if parts[0] == "dashboard" and len(parts) > 2 else None


def _violations(path: Path) -> list[str]:
    home, found = _home(path), []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules = [(a.name, None) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules = [(node.module, a.name) for a in node.names]
        else:
            continue
        for module, name in modules:
            parts = module.split(".")
            if parts[0] != "dashboard":
                continue
            if name and name.startswith("_") and name != "__version__":
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} imports the private name {module}.{name}")
            if len(parts) < 2 or parts[1] not in PACKAGES or parts[1] == home:
                continue
            if len(parts) > 2:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} reaches into {module}")
            elif name and name not in importlib.import_module(module).__all__:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} imports {module}.{name}, not in its __all__")
    return found


def test_layers_hold():
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    assert lint, "import-linter is in requirements-dev.txt; install it with the test tools (./test.sh does)"
    done = subprocess.run([lint, "--no-cache"], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]


def test_packages_are_used_through_their_public_names():
    found = [v for path in _sources() for v in _violations(path)]
    assert not found, "\n".join(found)


def test_every_public_name_exists():
    for package in PACKAGES:
        module = importlib.import_module(f"dashboard.{package}")
        missing = [name for name in getattr(module, "__all__", []) if not hasattr(module, name)]
        assert not missing, f"dashboard.{package}.__all__ lists {missing}"


def test_every_module_says_what_it_is():
    undocumented = [str(p.relative_to(ROOT)) for p in _sources()
                    if p.stat().st_size and not ast.get_docstring(ast.parse(p.read_text(encoding="utf-8")))]
    assert not undocumented, undocumented


def test_the_check_sees_a_reach_into_a_package(tmp_path):
    probe = ROOT / "dashboard" / "ui" / "_probe_reach.py"
    probe.write_text('"""probe"""\nfrom dashboard.metrics.report import region_report\nfrom dashboard.store import _x\n')
    try:
        found = _violations(probe)
    finally:
        probe.unlink()
    assert any("reaches into dashboard.metrics.report" in v for v in found)
    assert any("private name dashboard.store._x" in v for v in found)


@pytest.mark.parametrize("command", ["report", "plan", "outreach", "ingest"])
def test_commands_that_draw_no_chart_do_not_load_the_chart_stack(command):
    """The CLI's number commands stay near `import duckdb, polars` (issue 14): Altair loads only where a chart is drawn."""
    code = (f"import sys; import dashboard.cli.{command}; "
            "print(sorted(m for m in ('altair', 'fpdf', 'streamlit') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]", done.stdout
