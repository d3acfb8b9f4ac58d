"""Real-world shapes, round 4: misreadings found in the held-out repositories.

Minimal excerpts of public ADRs; each test names the repository and file it comes from.
"""

from __future__ import annotations

import pytest

from adr_tui.core.model import Status
from adr_tui.core.parsing.statuses import read_status

from .helpers import decision


# teamdigitale/lg-interoperabilita architecture/decisions/0001-record-architecture-decisions.md:
# "## Stato\n\nAccetato", Italian "accettato" with one t.
def test_status_word_misspelt_by_one_letter() -> None:
    text = (
        "# 1. Registrare le decisioni architetturali\n\nData: 2017-08-28\n\n"
        "## Stato\n\nAccetato\n\n## Contesto\n\nTesto.\n"
    )
    d = decision(text, "architecture/decisions/0001-record-architecture-decisions.md")
    assert (d.status, d.status_raw) == (Status.ACCEPTED, "Accetato")
    assert not d.warnings


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Acepted", Status.ACCEPTED),
        ("Depreciated", Status.DEPRECATED),
        ("Rejeted", Status.REJECTED),
        ("Aproved", Status.ACCEPTED),
    ],
)
def test_common_misspellings_of_status_words(text: str, status: Status) -> None:
    assert read_status(text).status is status


@pytest.mark.parametrize("text", ["Excepted", "Reverted", "Acme", "Decided?"])
def test_words_two_letters_off_or_short_stay_unknown(text: str) -> None:
    assert read_status(text).known is (text == "Decided?")
