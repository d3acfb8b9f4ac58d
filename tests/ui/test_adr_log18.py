"""Round 18: the ADR view's header names the log a record is of when several are open."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import RepoFactory
from tests.core.test_catalog import nygard
from textual.widgets import Static

from adr_tui.core.settings import Settings
from adr_tui.ui.app import AdrApp, make_app
from adr_tui.ui.listing import Entry
from adr_tui.ui.screens.adr import AdrScreen

from .conftest import settle

BILLING = "services/billing/docs/adr/0001-use-a-queue.md"
AUTH = "services/auth/docs/adr/0001-use-tokens.md"


def _monorepo(make_repo: RepoFactory) -> Path:
    return make_repo({BILLING: nygard(1, "Use a queue"), AUTH: nygard(1, "Use tokens")})


async def _headers(app: AdrApp, paths: list[str]) -> list[tuple[str, str | None]]:
    """(title, log name or None when hidden) of the ADR view for each path, opened in turn."""
    found: list[tuple[str, str | None]] = []
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for path in paths:
            catalog = next(c for c in app.catalogs if path in {d.path for d in c.decisions})
            decision = next(d for d in catalog.decisions if d.path == path)
            app.open_entry(Entry(catalog.root.name, catalog.root, decision))
            await settle(pilot)
            assert isinstance(app.screen, AdrScreen)
            log = app.screen.query_one("#adr-log", Static)
            title = app.screen.query_one("#adr-title", Static)
            if log.display:  # on the title's first line, at the right edge (80 columns)
                assert (log.region.y, log.region.right) == (title.region.y, 80)
            found.append((str(title.content), str(log.content) if log.display else None))
    return found


async def test_a_monorepo_record_names_its_folder_as_browse_does(make_repo: RepoFactory) -> None:
    repo = _monorepo(make_repo)
    app = make_app(Settings(use_cache=False), paths=[repo], poll=False, index=False)
    assert await _headers(app, [BILLING, AUTH]) == [
        ("ADR-0001  Use a queue", "billing"),
        ("ADR-0001  Use tokens", "auth"),
    ]


async def test_one_log_names_none(make_repo: RepoFactory) -> None:
    repo = make_repo({"docs/adr/0001-use-a-queue.md": nygard(1, "Use a queue")})
    app = make_app(Settings(use_cache=False), paths=[repo], poll=False, index=False)
    assert await _headers(app, ["docs/adr/0001-use-a-queue.md"]) == [
        ("ADR-0001  Use a queue", None)
    ]


async def test_several_repositories_name_the_repository_then_the_folder(
    make_repo: RepoFactory,
) -> None:
    mono = _monorepo(make_repo)
    shop = make_repo({"docs/adr/0002-use-tls.md": nygard(2, "Use TLS")})
    app = make_app(Settings(use_cache=False), paths=[mono, shop], poll=False, index=False)
    assert await _headers(app, [AUTH, "docs/adr/0002-use-tls.md"]) == [
        ("ADR-0001  Use tokens", f"{mono.name}/auth"),
        ("ADR-0002  Use TLS", shop.name),
    ]
