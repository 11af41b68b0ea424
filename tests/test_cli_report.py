"""`python -m dashboard report`: the JSON twin of the metrics, the readable summary, and Indonesian usage errors."""

from __future__ import annotations

import json

import pytest

from dashboard import metrics
from dashboard.cli import main


@pytest.fixture
def fx(fixture_copy):
    store = fixture_copy
    store.close()
    return store


def test_json_is_exactly_the_metrics(fx, capsys):
    assert main(["report", "--db", str(fx.path), "--region", "5208", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    expected = metrics.region_report(fx, "52.08")
    assert list(data) == list(expected)
    assert data["stock"] == 1500 and data["status"] == "kritis" and data["stockout_date"] == "2024-04-01"
    assert {k: v for k, v in data.items() if k not in ("as_of", "stockout_date", "last_report")} == \
        {k: v for k, v in expected.items() if k not in ("as_of", "stockout_date", "last_report")}


def test_summary_in_indonesian_formats(fx, capsys):
    assert main(["report", "--db", str(fx.path), "--region", "ID", "--as-of", "2024-03-31"]) == 0
    out = capsys.readouterr().out
    lines = {line.split("  ")[1].strip(): line.rsplit("  ", 1)[1].strip() for line in out.splitlines()[1:]
             if line.startswith("  ")}
    # Every metric, labelled as on screen and in the PDF (the catalog), formatted the Indonesian way.
    assert out.startswith("Indonesia (Nasional) — per 31 Mar 2024")
    assert list(lines) == [metrics.catalog_label(name) for name in metrics.METRICS]
    assert lines["Stok blangko (keping)"] == "43.328" and lines["Laju pemakaian (keping/hari)"] == "1.292"
    assert lines["Laporan terakhir"] == "31 Mar 2024" and lines["Status"] == "Aman"


def test_unknown_region_empty_store_and_usage_errors(store, fx, capsys, tmp_path):
    assert main(["report", "--db", str(fx.path), "--region", "99.99"]) == 2
    assert "tidak dikenal" in capsys.readouterr().err
    empty = tmp_path / "kosong.duckdb"
    assert main(["report", "--db", str(empty), "--region", "ID"]) == 1
    assert "belum berisi data" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["report", "--db", str(fx.path)])
    assert exc.value.code == 2 and "argumen wajib belum diisi: --region" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["report", "--db", str(fx.path), "--region", "ID", "--as-of", "31/03/2024"])
    assert "TTTT-BB-HH" in capsys.readouterr().err
