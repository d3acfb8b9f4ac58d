"""Generate (or fetch from cache) a synthetic ADR repository with real Git history.

    python bench/generate.py --size 1000            # ~8 commits per ADR
    python bench/generate.py --size 10000 --commits 100000

Repositories are cached under ``bench/.cache/`` (gitignored), keyed by generator
version, size, commit count and seed, so the 100,000-commit variant is built once.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make ``bench`` and ``adr_tui`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from adr_tui.demo.builder import build_repo, git_environment  # noqa: E402
from bench.timeline import NEW_DIR, OLD_DIR, Timeline  # noqa: E402

GENERATOR_VERSION = 1
"""Bump whenever the output changes, so stale caches are never reused."""
DEFAULT_SEED = 20261123
COMMITS_PER_ADR = 8
CACHE_DIR = Path(__file__).resolve().parent / ".cache"
QUERY_WORDS = ("postgresql", "kafka", "cassandra")
"""A common, a mid-frequency and a rare term (see ``vocab.pick_technology``)."""


@dataclass(frozen=True)
class Generated:
    """A generated repository and what it promises."""

    root: Path
    manifest: dict[str, Any]

    @property
    def adr_files(self) -> list[str]:
        files: list[str] = self.manifest["adr_files"]
        return files


def cache_key(size: int, commits: int, seed: int) -> str:
    return f"v{GENERATOR_VERSION}-adrs{size}-commits{commits}-seed{seed}"


def _git_head(root: Path) -> str:
    import subprocess

    out = subprocess.run(
        ["git", "rev-parse", "HEAD"],
        cwd=root,
        env=git_environment(),
        capture_output=True,
        check=True,
        text=True,
    )
    return out.stdout.strip()


def _hits(files: dict[str, bytes], word: str) -> int:
    pattern = re.compile(rb"\b" + re.escape(word.encode()) + rb"\b", re.IGNORECASE)
    return sum(1 for content in files.values() if pattern.search(content))


def build(dest: Path, size: int, commits: int | None = None, seed: int = DEFAULT_SEED) -> Generated:
    """Build a repository at ``dest`` (which must not exist or be empty)."""
    commits = commits or size * COMMITS_PER_ADR
    started = time.perf_counter()
    timeline = Timeline(size, commits, seed)
    build_repo(dest, timeline.commits())
    summary = timeline.summary
    manifest: dict[str, Any] = {
        "generator_version": GENERATOR_VERSION,
        "size": size,
        "commits_requested": commits,
        "commits": summary.commits,
        "seed": seed,
        "head": _git_head(dest),
        "adr_dirs": [NEW_DIR],
        "history_dirs": [OLD_DIR, NEW_DIR],
        "adr_files": sorted(summary.files),
        "hot_adr": summary.hot_path,
        "hot_revisions": summary.hot_revisions,
        "formats": dict(sorted(summary.formats.items())),
        "statuses": dict(sorted(summary.statuses.items())),
        "events": dict(sorted(summary.kinds.items())),
        "authors": sorted(summary.authors),
        "query_words": {w: _hits(summary.files, w) for w in QUERY_WORDS},
        "generation_seconds": round(time.perf_counter() - started, 2),
    }
    (dest / ".git" / "bench-manifest.json").write_text(json.dumps(manifest, indent=2))
    return Generated(dest, manifest)


def ensure(
    size: int,
    commits: int | None = None,
    seed: int = DEFAULT_SEED,
    cache_dir: Path = CACHE_DIR,
    *,
    force: bool = False,
) -> Generated:
    """The cached repository for these arguments, generating it first if needed."""
    commits = commits or size * COMMITS_PER_ADR
    final = cache_dir / cache_key(size, commits, seed)
    manifest_path = final / ".git" / "bench-manifest.json"
    if force and final.exists():
        shutil.rmtree(final)
    if manifest_path.is_file():
        return Generated(final, json.loads(manifest_path.read_text()))
    cache_dir.mkdir(parents=True, exist_ok=True)
    # Build beside the final place and rename: an interrupted run never leaves a half repo.
    scratch = Path(tempfile.mkdtemp(prefix="building-", dir=cache_dir))
    try:
        generated = build(scratch / "repo", size, commits, seed)
        if final.exists():
            shutil.rmtree(final)
        (scratch / "repo").rename(final)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return Generated(final, generated.manifest)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--size", type=int, default=1000, help="number of ADRs")
    parser.add_argument("--commits", type=int, help="total commits (default 8 per ADR)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--force", action="store_true", help="rebuild even if cached")
    parser.add_argument("--dest", type=Path, help="build here instead of the cache")
    args = parser.parse_args(argv)
    if args.dest is not None:
        generated = build(args.dest, args.size, args.commits, args.seed)
    else:
        generated = ensure(args.size, args.commits, args.seed, force=args.force)
    summary = {k: v for k, v in generated.manifest.items() if k != "adr_files"}
    print(generated.root)
    print(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
