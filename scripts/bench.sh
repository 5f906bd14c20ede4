#!/usr/bin/env bash
# The benchmark (about ten minutes): the build against a same-run baseline, scaling to
# 500 articles, bytes a reader downloads, search latency, Lighthouse. See the README.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
setup_venv test
export NO_MKDOCS_2_WARNING=1
PYTHONPATH=scripts exec .venv/bin/python -m devtools.bench "$@"
