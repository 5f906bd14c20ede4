"""Stage 2, the text of each article: line rules, repairs, structure, metadata, the accounting.

Each article is cleaned on its own (nothing here looks across articles, except the
vocabulary that tells a line-end hyphen from a real one). Every raw line is
classified (``classify``, by the named ``rules``), artifacts are repaired
(``repair``), the blocks of the page are built with stable ids (``structure``),
metadata is assembled with its provenance (``metadata``), and the accounting
(``accounting``) proves that every line is still somewhere in the model.
"""

from __future__ import annotations

from ..inputs import ARTICLES_YAML, Inputs
from ..inputs.editorial import ArticleEntry
from ..model import Article, MetaValue, RawArticle
from . import accounting, classify, metadata, repair, structure


def clean_article(raw: RawArticle, entry: ArticleEntry | None, vocab: frozenset[str]) -> Article:
    classes, class_warnings = classify.classify(raw, entry, ARTICLES_YAML)
    meta = metadata.assemble(raw, classes, entry, ARTICLES_YAML)
    if entry and entry.supplied_title:
        meta["supplied_title"] = MetaValue(entry.supplied_title, "supplied")
    blocks, edits, block_warnings = structure.build_blocks(classes, vocab)
    warnings = list(class_warnings) + [f"{raw.path}:{w}" for w in block_warnings]
    if entry is None:
        warnings.append(f"{raw.path}: no entry in {ARTICLES_YAML}; metadata comes from the general "
                        "rules only, the rest shows as “not stated”")
    article = Article(raw, meta, classes, blocks, edits, tuple(warnings), has_entry=entry is not None)
    accounting.check(article)
    return article


def clean_articles(inputs: Inputs) -> tuple[Article, ...]:
    # A hyphen is an artifact only if the joined word occurs elsewhere in the
    # collection: the vocabulary needs every raw text before any is cleaned.
    vocab = repair.vocabulary(line for r in inputs.raws for line in r.lines)
    return tuple(clean_article(r, inputs.entries.get(r.slug), vocab) for r in inputs.raws)
