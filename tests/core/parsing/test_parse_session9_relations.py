"""Session 9's real-log rounds: records a relation names, and those it does not."""

from __future__ import annotations

import pytest
from tests.core.parsing.helpers import decision

# from a public log's docs/adr/0023-internal-status-route.md (round 20's "bullet-1"; the index
# named no repository): "hub-adr-0009" is the hub repository's ADR 9, "(hub ADR 0009)" below
HUB = (
    "---\ntags: [adr, decision, account-status, cross-service, reinstatement]\n"
    "related: [adr-0012-doctor-status-only-via-care, api, service-auth, hub-adr-0009]\n---\n\n"
    "# ADR 0023 — The internal status route accepts `suspended -> active` (Case 4)\n\n"
    "- **Status:** Accepted • **Date:** 2026-10-08 • **Deciders:** identity-team, with "
    "platform-team (hub ADR 0009)\n\n## Context\n\nText.\n"
)


def test_a_record_id_prefixed_by_another_repositorys_name_is_not_this_logs() -> None:
    d = decision(HUB, "docs/adr/0023-internal-status-route.md")
    assert [r.ref.number for r in d.relations if r.ref.number is not None] == [12]
    assert "hub-adr-0009" in [r.ref.raw for r in d.relations]


def test_an_id_after_a_space_or_a_bracket_is_still_this_logs() -> None:
    text = HUB.replace("hub-adr-0009", "ADR-0009").replace("service-auth", "(adr-7)")
    d = decision(text, "docs/adr/0023-internal-status-route.md")
    assert [r.ref.number for r in d.relations if r.ref.number is not None] == [12, 7, 9]


# from island-is/island.is handbook/technical-overview/adr/0013-feature-flags.md: the logging
# record it links was numbered 13 too, and renumbered 0014 later
FLAGS = (
    "# Feature flags\n\n- Status: accepted\n- Deciders: devs\n- Date: 2021-02-01\n\n"
    "## Decision Outcome\n\nChosen option.\n\n"
    "Flags are logged as described in [ADR-0013](0013-logging-apm-monitoring.md).\n"
)


def test_a_link_to_another_file_numbered_as_this_record_names_that_record() -> None:
    d = decision(FLAGS, "handbook/technical-overview/adr/0013-feature-flags.md")
    assert [(r.kind.value, r.ref.target) for r in d.relations] == [
        ("relates-to", "0013-logging-apm-monitoring.md")
    ]


@pytest.mark.parametrize("target", ["./0013-feature-flags.md", "#decision-outcome", "./", ".."])
def test_a_link_to_this_records_own_file_or_folder_is_still_no_relation(target: str) -> None:
    text = FLAGS.replace("0013-logging-apm-monitoring.md", target)
    assert decision(text, "handbook/technical-overview/adr/0013-feature-flags.md").relations == ()
