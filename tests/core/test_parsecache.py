from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from tests.conftest import RepoFactory

from adr_tui.core.catalog import load_catalog
from adr_tui.core.model import Decision, Reference, Relation, RelationKind, Section, Status
from adr_tui.core.parsecache import ParseCache, decision_from_row, decision_row
from adr_tui.core.parsing import parse_document
from adr_tui.core.serialize import decision_to_dict
from adr_tui.core.settings import Settings

MADR = (
    "---\nstatus: superseded by ADR-0002\ndate: 2024-01-02\ndeciders: [Ada, Bob]\n"
    "tags: [auth]\n---\n# Use cookies\n\n## Context\n\nText.\n\n## Decision\n\nCookies.\n"
)
NYGARD = (
    "# 2. Use tokens\n\nDate: 2024-02-03\n\n## Status\n\nAccepted\n\nSupersedes [1](0001-a.md)\n"
)


def snapshot(repo: Path, settings: Settings) -> list[dict[str, object]]:
    catalog = load_catalog(repo, settings)
    return [decision_to_dict(d, with_body=True) for d in catalog.decisions]


def test_warm_load_equals_a_fresh_parse(make_repo: RepoFactory, tmp_path: Path) -> None:
    repo = make_repo({"docs/adr/0001-a.md": MADR, "docs/adr/0002-b.md": NYGARD})
    cached = Settings(cache_dir=tmp_path / "cache")
    fresh = snapshot(repo, Settings(use_cache=False))
    assert snapshot(repo, cached) == fresh  # cold: fills the cache
    assert list((tmp_path / "cache" / "parse").glob("*.json"))
    assert snapshot(repo, cached) == fresh  # warm: served from it


def test_the_path_is_part_of_the_key(tmp_path: Path) -> None:
    cache = ParseCache(tmp_path / "p.json")
    first = cache.parse(NYGARD.encode(), "docs/adr/0002-b.md")
    moved = cache.parse(NYGARD.encode(), "docs/adr/0009-b.md")
    assert first.decision is not None and moved.decision is not None
    assert (first.decision.number, moved.decision.number) == (2, 9)


def test_damaged_cache_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    cache = ParseCache(path)
    cache.parse(MADR.encode(), "docs/adr/0001-a.md")
    cache.save()
    path.write_bytes(path.read_bytes()[:-20])
    again = ParseCache(path).parse(MADR.encode(), "docs/adr/0001-a.md")
    assert again == parse_document(MADR.encode(), "docs/adr/0001-a.md")


def test_no_cache_setting_writes_nothing(make_repo: RepoFactory, tmp_path: Path) -> None:
    repo = make_repo({"docs/adr/0001-a.md": MADR})
    load_catalog(repo, Settings(cache_dir=tmp_path / "c", use_cache=False))
    assert not (tmp_path / "c").exists()


def test_unwritable_cache_folder_still_loads(make_repo: RepoFactory, tmp_path: Path) -> None:
    repo = make_repo({"docs/adr/0001-a.md": MADR})
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    catalog = load_catalog(repo, Settings(cache_dir=blocker / "cache"))
    assert [d.number for d in catalog.decisions] == [1]


WARM_IMPORTS = """
import sys
from pathlib import Path
from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings
catalog = load_catalog(Path(sys.argv[1]), Settings(cache_dir=Path(sys.argv[2])))
print(len(catalog.decisions), "adr_tui.core.parsing.document" in sys.modules, "yaml" in sys.modules)
"""


def test_a_warm_load_imports_neither_the_parser_nor_yaml(
    make_repo: RepoFactory, tmp_path: Path
) -> None:
    repo = make_repo({"docs/adr/0001-a.md": MADR, "docs/adr/0002-b.md": NYGARD})
    cache = tmp_path / "cache"

    def load() -> list[str]:
        command = [sys.executable, "-c", WARM_IMPORTS, str(repo), str(cache)]
        return subprocess.run(command, capture_output=True, text=True, check=True).stdout.split()

    assert load() == ["2", "True", "True"]  # cold: parses, so imports the parser
    assert load() == ["2", "False", "False"]  # warm: every outcome from the cache


def test_round_trip_every_field() -> None:
    """Each field comes back in its own place: the row is read back positionally."""
    original = Decision(
        id="docs/adr/0007-x",
        path="docs/adr/0007-x.md",
        title="Use X",
        number=7,
        status=Status.SUPERSEDED,
        status_raw="Superseded by 9",
        date=dt.date(2024, 5, 6),
        deciders=("Ada",),
        decider_roles=(("Ada", "Lead"),),
        consulted=("Bob",),
        informed=("Cy",),
        tags=("auth",),
        relations=(Relation(RelationKind.SUPERSEDED_BY, Reference("9", 9, "0009-y.md")),),
        body_source="Body.\n",
        sections=(Section("Context", 2, 3),),
        format="nygard",
        warnings=("odd date",),
        extra=(("Owner", "Dee"),),
        digest="abc123",
    )
    assert decision_from_row(decision_row(original)) == original
