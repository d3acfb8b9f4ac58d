"""Round 19 (whole logs): how records of a real log relate, as a reader counts them."""

from __future__ import annotations

from tests.conftest import RepoFactory
from tests.core.test_realworld19w_discovery import _rst

from adr_tui.core.catalog import Catalog, load_catalog
from adr_tui.core.model import RelationKind
from adr_tui.core.settings import Settings

_FRONT = "---\nid: adrs-adr{0}\ntitle: 'ADR{0}: Proper use of HTTP fetching libraries'\n---\n\n"

# from backstage/backstage docs/architecture-decisions: ADR014 names ADR013 in its context
# ("recommending the use of `node-fetch` ... through [ADR013](./adr013-use-node-fetch.md)"),
# and ADR013 was marked superseded by ADR014 in a Docusaurus note.
BACKSTAGE = {
    "docs/architecture-decisions/adr013-use-node-fetch.md": _FRONT.format("013")
    + ":::note Superseded\n\nThis ADR is superseded by [ADR014](./adr014-use-fetch.md).\n\n"
    ":::\n\n## Context\n\nUsing multiple HTTP packages increases the complexity.\n",
    "docs/architecture-decisions/adr014-use-fetch.md": _FRONT.format("014")
    + "## Context\n\nUntil now we have been recommending the use of `node-fetch` in Node.js "
    "contexts\nthrough [ADR013](./adr013-use-node-fetch.md). Since then, Backstage has had "
    "its\nminimum requirements upgraded to Node.js 20 or newer.\n",
    "docs/architecture-decisions/index.md": "---\nid: adrs-overview\n---\n\nThe log.\n",
}


def _kinds(catalog: Catalog, number: int) -> list[tuple[RelationKind, int | None]]:
    """Each relation of record ``number``: its kind and the number of the record it names."""
    d = next(d for d in catalog if d.number == number)
    others = {x.id: x.number for x in catalog}
    return sorted(((r.kind, others.get(r.target_id or "")) for r in d.relations), key=str)


def test_a_superseded_record_is_not_also_listed_as_merely_related(
    make_repo: RepoFactory,
) -> None:
    catalog = load_catalog(make_repo(BACKSTAGE), Settings(use_cache=False))
    assert _kinds(catalog, 13) == [(RelationKind.SUPERSEDED_BY, 14)]
    assert _kinds(catalog, 14) == [(RelationKind.SUPERSEDES, 13)]


def test_a_plain_link_between_records_otherwise_unrelated_stays(make_repo: RepoFactory) -> None:
    files = dict(BACKSTAGE)
    files["docs/architecture-decisions/adr013-use-node-fetch.md"] = _FRONT.format("013") + (
        "## Context\n\nUsing multiple HTTP packages increases the complexity.\n"
    )
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert _kinds(catalog, 13) == [(RelationKind.RELATES_TO, 14)]
    assert _kinds(catalog, 14) == [(RelationKind.RELATES_TO, 13)]


# from openedx/edx-platform docs/decisions: "emit course completion events" was added as
# 0010 beside two other 0010s, then renumbered to 0011 and to 0012. A record linking it by
# its first name (the link is ours; the names are the log's) pointed at two records 0010.
EDX = {
    "docs/decisions/0010-django-signals-definitions.rst": _rst("Django signals", "Accepted"),
    "docs/decisions/0010-extract-enrollment-python-api.rst": _rst("Enrollment API", "Accepted"),
    "docs/decisions/0011-limit-modulestore-use-in-lms.rst": _rst("Limit modulestore", "Accepted"),
    "docs/decisions/0012-emit-course-completion-events.rst": _rst("Completion events", "Accepted"),
    "docs/decisions/0016-add-notifications-app.rst": _rst("Add notifications app", "Accepted")
    + "Related: `completion events <0010-emit-course-completion-events.rst>`_.\n",
}


def test_a_link_to_a_renumbered_record_finds_it_and_is_reported_stale(
    make_repo: RepoFactory,
) -> None:
    catalog = load_catalog(make_repo(EDX), Settings(use_cache=False))
    assert _kinds(catalog, 16) == [(RelationKind.RELATES_TO, 12)]
    stale = [p for p in catalog.problems if p.code == "stale-link"]
    assert [(p.path, p.message) for p in stale] == [
        (
            "docs/decisions/0016-add-notifications-app.rst",
            "relates-to link '0010-emit-course-completion-events.rst' names no file: "
            "it is docs/decisions/0012-emit-course-completion-events.rst now",
        )
    ]
