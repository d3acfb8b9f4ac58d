"""Per-run state shared by the rows: the repository, the environment, the baselines."""

from __future__ import annotations

import importlib
import itertools
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.generate import CACHE_DIR, Generated
from bench.harness import Sample, Stats, bench_environment, repeat, worker


@dataclass
class Context:
    """What every row needs: where the repository is and how to measure."""

    generated: Generated
    repeat: int
    workdir: Path
    """A temporary folder owned by this run (caches, clones); removed at the end."""
    repo_cache: Path = CACHE_DIR
    """Where generated repositories are cached (other sizes are built there on demand)."""
    warmup: int = 1
    """Discarded first samples per figure (0 saves minutes on 100,000-commit histories)."""
    env: dict[str, str] = field(init=False)
    baselines: dict[str, Stats] = field(default_factory=dict)
    _counter: itertools.count[int] = field(default_factory=itertools.count)

    def __post_init__(self) -> None:
        self.env = bench_environment(self.workdir / "cache")

    @classmethod
    def create(
        cls, generated: Generated, repeat_count: int, repo_cache: Path = CACHE_DIR, warmup: int = 1
    ) -> Context:
        workdir = Path(tempfile.mkdtemp(prefix="adr-tui-bench-"))
        return cls(generated, repeat_count, workdir, repo_cache, warmup)

    def close(self) -> None:
        shutil.rmtree(self.workdir, ignore_errors=True)

    @property
    def root(self) -> Path:
        return self.generated.root

    @property
    def size(self) -> int:
        return int(self.generated.manifest["size"])

    @property
    def manifest_path(self) -> Path:
        return self.root / ".git" / "bench-manifest.json"

    def fresh_dir(self, prefix: str) -> Path:
        """A new empty folder under the run's workdir (a cold cache, a clone)."""
        path = self.workdir / f"{prefix}-{next(self._counter)}"
        path.mkdir(parents=True)
        return path

    def params(self, **extra: Any) -> dict[str, Any]:
        base: dict[str, Any] = {
            "root": str(self.root),
            "manifest": str(self.manifest_path),
            "cache_dir": str(self.workdir / "cache"),
        }
        base.update(extra)
        return base

    def sample(
        self,
        task: str,
        params: Callable[[], dict[str, Any]] | dict[str, Any] | None = None,
        *,
        key: str = "seconds",
        warmup: int | None = None,
        count: int | None = None,
    ) -> tuple[Stats, list[dict[str, Any]]]:
        """Median-able samples of ``key`` from repeated fresh worker processes."""
        results: list[dict[str, Any]] = []

        def once() -> Sample:
            given = params() if callable(params) else params
            result, _ = worker(task, given if given is not None else self.params(), self.env)
            results.append(result)
            if key == "seconds" and "cpu" in result:
                return float(result[key]), float(result["cpu"])
            return float(result[key])

        skip = self.warmup if warmup is None else warmup
        stats = repeat(count or self.repeat, once, warmup=skip)
        return stats, results[skip:]

    def baseline(self, name: str, measure: Callable[[], Stats]) -> Stats:
        """A baseline measured once per run and shared by every row quoting it."""
        if name not in self.baselines:
            self.baselines[name] = measure()
        return self.baselines[name]


def available(module: str, *names: str) -> bool:
    """Whether adr-tui already has ``module`` with these public names."""
    try:
        loaded = importlib.import_module(module)
    except ImportError:
        return False
    return all(hasattr(loaded, name) for name in names)


def clone(ctx: Context, prefix: str = "clone") -> Path:
    """A private clone of the benchmark repository, for rows that must change it."""
    dest = ctx.fresh_dir(prefix) / "repo"
    subprocess.run(
        ["git", "clone", "-q", str(ctx.root), str(dest)],
        env=ctx.env,
        check=True,
        capture_output=True,
    )
    return dest


def commit_change(repo: Path, rel: str, extra: str, env: dict[str, str], when: str) -> None:
    """Append ``extra`` to ``rel`` and commit it with a fixed author and date."""
    path = repo / rel
    path.write_text(path.read_text() + extra)
    dated = dict(env)
    for who in ("AUTHOR", "COMMITTER"):
        dated[f"GIT_{who}_NAME"] = "Bench Runner"
        dated[f"GIT_{who}_EMAIL"] = "bench@example.com"
        dated[f"GIT_{who}_DATE"] = when
    for args in (["add", rel], ["commit", "-q", "-m", f"bench: touch {rel}"]):
        subprocess.run(["git", "-C", str(repo), *args], env=dated, check=True, capture_output=True)
