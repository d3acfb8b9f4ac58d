"""The demo decision log: the scripted history replays into the repository the story promises.

Everything is checked with plain ``git`` so the assertions do not depend on
the parser under test elsewhere.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path, PurePosixPath

import pytest

import adr_tui.demo
from adr_tui.demo import SCRIPT_NAME, ensure_demo_repo
from adr_tui.demo.builder import git_environment
from adr_tui.demo.script import load_script

HERE = Path(__file__).resolve().parent
DEMO_SOURCE = HERE.parents[1] / "demo_repo"
SEEDS = HERE / "seeds"
DECISIONS = "docs/decisions/"
NOT_ADRS = {"README.md", "index.md", "template.md"}

SEED_FILES = {
    "000_87ab95d21ce61485.txt": "0055-implement-docker-for-session-handling.md",
    "001_0772caabf8f59b49.txt": "0007-deploy-grpc-for-session-handling.md",
    "002_7288f02f4106c43f.txt": "0003-use-redis-for-session-storage.md",
}


def git(repo: Path, *args: str) -> str:
    result = subprocess.run(
        ["git", "-c", "core.quotepath=off", *args],
        cwd=repo,
        env=git_environment(),
        check=True,
        capture_output=True,
    )
    return result.stdout.decode("utf-8")


def git_bytes(repo: Path, *args: str) -> bytes:
    result = subprocess.run(
        ["git", *args], cwd=repo, env=git_environment(), check=True, capture_output=True
    )
    return result.stdout


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("demo-cache")


@pytest.fixture(scope="module")
def repo(cache_dir: Path) -> Path:
    return ensure_demo_repo(cache_dir, source=DEMO_SOURCE)


def head_files(repo: Path) -> list[str]:
    listing = git_bytes(repo, "ls-tree", "-r", "-z", "--name-only", "HEAD")
    return [name.decode("utf-8") for name in listing.split(b"\0") if name]


def adr_files(repo: Path) -> list[str]:
    return [
        f
        for f in head_files(repo)
        if f.startswith(DECISIONS) and f.endswith(".md") and PurePosixPath(f).name not in NOT_ADRS
    ]


def renames(repo: Path) -> set[tuple[str, str]]:
    log = git(repo, "log", "--name-status", "-M", "--format=")
    found = set()
    for line in log.splitlines():
        parts = line.split("\t")
        if parts[0].startswith("R"):
            found.add((parts[1], parts[2]))
    return found


# ---------------------------------------------------------------- history shape


def test_at_least_120_commits(repo: Path) -> None:
    assert int(git(repo, "rev-list", "--count", "HEAD")) >= 120


def test_at_least_five_authors(repo: Path) -> None:
    authors = set(git(repo, "log", "--format=%an <%ae>").splitlines())
    assert len(authors) >= 5


def test_dates_are_fixed(repo: Path) -> None:
    dates = git(repo, "log", "--reverse", "--format=%aI").split()
    assert dates[0] == "2022-02-10T09:12:00+00:00"
    assert dates[-1] == "2025-07-28T09:40:00+01:00"
    assert git(repo, "log", "-1", "--format=%cI", "HEAD").strip() == "2025-07-28T09:40:00+01:00"


def test_dates_increase_and_mix_time_zones(repo: Path) -> None:
    lines = git(repo, "log", "--reverse", "--topo-order", "--format=%aI %cI").split("\n")
    pairs = [line.split() for line in lines if line]
    authored = [dt.datetime.fromisoformat(a) for a, _ in pairs]
    committed = [dt.datetime.fromisoformat(c) for _, c in pairs]
    assert sorted(authored) == sorted(set(authored)), "author dates must be distinct"
    assert all(c >= a for a, c in zip(authored, committed, strict=True))
    offsets = {a[-6:] for a, _ in pairs}
    assert {"+00:00", "+01:00", "+05:30", "-05:00"} <= offsets
    assert len(offsets) >= 6
    assert authored[0].year == 2022 and max(authored).year == 2025


def test_some_commits_have_a_separate_committer(repo: Path) -> None:
    rows = git(repo, "log", "--format=%an|%cn|%aI|%cI").splitlines()
    separate = [r for r in rows if r.split("|")[0] != r.split("|")[1]]
    assert separate
    assert all(r.split("|")[2] != r.split("|")[3] for r in separate)


def test_messages_mention_adr_numbers_and_some_have_bodies(repo: Path) -> None:
    subjects = git(repo, "log", "--format=%s").splitlines()
    assert sum(1 for s in subjects if re.search(r"\bADR[- ]?\d+", s)) >= 40
    bodies = git(repo, "log", "--format=%b%x00").split("\0")
    assert sum(1 for b in bodies if b.strip() and "Signed-off-by" not in b) >= 30


def test_feature_branch_merged_back(repo: Path) -> None:
    merges = git(repo, "log", "--merges", "--format=%s").splitlines()
    assert merges == ["Merge branch 'feature/live-tracking-sse'"]
    assert "feature/live-tracking-sse" in git(repo, "branch", "--format=%(refname:short)")
    merged = git(repo, "branch", "--merged", "main", "--format=%(refname:short)")
    assert "feature/live-tracking-sse" in merged.split()


# ---------------------------------------------------------------- renames, moves, deletions


def test_folder_move_from_doc_adr(repo: Path) -> None:
    moved = {(old, new) for old, new in renames(repo) if old.startswith("doc/adr/")}
    assert len(moved) == 8
    assert all(new == DECISIONS + old.removeprefix("doc/adr/") for old, new in moved)
    assert not [f for f in head_files(repo) if f.startswith("doc/")]
    assert (repo / ".adr-dir").read_text(encoding="utf-8") == "docs/decisions\n"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param(
            "0004-use-launchdarkly-for-feature-flags.md",
            "0024-use-launchdarkly-for-feature-flags.md",
            id="renumbering",
        ),
        pytest.param(
            "0018-store-labels-in-s3.md",
            "0018-use-s3-for-label-and-document-storage.md",
            id="title-rename",
        ),
        pytest.param(
            "0012-Adopt-OpenTelemetry-for-tracing.md",
            "0012-adopt-opentelemetry-for-tracing.md",
            id="case-only",
        ),
        pytest.param(
            "frontend/0029-enforce-a-content-security-policy.md",
            "security/0029-enforce-a-content-security-policy.md",
            id="between-categories",
        ),
        pytest.param(
            "0006-authenticate-users-with-server-side-sessions.md",
            "security/0006-authenticate-users-with-server-side-sessions.md",
            id="into-category",
        ),
    ],
)
def test_renames_detected(repo: Path, old: str, new: str) -> None:
    assert (DECISIONS + old, DECISIONS + new) in renames(repo)
    assert DECISIONS + new in head_files(repo)
    assert DECISIONS + old not in head_files(repo)


def test_deleted_adr_stays_deleted(repo: Path) -> None:
    path = DECISIONS + "0019-adopt-graphql-federation.md"
    touched = git(repo, "log", "--format=%s", "--name-status", "--", path)
    assert "A\t" + path in touched and "D\t" + path in touched
    assert path not in head_files(repo)
    assert not [f for f in head_files(repo) if "/0019-" in f]


def test_path_reused_by_unrelated_adr(repo: Path) -> None:
    path = DECISIONS + "0025-search.md"
    added = git(repo, "log", "--diff-filter=A", "--format=%H", "--", path).split()
    deleted = git(repo, "log", "--diff-filter=D", "--format=%H", "--", path).split()
    assert len(added) == 2 and len(deleted) == 1
    first = git(repo, "show", f"{added[-1]}:{path}")
    assert "Algolia" in first.splitlines()[0]
    assert "PostgreSQL full-text search" in (repo / path).read_text(encoding="utf-8")


def test_status_flips_are_separate_commits_by_other_authors(repo: Path) -> None:
    path = DECISIONS + "0036-run-workloads-on-amazon-eks.md"
    authors = git(repo, "log", "--reverse", "--format=%an", "--", path).split("\n")
    assert [a for a in authors if a] == ["Priya Raman", "Amara Okafor"]


# ---------------------------------------------------------------- final tree


def test_work_tree_matches_head(repo: Path) -> None:
    assert git(repo, "status", "--porcelain", "--untracked-files=all") == ""
    for name in adr_files(repo):
        blob = git_bytes(repo, "cat-file", "blob", f"HEAD:{name}")
        assert (repo / name).read_bytes() == blob


def test_at_least_30_adrs_in_docs_decisions(repo: Path) -> None:
    adrs = adr_files(repo)
    assert len(adrs) >= 30
    folders = {PurePosixPath(f).parent.as_posix() for f in adrs}
    assert {
        "docs/decisions",
        "docs/decisions/security",
        "docs/decisions/frontend",
        "docs/decisions/data",
    } <= folders
    numbers = [PurePosixPath(f).name[:4] for f in adrs]
    assert len(numbers) == len(set(numbers)), "no duplicate numbers in the final tree"
    for name in adrs:
        lines = (repo / name).read_text(encoding="utf-8").count("\n")
        limit = 430 if PurePosixPath(name).name in SEED_FILES.values() else 120
        assert 30 <= lines <= limit, name


def test_non_adr_files_present(repo: Path) -> None:
    files = set(head_files(repo))
    for name in NOT_ADRS:
        assert DECISIONS + name in files
    assert {"README.md", ".github/workflows/ci.yml", "src/parcelo/app.py"} <= files


@pytest.mark.parametrize(("seed", "name"), sorted(SEED_FILES.items()))
def test_seeds_verbatim(repo: Path, seed: str, name: str) -> None:
    expected = (SEEDS / seed).read_bytes()
    assert git_bytes(repo, "cat-file", "blob", f"HEAD:{DECISIONS}{name}") == expected
    assert (repo / DECISIONS / name).read_bytes() == expected
    assert (DEMO_SOURCE / "adrs" / name).read_bytes() == expected


def test_seed_copies_match_other_copies_when_available() -> None:
    others = (HERE.parent / "fixtures" / "seeds", HERE.parents[2] / "shared" / "seeds")
    for folder in others:
        for seed in SEED_FILES:
            if (folder / seed).is_file():
                assert (folder / seed).read_bytes() == (SEEDS / seed).read_bytes(), folder


# One file per format and status shape; the raw line is what each document states.
STATUS_LINES = {
    "0005-deploy-to-heroku.md": "Superceded by [14. Run services on AWS ECS Fargate]",
    "0009-use-celery-for-background-jobs.md": "Supersedes [8. Run background jobs with cron]",
    "security/0010-expire-idle-sessions-after-30-minutes.md": "Amends [6. Authenticate",
    "security/0006-authenticate-users-with-server-side-sessions.md": "Amended by [10. Expire",
    "0014-run-services-on-aws-ecs-fargate.md": "* Status: superseded by [ADR-0036]",
    "0016-use-mongodb-for-tracking-events.md": "* Status: rejected",
    "0017-use-structured-json-logging.md": "* Status: deprecated",
    "0012-adopt-opentelemetry-for-tracing.md": "- Tags: observability",
    "0021-use-kafka-for-parcel-events.md": "**Status:** ✅ Accepted",
    "frontend/0023-adopt-a-shared-design-system.md": "**Status:** Superseded by ADR-0034",
    "security/0022-sign-outgoing-webhooks-with-hmac.md": "**Status**: Accepted",
    "security/0029-enforce-a-content-security-policy.md": "| Status      | In Progress |",
    "0031-café-pickup-points.md": "| Status      | Accepted |",
    "data/0037-archive-tracking-events-to-parquet.md": "| Accepted | 2025-01-13 |",
    "0026-adopt-trunk-based-development.md": "status: Accepted (retroactive)",
    "data/0039-model-analytics-with-dbt.md": "status: draft",
    "0040-run-carrier-integrations-as-webassembly-plugins.md": "status: proposed",
    "frontend/0032-server-side-render-the-tracking-page.md": "status: rejected",
    "0036-run-workloads-on-amazon-eks.md": "supersedes: [ADR-0014]",
    "0025-search.md": "superseded-by: [ADR-0041]",
    "0055-implement-docker-for-session-handling.md": "| Status      | Proposed |",
}


@pytest.mark.parametrize(("name", "line"), sorted(STATUS_LINES.items()))
def test_status_lines(repo: Path, name: str, line: str) -> None:
    assert line in (repo / DECISIONS / name).read_text(encoding="utf-8")


def test_session_handling_is_searchable(repo: Path) -> None:
    def words(name: str) -> str:
        return " ".join((repo / name).read_text(encoding="utf-8").split()).lower()

    hits = [f for f in adr_files(repo) if "session handling" in words(f)]
    assert len(hits) >= 5
    assert len([f for f in adr_files(repo) if "session-handling" in words(f)]) >= 2


def test_hostile_but_legit_touches(repo: Path) -> None:
    assert DECISIONS + "0031-café-pickup-points.md" in head_files(repo)
    text = (repo / DECISIONS / "0028-use-server-sent-events-for-live-tracking.md").read_text(
        encoding="utf-8"
    )
    assert "such as [bold]square brackets[/bold] or" in text
    fence = re.search(r"```http\n(.*?)```", text, re.DOTALL)
    assert fence is not None and "Status: Rejected" in fence.group(1)
    assert text.startswith("---\nstatus: accepted\n")


def test_titles_carry_the_file_number(repo: Path) -> None:
    checked = 0
    for name in adr_files(repo):
        if PurePosixPath(name).name in SEED_FILES.values():
            continue
        text = (repo / name).read_text(encoding="utf-8")
        title = re.search(r"^# (.+)$", text, re.MULTILINE)
        assert title is not None, name
        stated = re.match(r"(?:\[?ADR-)?(\d+)[.:\]]", title.group(1))
        if stated:
            assert int(stated.group(1)) == int(PurePosixPath(name).name[:4]), name
            checked += 1
    assert checked >= 15


# ---------------------------------------------------------------- the script itself


def test_script_dates_increase() -> None:
    commits = load_script(DEMO_SOURCE / SCRIPT_NAME)
    authored = [dt.datetime.fromisoformat(c.date) for c in commits]
    assert all(a.tzinfo is not None for a in authored)
    assert all(x < y for x, y in zip(authored, authored[1:], strict=False))


def test_every_source_file_is_used() -> None:
    script = (DEMO_SOURCE / SCRIPT_NAME).read_text(encoding="utf-8")
    used = set(re.findall(r'from = "([^"]+)"', script))
    present = {
        p.relative_to(DEMO_SOURCE).as_posix()
        for folder in ("adrs", "files")
        for p in (DEMO_SOURCE / folder).iterdir()
    }
    assert used == present


# ---------------------------------------------------------------- the cache


def test_rebuild_skipped_when_nothing_changed(
    repo: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_rebuild(*args: object, **kwargs: object) -> Path:
        raise AssertionError("demo repository rebuilt although nothing changed")

    monkeypatch.setattr(adr_tui.demo, "build_repo", no_rebuild)
    assert ensure_demo_repo(cache_dir, source=DEMO_SOURCE) == repo


def test_rebuild_when_the_script_changes(repo: Path, cache_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "demo_repo"
    shutil.copytree(DEMO_SOURCE, source)
    assert ensure_demo_repo(cache_dir, source=source) == repo, "same content, same build"

    script = source / SCRIPT_NAME
    extra = (
        "\n[[commit]]\n"
        'author = "Tom Hughes <tom.hughes@parcelo.example>"\n'
        'date = "2025-08-01T09:00:00+01:00"\n'
        'message = "docs: note the dbt decision is still a draft"\n'
        'changes = [{ write = "NOTES.md", text = "dbt: draft\\n" }]\n'
    )
    script.write_text(script.read_text(encoding="utf-8") + extra, encoding="utf-8")
    rebuilt = ensure_demo_repo(cache_dir, source=source)

    assert rebuilt != repo and rebuilt.parent.parent == cache_dir
    assert rebuilt.name == repo.name == "parcelo"  # the name the app's header shows
    before = int(git(repo, "rev-list", "--count", "HEAD"))
    assert int(git(rebuilt, "rev-list", "--count", "HEAD")) == before + 1
    assert (rebuilt / "NOTES.md").read_text(encoding="utf-8") == "dbt: draft\n"
    assert len(load_script(script)) == before + 1
    assert not [p for p in cache_dir.iterdir() if p.name.startswith("demo-build-")]
