#!/usr/bin/env bash
# One command: install the test tools (Debian's chromium for browser tests, postgresql for the shared-store tests,
# which start a throwaway server of their own: tests/pg_support.py) and run every test.
set -euo pipefail
cd "$(dirname "$0")"
. ./scripts_common.sh
ensure_venv requirements-dev.txt
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") >/dev/null \
      || echo "test.sh: could not install ${missing[*]}; browser/PDF/shared-store tests will report it" >&2
  else
    echo "test.sh: please install ${missing[*]} (sudo apt-get install ${missing[*]})" >&2
  fi
fi
# One worker per core (-n 0 after the command runs everything in this process), a module at a time: the browser
# tests together on one worker, the rest spread over the others at a lower priority (tests/conftest.py).
exec .venv/bin/python -m pytest -n auto --dist loadscope "$@"
