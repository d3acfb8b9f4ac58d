"""Review 13's parser findings. The reviewer's probes are small logs built from real shapes;
a public repository is named where the shape quoted is its own."""

from __future__ import annotations

import pytest
from tests.conftest import RepoFactory

from adr_tui.core.catalog import load_catalog
from adr_tui.core.model import Status
from adr_tui.core.settings import Settings

from .helpers import decision

# A record whose log states no status, closed by a one-line last paragraph (review 13's
# probe of the closing notice that the backstage log's UI walk brought in, de1be86).
UNSTATED = "# 6. Use Redis\n\nDate: 2020-01-03\n\n## Decision\n\nUse Redis.\n\n{closing}\n"
ACCEPTED = "# 21. Mobile auth\n\n## Status\n\nAccepted\n\n## Decision\n\nUse OIDC.\n\n{closing}\n"


@pytest.mark.parametrize(
    "closing",
    [
        # public design notes write "Supersedes nothing; extends `2026-08-19-….md`" and
        # "**Supersedes nothing:** this is a forward-looking …": a negation, no relation
        "Supersedes nothing; ADR-0004 still applies to the web.",
        "Amends nothing; supersedes ADR-0004 only if the pilot succeeds.",
        # an active verb whose object is a part of the record named, not the record
        "Replaces the cron job described in ADR-0004.",
        # a notice with a condition or a negation after the record it names
        "Superseded by ADR-0004 if traffic grows past 10k rps.",
        "Superseded by ADR-0004 once it is accepted.",
        "Replaced by [ADR-0004](0004-x.md) when the pilot ends.",
        "Superseded by ADR-0004? Not yet.",
        # the record named after other words, not right after the verb
        "Superseded by the approach of ADR-0004.",
        "In favour of ADR-0004, we drop the cache.",
    ],
)
def test_a_last_line_that_narrates_states_no_relation(closing: str) -> None:
    for template in (UNSTATED, ACCEPTED):
        d = decision(template.format(closing=closing), "docs/adr/0021-x.md")
        assert [r.kind.value for r in d.relations if r.ref.number == 4] in ([], ["relates-to"])
        assert d.status in (Status.UNKNOWN, Status.ACCEPTED)
        assert d.status_raw in ("", "Accepted")


@pytest.mark.parametrize(
    ("closing", "kind"),
    [
        ("Superseded by ADR-0009.", "superseded-by"),
        ("**Superseded by:** [ADR-0009](0009-scale.md)", "superseded-by"),
        ("Replaced by `ADR-0009` — no more Redis clusters to run.", "superseded-by"),
        ("Amended by ADR-0009: the TTLs changed.", "amended-by"),
    ],
)
def test_a_closing_notice_naming_its_record_first_still_states_it(closing: str, kind: str) -> None:
    d = decision(UNSTATED.format(closing=closing), "docs/adr/0006-use-redis.md")
    assert [(r.kind.value, r.ref.number) for r in d.relations] == [(kind, 9)]
    retired = kind == "superseded-by"
    assert (d.status is Status.SUPERSEDED, "ADR-0009" in d.status_raw) == (retired, retired)


@pytest.mark.parametrize(
    ("deciders", "names"),
    [
        # review 13's probe: the body's name ends at its noun, a person's name follows
        (
            "Members of the Architecture Board and Bo Berg",
            ("Members of the Architecture Board", "Bo Berg"),
        ),
        ("Head of the Platform Team & Ann Lee", ("Head of the Platform Team", "Ann Lee")),
        # the UI walk's backstage log: one body's name, though it says "and"
        (
            "The Architecture Review Board of the Backstage Core Maintainers and Friends",
            ("The Architecture Review Board of the Backstage Core Maintainers and Friends",),
        ),
        # "and" before lower case after the noun: no name follows
        (
            "Leads of the Core Team and their deputies",
            ("Leads of the Core Team and their deputies",),
        ),
    ],
)
def test_names_after_a_body_of_the_organisation_are_deciders(
    deciders: str, names: tuple[str, ...]
) -> None:
    text = f"# 3. Use gRPC\n\n- Status: Accepted\n- Deciders: {deciders}\n\n## Context\n\nx\n"
    assert decision(text, "docs/adr/0003-use-grpc.md").deciders == names


@pytest.mark.parametrize(
    ("status_line", "status"),
    [
        # the later lifecycle word closing the line retires the record, whichever it is
        ("Accepted — Superseded", Status.SUPERSEDED),
        ("Accepted — Deprecated", Status.DEPRECATED),
        ("Accepted - **Superseded** (2024-03-01)", Status.SUPERSEDED),
        ("Accepted. Superseded.", Status.SUPERSEDED),
        # … not when words go on after it, nor when a later clause reverses it
        ("Accepted — superseded parts of the API remain until 2025", Status.ACCEPTED),
        ("Accepted — superseded, reinstated by ADR-12", Status.ACCEPTED),
        ("Rejected. Superseded", Status.REJECTED),
    ],
)
def test_a_status_then_a_retiring_word_reads_the_later_word(
    status_line: str, status: Status
) -> None:
    d = decision(
        f"# 5. Use Kafka\n\nStatus: {status_line}\n\n## Context\n\nx\n", "docs/adr/0005-k.md"
    )
    assert d.status is status


def _nygard(heading: str, more: str = "") -> str:
    return f"# {heading}\n\n## Status\n\nAccepted\n\n{more}## Context\n\nx.\n"


# review 13's probe: a service's log beside a mobile log whose records are "ADR-MB-nnn"
# (as opf/mijn-bureau-infra names its own); the service's ADR 4 names the mobile log's 3
SERVICE = {
    "docs/adr/0001-record.md": _nygard("1. Record architecture decisions"),
    "docs/adr/0003-use-postgres.md": _nygard("3. Use Postgres"),
    "docs/adr/0004-push.md": _nygard("4. Push notifications", "Related: ADR-MB-003\n\n"),
}
MOBILE = {
    "mobile/docs/adr/ADR-MB-001-record.md": _nygard("ADR-MB-001: Record mobile decisions"),
    "mobile/docs/adr/ADR-MB-003-fcm.md": _nygard("ADR-MB-003: Use FCM"),
}


def _related(make_repo: RepoFactory, files: dict[str, str], path: str) -> list[str | None]:
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    record = next(d for d in catalog.decisions if d.path == path)
    broken = [p.message for p in catalog.problems if p.code == "broken-link"]
    return [r.target_id for r in record.relations if r.stated] + broken


def test_a_coded_id_names_the_record_of_its_code(make_repo: RepoFactory) -> None:
    got = _related(make_repo, {**SERVICE, **MOBILE}, "docs/adr/0004-push.md")
    assert got == ["mobile/docs/adr/ADR-MB-003-fcm"]


def test_a_coded_id_no_record_carries_is_a_broken_link(make_repo: RepoFactory) -> None:
    # not the service log's own ADR 3 ("Use Postgres"): the code says another log's
    got = _related(make_repo, SERVICE, "docs/adr/0004-push.md")
    assert got[0] is None
    assert len(got) == 2 and "ADR-MB-003" in str(got[1])


def test_coded_ids_of_a_folder_whose_codes_mix_name_their_records(make_repo: RepoFactory) -> None:
    # review 13's probe of a folder of two teams' records (no number for either: codes mix)
    files = {
        "docs/adr/DATA-ADR-001-use-postgres.md": _nygard("DATA-ADR-001: Use Postgres"),
        "docs/adr/PLAT-ADR-001-use-k8s.md": _nygard("PLAT-ADR-001: Use Kubernetes"),
        "docs/adr/DATA-ADR-002-use-timescale.md": _nygard(
            "DATA-ADR-002: Use TimescaleDB", "Supersedes: DATA-ADR-001\nRelated: PLAT-ADR-001\n\n"
        ),
    }
    got = _related(make_repo, files, "docs/adr/DATA-ADR-002-use-timescale.md")
    assert got == ["docs/adr/DATA-ADR-001-use-postgres", "docs/adr/PLAT-ADR-001-use-k8s"]


@pytest.mark.parametrize(
    ("line", "related"),
    [
        # review 13's probe of round 25's "References:" key (neuralmagic/crucible's shape)
        ("**References:** ADR-0002 of the payments service repository", []),
        ("Related: ADR-0002 in the `billing` repo, ADR-0003", [3]),
        ("Related: ADR-0002 of the old payments service", []),
        # a part of this log's record, or this project: still the record
        ("Related: ADR-0002 of the service layer, ADR-0003", [2, 3]),
        ("Related: ADR-0002 in the project", [2]),
    ],
)
def test_a_record_of_another_repository_relates_no_record_here(
    line: str, related: list[int]
) -> None:
    d = decision(f"# 5. Use Kafka\n\n## Status\n\nAccepted\n\n{line}\n\n## Context\n\nx\n")
    assert [r.ref.number for r in d.relations if r.kind.value == "relates-to"] == related
    assert [r.kind.value for r in d.relations if r.kind.value != "relates-to"] == []


@pytest.mark.parametrize(
    ("item", "kind"),
    [
        # review 13's probe: the section's item says it supersedes nothing
        ("- Nothing, but compare with [ADR-0010](0010-x.md) for the old cache.", "relates-to"),
        ("- **None** — see ADR-0010 for the background", "relates-to"),
        ("- N/A (ADR-0010 is related only)", "relates-to"),
        # the record itself, listed
        ("- [ADR-0010](0010-x.md)", "supersedes"),
        ("- ADR-0010, nothing else", "supersedes"),
    ],
)
def test_a_supersedes_section_item_that_negates_relates_only(item: str, kind: str) -> None:
    text = f"# 31. Use Caffeine\n\nStatus: Accepted\n\n## Supersedes\n\n{item}\n\n## Context\n\nx\n"
    d = decision(text, "docs/adr/0031-use-caffeine.md")
    assert [(r.kind.value, r.ref.number) for r in d.relations] == [(kind, 10)]
