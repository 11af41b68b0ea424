"""Property: a refused file changes nothing (random bad mutations of a good export, planned then applied)."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from test_faults_support import ledger, stock_csv
from test_ingest_apply import TODAY, snapshot

from dashboard.importer import apply as ingest
from dashboard.store import audit

GOOD = stock_csv(ledger("65.01", dt.date(2024, 1, 1), 8)).decode().splitlines()
BASE = stock_csv(ledger("65.02", dt.date(2024, 1, 1), 8))
BAD_CELLS = {
    0: st.sampled_from(["32/01/2024", "31/02/2024", "01/01/2030", "kemarin", "2024-13-01"]),
    1: st.sampled_from(["99.99", "00", "abc", "65.9", "6501x"]),
    3: st.sampled_from(["kursi", "tinta"]),
    **{col: st.text(alphabet="abcxyz!?", min_size=1, max_size=6) for col in (4, 5, 6, 7, 8, 9)},
}


@st.composite
def bad_file(draw) -> bytes:
    lines = list(GOOD)
    row = draw(st.integers(1, len(lines) - 1))
    how = draw(st.sampled_from(["cell", "cell", "cell", "duplicate", "drop_required", "bytes"]))
    if how == "cell":
        col = draw(st.sampled_from(sorted(BAD_CELLS)))
        cells = lines[row].split(";")
        cells[col] = draw(BAD_CELLS[col])
        lines[row] = ";".join(cells)
    elif how == "duplicate":  # the same key twice in one file
        lines.insert(row, lines[row])
    elif how == "drop_required":  # a required column missing from the header
        header = lines[0].split(";")
        header[draw(st.sampled_from([0, 1, 7, 9]))] = "kolom_lain"
        lines[0] = ";".join(header)
    else:
        data = bytearray("\n".join(lines).encode())
        for _ in range(draw(st.integers(1, 5))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        return bytes(data)
    return ("\n".join(lines) + "\n").encode()


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=bad_file())
def test_a_refused_file_changes_nothing(store, data):
    if not store.archive_dir.exists():  # the store holds one accepted upload before the first example
        [ok] = ingest.apply_files(store, [("dasar.csv", BASE)], uploader="pusat", source="cli", today=TODAY)
        assert ok.accepted
    before, version, events = snapshot(store), store.data_version(), audit.entries(store).height
    [plan] = ingest.plan_files(store, [("mutasi.csv", data)], today=TODAY)
    assume(not plan.accepted)  # random byte flips can leave a valid file; the property is about refusals
    assert store.data_version() == version and snapshot(store) == before
    [result] = ingest.apply_files(store, [("mutasi.csv", data)], uploader="pusat", source="cli", today=TODAY)
    assert not result.accepted and result.upload_id is None and result.problems
    assert result.message().startswith("Ditolak:")
    assert snapshot(store) == before and store.data_version() == version
    # The only trace is the refusal in the audit trail (bookkeeping: no cached page is invalidated by it).
    trail = audit.entries(store)
    assert trail.height == events + 1 and trail["action"][0] == audit.UPLOAD_REFUSED
