"""Robustness 26: the TUI opening several repositories of different shapes at once."""

from __future__ import annotations

from pathlib import Path

from tests.core.test_robust26_gitdir import three_records
from tests.helpers_git import git

from adr_tui.cli import cmd_tui

from .conftest import settle


async def test_a_bare_repository_beside_a_work_tree_is_read_as_of_its_head(
    tmp_path: Path,
) -> None:
    # 'adr-tui project.git checkout': HEAD was only taken when every folder was bare,
    # so project.git was read as a folder of files and listed nothing, silently.
    checkout = three_records(tmp_path / "checkout")
    git(tmp_path, "clone", "-q", "--bare", str(checkout), "project.git")
    args = cmd_tui.parse([str(tmp_path / "project.git"), str(checkout), "--no-cache"])
    app = cmd_tui.open_app(args, terminal=False)
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(pilot)
        assert [(c.root.name, c.at, len(c.decisions)) for c in app.catalogs] == [
            ("project.git", "HEAD", 3),
            ("checkout", None, 3),
        ]
