"""Terminal safety of every TUI screen, driven headless on the hostile repository.

Browse, ADR view, source view, history (with its diff), problems and help:
the rendered screen (the compositor's strips, i.e. what the terminal would
get) shows the hostile strings literally, carries no control character, no
``@click`` action and no link that came from ADR text; clicking the would-be
``[@click=app.quit]`` leaves the app running; nothing reached the clipboard
or the window title; and the repository is byte-identical afterwards.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from textual.pilot import Pilot
from textual.strip import Strip

from adr_tui.core.settings import Settings
from adr_tui.ui.app import AdrApp, make_app
from adr_tui.ui.screens.adr import AdrScreen
from adr_tui.ui.screens.browse import BrowseScreen
from adr_tui.ui.screens.help import HelpScreen
from adr_tui.ui.screens.problems import ProblemsScreen
from tests.helpers_ui import settle

from .conftest import (
    MARKUP,
    VISIBLE,
    Sandbox,
    arm_repository,
    build_hostile_repo,
    changed,
    snapshot,
    terminal_violations,
)

AUTHOR_VISIBLE = "Eve \u241b]0;owned-title\u2407[bold]Mallory<U+202E>"
SUBJECT_VISIBLE = "Subject \u241b]52;c;cHduZWQ=\u2407\u241b[2J[@click=app.quit]Q[/]"


def screen_strips(app: AdrApp) -> list[Strip]:
    """What the active screen puts on the terminal, line by line."""
    return list(app.screen._compositor.render_strips())


def screen_text(app: AdrApp) -> str:
    return "\n".join(strip.text for strip in screen_strips(app))


def actions_and_links(strips: Iterable[Strip]) -> set[tuple[str, str]]:
    """Every ``@click`` action or hyperlink of the rendered segments, with the text it is on."""
    found: set[tuple[str, str]] = set()
    for strip in strips:
        for segment in strip:
            style = segment.style
            if style is None:
                continue
            if style.link:
                found.add((f"hyperlink {style.link}", segment.text))
            click = style.meta.get("@click") if style.meta else None
            if click:
                found.add((f"@click {click}", segment.text))
    return found


def locate(app: AdrApp, needle: str) -> tuple[int, int] | None:
    """Screen (x, y) of the first cell of ``needle``, if shown."""
    for y, strip in enumerate(screen_strips(app)):
        x = strip.text.find(needle)
        if x >= 0:
            return x, y
    return None


class Inspector:
    """Checks every screen visited and remembers what it saw."""

    def __init__(self, app: AdrApp) -> None:
        self.app = app
        self.visited: list[str] = []
        self.actions: set[tuple[str, str, str]] = set()

    def check(self, expect: Iterable[str] = ()) -> str:
        app = self.app
        assert app.is_running
        strips = screen_strips(app)
        text = "\n".join(s.text for s in strips)
        self.visited.append(type(app.screen).__name__)
        assert terminal_violations(text.encode("utf-8"), allow_sgr=False) == [], text
        missing = [s for s in expect if s not in text]
        assert missing == [], text
        self.actions |= {(type(app.screen).__name__, *a) for a in actions_and_links(strips)}
        for label in (app.title, app.sub_title, app.screen.title or "", app.screen.sub_title or ""):
            assert terminal_violations(label.encode("utf-8"), allow_sgr=False) == []
        return text


async def click_hostile(pilot: Pilot[int], app: AdrApp) -> None:
    """Click the ``Q`` of ``[@click=app.quit]Q[/]`` wherever it is shown."""
    spot = locate(app, MARKUP[1])
    assert spot is not None, screen_text(app)
    x, y = spot
    await pilot.click(offset=(x + len("[@click=app.quit]"), y))
    await pilot.pause()
    assert app.is_running


async def test_every_screen_shows_hostile_text_inert(tmp_path: Path, sandbox: Sandbox) -> None:
    repo = build_hostile_repo(tmp_path / "repo")
    arm_repository(repo, sandbox.markers)
    before = snapshot(repo)
    app = make_app(Settings(cache_dir=sandbox.cache), paths=[repo], poll=False)
    async with app.run_test(size=(220, 50)) as pilot:
        seen = Inspector(app)
        await settle(pilot)
        assert isinstance(app.screen, BrowseScreen)
        seen.check(VISIBLE)  # the list row and the preview
        await click_hostile(pilot, app)

        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, AdrScreen)
        seen.check(VISIBLE)
        await click_hostile(pilot, app)
        link = locate(app, "a link")  # a real Markdown link whose target hides an OSC 52
        assert link is not None
        await pilot.click(offset=link)
        await pilot.pause()
        shown = [(n.title, n.message) for n in app._notifications._notifications.values()]
        assert ("Link (not opened)", "http://example.com/\u241b]52;c;eA==\u2407") in shown

        await pilot.press("v")  # raw source
        await settle(pilot)
        seen.check((*VISIBLE, "[a link](http://example.com/\u241b]52;c;eA==\u2407)"))

        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        seen.check()
        await pilot.press("escape")

        await pilot.press("h")  # history of ADR 1: hostile author and subject, hostile diff
        await settle(pilot)
        assert type(app.screen).__name__ == "HistoryScreen"
        seen.check((AUTHOR_VISIBLE, SUBJECT_VISIBLE, *MARKUP))
        await click_hostile(pilot, app)
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)

        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, ProblemsScreen)
        seen.check(MARKUP)
        await pilot.press("escape")
        await settle(pilot)

        await pilot.press("slash", *"hostile", "enter")  # a search that hits the hostile ADR
        await settle(pilot)
        seen.check(MARKUP[:1])

        assert app.is_running
        assert app.clipboard == ""
        assert app.title == "adr-tui"
        assert seen.visited == [
            "BrowseScreen",
            "AdrScreen",
            "AdrScreen",
            "HelpScreen",
            "HistoryScreen",
            "ProblemsScreen",
            "BrowseScreen",
        ]
        # The only action is the app's own: the header's problem count opens Problems.
        # No text from the repository carries one, nor a hyperlink: the body's real link
        # keeps its target in style meta, and a click on it goes to the screen's handler
        # (checked above), which never opens anything.
        assert seen.actions == {("BrowseScreen", "@click app.problems", "1 problem (p)")}
    assert sandbox.markers_made() == []
    assert changed(before, snapshot(repo)) == []
