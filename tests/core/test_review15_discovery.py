"""Review 15, discovery: a hidden log beats numbered steps; a site's copy with front matter."""

from __future__ import annotations

from tests.conftest import RepoFactory

from adr_tui.core.catalog import Catalog, load_catalog
from adr_tui.core.settings import Settings


def _nygard(number: int, title: str) -> str:
    return f"# {number}. {title}\n\nDate: 2020-05-04\n\n## Status\n\nAccepted\n\n## Context\n\nX.\n"


def _load(make_repo: RepoFactory, files: dict[str, str]) -> Catalog:
    return load_catalog(make_repo(files), Settings(use_cache=False))


HIDDEN_LOG = {f".github/adr/000{n}-decision-{n}.md": _nygard(n, f"Decision {n}") for n in (1, 2)}
STEPS = {f"docs/0{n}-step-{n}.md": f"# Step {n}\n\nInstall things.\n" for n in (1, 2, 3, 4)}


def test_a_hidden_log_is_found_before_numbered_steps(make_repo: RepoFactory) -> None:
    runbooks = {
        f"docs/runbooks/00{n}-restart-service-{n}.md": f"# Restart service {n}\n\nRun it.\n"
        for n in (1, 2, 3)
    }
    catalog = _load(make_repo, HIDDEN_LOG | STEPS | runbooks)
    assert catalog.discovery.adr_dirs == (".github/adr",)
    assert [(d.title, d.status.value) for d in catalog.decisions] == [
        ("Decision 1", "accepted"),
        ("Decision 2", "accepted"),
    ]


def test_numbered_steps_alone_are_still_found(make_repo: RepoFactory) -> None:
    catalog = _load(make_repo, STEPS)
    assert catalog.discovery.adr_dirs == ("docs",)
    assert [d.title for d in catalog.decisions] == ["Step 1", "Step 2", "Step 3", "Step 4"]


def test_numbered_pages_under_a_log_s_read_me_beat_a_hidden_log(make_repo: RepoFactory) -> None:
    pages = {f"design/0{n}-choice-{n}.md": f"# Choice {n}\n\nWe chose.\n" for n in (1, 2, 3)}
    pages["design/README.md"] = "# Architecture Decision Records\n\nOur choices.\n"
    catalog = _load(make_repo, HIDDEN_LOG | pages)
    assert catalog.discovery.adr_dirs == ("design",)


def test_numbered_files_named_as_adrs_beat_a_hidden_log(make_repo: RepoFactory) -> None:
    pages = {f"notes/adr-00{n}-choice-{n}.md": f"# Choice {n}\n\nWe chose.\n" for n in (1, 2, 3)}
    catalog = _load(make_repo, HIDDEN_LOG | pages)
    assert catalog.discovery.adr_dirs == ("notes",)


LOG = {f"000{n}-decision-{n}.md": _nygard(n, f"Decision {n}") for n in (1, 2, 3)}


def _site_page(position: int, text: str) -> str:
    return f"---\nsidebar_position: {position}\n---\n\n{text}"


def test_a_site_s_copy_with_front_matter_is_listed_once(make_repo: RepoFactory) -> None:
    files = {f"docs/adr/{name}": text for name, text in LOG.items()}
    files |= {
        f"website/docs/adr/{name}": _site_page(n, t) for n, (name, t) in enumerate(LOG.items())
    }
    catalog = _load(make_repo, files)
    assert catalog.discovery.adr_dirs == ("docs/adr",)
    assert [d.title for d in catalog.decisions] == ["Decision 1", "Decision 2", "Decision 3"]
    assert [(p.path, p.code) for p in catalog.problems] == [("website/docs/adr", "copied-log")]


def test_a_site_page_with_front_matter_and_other_text_is_a_record(make_repo: RepoFactory) -> None:
    files = {f"docs/adr/{name}": text for name, text in LOG.items()}
    files |= {f"website/docs/adr/{name}": _site_page(1, text) for name, text in LOG.items()}
    files["website/docs/adr/0002-decision-2.md"] = _site_page(2, _nygard(2, "Decision 2, revised"))
    catalog = _load(make_repo, files)
    assert catalog.discovery.adr_dirs == ("docs/adr", "website/docs/adr")
    assert "Decision 2, revised" in [d.title for d in catalog.decisions]
