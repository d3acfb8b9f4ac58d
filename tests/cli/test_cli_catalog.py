from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import RepoFactory

from adr_tui.cli.main import main

ADR = "# 1. Use things\n\nDate: 2024-01-02\n\n## Status\n\nAccepted\n\n## Context\n\nBody text.\n"
JSON_KEYS = {
    "id",
    "number",
    "title",
    "status",
    "status_raw",
    "date",
    "deciders",
    "tags",
    "supersedes",
    "superseded_by",
    "path",
    "warnings",
}


def entry_point() -> str:
    found = shutil.which("adr-tui", path=str(Path(sys.executable).parent))
    assert found is not None, "adr-tui is not installed next to this Python"
    return found


def test_list_json_shape(make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]) -> None:
    repo = make_repo({"docs/adr/0001-use-things.md": ADR})
    assert main(["list", str(repo), "--json"]) == 0
    (item,) = json.loads(capsys.readouterr().out)
    assert item.keys() >= JSON_KEYS
    assert item["path"] == "docs/adr/0001-use-things.md"
    assert item["number"] == 1


def test_dash_c_and_positional_path_agree(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = make_repo({"docs/adr/0001-use-things.md": ADR})
    assert main(["list", "-C", str(repo), "--json"]) == 0
    via_c = capsys.readouterr().out
    assert main(["list", str(repo), "--json"]) == 0
    assert capsys.readouterr().out == via_c


@pytest.mark.parametrize("command", ["show", "history"])
def test_an_adr_command_takes_the_repository_after_the_id(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    repo = make_repo({"docs/adr/0001-use-things.md": ADR})
    assert main([command, "1", str(repo), "--json"]) == 0  # as "list PATH" takes it
    via_path = capsys.readouterr().out
    assert main([command, "1", "-C", str(repo), "--json"]) == 0
    assert capsys.readouterr().out == via_path and "use-things" in via_path


def test_a_filter_that_keeps_nothing_prints_no_table(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = make_repo({"docs/adr/0001-use-things.md": ADR})
    assert main(["list", str(repo), "--tag", "nowhere"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "no ADR matches the filter" in captured.err


def test_show_unknown_id_exits_1_with_a_message(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = make_repo({"docs/adr/0001-use-things.md": ADR})
    assert main(["show", "99", "-C", str(repo)]) == 1
    assert "no ADR named '99'" in capsys.readouterr().err


def test_show_by_a_word_of_the_file_name_and_ambiguous_names_explained(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = make_repo(
        {
            "docs/adr/0005-use-keycloak-for-identity.md": ADR,
            "docs/adr/0005-use-things.md": ADR,
        }
    )
    assert main(["show", "keycloak", "-C", str(repo), "--json"]) == 0
    assert (
        json.loads(capsys.readouterr().out)["path"] == "docs/adr/0005-use-keycloak-for-identity.md"
    )
    assert main(["show", "5", "-C", str(repo)]) == 1
    err = capsys.readouterr().err
    assert "'5' is ambiguous" in err and "name one by its id" in err
    assert "docs/adr/0005-use-things" in err


def test_show_json_has_the_body(make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]) -> None:
    repo = make_repo({"docs/adr/0001-use-things.md": ADR})
    assert main(["show", "ADR-0001", "-C", str(repo), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "Body text." in data["body"]


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "--no-such-flag"]) == 2
    assert "usage" in capsys.readouterr().err


def test_check_exits_1_on_problems(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = make_repo({"docs/adr/0001-a.md": ADR, "docs/adr/0001-b.md": ADR})
    assert main(["check", str(repo)]) == 1
    assert "duplicate-number" in capsys.readouterr().out


def test_hostile_text_is_inert_in_every_output(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = "# 1. Evil \x1b]52;c;ZXZpbA==\x07 [bold]x[/bold]\n\n## Status\n\nAccepted \x1b[2J\n"
    repo = make_repo({"docs/adr/0001-evil.md": hostile})
    for argv in (
        ["list", str(repo)],
        ["show", "1", "-C", str(repo)],
        ["list", str(repo), "--json"],
    ):
        assert main(argv) == 0
        out = capsys.readouterr().out
        assert "\x1b]52" not in out and "\x1b[2J" not in out and "\x07" not in out
    assert main(["show", "1", "-C", str(repo)]) == 0
    assert "[bold]x[/bold]" in capsys.readouterr().out


def test_installed_entry_point_runs(make_repo: RepoFactory) -> None:
    repo = make_repo({"docs/adr/0001-use-things.md": ADR})
    env = dict(os.environ)
    result = subprocess.run(
        [entry_point(), "list", "--json"], cwd=repo, capture_output=True, text=True, env=env
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["id"] == "docs/adr/0001-use-things"
    version = subprocess.run([entry_point(), "--version"], capture_output=True, text=True)
    assert version.stdout.startswith("adr-tui ")


def test_list_table_keeps_number_status_and_date_with_long_titles(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    long_title = "Use a very long title " * 8
    repo = make_repo({"docs/adr/0001-long.md": ADR.replace("Use things", long_title)})
    assert main(["list", str(repo)]) == 0
    lines = capsys.readouterr().out.splitlines()
    row = next(line for line in lines if "0001" in line)
    assert "accepted" in row and "2024-01-02" in row and "…" in row
    assert all(len(line) <= 80 for line in lines)


FILTER_REPO = {
    "docs/adr/0001-sessions.md": "---\nstatus: accepted\ntags: [auth]\ndeciders: [Grace Lee]\n"
    "---\n# Keep sessions in Redis\n\nSession handling lives in Redis.\n",
    "docs/adr/0002-old.md": "---\nstatus: superseded\ntags: [auth]\n---\n"
    "# Cookie sessions\n\nOld.\n",
    "docs/adr/0003-db.md": "---\nstatus: proposed\ntags: [data]\ndeciders: [Bob Smith]\n---\n"
    "# Use Postgres\n\nTables.\n",
}


@pytest.mark.parametrize(
    ("argv", "numbers"),
    [
        (["--status", "accepted", "--status", "proposed"], [1, 3]),
        (["--tag", "auth"], [1, 2]),
        (["--tag", "auth", "--status", "superseded"], [2]),
        (["--decider", "grace lee"], [1]),
        (["--in-force"], [1, 3]),
        (["--query", "session"], [1, 2]),
        (["--query", "session", "--in-force"], [1]),
    ],
)
def test_list_filters_combine(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str], argv: list[str], numbers: list[int]
) -> None:
    repo = make_repo(FILTER_REPO)
    assert main(["list", str(repo), "--json", *argv]) == 0
    assert [item["number"] for item in json.loads(capsys.readouterr().out)] == numbers


def test_list_filter_that_keeps_nothing_exits_1(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = make_repo(FILTER_REPO)
    assert main(["list", str(repo), "--tag", "nothing"]) == 1
    assert "no ADR matches" in capsys.readouterr().err


def test_check_treats_a_missing_status_as_a_note(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = make_repo(
        {"docs/decisions/0001-use-x.md": "# Use X\n\n## Context\n\nMADR, no status.\n"}
    )
    assert main(["check", str(repo)]) == 0
    assert "no-status" in capsys.readouterr().out


def test_check_without_any_adr_fails_with_a_hint(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = make_repo({"notes/readme.md": "# Nothing here\n"})
    assert main(["check", str(repo)]) == 1
    assert "--adr-dir" in capsys.readouterr().err


def test_non_utf8_file_name_is_listed_not_fatal(tmp_path: Path) -> None:
    adr_dir = tmp_path / "docs" / "adr"
    adr_dir.mkdir(parents=True)
    (adr_dir / os.fsdecode(b"0001-caf\xe9.md")).write_text(ADR)
    listed = subprocess.run([entry_point(), "list", "--json"], cwd=tmp_path, capture_output=True)
    assert listed.returncode == 0, listed.stderr
    assert b"0001-caf\\udce9.md" in listed.stdout
    for argv in (["list"], ["show", "1"], ["check"]):
        result = subprocess.run([entry_point(), *argv], cwd=tmp_path, capture_output=True)
        assert result.returncode == 0, result.stderr
    shown = subprocess.run([entry_point(), "show", "1"], cwd=tmp_path, capture_output=True)
    assert b"0001-caf\\xe9.md" in shown.stdout


def test_options_may_follow_positionals_and_precede_the_command(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = make_repo(FILTER_REPO)
    assert main(["search", "session", "--json", str(repo)]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 2
    assert main(["-C", str(repo), "list", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 3


MADR_NO_STATUS = "---\ndate: 2024-01-02\n---\n# Use things\n\n## Context\n\nBody text.\n"


def test_a_note_is_not_counted_as_a_problem(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = make_repo({"docs/adr/0001-use-things.md": MADR_NO_STATUS})
    assert main(["list", str(repo)]) == 0
    assert "problem(s)" not in capsys.readouterr().out
    assert main(["check", str(repo)]) == 0
    assert "0 problem(s), 1 note(s)" in capsys.readouterr().out


def test_list_gives_the_title_the_room_of_a_tags_column_nobody_uses(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # apache/james: no ADR has tags, yet titles were cut at 32 columns beside an empty Tags column
    monkeypatch.setenv("COLUMNS", "80")
    title = "Distributed task termination acknowledgement"
    repo = make_repo({"docs/adr/0005-termination.md": ADR.replace("Use things", title)})
    assert main(["list", str(repo)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert title in next(line for line in lines if "0005" in line)
    assert "Tags" not in lines[0]


def test_list_sizes_the_tags_column_to_the_tags(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    title = "Store private keys of issuers in the agent"
    text = f"---\nstatus: accepted\ntags: [db]\n---\n# {title}\n\nBody.\n"
    repo = make_repo({"docs/adr/0001-keys.md": text})
    assert main(["list", str(repo)]) == 0
    row = next(line for line in capsys.readouterr().out.splitlines() if "0001" in line)
    assert title in row and row.rstrip().endswith("db")


def test_check_prints_each_problem_on_one_line_with_whole_paths(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # dasch-swiss/dsp-api: long file names were broken mid-word by the wrap at 80 columns,
    # so a path could not be copied or grepped
    monkeypatch.setenv("COLUMNS", "80")
    long_name = "docs/adr/0005-change-triplestore-service-manager-and-fuseki-implementation.md"
    adr = ADR.replace("# 1.", "# 5.")
    repo = make_repo({long_name: adr, "docs/adr/0005-change-respondermanager.md": adr})
    assert main(["check", str(repo)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3  # two problems and the summary
    assert all(line.startswith("docs/adr/0005-") and long_name in line for line in lines[:2])


def test_show_gives_a_status_links_text_not_its_syntax(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    # second review: the TUI showed '(Superceded by 14. Use X)', the CLI the raw link
    status = "Superceded by [2. Use queues](0002-use-queues.md)"
    repo = make_repo(
        {
            "docs/adr/0001-use-cron.md": f"# 1. Use cron\n\n## Status\n\n{status}\n",
            "docs/adr/0002-use-queues.md": "# 2. Use queues\n\n## Status\n\nAccepted\n",
        }
    )
    assert main(["show", "1", "-C", str(repo)]) == 0
    out = capsys.readouterr().out
    assert "(Superceded by 2. Use queues)" in out and "](" not in out
