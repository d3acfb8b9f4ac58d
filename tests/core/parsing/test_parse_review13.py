"""Review 13's parser findings. The reviewer's probes are small logs built from real shapes;
a public repository is named where the shape quoted is its own."""

from __future__ import annotations

import pytest

from adr_tui.core.model import Status

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
