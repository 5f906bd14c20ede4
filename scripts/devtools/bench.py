"""The benchmark: what the build costs, how it grows, what a reader downloads, and how
the pages score in Lighthouse.

Every figure is compared with a baseline measured in the same run (a plain Material
site of the five raw texts as bare Markdown pages), so that a noisy machine does not
mislead: the ratios matter, the seconds are context. The build and the render are
timed as a user runs them, each as a process (``edition build``, ``mkdocs build
--strict``). Run ``bash scripts/bench.sh``; it prints a table and writes
``dist/benchmark.json``.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import gzip
import io
import json
import os
import platform
import pstats
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

from edition.apparatus.passages import find_shared
from edition.build import build_edition

from . import audits
from .corpus import baseline_project, synthetic_corpus
from .project import copy_project

RUNS = 3  # medians of this many runs; the 500-article corpus is built once
SIZES = (5, 50, 500)
# A stylesheet for another medium (media="print") is fetched at the lowest priority and
# holds up no screen: not part of the first view (its bytes are reported on their own).
RE_ASSET = re.compile(r'<(?:link(?![^>]*media="print")[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"')
BIN = Path(sys.executable).parent


def _env() -> dict[str, str]:
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000", "OFFLINE": "false"}


def _timed(command: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=_env(), check=True)
    return time.perf_counter() - started


def _mkdocs(project: Path, site: Path, strict: bool = True) -> float:
    """Seconds of ``mkdocs build`` as a process (the edition's with --strict, as a user runs it)."""
    return _timed([str(BIN / "mkdocs"), "build", "--quiet", *(["--strict"] if strict else []),
                   "--site-dir", str(site)], project)


def _median(values: list[float]) -> float:
    return statistics.median(values)


def generate(project: Path) -> tuple[float, int, int]:
    """Seconds of ``edition build`` as a process, shared-passage pairs compared in full, articles."""
    seconds = _timed([str(BIN / "edition"), "build", "--quiet", "--root", str(project)], project)
    edition = build_edition(project)
    return seconds, find_shared(edition.articles).compared, len(edition.articles)


def peak_memory(project: Path) -> int:
    """Peak Python memory of one generation (a separate run: tracing slows it down)."""
    tracemalloc.start()
    build_edition(project)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def page_bytes(site: Path, page: str) -> int:
    """Bytes a browser fetches, gzip-compressed as a server sends them, for the first view
    of a page: the HTML, its stylesheets and its scripts (not the search index)."""
    html_file = site / page / "index.html"
    html = html_file.read_text(encoding="utf-8")
    total = len(gzip.compress(html.encode(), mtime=0))
    for href in RE_ASSET.findall(html):
        if "://" in href:
            continue
        asset = (html_file.parent / href.split("?")[0]).resolve()
        total += len(gzip.compress(asset.read_bytes(), mtime=0))
    return total


# Sets window.__edResults: a promise of the time at which the result list next changes
# (or of -1 after five seconds without a change).
WAIT_FOR_RESULTS = """() => { window.__edResults = new Promise(resolve => {
  const list = document.querySelector('.ed-search__list');
  const observer = new MutationObserver(() => { observer.disconnect(); resolve(performance.now()); });
  observer.observe(list, {childList: true, subtree: true});
  setTimeout(() => { observer.disconnect(); resolve(-1); }, 5000);
}); }"""


def search_latency(site: Path, queries: list[str]) -> dict[str, Any]:
    """Milliseconds from the last keystroke of a query to its results on screen, in Chromium."""
    from playwright.sync_api import sync_playwright

    timings: dict[str, float] = {}
    with audits.serve(site) as base_url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=audits.CHROMIUM, args=list(audits.CHROMIUM_ARGS))
        page = browser.new_page()
        page.goto(base_url + "/", wait_until="networkidle")
        page.keyboard.press("/")  # opens the search; the index loads once, on first use
        box = page.locator("input.ed-search__input")
        page.wait_for_function("window.edSearchIndex !== undefined", timeout=60_000)
        box.press_sequentially("warm up", delay=5)
        page.wait_for_timeout(1500)
        for query in queries:
            box.fill("")
            box.press_sequentially(query[:-1], delay=5)
            page.wait_for_timeout(300)
            page.evaluate(WAIT_FOR_RESULTS)
            started = page.evaluate("performance.now()")
            box.press(query[-1])
            shown = page.evaluate("window.__edResults")
            if shown >= 0:  # a query whose last key changes nothing is not timed
                timings[query] = shown - started
        browser.close()
    worst = max(timings, key=timings.__getitem__)
    return {"median_ms": round(statistics.median(timings.values()), 1), "worst_ms": round(timings[worst], 1),
            "worst_query": worst, "queries": len(timings)}


def lighthouse_scores(site: Path, base_site: Path) -> dict[str, dict[str, dict[str, float]]]:
    """Lighthouse's four scores for the edition's pages and the baseline's article, on a
    phone and a desktop: one run each (the tests take a median when a run is short)."""
    scores: dict[str, dict[str, dict[str, float]]] = {}
    with audits.serve(site) as edition_url, audits.serve(base_site) as baseline_url:
        pages = {**{name: edition_url + path for name, path in audits.LIGHTHOUSE_PAGES.items()},
                 "baseline article": f"{baseline_url}/chen-2017/"}
        for form_factor in ("mobile", "desktop"):
            scores[form_factor] = {name: audits.lighthouse(url, form_factor, runs=1).scores
                                   for name, url in pages.items()}
    return scores


def profile_generation(project: Path, top: int = 12) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    build_edition(project)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(top)
    lines = [line for line in out.getvalue().splitlines() if "edition/" in line or "ncalls" in line]
    return "\n".join(lines[: top + 1])


def run(root: Path, out: Path) -> dict[str, Any]:
    results: dict[str, Any] = {
        "date": time.strftime("%Y-%m-%d"), "machine": f"{os.cpu_count()} cores, {platform.machine()}",
        "python": platform.python_version(), "runs": RUNS}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        base = baseline_project(root, work / "baseline")
        results["baseline_render_s"] = _median([_mkdocs(base, work / f"base-site-{i}", strict=False)
                                                 for i in range(RUNS)])
        real = copy_project(root, work / "real")
        # The first build of a copy has no citation cache (.cache/): what a new clone or a
        # changed article costs once. The medians below are of the builds after it.
        results["edition_generate_cold_s"] = round(generate(real)[0], 3)
        gen = [generate(real)[0] for _ in range(RUNS)]
        render = [_mkdocs(real, work / f"real-site-{i}") for i in range(RUNS)]
        results["edition_generate_s"] = _median(gen)
        results["edition_render_s"] = _median(render)
        results["edition_total_over_baseline"] = round(
            (results["edition_generate_s"] + results["edition_render_s"]) / results["baseline_render_s"], 2)
        results["generate_over_render"] = round(results["edition_generate_s"] / results["edition_render_s"], 2)
        site, base_site = work / "real-site-0", work / "base-site-0"
        results["bytes"] = {
            "baseline_article": page_bytes(base_site, "chen-2017"),
            "article": page_bytes(site, "articles/chen-2017"),
            "glossary": page_bytes(site, "glossary"),
            "timeline": page_bytes(site, "timeline"),
            "print_css": len(gzip.compress((site / "assets/print.min.css").read_bytes(), mtime=0)),
            "search_index": len(gzip.compress((site / "assets/search/index.js").read_bytes(), mtime=0)),
            "baseline_search_index": len(gzip.compress((base_site / "search/search_index.json").read_bytes(),
                                                       mtime=0)),
        }
        results["article_bytes_over_baseline"] = round(
            results["bytes"]["article"] / results["bytes"]["baseline_article"], 2)
        scaling = []
        for size in SIZES:
            project = synthetic_corpus(root, work / f"corpus-{size}", size)
            runs = 1 if size >= 500 else RUNS
            cold = generate(project)[0]  # formats every article's citations once
            measured = [generate(project) for _ in range(runs)]
            render_s = _median([_mkdocs(project, work / f"corpus-site-{size}-{i}") for i in range(runs)])
            gen_s = _median([m[0] for m in measured])
            scaling.append({
                "articles": measured[0][2], "generate_s": round(gen_s, 3), "render_s": round(render_s, 3),
                "generate_per_article_ms": round(1000 * gen_s / measured[0][2], 2),
                "render_per_article_ms": round(1000 * render_s / measured[0][2], 2),
                "peak_python_mb": round(peak_memory(project) / 2**20, 1),
                # the largest mkdocs child so far: the sizes run in increasing order
                "peak_mkdocs_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
                "pairs_compared": measured[0][1],
                "generate_cold_s": round(cold, 3),
            })
        results["scaling"] = scaling
        at = {s["articles"]: s for s in scaling}
        big, mid = at[max(at)], at[sorted(at)[1]]
        results["per_article_500_over_50"] = round(
            (big["generate_s"] + big["render_s"]) / big["articles"] / ((mid["generate_s"] + mid["render_s"])
                                                                        / mid["articles"]), 2)
        results["profile"] = profile_generation(real)
        with (root / "tests/search_queries.csv").open(encoding="utf-8") as table:
            queries = [row["query"] for row in csv.DictReader(table)]
        results["search_latency"] = {"real": search_latency(work / "real-site-0", queries),
                                     "500_articles": search_latency(work / "corpus-site-500-0", queries)}
        results["lighthouse"] = lighthouse_scores(site, base_site) if not audits.missing_tools() else {}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return results


def table(r: dict[str, Any]) -> str:
    b = r["bytes"]
    rows = [
        f"benchmark {r['date']} ({r['machine']}, Python {r['python']}; medians of {r['runs']} runs)",
        f"  baseline render (plain Material, 5 raw texts)  {r['baseline_render_s']:.2f} s",
        f"  edition: generate {r['edition_generate_s']:.2f} s + render {r['edition_render_s']:.2f} s"
        f"  = {r['edition_total_over_baseline']}x the baseline (target <= 3x);"
        f" generate/render = {r['generate_over_render']} (target <= 0.5);"
        f" a first build, formatting every citation: generate {r['edition_generate_cold_s']:.2f} s",
        f"  first view, gzip: article {b['article']:,} B = {r['article_bytes_over_baseline']}x the baseline's"
        f" {b['baseline_article']:,} B (target <= 1.25x); glossary {b['glossary']:,} B; timeline {b['timeline']:,} B;"
        f" the print stylesheet, fetched after it, {b['print_css']:,} B",
        f"  search index, gzip: {b['search_index']:,} B (baseline {b['baseline_search_index']:,} B)",
        "  articles  generate s  render s  gen ms/art  render ms/art  peak py MB  pairs compared  first generate s",
    ]
    for s in r["scaling"]:
        rows.append(f"  {s['articles']:>8}  {s['generate_s']:>10}  {s['render_s']:>8}"
                    f"  {s['generate_per_article_ms']:>10}  {s['render_per_article_ms']:>13}"
                    f"  {s['peak_python_mb']:>10}  {s['pairs_compared']:>14}  {s['generate_cold_s']:>16}")
    rows.append(f"  per-article cost at 500 / at 50: {r['per_article_500_over_50']}x (target <= 1.5x)")
    for name, lat in r["search_latency"].items():
        rows.append(f"  search, keystroke to results ({name}, {lat['queries']} queries): median {lat['median_ms']} ms,"
                    f" worst {lat['worst_ms']} ms ({lat['worst_query']!r})")
    if r["lighthouse"]:
        rows.append("  Lighthouse (one run each): performance / accessibility / best practices / SEO")
        for form_factor, pages in r["lighthouse"].items():
            cells = [f"{name} {'/'.join(str(round(100 * v)) for v in scores.values())}"
                     for name, scores in pages.items()]
            rows.append(f"    {form_factor:<8} " + "; ".join(cells))
    else:
        rows.append("  Lighthouse: not run (audit tools missing; `bash scripts/test.sh` installs them)")
    rows.append("  where generation spends its time (cumulative, edition code):")
    rows += [f"    {line}" for line in r["profile"].splitlines()]
    return "\n".join(rows)


def main() -> int:
    parser = argparse.ArgumentParser(prog="bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=Path("."), help="the project folder (default: .)")
    parser.add_argument("--out", type=Path, help="the JSON to write (default: ROOT/dist/benchmark.json)")
    args = parser.parse_args()
    root = args.root.resolve()
    print(table(run(root, (args.out or root / "dist" / "benchmark.json").resolve())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
