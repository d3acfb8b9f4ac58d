"""Session 9's real-log rounds: titles as a reader of the rendered page sees them."""

from __future__ import annotations

from tests.core.parsing.helpers import decision

# from wikimedia/mediawiki-extensions-Wikibase docs/adr/0004-make-apply-return-changeopresult.md
CHANGEOP = (
    "# 4) Make [ChangeOp::apply()] return [ChangeOpResult] {#adr_0004}\n\n"
    "Date: 2019-06-21\n\n## Status\n\naccepted\n\n## Context\n\n"
    "In [T220696], we want to update summary messages.\n\n----\n\n"
    "[T220696]: https://phabricator.wikimedia.org/T220696\n"
    "[ChangeOp::apply()]: @ref Wikibase::Repo::ChangeOp::ChangeOp::apply()\n"
    "[ChangeOpResult]: @ref Wikibase::Repo::ChangeOp::ChangeOpResult\n"
)


def test_a_title_shows_the_words_of_the_reference_links_the_record_defines() -> None:
    d = decision(CHANGEOP, "docs/adr/0004-make-apply-return-changeopresult.md")
    assert (d.number, d.title) == (4, "Make ChangeOp::apply() return ChangeOpResult")


def test_brackets_no_definition_follows_stay_in_the_title() -> None:
    text = CHANGEOP.replace("[ChangeOpResult]:", "ChangeOpResult:")
    d = decision(text, "docs/adr/0004-make-apply-return-changeopresult.md")
    assert d.title == "Make ChangeOp::apply() return [ChangeOpResult]"
