"""The benchmark's inputs: a baseline project (a plain Material site of the raw texts)
and synthetic corpora of any size made from the real texts."""

from __future__ import annotations

import random
import re
from pathlib import Path

from .project import copy_project

CHUNK = 7  # words: synthetic text recombines pieces this long (a shared passage needs 12 in a row)
RE_SENTENCE = re.compile(r"(?<=[.!?”])\s+(?=[A-Z“])")
BASELINE_CONFIG = "site_name: Baseline\ntheme:\n  name: material\n  font: false\nplugins:\n  - search\n"


def baseline_project(root: Path, dest: Path) -> Path:
    """The five raw texts as bare Markdown pages in a plain Material site."""
    (dest / "docs").mkdir(parents=True)
    (dest / "mkdocs.yml").write_text(BASELINE_CONFIG, encoding="utf-8")
    (dest / "docs/index.md").write_text("# Baseline\n", encoding="utf-8")
    for raw in sorted((root / "sources/articles").glob("*.txt")):
        (dest / "docs" / f"{raw.stem}.md").write_text(raw.read_text(encoding="utf-8"), encoding="utf-8")
    return dest


def synthetic_corpus(root: Path, dest: Path, size: int, seed: int = 2015) -> Path:
    """A project with ``size`` articles: the five real ones, and synthetic ones whose
    sentences are new combinations of clauses of the real sentences. Terms and date
    expressions live inside clauses, so they stay about as dense as in the real texts;
    clauses are short, so long identical passages stay rare, as in the real collection."""
    project = copy_project(root, dest)
    rng = random.Random(seed)
    clauses: list[str] = []  # pieces of at most CHUNK words: shorter than a shared passage
    for raw in sorted((root / "sources/articles").glob("*.txt")):
        for line in raw.read_text(encoding="utf-8").splitlines():
            if len(line.split()) > 25:
                for sentence in RE_SENTENCE.split(line.strip()):
                    for clause in sentence.split(", "):
                        ws = clause.strip(" .").split()
                        clauses += [" ".join(ws[i:i + CHUNK]) for i in range(0, len(ws), CHUNK) if ws[i:i + CHUNK]]
    for n in range(max(0, size - 5)):
        month, day, year = rng.choice(["March", "June", "October"]), rng.randint(1, 28), rng.randint(2014, 2023)
        lines = [f"Synthetic Article {n + 1:04d} on Win-Win Cooperation", "",
                 f"Published: {month} {day}, {year}", f"By Synthetic Writer {n + 1}", ""]
        for _ in range(rng.randint(8, 20)):
            sentences = []
            for _ in range(rng.randint(3, 6)):
                text = ", ".join(rng.sample(clauses, rng.randint(3, 5)))
                sentences.append(text[0].upper() + text[1:] + ".")
            lines += [" ".join(sentences), ""]
        (project / "sources/articles" / f"synthetic-{n + 1:04d}.txt").write_text("\n".join(lines), encoding="utf-8")
    return project
