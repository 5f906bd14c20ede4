"""`edition add FILE`: take a scraped page into the edition, and draft its entry.

The raw file is copied byte for byte under a page name made from what the rules
read (author, year, title), the general rules are run on it exactly as the build
runs them, and an entry for ``sources/articles.yml`` is drafted from their
readings: each value with the line it rests on and the words of that line, a
title chosen by layout marked as inferred, and every line's decision listed in
comments for the editor to confirm or overrule. What the rules could not decide
is printed, and said in the entry.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .errors import BuildError
from .inputs import ARTICLES_DIR, ARTICLES_YAML
from .inputs.editorial import load_articles_yaml
from .inputs.rawfiles import RE_SLUG, RESERVED_SLUGS, decode, page_name, split_lines
from .model import Article, MetaValue, RawArticle, Role
from .text import clean_article, repair

DRAFTED = ("title", "author", "affiliation", "editor", "outlet", "section", "date")
NAME_WORDS = 4  # title words in a page name, when no author is known


@dataclass(frozen=True)
class Draft:
    slug: str
    article: Article
    entry: str  # YAML text to append to sources/articles.yml
    undecided: tuple[str, ...]


def _name(meta: dict[str, MetaValue], fallback: str, taken: set[str]) -> str:
    """"jane-doe-2019"; "harbours-markets-and-the-2019" without an author; the file's name without either."""
    year = meta["date"].value[:4] if "date" in meta else ""
    if "author" in meta:
        base = page_name(meta["author"].value)
    elif "title" in meta:
        base = "-".join(page_name(meta["title"].value).split("-")[:NAME_WORDS])
    else:
        base = page_name(fallback)
    base = "-".join(x for x in (base, year) if x) or "article"
    name, n = base, 2
    while name in taken or name in RESERVED_SLUGS:
        name, n = f"{base}-{n}", n + 1
    return name


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def _field_yaml(name: str, m: MetaValue) -> list[str]:
    out = [f"  {name}:", f"    value: {_quoted(m.value)}"]
    if m.line:
        out.append(f"    line: {m.line}")
    if m.how == "inferred":
        out.append(f"    inferred: {_quoted((m.basis or 'the layout of the page') + ' (confirm, or state it)')}")
    elif m.quote and m.quote != m.value:
        out.append(f"    quote: {_quoted(m.quote)}")
    if m.note and not m.note.startswith("read by the rule"):
        out.append(f"    note: {_quoted(m.note)}")
    return out


def draft_entry(slug: str, source_name: str, article: Article, undecided: list[str]) -> str:
    meta = article.meta
    out = ["", f"# Drafted by `edition add` from {source_name}: every value below was read by the general",
           "# rules from the line it cites. Confirm each against the raw file, correct what is wrong, and",
           "# delete these comments. A line the rules misread can be decided under `lines:` (see the top).",
           f"{slug}:"]
    for name in DRAFTED:
        if name in meta:
            rule = next((c.rule for c in article.classes if c.number == meta[name].line), "")
            out.append(f"  # {name}: read by the rule “{rule}”" if rule else f"  # {name}:")
            out += _field_yaml(name, meta[name])
    missing = [name for name in DRAFTED if name not in meta]
    if missing:
        out.append(f"  # not stated by any line the rules understand: {', '.join(missing)}")
    out.append("  # How the rules classified each line (line: role, rule):")
    for c in article.classes:
        if c.role is not Role.BLANK:
            out.append(f"  #   {c.number}: {c.role.value}, {c.rule}: {c.text.strip()[:60]}")
    out += [f"  # undecided: {u}" for u in undecided]
    return "\n".join(out) + "\n"


def make_draft(root: Path, path: Path) -> Draft:
    data = path.read_bytes()
    text = decode(data, path.name)
    existing = {page_name(p.stem) for p in (root / ARTICLES_DIR).glob("*.txt")}
    entries = load_articles_yaml(root / ARTICLES_YAML, ARTICLES_YAML)
    lines = split_lines(text)
    provisional = RawArticle(page_name(path.stem) or "article", f"{ARTICLES_DIR}/{path.name}", lines, "")
    vocab = repair.vocabulary(lines)
    first = clean_article(provisional, None, vocab)
    slug = _name(first.meta, path.stem, existing | set(entries))
    if not RE_SLUG.match(slug):
        raise BuildError(path.name, "", "no page name can be made from the page or its file name",
                         "rename the file to words and hyphens, e.g. `smith-2019.txt`")
    raw = RawArticle(slug, f"{ARTICLES_DIR}/{slug}.txt", lines, "")
    article = clean_article(raw, None, vocab)
    undecided = [w.removeprefix(f"{raw.path}:") for w in article.warnings if "no entry in" not in w]
    undecided += [f"the {name} (not stated)" for name in ("title", "author", "date") if name not in article.meta]
    return Draft(slug, article, draft_entry(slug, path.name, article, undecided), tuple(undecided))


def review_table(d: Draft) -> str:
    rows = [f"{'line':>5}  {'role':<9}  {'rule':<20}  text"]
    for c in d.article.classes:
        if c.role is not Role.BLANK:
            rows.append(f"{c.number:>5}  {c.role.value:<9}  {c.rule:<20}  {c.text.strip()[:70]}")
    rows.append("")
    for name in DRAFTED:
        m = d.article.meta.get(name)
        rows.append(f"{name:>12}: " + (f"{m.value} ({m.how}, line {m.line}" + (f": {m.note}" if m.note
                                                                              and not m.note.startswith("read by")
                                                                              else "") + ")" if m else "not stated"))
    rows += ["", "could not decide:" if d.undecided else "nothing left undecided.", *(f"  - {u}" for u in d.undecided)]
    return "\n".join(rows)


def add(root: Path, path: Path, dry_run: bool) -> Draft:
    """Copy the file in under its page name and append the drafted entry (unless ``dry_run``)."""
    if not path.is_file():
        what = "a folder, not a file" if path.is_dir() else "no such file"
        raise BuildError(str(path), "", what, "give the path of a scraped page saved as text")
    data = path.read_bytes()
    for existing in sorted((root / ARTICLES_DIR).glob("*.txt")):
        if existing.read_bytes() == data:
            raise BuildError(str(path), "", f"the same bytes as {ARTICLES_DIR}/{existing.name}, already in the edition",
                             "nothing to add; to re-read it, delete that file and its entry first")
    d = make_draft(root, path)
    target = root / ARTICLES_DIR / f"{d.slug}.txt"
    if not dry_run:
        yaml_path = root / ARTICLES_YAML
        before = yaml_path.read_text(encoding="utf-8") if yaml_path.exists() else ""
        target.write_bytes(data)
        try:
            yaml_path.write_text(before.rstrip("\n") + "\n" + d.entry, encoding="utf-8")
            load_articles_yaml(yaml_path, ARTICLES_YAML)  # the draft must load as the build will load it
        except BaseException:
            target.unlink()
            yaml_path.write_text(before, encoding="utf-8")
            raise
    return d
