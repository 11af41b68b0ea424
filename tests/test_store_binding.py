"""Queries bind their values without importing pandas (store/binding.py), and lose nothing by it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _fresh_python(code: str) -> str:
    """Run code in a new interpreter (this one has pandas loaded already) and return what it printed."""
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_a_query_with_bound_values_does_not_import_pandas_and_gets_its_answer(tmp_path):
    out = _fresh_python(f"""
        import datetime as dt, sys
        from dashboard.store import Store, queries
        store = Store.open({str(tmp_path / "ektp.duckdb")!r}, linger_seconds=0)
        params = {{"as_of": dt.date(2024, 3, 31), "window_days": 30, "amc_months": 3}}
        with store.writing() as cur:
            queries.execute(cur, "store/settings_put", {{"key": "kritis_days", "value": "21"}})
        with store.reading() as cur:
            frame = queries.frame(cur, "metrics/units_stock", params)
            stored = queries.frame(cur, "store/settings_all").rows()
        print(frame.height, stored, "pandas" in sys.modules)
    """)
    assert out == "0 [('kritis_days', '21')] False"


def test_duckdb_still_reads_pandas_values_once_pandas_is_loaded():
    out = _fresh_python("""
        import sys, duckdb
        from dashboard.store.binding import pandas_free
        con = duckdb.connect()
        with pandas_free():
            first = con.execute("select $a + 1", {"a": 41}).fetchall()
        import pandas as pd
        with pandas_free():
            nat = con.execute("select $a", {"a": pd.NaT}).fetchall()
        print(first, nat, con.execute("select $a", {"a": pd.NA}).fetchall())
    """)
    assert out == "[(42,)] [(None,)] [(None,)]"


def test_the_refusal_is_only_for_the_binding_thread():
    out = _fresh_python("""
        import sys, threading
        from dashboard.store.binding import pandas_free
        seen = []
        def other():
            import pandas
            seen.append("other thread: " + type(pandas.NaT).__name__)
        with pandas_free():
            try:
                import pandas
                seen.append("binding thread: imported")
            except ModuleNotFoundError:
                seen.append("binding thread: refused")
            worker = threading.Thread(target=other)
            worker.start()
            worker.join(timeout=60)
        print(" | ".join(seen))
    """)
    assert out == "binding thread: refused | other thread: NaTType"
