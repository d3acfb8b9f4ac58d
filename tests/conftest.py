"""Fixtures shared by every test: an isolated cache and a real-repository factory."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from adr_tui.demo.builder import Commit, Write, build_repo

RepoFactory = Callable[[dict[str, str]], Path]

FIXED_DATE = "2024-01-15T10:00:00+00:00"


@pytest.fixture(autouse=True)
def isolated_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Every test gets its own cache folder; nothing touches $HOME."""
    cache = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("ADR_TUI_CACHE_DIR", str(cache))
    monkeypatch.setenv("NO_COLOR", "1")
    yield cache


@pytest.fixture
def make_repo(tmp_path: Path) -> RepoFactory:
    """Build a Git repository whose single commit holds ``files`` (path → text)."""
    counter = iter(range(1000))

    def build(files: dict[str, str]) -> Path:
        dest = tmp_path / f"repo{next(counter)}"
        changes = tuple(Write(path, text.encode("utf-8")) for path, text in files.items())
        commit = Commit("Ada Lovelace <ada@example.com>", FIXED_DATE, "Add ADRs", changes)
        return build_repo(dest, [commit])

    return build
