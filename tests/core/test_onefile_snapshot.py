"""Round 22o: a log kept in one file through the snapshot and the parse cache."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import RepoFactory
from tests.core.test_onefile_catalog import AGENT_LOG
from tests.core.test_snapshot import aged, doctor, edited_later, retitled

from adr_tui.core.catalog import load_catalog
from adr_tui.core.model import DeferredText
from adr_tui.core.settings import Settings
from adr_tui.core.snapshot import SavedDecisions


def test_a_warm_start_serves_each_section_and_reads_its_body(
    make_repo: RepoFactory, tmp_path: Path
) -> None:
    repo = make_repo({"DECISIONS.md": AGENT_LOG})
    settings = Settings(cache_dir=tmp_path / "cache")
    fresh = load_catalog(repo, Settings(use_cache=False))
    assert load_catalog(repo, settings) == fresh  # saves the snapshot
    doctor(settings.cache_dir, retitled)
    served = load_catalog(repo, settings)
    assert isinstance(served.decisions, SavedDecisions)
    assert served.discovery.logs == ("DECISIONS.md",)
    first, second, fourth = served
    assert first.title == "From the snapshot"  # read back, not parsed
    assert isinstance(second.body_source, DeferredText)
    assert second.body == fresh.decisions[1].body and "Sessions in Redis." in second.body
    assert fourth.body == fresh.decisions[2].body and not fourth.body_stale
    assert (second.part, fourth.id) == ("2", "DECISIONS#4")


def test_an_edited_section_is_read_again_and_the_others_keep_their_bodies(
    make_repo: RepoFactory, tmp_path: Path
) -> None:
    repo = make_repo({"DECISIONS.md": AGENT_LOG})
    settings = Settings(cache_dir=tmp_path / "cache")
    load_catalog(repo, settings)
    doctor(settings.cache_dir, aged)
    served = load_catalog(repo, settings)
    edited_later(repo / "DECISIONS.md", AGENT_LOG.replace("Sessions in Redis.", "Redis, then."))
    assert "Redis, then." in served.decisions[1].body  # the section's body, read now
    assert served.decisions[1].body_stale and not served.decisions[0].body_stale
    again = load_catalog(repo, settings)
    assert not isinstance(again.decisions, SavedDecisions)  # the file changed: loaded
    assert "Redis, then." in again.decisions[1].body
    assert again.decisions[0].digest == served.decisions[0].digest
