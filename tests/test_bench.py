"""The benchmark's inputs and measures (not its timings, which are the benchmark's
business): the synthetic corpus must look like the real collection, as the issue asks,
and the bytes a reader downloads must be counted as a browser fetches them."""

from __future__ import annotations

import gzip
from pathlib import Path

from devtools import bench, corpus
from edition.apparatus import mentions, terms
from edition.apparatus.passages import find_shared
from edition.build import Edition, build_edition
from edition.inputs import GLOSSARY_YAML
from edition.inputs.glossary import load_glossary
from edition.model import Article, Kind

from .conftest import ROOT


def per_thousand_words(articles: tuple[Article, ...], count: int) -> float:
    words = sum(len(b.text.split()) for a in articles for b in a.blocks if b.kind is Kind.PARA)
    return 1000 * count / words


def test_the_synthetic_corpus_looks_like_the_real_collection(tmp_path: Path, edition: Edition) -> None:
    project = corpus.synthetic_corpus(ROOT, tmp_path / "corpus", 30)
    built = build_edition(project)
    real = edition.articles
    synthetic = tuple(a for a in built.articles if a.slug.startswith("synthetic-"))
    assert len(synthetic) == 25
    assert len({a.slug for a in built.articles}) == 30  # new slugs, none reused
    assert all(a.meta["author"].value and a.meta["date"].value for a in synthetic)  # new metadata, stated

    glossary = load_glossary(ROOT / GLOSSARY_YAML, GLOSSARY_YAML)
    density = {name: per_thousand_words(arts, len(terms.find_occurrences(arts, glossary)))
               for name, arts in (("real", real), ("synthetic", synthetic))}
    assert 0.5 < density["synthetic"] / density["real"] < 2, density
    date_density = {name: per_thousand_words(arts, sum(len(mentions.date_expressions(b.text))
                                                        for a in arts for b in a.blocks if b.kind is Kind.PARA))
                    for name, arts in (("real", real), ("synthetic", synthetic))}
    assert 0.5 < date_density["synthetic"] / date_density["real"] < 2, date_density

    # Long shared passages stay about as rare as in the real collection, where one pair
    # of articles in ten shares any: a synthetic article shares with few of the others.
    shared_pairs = {tuple(sorted((s.a.slug, s.b.slug))) for s in find_shared(synthetic).pairs}
    assert len(shared_pairs) <= 0.1 * len(synthetic) * (len(synthetic) - 1) / 2, shared_pairs


def test_page_bytes_count_the_html_and_what_it_loads_compressed(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "page").mkdir(parents=True)
    (site / "assets").mkdir()
    html = ('<link rel="stylesheet" href="../assets/a.css"><script src="../assets/b.js"></script>'
            '<script src="https://elsewhere.example/c.js"></script><p>text</p>')
    (site / "page/index.html").write_text(html, encoding="utf-8")
    (site / "assets/a.css").write_text("p { color: red }\n" * 50, encoding="utf-8")
    (site / "assets/b.js").write_text("var x = 1;\n" * 50, encoding="utf-8")
    expected = sum(len(gzip.compress(data, mtime=0)) for data in (
        html.encode(), (site / "assets/a.css").read_bytes(), (site / "assets/b.js").read_bytes()))
    assert bench.page_bytes(site, "page") == expected
