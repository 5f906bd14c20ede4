#!/usr/bin/env bash
# Run every check: lint, types, and the whole test suite, browser tests included.
# Installs what the tests need, Debian's Chromium included, when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
setup_venv test
if [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
  echo "Installing Debian's chromium for the browser tests..."
  apt_install chromium
fi
export NO_MKDOCS_2_WARNING=1
.venv/bin/ruff check scripts tests
.venv/bin/mypy
exec .venv/bin/python -m pytest "$@"
