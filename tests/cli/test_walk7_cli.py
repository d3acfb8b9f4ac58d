"""Walk 7 in a terminal: the command line's usage errors exit 2 and say what is expected."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import RepoFactory
from tests.helpers_ui import settle

from adr_tui.cli import cmd_tui
from adr_tui.cli.main import main
from adr_tui.ui.screens.adr import AdrScreen

from .test_search_cli import FILES


@pytest.mark.parametrize("limit", ["0", "x"])
def test_search_limit_below_one_is_a_usage_error(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str], limit: str
) -> None:
    """``--limit 0`` printed "no ADR matches" and exited 0 while two ADRs matched."""
    repo: Path = make_repo(FILES)
    assert main(["search", "redis", str(repo), "--limit", limit]) == 2
    err = capsys.readouterr().err
    assert "--limit: expected a number of hits, 1 or more" in err
    assert "no ADR matches" not in err


def test_show_says_when_text_nested_too_deep_is_not_shown(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    """A 400-level list printed nine items, and nothing after them, without a word."""
    items = "".join("  " * level + f"- item {level}\n" for level in range(400))
    text = f"# 1. Deep\n\nDate: 2024-01-02\n\n## Status\n\nAccepted\n\n{items}\nAfter the list.\n"
    repo: Path = make_repo({"docs/adr/0001-deep.md": text})
    assert main(["show", "1", str(repo)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "item 8" in out and "item 9" not in out
    assert "nested more than 20 levels deep" in out
    assert "the file docs/adr/0001-deep.md has it all" in out


ACCEPTED = "Date: 2024-01-02\n\n## Status\n\nAccepted\n"
TWO = {
    "docs/adr/0001-use-redis.md": f"# 1. Use Redis\n\n{ACCEPTED}",
    "docs/adr/0002-use kafka [b].md": f"# 2. Use Kafka\n\n{ACCEPTED}",
}


def test_an_adr_file_as_the_last_word_names_the_adr(make_repo: RepoFactory, tmp_path: Path) -> None:
    """``adr-tui docs/adr/0002-x.md`` was refused: "not a readable folder"."""
    repo = make_repo(TWO)
    file = repo / "docs/adr/0002-use kafka [b].md"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    name = "0002-use kafka [b].md"
    whole = str(file.resolve())  # the file itself, not any file of its name
    assert cmd_tui.split_positionals([str(file)], elsewhere) == ([file.parent], whole)
    assert cmd_tui.split_positionals(["docs/adr/" + name], repo) == ([repo / "docs/adr"], whole)
    relative = [str(repo), "docs/adr/" + name]  # to the repository named before it
    assert cmd_tui.split_positionals(relative, elsewhere) == ([repo], whole)


async def test_adr_tui_with_an_adr_file_opens_that_adr(make_repo: RepoFactory) -> None:
    repo = make_repo(TWO)
    app = cmd_tui.open_app(
        cmd_tui.parse([str(repo / "docs/adr/0002-use kafka [b].md")]), terminal=False
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, AdrScreen)
        assert app.screen.entry.decision.number == 2


async def test_a_folder_kept_record_opens_by_its_file_not_its_name(
    make_repo: RepoFactory,
) -> None:
    """Review 7: two records kept as 'README.md' asked which one the file meant."""
    repo = make_repo(
        {
            "docs/adr/0001-use-x/README.md": f"# Use X\n\n{ACCEPTED}",
            "docs/adr/0002-use-y/README.md": f"# Use Y\n\n{ACCEPTED}",
        }
    )
    app = cmd_tui.open_app(
        cmd_tui.parse([str(repo), "docs/adr/0002-use-y/README.md"]), terminal=False
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, AdrScreen)
        assert app.screen.entry.decision.path == "docs/adr/0002-use-y/README.md"


def test_list_with_a_missing_adr_dir_says_it_does_not_exist(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    """It said "no ADRs found in the usual ADR folders (try --adr-dir DIR)" to --adr-dir."""
    repo = make_repo(TWO)
    assert main(["list", str(repo), "--adr-dir", "nope"]) == 0
    err = capsys.readouterr().err
    assert "No ADRs found: ADR folder 'nope' does not exist" in err
    assert "usual ADR folders" not in err


def test_the_too_deep_note_shows_a_hostile_file_name_as_written(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    """The note is plain text: a file name is never read as Markdown (no link, no emphasis)."""
    items = "".join("  " * level + f"- item {level}\n" for level in range(30))
    text = f"# 1. Deep\n\nDate: 2024-01-02\n\n## Status\n\nAccepted\n\n{items}"
    name = "docs/adr/0001-[see](https:evil.example) *b* <b>x</b>.md"
    repo: Path = make_repo({name: text})
    assert main(["show", "1", str(repo)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert f"the file {name} has it all" in out
