#!/usr/bin/env bash
# One command: set up (first time), build the demo store if there is none, start the dashboard.
set -euo pipefail
cd "$(dirname "$0")"
. ./scripts_common.sh
ensure_venv requirements.txt
db="${EKTP_DB:-data/ektp.duckdb}"
# A shared store (postgresql://...) is never filled with demo data: see README "Scaling out".
case "$db" in
  *://*) ;;
  *) [ -f "$db" ] || .venv/bin/python -m dashboard demo --db "$db" ;;
esac
exec .venv/bin/streamlit run serve.py --server.address "${HOST:-127.0.0.1}" --server.port "${PORT:-8501}"
