"""Go to (``g``): a name several decisions share asks which one; file-name words find one."""

from __future__ import annotations

from textual.command import CommandList, CommandPalette
from textual.widgets import Input

from adr_tui.core.settings import Settings
from adr_tui.ui.app import AdrApp, make_app
from adr_tui.ui.screens.adr import AdrScreen

from ..conftest import RepoFactory
from .conftest import settle

ADR = "# {n}. {title}\n\nDate: 2024-01-02\n\n## Status\n\nAccepted\n\n## Context\n\nText.\n"


def _app(make_repo: RepoFactory, files: dict[str, tuple[int, str]]) -> AdrApp:
    texts = {path: ADR.format(n=n, title=title) for path, (n, title) in files.items()}
    repo = make_repo(texts)
    return make_app(Settings(use_cache=False), paths=[repo], poll=False, index=False)


def _prompts(app: AdrApp) -> list[str]:
    assert isinstance(app.screen, CommandPalette)
    options = app.screen.query_one(CommandList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def test_a_number_two_files_of_one_log_share_asks_which(make_repo: RepoFactory) -> None:
    # dasch-swiss/dsp-api has two 0005 files.
    app = _app(
        make_repo,
        {"docs/adr/0005-use-zio.md": (5, "Use ZIO"), "docs/adr/0005-use-tapir.md": (5, "Tapir")},
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("g", "5", "enter")
        await settle(pilot)
        prompts = _prompts(app)
        assert len(prompts) == 2
        assert prompts[0].startswith("ADR-0005 Tapir") and prompts[1].startswith("ADR-0005 Use ZIO")
        await pilot.press("down", "enter")
        await settle(pilot)
        assert isinstance(app.screen, AdrScreen)
        assert app.screen.entry.decision.path == "docs/adr/0005-use-zio.md"


async def test_a_number_two_logs_of_a_monorepo_share_asks_which(make_repo: RepoFactory) -> None:
    app = _app(
        make_repo,
        {"services/a/docs/adr/0001-x.md": (1, "X"), "services/b/docs/adr/0001-y.md": (1, "Y")},
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("g", "1", "enter")
        await settle(pilot)
        assert [p.split()[:2] for p in _prompts(app)] == [["ADR-0001", "X"], ["ADR-0001", "Y"]]
        assert app.screen.query_one(Input).placeholder == "2 ADRs match '1': which one?"


async def test_a_word_of_a_file_name_opens_its_adr(make_repo: RepoFactory) -> None:
    app = _app(
        make_repo,
        {
            "docs/adr/0012-use-keycloak-for-identity.md": (12, "Identity"),
            "docs/adr/0013-use-postgres.md": (13, "Postgres"),
        },
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("g", *"keycloak", "enter")
        await settle(pilot)
        assert isinstance(app.screen, AdrScreen) and app.screen.entry.decision.number == 12
