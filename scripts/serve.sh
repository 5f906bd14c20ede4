#!/usr/bin/env bash
# Build the edition and serve it at http://127.0.0.1:8000 (Ctrl-C stops it).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
setup_venv
.venv/bin/edition build --strict
export NO_MKDOCS_2_WARNING=1
exec .venv/bin/mkdocs serve --strict --dev-addr 127.0.0.1:8000
