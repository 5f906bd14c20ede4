"""The code's layout holds the pipeline: stages import only from themselves and from
earlier stages, nothing imports in a circle, no module is named like another module
on the path, no module outgrows what a reader can hold, dev tools stay out of the build."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

SCRIPTS = ROOT / "scripts"
PACKAGE = SCRIPTS / "edition"
# The pipeline, in order; a module may import from its own stage and earlier ones.
STAGES = ("base", "inputs", "text", "apparatus", "pages", "output", "build", "draft", "cli")
BASE = ("errors", "model", "dates", "naming")
MAX_LINES = 300


def module_name(path: Path) -> str:
    parts = path.relative_to(SCRIPTS).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def stage_of(module: str) -> str:
    parts = module.split(".")
    if len(parts) == 1 or parts[1] in BASE:
        return "base"
    return parts[1]


def imports(path: Path) -> set[str]:
    """The edition modules that ``path`` imports (relative imports resolved)."""
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            target = ".".join([*base, *(node.module.split(".") if node.module else [])])
            for alias in node.names:
                as_module = f"{target}.{alias.name}"
                found.add(as_module if (SCRIPTS / Path(*as_module.split("."))).with_suffix(".py").exists()
                          or (SCRIPTS / Path(*as_module.split(".")) / "__init__.py").exists() else target)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {m for m in found if m.split(".")[0] in ("edition", "devtools")}


SOURCES = sorted(PACKAGE.rglob("*.py"))
GRAPH = {module_name(p): imports(p) for p in SOURCES}


def test_the_graph_is_read() -> None:
    assert len(GRAPH) > 30
    assert "edition.inputs.glossary" in GRAPH["edition.apparatus.terms"]
    assert stage_of("edition.apparatus.terms") == "apparatus"
    assert stage_of("edition.naming") == "base"


def test_every_folder_is_a_stage() -> None:
    folders = {p.name for p in PACKAGE.iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert folders == set(STAGES) - {"base", "build", "draft", "cli"}  # the three are modules
    assert {stage_of(m) for m in GRAPH} == set(STAGES)


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_nothing_is_imported_from_a_later_stage(module: str) -> None:
    later = [m for m in GRAPH[module] if STAGES.index(stage_of(m)) > STAGES.index(stage_of(module))]
    assert later == [], f"{module} ({stage_of(module)}) imports from a later stage: {later}"


def test_the_build_never_imports_the_dev_tools() -> None:
    assert {m for deps in GRAPH.values() for m in deps if m.startswith("devtools")} == set()


def test_there_is_no_import_cycle() -> None:
    done: set[str] = set()

    def visit(module: str, path: tuple[str, ...]) -> None:
        if module in path:
            pytest.fail("import cycle: " + " -> ".join((*path[path.index(module):], module)))
        if module in done or module not in GRAPH:
            return
        for dep in sorted(GRAPH[module]):
            # a package's __init__ runs before its modules: importing "edition.text.rules" runs "edition.text"
            for parent in (dep.rsplit(".", i)[0] for i in range(dep.count("."), 0, -1)):
                if parent != module and parent not in path and parent.startswith("edition."):
                    visit(parent, (*path, module))
            visit(dep, (*path, module))
        done.add(module)

    for module in sorted(GRAPH):
        visit(module, ())


PACKAGES = sorted(p.parent for p in SCRIPTS.rglob("__init__.py") if "node_modules" not in p.parts)


@pytest.mark.parametrize("path", PACKAGES, ids=lambda p: p.relative_to(SCRIPTS).as_posix())
def test_no_package_is_named_like_a_standard_library_module(path: Path) -> None:
    assert path.name not in sys.stdlib_module_names, f"{path.name}/ is named like a standard-library module"


@pytest.mark.parametrize("path", sorted(SCRIPTS.rglob("*.py")), ids=lambda p: p.relative_to(SCRIPTS).as_posix())
def test_no_module_shadows_another_or_outgrows_a_reader(path: Path) -> None:
    assert path.stem not in sys.stdlib_module_names, f"{path.name} is named like a standard-library module"
    lines = path.read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{path.name} has {lines} lines; split it where its parts are separate ideas"
