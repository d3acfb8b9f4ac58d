from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from tests.helpers_git import (
    BOB,
    GRACE,
    POSTGRES,
    TEMP,
    adr,
    build,
    commit,
    git,
    story_commits,
    tree_digest,
    write,
)

from adr_tui.cli.main import main
from adr_tui.demo.builder import Edit, Rename

REVISION_KEYS = {
    "commit",
    "parents",
    "author",
    "author_date",
    "committer_date",
    "subject",
    "body",
    "kind",
    "path",
    "old_path",
    "status",
    "relations",
    "missing",
}
Capture = pytest.CaptureFixture[str]


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("story") / "repo", *story_commits())


def run_json(capsys: Capture, *argv: str) -> dict[str, object]:
    assert main(list(argv)) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, dict)
    return data


def test_history_json_shape(story: Path, capsys: Capture) -> None:
    data = run_json(capsys, "history", "1", "-C", str(story), "--json")
    assert data.keys() >= {"path", "created", "modified", "authors", "timeline", "revisions"}
    revisions = data["revisions"]
    assert isinstance(revisions, list) and revisions[0].keys() >= REVISION_KEYS
    assert [r["kind"] for r in revisions] == ["added", "modified", "renamed", "modified"]
    assert revisions[0]["author"] == {"name": "Grace Lee", "email": "grace@example.com"}
    assert revisions[0]["author_date"] == "2023-11-22T09:30:00+01:00"
    assert [e["label"] for e in data["timeline"]] == [  # type: ignore[attr-defined]
        "proposed",
        "accepted",
        "superseded by ADR-0012",
    ]
    assert data["created"] == "2023-11-22T09:30:00+01:00"
    assert data["revision_count"] == 4


def test_history_text_is_readable(story: Path, capsys: Capture) -> None:
    assert main(["history", "ADR-0001", "-C", str(story)]) == 0
    out = capsys.readouterr().out
    assert "Status timeline" in out
    assert "2023-12-08  accepted  (Bob Smith)" in out
    assert "superseded by ADR-0012" in out
    assert "\x1b" not in out  # piped: plain text


def test_history_of_a_deleted_adr(story: Path, capsys: Capture) -> None:
    data = run_json(capsys, "history", TEMP, "-C", str(story), "--json")
    assert data["deleted"] is True
    by_number = run_json(capsys, "history", "3", "-C", str(story), "--json")
    assert by_number["path"] == TEMP


def test_history_at_a_date(story: Path, capsys: Capture) -> None:
    data = run_json(capsys, "history", "1", "-C", str(story), "--at", "2023-12-31", "--json")
    assert data["path"] == "doc/adr/0001-use-postgres.md"
    assert len(data["revisions"]) == 2  # type: ignore[arg-type]


def test_diff_latest_one_and_two_revisions(story: Path, capsys: Capture) -> None:
    latest = run_json(capsys, "diff", "1", "-C", str(story), "--json")
    changed = [w for h in latest["hunks"] for ln in h["lines"] for w in ln["words"]]  # type: ignore[attr-defined]
    assert {"tag": "insert", "text": "superseded by ADR-0012"} in changed
    assert {"tag": "delete", "text": "accepted"} in changed
    history = run_json(capsys, "history", "1", "-C", str(story), "--json")
    commits = [r["commit"] for r in history["revisions"]]  # type: ignore[attr-defined]
    one = run_json(capsys, "diff", "-C", str(story), "1", commits[1][:10], "--json")
    assert one["commits"] == [commits[1]] and (one["added"], one["removed"]) == (1, 1)
    two = run_json(capsys, "diff", "-C", str(story), "1", commits[0], commits[3], "--json")
    assert two["commits"] == [commits[0], commits[3]]
    rename = run_json(capsys, "diff", "-C", str(story), "1", commits[2], "--json")
    assert rename["old_path"] == "doc/adr/0001-use-postgres.md" and rename["hunks"] == []


def test_diff_text_is_plain_unified_when_piped(story: Path, capsys: Capture) -> None:
    assert main(["diff", "1", "-C", str(story)]) == 0
    out = capsys.readouterr().out
    assert "-status: accepted\n+status: superseded by ADR-0012\n" in out
    assert "\x1b" not in out


def test_hostile_revisions_fail_as_unknown(story: Path, capsys: Capture, tmp_path: Path) -> None:
    target = tmp_path / "x"
    for rev in (f"--output={target}", f"-c core.pager=touch {target}", "$(touch x)", "a;b", "a\nb"):
        assert main(["diff", "1", "-C", str(story), f"--rev={rev}"]) == 1
        assert "unknown revision" in capsys.readouterr().err
        assert main(["history", "1", "-C", str(story), f"--at={rev}"]) == 1
        assert "unknown revision" in capsys.readouterr().err
    assert not target.exists() and not (story / "x").exists()


def test_plain_folder_says_history_is_unavailable(tmp_path: Path, capsys: Capture) -> None:
    (tmp_path / "docs/adr").mkdir(parents=True)
    (tmp_path / "docs/adr/0001-a.md").write_bytes(adr("A"))
    assert main(["history", "1", "-C", str(tmp_path)]) == 1
    assert "not a Git repository: history is unavailable" in capsys.readouterr().err
    assert main(["list", "-C", str(tmp_path)]) == 0


def test_commit_messages_are_inert(tmp_path: Path, capsys: Capture) -> None:
    evil = "Evil \x1b]52;c;aGk=\x07 [bold red]markup[/bold red]"
    repo = build(
        tmp_path / "repo",
        commit(GRACE, "2024-01-01T10:00:00+00:00", evil, write("docs/adr/0001-a.md", adr("A"))),
    )
    assert main(["history", "1", "-C", str(repo)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "[bold red]markup[/bold red]" in out


def test_commands_leave_the_repository_untouched(story: Path, capsys: Capture) -> None:
    before = tree_digest(story / ".git")
    for argv in (
        ["history", "1", "--json"],
        ["history", "1"],
        ["diff", "1"],
        ["diff", "2", "HEAD~3"],
        ["list", "--at", "2024-01-01"],
    ):
        assert main([*argv, "-C", str(story)]) == 0
    capsys.readouterr()
    assert tree_digest(story / ".git") == before


def test_installed_entry_point(story: Path) -> None:
    exe = shutil.which("adr-tui", path=str(Path(sys.executable).parent))
    assert exe is not None
    done = subprocess.run(
        [exe, "history", POSTGRES, "-C", str(story), "--json"],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["path"] == POSTGRES


def test_repository_without_commits_says_so(tmp_path: Path, capsys: Capture) -> None:
    (tmp_path / "docs/adr").mkdir(parents=True)
    (tmp_path / "docs/adr/0001-a.md").write_bytes(adr("A"))
    git(tmp_path, "init", "-q")
    assert main(["history", "1", "-C", str(tmp_path)]) == 1
    assert "no commits yet" in capsys.readouterr().err


def test_diff_without_a_revision_skips_a_rename_that_changed_no_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # OffchainLabs/nitro: the newest commit only fixed a typo in the file name.
    old, new = "docs/adr/0001-use-postgress.md", "docs/adr/0001-use-postgres.md"
    repo = build(
        tmp_path / "repo",
        commit(
            GRACE,
            "2024-01-02T09:00:00+00:00",
            "Propose",
            write(old, adr("Use Postgres", "proposed")),
        ),
        commit(BOB, "2024-01-03T09:00:00+00:00", "Accept", Edit(old, (("proposed", "accepted"),))),
        commit(BOB, "2024-01-04T09:00:00+00:00", "Fix the file name", Rename(old, new)),
    )
    assert main(["diff", "1", "-C", str(repo)]) == 0
    out = capsys.readouterr().out
    assert "    Accept\n" in out and "-status: proposed" in out and "+status: accepted" in out
