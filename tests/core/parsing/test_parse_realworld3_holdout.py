"""Real-world shapes, round 3: misreadings found in the held-out repositories.

Minimal excerpts of public ADRs; each test names the repository and file it comes from.
"""

from __future__ import annotations

from adr_tui.core.model import Status
from adr_tui.core.parsing.people import read_people
from adr_tui.core.parsing.statuses import read_status

from .helpers import decision, numbers


# USACE/cwms-data-api docs/decisions/0001-api-versioning.md: a related record named by its
# slug alone in a "Related decisions" list.
def test_bare_slug_in_a_related_list_names_a_record() -> None:
    text = (
        "# API Versioning and Reporting\n\n## Decision Status\n\naccepted\n\n"
        "## Related decisions\n\n- data-versioning\n- see the wiki\n"
    )
    d = decision(text, "docs/decisions/0001-api-versioning.md")
    assert d.status is Status.ACCEPTED
    assert [(r.kind.value, r.ref.raw) for r in d.relations] == [("relates-to", "data-versioning")]


def test_numbered_slug_in_a_related_list_keeps_its_number() -> None:
    text = "# API\n\n## Status\n\naccepted\n\n## Related decisions\n\n- 0002-data-versioning\n"
    assert numbers(decision(text, "docs/decisions/0001-api.md"), "relates-to") == [2]


# Altinn/altinn-studio docs/adr/2025-10-08-studio-library-persistence-2.md: the status says
# what the record replaces; the replacing record is the one in force.
def test_status_that_replaces_another_record_is_accepted() -> None:
    text = (
        "# Studio library persistence\n\n- Status: Replaces 2025-09-04-studio-library-persistence\n"
        "- Deciders: Team Altinn Studio\n- Date: 08.10.2025\n"
    )
    d = decision(text, "docs/adr/2025-10-08-studio-library-persistence-2.md")
    assert d.status is Status.ACCEPTED
    assert [(r.kind.value, r.ref.raw) for r in d.relations] == [
        ("supersedes", "2025-09-04-studio-library-persistence")
    ]


# Altinn/altinn-studio docs/adr/001-signing-interface.md: "on behalf of" qualifies a name.
def test_on_behalf_of_is_a_role_not_part_of_the_name() -> None:
    names, roles = read_people("Johannes Haukland, Bjørn Tore on behalf of Team Apps")
    assert names == ("Johannes Haukland", "Bjørn Tore")
    assert roles == (("Bjørn Tore", "on behalf of Team Apps"),)


# cloudfoundry/bosh-bootloader docs/architecture/decisions/0003-replace-packr2-with-go-embed.md
def test_in_progress_written_as_one_word() -> None:
    reading = read_status("Inprogress")
    assert (reading.status, reading.known) == (Status.PROPOSED, True)
