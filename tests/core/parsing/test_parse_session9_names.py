"""Session 9's real-log rounds: what a record's file name says of it."""

from __future__ import annotations

from tests.core.parsing.helpers import decision

# from wikimedia/mediawiki-extensions-Wikibase docs/adr/000x-use-psr-16-cache-interface.md
# (the name the record had before it was given its number)
PLACEHOLDER = (
    "# 1. Use PSR-16 PHP Cache Interface in Wikibase\n\nDate: 2018-07-19\n\n"
    "## Status\n\nproposed\n\n## Context\n\n"
    "Wikibase uses cache in different parts of PHP code base.\n"
)


def test_a_placeholder_number_names_no_lettered_record() -> None:
    d = decision(PLACEHOLDER, "docs/adr/000x-use-psr-16-cache-interface.md")
    assert (d.number, d.label) == (1, "ADR-0001")


def test_a_letter_after_a_record_number_still_letters_it() -> None:
    d = decision(PLACEHOLDER, "docs/adr/0001x-use-psr-16-cache-interface.md")
    assert d.label == "ADR-0001x"
