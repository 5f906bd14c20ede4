"""Stage 5, the output: the generated pages written into ``docs/`` all together or not at
all (``write``), MkDocs run on them and the offline edition zipped (``render``), and
the built site read back to keep the promise of its anchors (``anchors``, ``htmlwalk``)."""
