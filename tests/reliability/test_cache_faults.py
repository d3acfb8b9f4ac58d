"""Cache faults: damaged, foreign, read-only, full and shared caches never change an answer.

The cache (history log, parsed states, search index) lives in
``ADR_TUI_CACHE_DIR``; every file in it is untrusted. Each case compares the
command's JSON with the answer from a healthy cache.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from adr_tui.cli.main import main
from adr_tui.core.settings import Settings
from adr_tui.ui.app import make_app
from tests.helpers_git import build, story_commits
from tests.helpers_ui import settle

from .conftest import Sandbox, run_all
from .test_terminal_tui import screen_text

Capture = pytest.CaptureFixture[str]
COMMANDS = (
    ("history", "1", "--json"),
    ("history", "5", "--json"),
    ("diff", "1", "--json"),
    ("search", "postgres OR kafka", "--json"),
    ("search", "status:accepted", "--json"),
)
IN_MEMORY = "search index kept in memory: cannot write to"


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The scripted story repository (renames, deletes, merges; fixed dates)."""
    return build(tmp_path_factory.mktemp("story") / "repo", *story_commits())


def answers(capsys: Capture, repo: Path, cache: Path) -> tuple[list[object], str]:
    """Every command's parsed JSON with ``cache`` as the cache folder, and all of stderr.

    ``cache`` is given through ``ADR_TUI_CACHE_DIR``, which the sandbox fixture restores.
    """
    os.environ["ADR_TUI_CACHE_DIR"] = str(cache)
    found: list[object] = []
    errors = ""
    for command, *rest in COMMANDS:
        code = main([command, "-C", str(repo), *rest])
        captured = capsys.readouterr()
        assert code == 0, captured.err
        assert "Traceback" not in captured.err
        found.append(json.loads(captured.out))
        errors += captured.err
    return found, errors


@pytest.fixture(scope="module")
def truth(story: Path, tmp_path_factory: pytest.TempPathFactory) -> list[object]:
    """The answers computed with no cache at all (``--no-cache``)."""
    found: list[object] = []
    for command, *rest in COMMANDS:
        done = subprocess.run(
            [sys.executable, "-m", "adr_tui", command, "-C", str(story), *rest, "--no-cache"],
            env={**os.environ, "ADR_TUI_CACHE_DIR": str(tmp_path_factory.mktemp("unused"))},
            capture_output=True,
            check=True,
        )
        found.append(json.loads(done.stdout))
    return found


def truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def garble(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(bytes((b * 7 + 13) % 256 for b in data) or b"\xff")


def empty(path: Path) -> None:
    path.write_bytes(b"")


def foreign(path: Path) -> None:
    """A cache file from another adr-tui version: same layout, other version number."""
    data = path.read_bytes()
    if data.startswith(b"ADRTUI-CACHE "):
        header, _, payload = data.partition(b"\n")
        fields = header.split(b" ")
        fields[1] = b"999"
        path.write_bytes(b" ".join(fields) + b"\n" + payload)
    else:
        garble(path)


@pytest.mark.parametrize("damage", [truncate, garble, empty, foreign], ids=lambda f: f.__name__)
def test_damaged_cache_gives_the_same_answers(
    story: Path,
    truth: list[object],
    sandbox: Sandbox,
    capsys: Capture,
    damage: Callable[[Path], None],
) -> None:
    warm, _ = answers(capsys, story, sandbox.cache)
    assert warm == truth
    files = [p for p in sandbox.cache.rglob("*") if p.is_file()]
    assert {p.relative_to(sandbox.cache).parts[0] for p in files} >= {"history", "index"}
    for path in files:
        damage(path)
    again, _ = answers(capsys, story, sandbox.cache)
    assert again == truth
    again, errors = answers(capsys, story, sandbox.cache)  # and the repaired cache is right
    assert again == truth
    assert errors == ""


@pytest.fixture
def immutable_cache(tmp_path: Path) -> Iterator[Path]:
    """A cache folder nobody, root included, can write in (``chattr +i``)."""
    folder = tmp_path / "immutable-cache"
    folder.mkdir()
    subprocess.run(["chattr", "+i", str(folder)], check=True)
    try:
        yield folder
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


@pytest.fixture
def full_cache(tmp_path: Path) -> Iterator[Path]:
    """A 32 KiB tmpfs, filled up: every write fails with ENOSPC."""
    folder = tmp_path / "full-cache"
    folder.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=32k", "tmpfs", str(folder)], check=True)
    try:
        fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
        try:
            while os.write(fd, b"\0" * 1024):
                pass
        except OSError:
            pass  # ENOSPC: the disk is full now
        finally:
            os.close(fd)
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


@pytest.fixture
def cache_under_a_file(tmp_path: Path) -> Path:
    """A cache path whose parent is a regular file: every mkdir fails (ENOTDIR)."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file")
    return blocker / "cache"


@pytest.mark.parametrize("kind", ["immutable", "full", "under-a-file"])
def test_unwritable_cache_works_without_it_and_says_so_once(
    story: Path,
    truth: list[object],
    sandbox: Sandbox,
    capsys: Capture,
    request: pytest.FixtureRequest,
    kind: str,
) -> None:
    fixture = {"immutable": "immutable_cache", "full": "full_cache"}.get(kind, "cache_under_a_file")
    cache: Path = request.getfixturevalue(fixture)
    found, errors = answers(capsys, story, cache)
    assert found == truth
    notes = [line for line in errors.splitlines() if IN_MEMORY in line]
    assert len(notes) == 1, errors  # once per process, however many searches
    assert all(line.startswith(f"adr-tui: note: {IN_MEMORY} {cache}") for line in notes)


def test_processes_sharing_a_fresh_cache(
    story: Path, truth: list[object], sandbox: Sandbox
) -> None:
    """Four processes (two searches, two histories) start together on an empty cache."""
    argvs = [
        ["search", "postgres OR kafka", "-C", str(story), "--json"],
        ["history", "1", "-C", str(story), "--json"],
        ["search", "postgres OR kafka", "-C", str(story), "--json"],
        ["history", "1", "-C", str(story), "--json"],
    ]
    runs = run_all(argvs, sandbox.env)
    for run in runs:
        assert run.code == 0 and run.err == b"", run.text
    assert [json.loads(r.out) for r in runs] == [truth[3], truth[0], truth[3], truth[0]]
    again = run_all(argvs[:2], sandbox.env)  # the cache they wrote together is sound
    assert [json.loads(r.out) for r in again] == [truth[3], truth[0]]


async def test_tui_without_a_writable_cache_searches_and_says_so_once(
    story: Path, sandbox: Sandbox, cache_under_a_file: Path
) -> None:
    """Search works from memory; one notification names the unwritable cache folder."""
    app = make_app(Settings(cache_dir=cache_under_a_file), paths=[story], poll=False)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"kafka", "enter")
        await settle(pilot)
        assert "Use Kafka" in screen_text(app)
        await pilot.press("escape", "r")  # a reload must not repeat the message
        await settle(pilot)
        said = [
            n.message
            for n in app._notifications._notifications.values()
            if "cache" in n.message or "memory" in n.message
        ]
        assert len(said) == 1, said
        assert str(cache_under_a_file) in said[0]
