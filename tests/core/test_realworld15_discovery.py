"""Round 15: which files of real logs are records (names with spaces and no suffix)."""

from __future__ import annotations

import pytest
from tests.conftest import RepoFactory

from adr_tui.core.adrnames import is_adr_name, is_adr_path
from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings

# from tellor-io/layer adr/: "adr1012 - reporter power cap.md" beside one committed without
# its suffix, "adr2008 - token bridge withdraws and state pruning".
LAYER = {
    "adr/adr1012 - reporter power cap.md": (
        "# ADR 1012: Reporter power cap\n\n## Authors\n\n@danflo27\n\n## Changelog\n\n"
        "- 2026-06-12: initial version\n\n## Context\n\nLayer limits stake.\n"
    ),
    "adr/adr2008 - token bridge withdraws and state pruning": (
        "# ADR 2008: Layer token bridge withdraws and state pruning\n\n## Authors\n\n"
        "@heavychain\n\n## Changelog\n\n- 2025-04-07: initial version\n\n## Context\n\nBridge.\n"
    ),
}


def test_a_record_named_with_spaces_and_no_suffix_is_listed(make_repo: RepoFactory) -> None:
    catalog = load_catalog(make_repo(LAYER), Settings(use_cache=False))
    found = [(d.number, d.title, d.deciders) for d in catalog]
    assert found == [
        (1012, "Reporter power cap", ("@danflo27",)),
        (2008, "Layer token bridge withdraws and state pruning", ("@heavychain",)),
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("adr2008 - token bridge withdraws and state pruning", True),
        ("0006 - use servicebus", True),
        ("0006 -use servicebus", False),  # no space after the hyphen: a word, not a separator
        ("2024 - notes.txt", False),  # a suffix that is not an ADR's
        ("notes - 0006", False),
    ],
)
def test_the_history_follows_what_discovery_lists(name: str, expected: bool) -> None:
    assert is_adr_name(name) is expected
    assert is_adr_path(f"adr/{name}".encode()) is expected
