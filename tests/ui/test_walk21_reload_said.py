"""Walk 21: r says what the reload found, not only "Reloading…" (and then nothing)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import RepoFactory
from tests.core.test_catalog import nygard
from textual.message import Message
from textual.notifications import Notify

from adr_tui.core.settings import Settings
from adr_tui.ui.app import make_app

from .conftest import settle


async def said_after_r(repo: Path, change: list[tuple[str, str | None]]) -> list[str]:
    """What the app says once ``r`` is pressed after ``change`` (path → new text, None: gone)."""
    app = make_app(Settings(), paths=[repo], poll=False, index=False)
    said: list[str] = []

    def record(message: Message) -> None:
        if isinstance(message, Notify):
            said.append(message.notification.message)

    async with app.run_test(size=(100, 30), message_hook=record) as pilot:
        await settle(pilot)
        for path, text in change:
            if text is None:
                (repo / path).unlink()
            else:
                (repo / path).write_text(text)
        said.clear()
        await pilot.press("r")
        await settle(pilot)
    return said


async def test_r_says_what_changed(make_repo: RepoFactory) -> None:
    repo = make_repo({f"docs/adr/000{n}-d{n}.md": nygard(n, f"D{n}") for n in (1, 2, 3)})
    said = await said_after_r(
        repo,
        [
            ("docs/adr/0001-d1.md", nygard(1, "D1", "Superseded")),
            ("docs/adr/0004-d4.md", nygard(4, "D4")),
            ("docs/adr/0003-d3.md", None),
        ],
    )
    assert said == ["Reloading…", "Reloaded 3 ADRs: 1 changed, 1 new, 1 gone"]


async def test_r_says_when_nothing_changed(make_repo: RepoFactory) -> None:
    repo = make_repo({"docs/adr/0001-d1.md": nygard(1, "D1")})
    assert await said_after_r(repo, []) == ["Reloading…", "Reloaded 1 ADR: nothing changed"]
