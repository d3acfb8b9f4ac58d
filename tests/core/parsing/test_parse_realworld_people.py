"""Real-world people shapes (QA pass): authors as fallback deciders, labels, stray quotes."""

from __future__ import annotations

import pytest

from adr_tui.core.parsing.people import read_people

from .helpers import decision


@pytest.mark.parametrize(
    "text",
    [
        "---\ntitle: Use queues\nauthors: [Ann Lee]\n---\n## Status\nProposed\n",
        "# Use queues\n\n|Metadata|Value|\n|---|---|\n|Author|Ann Lee|\n|Status|Proposed|\n",
        "# Use queues\n\n* Author: Ann Lee\n* Status: Proposed\n",
        "# Use queues\n\n## Status\n\nProposed\n\n## Participants\n\n- Ann Lee\n",
    ],
)
def test_authors_stand_in_for_unnamed_deciders(text: str) -> None:
    d = decision(text)
    assert d.deciders == ("Ann Lee",)
    assert any(value == "Ann Lee" for _, value in d.extra)


def test_named_deciders_win_over_authors() -> None:
    text = "---\ntitle: Use queues\nauthors: [Ann Lee]\ndeciders: [Bo Chen]\n---\n"
    d = decision(text)
    assert d.deciders == ("Bo Chen",)
    assert ("authors", "Ann Lee") in d.extra


def test_group_label_before_a_name_is_dropped() -> None:
    text = '---\ntitle: Use queues\napprovers: "Platform Team: Ann Lee, Bo Chen"\n---\n'
    assert decision(text).deciders == ("Ann Lee", "Bo Chen")


def test_stray_quotes_and_roles() -> None:
    names, roles = read_people('Ann Lee (Ops), Bo Chen (Lead: API)"')
    assert names == ("Ann Lee", "Bo Chen")
    assert roles == (("Ann Lee", "Ops"), ("Bo Chen", "Lead: API"))
    assert read_people('"Cy Diaz"')[0] == ("Cy Diaz",)


@pytest.mark.parametrize(
    "text",
    [
        "---\nstatut: proposé\ndécideurs: Ann Lee, Bo Chen\n---\n# Mocker l'API\n",
        "---\nstatus: accepted\ndecisores: [Ann Lee, Bo Chen]\n---\n# Usar colas\n",
        "# Schema\n\n- Status: Akzeptiert\n- Entscheider: Ann Lee, Bo Chen\n",
    ],
)
def test_decider_keys_in_other_languages(text: str) -> None:
    assert decision(text).deciders == ("Ann Lee", "Bo Chen")


# MADR front matter listing handles separated by spaces: "decision-makers: eljobe@ plasmapower@".
@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("eljobe@ plasmapower@", ("eljobe@", "plasmapower@")),
        ("@ann @bo-chen", ("@ann", "@bo-chen")),
        ("Ann Lee", ("Ann Lee",)),
        ("Ann Lee <ann@example.com>", ("Ann Lee",)),
    ],
)
def test_handles_separated_by_spaces_are_several_people(value: str, names: tuple[str, ...]) -> None:
    assert read_people(value)[0] == names
