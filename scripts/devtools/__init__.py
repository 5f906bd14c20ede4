"""Tools for developing the edition, not shipped with it: the audits, the benchmark,
the reader of a built page's text, and a copy of the project to build in isolation.
Run from the project folder with ``scripts/`` on the path (the tests and
``scripts/bench.sh`` do so)."""
