"""Round 26 (whole logs): a link to a record moved aside names it, not its successor."""

from __future__ import annotations

from tests.conftest import RepoFactory

from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings


def _adr(
    number: int, title: str, status: str = "ACCEPTED", fields: str = "", body: str = ""
) -> str:
    return (
        f"# ADR-{number:03d} — {title}\n\n**Status:** {status}\n{fields}**Date:** 2026-04-23\n\n"
        f"## Context\n\nX.\n{body}"
    )


# from aleksacavic/PortPlanner docs/adr: a superseded record is moved with git mv to
# "superseded/" and renamed "-superseded"; its successor takes the old name's words, and
# records are never edited, so ADR-003 still links the old file name.
PORTPLANNER = {
    "docs/adr/003-ownership-states.md": _adr(
        3, "Ownership States", body="\nSee [ADR-002](002-object-model.md).\n"
    ),
    "docs/adr/superseded/002-object-model-superseded.md": _adr(
        2,
        "Object Model Contract",
        "SUPERSEDED",
        "**Superseded by:** ADR-019 (`docs/adr/019-object-model.md`)\n",
    ),
    "docs/adr/019-object-model.md": _adr(
        19,
        "Object Model v2",
        fields="**Supersedes:** ADR-002 (`docs/adr/superseded/002-object-model-superseded.md`)\n",
    ),
    "docs/adr/superseded/README.md": "# Superseded Architecture Decision Records\n",
}


def test_a_link_to_the_old_name_of_a_record_moved_aside_names_that_record(
    make_repo: RepoFactory,
) -> None:
    catalog = load_catalog(make_repo(PORTPLANNER), Settings(use_cache=False))
    [relation] = catalog.find("3").relations
    assert relation.target_id == "docs/adr/superseded/002-object-model-superseded"
    assert [(p.path, p.message) for p in catalog.problems] == [
        (
            "docs/adr/003-ownership-states.md",
            "relates-to link '002-object-model.md' names no file: it is "
            "docs/adr/superseded/002-object-model-superseded.md now",
        )
    ]


def test_a_link_to_a_record_renumbered_still_names_it_by_its_new_number(
    make_repo: RepoFactory,
) -> None:
    # island-is/island.is's case (round 9): the other record of the link's number shares
    # no word with the file linked, so the renumbered record is the one meant
    files = {k: v for k, v in PORTPLANNER.items() if "superseded/" not in k}
    files["docs/adr/002-entity-ids.md"] = _adr(2, "Entity IDs")
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    [relation] = catalog.find("3").relations
    assert relation.target_id == "docs/adr/019-object-model"
