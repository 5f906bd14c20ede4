"""The `edition` command: build the pages, render the site, make the offline edition,
keep the list of published anchors."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from .build import Edition, build_edition, summary
from .errors import BuildError
from .output.write import write_docs

OFFLINE_NAME = "win-win-edition-offline"


def _generate(root: Path, docs: Path | None, strict: bool, quiet: bool) -> Edition | None:
    try:
        edition = build_edition(root)
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return None
    if strict and edition.warnings:
        print(summary(edition), file=sys.stderr)
        print(f"error: {len(edition.warnings)} warnings, and --strict makes them errors; "
              "docs/ was not changed", file=sys.stderr)
        return None
    write_docs(docs or root / "docs", edition.pages)
    if not quiet:
        print(summary(edition))
    return edition


def _render_and_prove(root: Path, edition: Edition, site_dir: Path, quiet: bool, offline: bool = False) -> int:
    """Render with MkDocs, then prove on the rendered pages that no line of a source was lost."""
    from .output import proof
    from .output import render as site

    status = site.render_site(root, site_dir, quiet, offline=offline)
    if status:
        return status
    errors = proof.prove_site(edition.articles, site_dir)
    for e in errors:
        print(f"error: {e}", file=sys.stderr)
    if errors:
        print("  fix: a template, an extension or a rule lost source text on the page; see the lines above",
              file=sys.stderr)
        return 1
    if not quiet:
        lines = sum(len(a.raw.lines) for a in edition.articles)
        print(f"proof: every one of the {lines:,} raw lines is on its rendered page, where its role puts it")
    return 0


def _anchors(root: Path, site_dir: Path | None, update: bool) -> int:
    from .output import anchors
    from .output import render as site
    with tempfile.TemporaryDirectory() as tmp:
        built_dir = site_dir or Path(tmp) / "site"
        if site_dir is None and site.render_site(root, built_dir, quiet=True) != 0:
            return 1
        built = anchors.published(built_dir)
    gone = anchors.missing(root, built)
    listed = set(anchors.read_list(root))
    new = sorted(built - listed)
    for place in gone:
        print(f"error: published anchor {place} is gone; keep it with an alias in sources/aliases.yml "
              "(old id: new id) or, for a page, a redirect in mkdocs.yml", file=sys.stderr)
    if gone:
        return 1
    if update:
        text = "# Every published page and id. Maintained by `edition anchors --update`; never remove a line.\n"
        (root / anchors.LIST_FILE).write_text(text + "".join(f"{p}\n" for p in sorted(listed | built)),
                                              encoding="utf-8")
        print(f"{anchors.LIST_FILE}: {len(new)} new places added, {len(listed | built)} in all")
        return 0
    if new:
        print(f"{len(new)} places are not in {anchors.LIST_FILE} yet (run `edition anchors --update`):", *new[:20],
              sep="\n  ")
        return 1
    print(f"all {len(listed)} published places are there")
    return 0


def _fix_markup(site_dir: Path) -> int:
    from .output import markup
    if not (site_dir / "index.html").is_file():
        print(f"error: {site_dir}: no index.html, so not a built site; build it first (`zensical build` "
              "writes site/), then run `edition fix-markup site`", file=sys.stderr)
        return 1
    print(f"{site_dir}: markup corrected on {markup.correct_site(site_dir)} pages")
    return 0


def _add(root: Path, file: Path, dry_run: bool) -> int:
    from .draft import add, review_table
    try:
        d = add(root, file.resolve(), dry_run)
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(review_table(d))
    if dry_run:
        print(f"\n--dry-run: nothing written. The entry would be:\n{d.entry}")
    else:
        print(f"\ncopied to sources/articles/{d.slug}.txt (byte for byte); drafted its entry at the end of "
              "sources/articles.yml: confirm it there, then run `edition build`.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="edition", description="Build the reader's edition.")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, text in (("build", "generate the Markdown pages under docs/"),
                       ("site", "generate the pages, then render the site (mkdocs build --strict)"),
                       ("offline", "generate the pages, then make the offline edition as a zip in dist/")):
        p = sub.add_parser(name, help=text)
        p.add_argument("--root", type=Path, default=Path("."), help="the project folder (default: .)")
        p.add_argument("--strict", action="store_true", help="treat warnings as errors")
        p.add_argument("--quiet", action="store_true", help="print nothing but errors")
        if name == "build":
            p.add_argument("--docs", type=Path, help="write here instead of ROOT/docs (for checks)")
        if name == "site":
            p.add_argument("--site-dir", type=Path, help="where to write the site (default: ROOT/site)")
        if name == "offline":
            p.add_argument("--out", type=Path, help=f"the zip to write (default: ROOT/dist/{OFFLINE_NAME}.zip)")
    d = sub.add_parser("add", help="copy a scraped page into sources/articles/ under a page name and draft "
                       "its entry in sources/articles.yml")
    d.add_argument("file", type=Path, help="the scraped page, saved as UTF-8 text (any file name)")
    d.add_argument("--root", type=Path, default=Path("."), help="the project folder (default: .)")
    d.add_argument("--dry-run", action="store_true", help="print the review and the draft; change nothing")
    m = sub.add_parser("fix-markup", help="correct the generator's markup in a built site (after `zensical "
                       "build`; `edition site` and `edition offline` do it themselves)")
    m.add_argument("site_dir", type=Path, nargs="?", default=Path("site"), help="the built site (default: site)")
    a = sub.add_parser("anchors", help="check the built site against the list of published anchors")
    a.add_argument("--root", type=Path, default=Path("."), help="the project folder (default: .)")
    a.add_argument("--site-dir", type=Path, help="a built site to check (default: build one)")
    a.add_argument("--update", action="store_true", help="add new places to the list (never removes one)")
    args = parser.parse_args(argv)
    if args.command == "fix-markup":
        return _fix_markup(args.site_dir)
    root = args.root.resolve()
    if args.command == "anchors":
        return _anchors(root, args.site_dir, args.update)
    if args.command == "add":
        return _add(root, args.file, args.dry_run)
    edition = _generate(root, getattr(args, "docs", None), args.strict, args.quiet)
    if edition is None:
        return 1
    if args.command == "build":
        return 0
    # Imported here: `edition build`, the command run most, needs neither.
    from .output import render as site

    if args.command == "site":
        return _render_and_prove(root, edition, args.site_dir or root / "site", args.quiet)
    out = (args.out or root / "dist" / f"{OFFLINE_NAME}.zip").resolve()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / OFFLINE_NAME
        status = _render_and_prove(root, edition, folder, args.quiet, offline=True)
        if status == 0:
            site.zip_folder(folder, out, site.source_date_epoch(root))
            if not args.quiet:
                print(f"offline edition: {out} (unzip it and open {OFFLINE_NAME}/index.html)")
        shutil.rmtree(folder, ignore_errors=True)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
