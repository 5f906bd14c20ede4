"""MkDocs hooks, loaded by ``mkdocs.yml`` by file path: MkDocs puts this folder on
``sys.path`` while it loads them, so no module here may be named like another module."""
