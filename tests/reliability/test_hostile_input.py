"""Hostile input at scale: one repository holding every kind of bad file at once.

The per-category parser tests live in ``tests/core/parsing``; here the whole
path runs end to end (discovery → read → parse → link → check → JSON/TUI): the
good ADRs all load, whatever their encoding or name, and every bad file is
reported by ``check`` (and on the TUI's problems screen). We run as root, so a
``chmod 000`` file is still read (the ``unreadable`` case is a dangling link
and a link out of the repository instead).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from adr_tui.core.settings import Settings
from adr_tui.ui.app import make_app
from adr_tui.ui.screens.problems import ProblemsScreen
from tests.helpers_ui import settle

from .conftest import Sandbox, changed, run_all, snapshot
from .test_repo_faults import adr_text, loose_repo
from .test_terminal_tui import screen_text

GOOD = {
    "docs/adr/0001-first.md": "First",  # committed by loose_repo
    "docs/adr/0002-crlf.md": "Crlf",
    "docs/adr/0003-bom.md": "Bom",
    "docs/adr/0008-huge.md": "Huge",  # 5 MB: large, but under the size limit
    "docs/adr/0010-mode-000.md": "Mode 000",
    "docs/adr/0011 with spaces.md": "Odd 11",
    "docs/adr/0012-#hash.md": "Odd 12",
    "docs/adr/0013-colon:name.md": "Odd 13",
    "docs/adr/0014-ünïcödé.md": "Odd 14",
    "docs/adr/0015-new\nline.md": "Odd 15",
    "docs/adr/0016-tab\there.md": "Odd 16",
    "docs/adr/0017-\\back'quote\".md": "Odd 17",
}
"""Path → title of every ADR that must load."""
BAD = {
    "docs/adr/0004-invalid-yaml.md": "invalid YAML",
    "docs/adr/0005-latin1.md": "not valid UTF-8",
    "docs/adr/0006-binary.md": "binary",
    "docs/adr/0007-empty.md": "empty",
    "docs/adr/0009-link-outside.md": "outside the repository",
    "docs/adr/0018-dangling.md": "No such file",
}
"""Path → what ``check`` must say about it."""


def every_bad_file(dest: Path) -> Path:
    """A Git repository with one good ADR committed and every hostile file beside it."""
    repo = loose_repo(dest)
    folder = repo / "docs" / "adr"
    (folder / "0002-crlf.md").write_bytes(
        adr_text(2, "Crlf", "Accepted").encode().replace(b"\n", b"\r\n")
    )
    (folder / "0003-bom.md").write_bytes(b"\xef\xbb\xbf" + adr_text(3, "Bom", "Accepted").encode())
    (folder / "0004-invalid-yaml.md").write_text("---\nstatus: [unclosed\ntitle: {x\n---\n# 4. Y\n")
    (folder / "0005-latin1.md").write_bytes(adr_text(5, "Caf\xe9", "Accepted").encode("latin-1"))
    (folder / "0006-binary.md").write_bytes(
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)) * 8
    )
    (folder / "0007-empty.md").write_bytes(b"")
    huge = adr_text(8, "Huge", "Accepted") + ("Lorem ipsum dolor sit amet. " * 40 + "\n") * 4700
    (folder / "0008-huge.md").write_text(huge)
    outside = dest.parent / "secret-outside.md"
    outside.write_text(adr_text(9, "Secret outside the repository", "Accepted"))
    (folder / "0009-link-outside.md").symlink_to(outside)
    (folder / "0010-mode-000.md").write_text(adr_text(10, "Mode 000", "Accepted"))
    (folder / "0010-mode-000.md").chmod(0)
    for path, title in GOOD.items():
        number = int(path.split("/")[-1][:4])
        if number >= 11:
            (repo / path).write_text(adr_text(number, title, "Accepted"))
    (folder / "0018-dangling.md").symlink_to(folder / "nowhere.md")
    (folder / "0019-a-folder.md").mkdir()
    return repo


def test_every_bad_file_at_once(tmp_path: Path, sandbox: Sandbox) -> None:
    repo = every_bad_file(tmp_path / "bad")
    assert (repo / "docs/adr/0008-huge.md").stat().st_size > 5 * 1024 * 1024
    before = snapshot(repo)
    listed, checked, check_text = run_all(
        [["list", str(repo), "--json"], ["check", str(repo), "--json"], ["check", str(repo)]],
        sandbox.env,
    )
    assert listed.code == 0 and listed.err == b"", listed.text
    titles = {d["path"]: d["title"] for d in json.loads(listed.out)}
    assert {p: titles.get(p) for p in GOOD} == GOOD
    assert not any("Secret" in t for t in titles.values())  # the link out was not followed
    assert checked.code == 1 and b"Traceback" not in checked.err, checked.text
    problems = json.loads(checked.out)
    said = {p: " ".join(q["message"] for q in problems if q["path"] == p) for p in BAD}
    assert {p: text for p, text in BAD.items() if text not in said[p]} == {}, said
    assert {q["path"] for q in problems} & set(GOOD) == set()
    assert check_text.code == 1
    for path in BAD:
        assert path.encode() in check_text.out
    assert changed(before, snapshot(repo)) == []
    assert os.stat(repo / "docs/adr/0010-mode-000.md").st_mode & 0o777 == 0


async def test_every_bad_file_at_once_in_the_tui(tmp_path: Path, sandbox: Sandbox) -> None:
    repo = every_bad_file(tmp_path / "bad")
    app = make_app(Settings(cache_dir=sandbox.cache), paths=[repo], poll=False)
    async with app.run_test(size=(200, 60)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        loaded = len(GOOD) + 2  # the invalid-YAML and Latin-1 files load, with a warning
        assert f"{loaded}/{loaded} ADRs" in text
        assert "Odd 15" in text
        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, ProblemsScreen)
        text = screen_text(app)
        assert [p for p in BAD if p not in text] == []
        assert app.is_running
