from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from tests.conftest import RepoFactory

from adr_tui.cli.main import main


def adr(number: int, title: str, body: str, *, status: str = "accepted", **meta: str) -> str:
    lines = ["---", f"status: {status}", *(f"{k}: {v}" for k, v in meta.items()), "---"]
    return "\n".join([*lines, f"# {number}. {title}", "", body, ""])


FILES = {
    "docs/adr/0001-use-redis-for-sessions.md": adr(
        1,
        "Use Redis for sessions",
        "Session handling moves to Redis. Redis keeps sessions for a day.",
        date="2024-01-10",
        deciders="[Grace Lee, Alan Turing]",
        tags="[auth, data]",
    ),
    "docs/adr/0002-adopt-kafka.md": adr(
        2,
        "Adopt Kafka",
        "Events go through Kafka; we looked at Redis streams.",
        status="proposed",
        date="2024-03-01",
        deciders="[Ada Lovelace]",
        tags="[data]",
    ),
    "docs/adr/0003-cache-pages.md": adr(
        3,
        "[bold]Cache[/bold] pages \x1b[2J now",
        "Caching pages at the edge. [red]not markup[/red]",
        status="deprecated",
        date="2023-05-05",
        tags="[frontend]",
    ),
}


@pytest.fixture
def repo(make_repo: RepoFactory) -> Path:
    return make_repo(FILES)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["search", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_text_output_ranks_and_shows_snippets(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "redis", str(repo))
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert "0001" in lines[0] and "Use Redis for sessions" in lines[0]
    assert "docs/adr/0001-use-redis-for-sessions.md" in lines[0]
    assert any("Session handling moves to Redis" in line for line in lines)
    assert "0002" in out and "Adopt Kafka" in out
    assert lines[-1] == "2 matches"
    assert "\x1b[" not in out  # plain when piped


def test_adr_text_is_never_markup_or_escapes(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "cache*", str(repo))
    assert code == 0
    assert "[bold]Cache[/bold] pages ␛[2J now" in out
    assert "[red]not markup[/red]" in out
    assert "\x1b" not in out


def test_json_output(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "redis", str(repo), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["total"] == 2 and data["problems"] == []
    first = data["hits"][0]
    assert {"id", "number", "title", "status", "score", "path", "fragments"} <= set(first)
    assert first["id"] == "docs/adr/0001-use-redis-for-sessions"
    assert (first["number"], first["status"]) == (1, "accepted")
    assert first["score"] > data["hits"][1]["score"]
    title = first["fragments"]["title"]
    assert [title["text"][a:b] for a, b in title["spans"]] == ["Redis"]
    body = first["fragments"]["body"]
    assert body and all(
        frag["text"][a:b].lower() == "redis" for frag in body for a, b in frag["spans"]
    )


def test_nothing_matches_exits_1(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "zookeeper", str(repo))
    assert code == 1 and out == "" and "no ADR matches" in err
    code, out, _ = run(capsys, "zookeeper", str(repo), "--json")
    assert code == 1 and json.loads(out)["hits"] == []


def test_filters_sort_and_limit(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def ids(*args: str) -> list[int]:
        code, out, _ = run(capsys, *args, "--json")
        return [h["number"] for h in json.loads(out)["hits"]] if code == 0 else []

    assert ids("redis", str(repo), "--status", "proposed") == [2]
    assert ids("redis", str(repo), "--status", "proposed", "--status", "accepted") == [1, 2]
    assert ids("redis", str(repo), "--tag", "AUTH") == [1]
    assert ids("redis", str(repo), "--decider", "ada lovelace") == [2]
    assert ids("", str(repo), "--in-force") == [1, 2]
    assert ids("", str(repo), "--sort", "date") == [2, 1, 3]
    assert ids("", str(repo), "--sort", "title") == [3, 2, 1]
    assert ids("tag:data", str(repo), "--limit", "1") == [1]
    assert ids("tag:data date:2024-02-01..2024-12-31", str(repo)) == [2]
    assert ids('decider:"grace lee" sess*', str(repo)) == [1]


def test_malformed_query_is_searched_and_explained(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, '(redis "kafka', str(repo))
    assert code == 0
    assert "could not read the query" in err
    assert "Adopt Kafka" in out


def test_bad_status_option_is_a_usage_error(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(capsys, "redis", str(repo), "--status", "bogus")
    assert code == 2


def test_index_goes_to_the_cache_not_the_repository(
    repo: Path, isolated_cache: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "redis", str(repo))[0] == 0
    assert list((isolated_cache / "index").iterdir())
    status = subprocess.run(
        ["git", "status", "--porcelain", "--ignored"], cwd=repo, capture_output=True, text=True
    )
    assert status.stdout == ""
    # a second run reuses the index and gives the same answer
    code, out, _ = run(capsys, "redis", str(repo), "--json")
    assert code == 0 and json.loads(out)["total"] == 2


def test_no_cache_option(
    repo: Path, isolated_cache: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "redis", str(repo), "--no-cache")
    assert code == 0 and err == "" and "Use Redis" in out
    assert not (isolated_cache / "index").exists()


def test_a_word_written_as_an_option_gets_a_hint(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "-C", str(repo), "-chimera"]) == 2
    err = capsys.readouterr().err
    assert "adr-tui search -- -chimera (or write NOT chimera)" in err
    assert main(["search", "-C", str(repo), "--", "-chimera"]) == 0  # every ADR without it
    assert "NOT chimera" not in capsys.readouterr().err
