# Shared by run.sh and test.sh: make .venv and install a requirements file when it changed.
UV_PIN="uv==0.13.9"

ensure_venv() {
  local req="$1"
  local py="${PYTHON:-python3.11}"
  command -v "$py" >/dev/null 2>&1 || py=python3
  [ -x .venv/bin/python ] || "$py" -m venv .venv
  local stamp=".venv/.installed-$(basename "$req")"
  local want
  want=$(cat requirements*.txt | sha256sum | cut -c1-16)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    install_requirements "$req"
    echo "$want" > "$stamp"
  fi
}

# uv installs the same pinned set in about a third of pip's time (parallel downloads and unpacking, the bytecode
# compiled on every core; compiled because with PYTHONDONTWRITEBYTECODE set each process would otherwise compile its
# imports again). uv reads its own settings (UV_INDEX_URL for a mirror), not pip's: where it cannot be installed or
# cannot reach its index, pip installs as before, with pip's configuration.
install_requirements() {
  local req="$1"
  if [ -x .venv/bin/uv ] || .venv/bin/python -m pip install -q --disable-pip-version-check "$UV_PIN" >/dev/null 2>&1; then
    .venv/bin/uv pip install -q --python .venv/bin/python --compile-bytecode -r "$req" && return 0
    echo "uv could not install $req; trying pip" >&2
  fi
  .venv/bin/python -m pip install -q --disable-pip-version-check -r "$req"
}
