"""YAML with line numbers, so that a bad entry can be named by file and line.

PyYAML's ``safe_load`` forgets where a value came from and silently keeps the
last of two duplicate keys; editors need both facts, so we walk the node tree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..errors import BuildError

Scalar = str | int | float | bool | None
# An id that becomes an anchor in the site: lower-case words joined by hyphens.
RE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# A place in an article, as the YAML files cite it: ``chen-2017#p12``, ``qiao-2015#editors-note``.
RE_PLACE = re.compile(r"^(?P<slug>[a-z0-9-]+)#(?P<block>[a-z0-9:-]+)$")


def anchor_id(ident: str, line: int, path: str, what: str, example: str) -> str:
    """``ident`` if it makes a readable anchor, else a clear error."""
    if not RE_ID.match(ident):
        raise BuildError(path, str(line), f"{what} id {ident!r} is not a readable anchor",
                         f"use lower-case words joined by hyphens, e.g. {example}")
    return ident


@dataclass(frozen=True)
class Loc:
    """A YAML value with the (1-based) line it starts on."""

    value: Scalar | dict[str, Loc] | list[Loc]
    line: int

    def mapping(self, path: str, what: str) -> dict[str, Loc]:
        if not isinstance(self.value, dict):
            raise BuildError(path, str(self.line), f"{what} must be a mapping (key: value)",
                             "write it as `key: value` lines indented under its name")
        return self.value

    def record(self, path: str, what: str, allowed: set[str], required: tuple[str, ...] = ()) -> dict[str, Loc]:
        """A mapping with only ``allowed`` keys and all ``required`` ones, or a clear error."""
        mapping = self.mapping(path, what)
        for key, value in mapping.items():
            if key not in allowed:
                raise BuildError(path, str(value.line), f"unknown key {key!r} in {what}",
                                 f"use one of: {', '.join(sorted(allowed))}")
        for key in required:
            if key not in mapping:
                raise BuildError(path, str(self.line), f"{what} has no {key!r}",
                                 f"give at least: {', '.join(required)}")
        return mapping

    def strings(self, path: str, what: str) -> tuple[str, ...]:
        if not isinstance(self.value, list):
            raise BuildError(path, str(self.line), f"{what} must be a list", "write it as [a, b] or as - items")
        return tuple(item.text(path, what) for item in self.value)

    def text(self, path: str, what: str) -> str:
        if isinstance(self.value, bool) or not isinstance(self.value, (str, int, float)):
            raise BuildError(path, str(self.line), f"{what} must be text",
                             "write a plain string, quoted if it contains a colon")
        return str(self.value)

    def place(self, path: str, what: str) -> tuple[str, str]:
        """(article, block) of a citation written ``slug#p12``."""
        m = RE_PLACE.match(self.text(path, what))
        if not m:
            raise BuildError(path, str(self.line), f"{what} {self.value!r} is not article#paragraph",
                             "write it as slug#p12 (the article's file name and the paragraph id)")
        return m.group("slug"), m.group("block")

    def integer(self, path: str, what: str) -> int:
        if isinstance(self.value, bool) or not isinstance(self.value, int):
            raise BuildError(path, str(self.line), f"{what} must be a whole number",
                             "write a line number such as 12")
        return self.value


def _scalar(node: yaml.ScalarNode) -> Scalar:
    tag = node.tag.rsplit(":", 1)[-1]
    if tag in ("int", "float"):
        try:
            return int(node.value) if tag == "int" else float(node.value)
        except ValueError:  # YAML 1.1 forms such as 0o17 or 1_000: keep the text
            return str(node.value)
    if tag == "bool":
        return node.value.lower() in ("true", "yes", "on")
    if tag == "null":
        return None
    # Everything else, timestamps included, stays text: dates are validated by us.
    return str(node.value)


def _walk(node: yaml.Node, path: str) -> Loc:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Loc] = {}
        for key_node, value_node in node.value:
            key = str(_scalar(key_node)) if isinstance(key_node, yaml.ScalarNode) else None
            if key is None:
                raise BuildError(path, str(key_node.start_mark.line + 1), "a key must be plain text",
                                 "use a simple name or number as the key")
            if key in out:
                raise BuildError(path, str(key_node.start_mark.line + 1),
                                 f"duplicate key {key!r} (first at line {out[key].line})",
                                 "merge the two entries or rename one of them")
            out[key] = _walk(value_node, path)
        return Loc(out, line)
    if isinstance(node, yaml.SequenceNode):
        return Loc([_walk(item, path) for item in node.value], line)
    assert isinstance(node, yaml.ScalarNode)
    return Loc(_scalar(node), line)


def load(path: Path, display: str) -> Loc:
    """Parse a YAML file into located values; an empty file is an empty mapping."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise BuildError(display, "", f"not UTF-8 ({exc.reason} at byte {exc.start})",
                         "save the file as UTF-8") from exc
    try:
        # libyaml's parser when PyYAML has it (the wheels do): the pure-Python one was
        # half of the generation time in the benchmark's profile.
        node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"{mark.line + 1}:{mark.column + 1}" if mark else ""
        raise BuildError(display, where, f"YAML does not parse: {exc.problem}",
                         "check the indentation and quoting near that line") from exc
    if node is None:
        return Loc({}, 1)
    return _walk(node, display)
