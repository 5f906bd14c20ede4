#!/usr/bin/env bash
# Run every check: lint, types, and the whole test suite, browser tests included.
# Installs what the tests need when it is missing: Debian's Chromium, Node.js and
# Java, and the audit tools from npm (Lighthouse, axe-core, the Nu HTML Checker).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
setup_venv test
missing=()
[ -x "${CHROMIUM:-/usr/bin/chromium}" ] || missing+=(chromium)
command -v node >/dev/null && command -v npm >/dev/null || missing+=(nodejs npm)
command -v java >/dev/null || missing+=(default-jre-headless)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian's ${missing[*]} for the browser tests and audits..."
  apt_install "${missing[@]}"
fi
setup_audit_tools
export NO_MKDOCS_2_WARNING=1
.venv/bin/ruff check scripts tests
.venv/bin/mypy
exec .venv/bin/python -m pytest "$@"
