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
        assert prompts[0].startswith("ADR-0005  ACCEPTED  Tapir")
        assert prompts[1].startswith("ADR-0005  ACCEPTED  Use ZIO")
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
        assert [p.split()[:3] for p in _prompts(app)] == [
            ["ADR-0001", "ACCEPTED", "X"],
            ["ADR-0001", "ACCEPTED", "Y"],
        ]
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


async def test_words_match_in_the_singular_or_the_plural(make_repo: RepoFactory) -> None:
    # 'g sessions' found only the files saying "sessions", never "session-storage".
    app = _app(
        make_repo,
        {
            "docs/adr/0003-use-redis-for-session-storage.md": (3, "Use Redis"),
            "docs/adr/0006-server-side-sessions.md": (6, "Cookies"),
            "docs/adr/0007-use-python-3.md": (7, "Use Python 3"),
            "docs/adr/0035-pool-database-connections.md": (35, "Pool connections"),
        },
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for typed in ("sessions", "session"):
            await pilot.press("g", *typed, "enter")
            await settle(pilot)
            assert [p.split()[0] for p in _prompts(app)] == ["ADR-0003", "ADR-0006"], typed
            await pilot.press("escape")
            await settle(pilot)
        await pilot.press("g", *"databases", "enter")
        await settle(pilot)
        assert isinstance(app.screen, AdrScreen) and app.screen.entry.decision.number == 35
        await pilot.press("escape", "g", "3", "enter")  # a number is a number, not a title word
        await settle(pilot)
        assert isinstance(app.screen, AdrScreen) and app.screen.entry.decision.number == 3


async def test_title_words_find_a_decision_its_file_name_does_not_say(
    make_repo: RepoFactory,
) -> None:
    app = _app(make_repo, {"docs/adr/0012-idp.md": (12, "Use Keycloak for identities")})
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("g", *"keycloak identity", "enter")
        await settle(pilot)
        assert isinstance(app.screen, AdrScreen) and app.screen.entry.decision.number == 12


async def test_the_chooser_says_which_of_two_is_in_force(make_repo: RepoFactory) -> None:
    # Two ADR-0002s, one replaced by ADR-0003: the choice must not be a coin toss.
    newer = (
        "# 3. Use Postgres everywhere\n\nDate: 2024-02-01\n\n## Status\n\nAccepted\n\n"
        "Supersedes [2. Use MySQL](0002-use-mysql.md)\n\n## Context\n\nText.\n"
    )
    texts = {
        "docs/adr/0002-use-mysql.md": ADR.format(n=2, title="Use MySQL"),
        "docs/adr/0002-use-redis.md": ADR.format(n=2, title="Use Redis"),
        "docs/adr/0003-use-postgres-everywhere.md": newer,
    }
    app = make_app(Settings(use_cache=False), paths=[make_repo(texts)], poll=False, index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("g", "2", "enter")
        await settle(pilot)
        assert [p.splitlines()[0] for p in _prompts(app)] == [
            "ADR-0002  SUPERSEDED  Use MySQL",
            "ADR-0002  ACCEPTED  Use Redis",
        ]


async def test_the_dialog_keeps_the_list_in_sight_behind_it(make_repo: RepoFactory) -> None:
    # App CSS giving every Screen an opaque background had hidden the list behind g's dialog.
    app = _app(make_repo, {"docs/adr/0001-use-zio.md": (1, "Use ZIO")})
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("g")
        await settle(pilot)
        assert type(app.screen).__name__ == "GotoModal"
        assert 0 < app.screen.styles.background.a < 1
        assert "ZIO" in app.export_screenshot()  # the list's row, drawn behind the dialog
