"""Search quality: hand-written incident queries over ~150 real ADRs, scored.

``.venv/bin/python bench/search_quality/run.py [-v]`` writes the corpus (``--corpus``: path →
text, real records from public repositories, not shipped) into a temporary git repository, builds
the search index as the app does, runs every query of ``queries.toml`` and prints
hit@1, hit@3, the mean reciprocal rank and how many queries found nothing, for each
query as typed (the CLI) and as the TUI's search box sends it. ``-v``
lists each query whose wanted record is not first, with the three it showed instead.
``PYTHONPATH=OTHER/src`` scores another tree (an older commit's) on the same queries.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import tempfile
import tomllib
from pathlib import Path
from typing import Any

from adr_tui.core.catalog import load_catalog
from adr_tui.core.search import SearchEngine
from adr_tui.core.settings import Settings
from adr_tui.ui.listing import as_you_type

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / ".cache" / "search_quality" / "corpus.json"
"""Where the corpus is read from (``bench/.cache``: not in the repository, see README.md)."""

DEPTH = 10
"""Hits looked at per query: a wanted record further down counts as not found."""


def write_repo(root: Path, corpus: dict[str, str]) -> tuple[str, ...]:
    """The corpus as one committed git repository; returns the folders holding records."""
    for path, text in corpus.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    env = {"GIT_AUTHOR_DATE": "2025-01-01T00:00:00Z", "GIT_COMMITTER_DATE": "2025-01-01T00:00:00Z"}
    git = ["git", "-c", "user.name=bench", "-c", "user.email=bench@example.com"]
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "corpus"]):
        subprocess.run([*git, *args], cwd=root, check=True, env={**env, "PATH": "/usr/bin:/bin"})
    return tuple(sorted({path.rsplit("/", 1)[0] for path in corpus}))


def rank_of(paths: list[str], want: list[str]) -> int | None:
    """1-based rank of the first hit whose path ends with one of ``want``."""
    for rank, path in enumerate(paths, start=1):
        if any(path.endswith(w) for w in want):
            return rank
    return None


def score(
    engine: SearchEngine, catalog: Any, queries: list[dict[str, Any]], typed: bool
) -> list[dict[str, Any]]:
    """Each query's rank of the first record it wants, its number of hits and top three.

    ``typed``: the query as the TUI's search box sends it (its last word also a prefix).
    """
    rows = []
    for query in queries:
        text = as_you_type(query["q"]) if typed else query["q"]
        result = engine.search(text, limit=DEPTH, highlight=0)
        paths = [catalog.get(hit.id).path for hit in result.hits]
        rows.append(
            {
                **query,
                "rank": rank_of(paths, query["want"]),
                "total": result.total,
                "top": paths[:3],
            }
        )
    return rows


def split(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Each round's queries (``set``; rounds 24's have none), tuned against or ``held_out``."""
    parts: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        kind = "held out" if row.get("held_out") else "tuned"
        parts.setdefault(f"{row.get('set', 'r24')} {kind}", []).append(row)
    return parts


def summary(rows: list[dict[str, Any]]) -> str:
    """Hit@1, hit@3, MRR and zero-result count of ``rows`` as one line."""
    count = len(rows) or 1
    hit1 = sum(1 for r in rows if r["rank"] == 1) / count
    hit3 = sum(1 for r in rows if r["rank"] is not None and r["rank"] <= 3) / count
    mrr = sum(1 / r["rank"] for r in rows if r["rank"]) / count
    zero = sum(1 for r in rows if r["total"] == 0)
    return f"{len(rows)} queries  hit@1 {hit1:.2f}  hit@3 {hit3:.2f}  MRR {mrr:.3f}  zero {zero}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list the misses")
    parser.add_argument("--json", type=Path, help="also write every query's rank here")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help=f"default {CORPUS}")
    args = parser.parse_args()
    if not args.corpus.is_file():
        raise SystemExit(
            f"no corpus at {args.corpus}: it is other projects' text, kept out of this "
            f"repository. Build it as JSON, path → text, from the records {HERE / 'sources.txt'} "
            "names (owner__repository/path in each public repository), and pass --corpus."
        )
    corpus = json.loads(args.corpus.read_text(encoding="utf-8"))
    queries = tomllib.loads((HERE / "queries.toml").read_text(encoding="utf-8"))["query"]
    with tempfile.TemporaryDirectory(prefix="adr-tui-quality-") as tmp:
        root = Path(tmp) / "repo"
        root.mkdir()
        settings = Settings(adr_dirs=write_repo(root, corpus), use_cache=False)
        catalog = load_catalog(root, settings)
        with SearchEngine.open(catalog, settings) as engine:
            engine.build()
            modes = {
                mode: score(engine, catalog, queries, mode == "tui") for mode in ("cli", "tui")
            }
    print(f"{len(catalog.decisions)} records, {len(queries)} queries")
    for mode, figures in modes.items():
        for part, rows in split(figures).items():
            print(f"{mode} {part}: {summary(rows)}")
    if args.verbose:
        for row in modes["cli"]:
            if row["rank"] != 1:
                print(f"\n{row['q']!r} ({row['kind']}): rank {row['rank']}, {row['total']} hits")
                for path in row["top"]:
                    print(f"    {path}")
    if args.json:
        args.json.write_text(json.dumps(modes, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
