"""Real-world relation shapes (QA pass): verbs in link targets, relations in preamble prose."""

from __future__ import annotations

from adr_tui.core.model import RelationKind

from .helpers import decision, numbers


def test_verb_inside_a_link_target_states_nothing() -> None:
    text = (
        "# 3. Old paging\n\n## Status\n\n"
        "Superseded by [ADR 0011](0011-cursor-paging-supersedes-offsets.md)\n"
    )
    d = decision(text, "adr/0003-old-paging.md")
    assert [(r.kind, r.ref.number) for r in d.relations] == [(RelationKind.SUPERSEDED_BY, 11)]
    assert d.relations[0].ref.target == "0011-cursor-paging-supersedes-offsets.md"


def test_preamble_prose_partial_supersession_amends() -> None:
    text = (
        "# Architecture Decision Record: Flat model\n\n"
        "Note: this ADR supersedes some aspects of [ADR-4](adr-004-types.md)"
        " and [ADR-5](adr-005-moves.md).\n\n## Context\n\nText.\n"
    )
    d = decision(text, "adr-009-flat-model.md")
    assert numbers(d, "amends") == [4, 5]
    assert numbers(d, "supersedes") == []


def test_preamble_prose_whole_supersession() -> None:
    text = "# 9. Flat model\n\nThis decision replaces ADR-4. See also ADR-6.\n\n## Context\n"
    d = decision(text, "adr/0009-flat-model.md")
    assert numbers(d, "supersedes") == [4]
    assert numbers(d, "relates-to") == []


def test_prose_mentions_outside_the_preamble_or_without_this_adr_state_nothing() -> None:
    text = (
        "# 9. Flat model\n\nThe old model supersedes ADR-2 in places.\n\n"
        "## Context\n\nThis ADR supersedes ADR-4, as the context explains.\n"
    )
    assert decision(text, "adr/0009-flat-model.md").relations == ()


# The status points at a footnote that names the link: "**Status**: Superceded [^1]" and,
# at the end of the file, "[^1]: Superseded by [ADR 0012](0012-x.md)".
def test_a_footnote_that_starts_with_a_verb_states_the_relation() -> None:
    text = (
        "# ADR 2022-12-05: Adding labels\n\n**Status**: Superceded [^1]\n\n## Context\n\n"
        + "Logs are hard to find.\n" * 100
        + "\n[^1]: Superseded by [ADR 0012](0012-labels-again.md)\n"
    )
    d = decision(text, "docs/adrs/0007-adding-labels.md")
    assert numbers(d, "superseded-by") == [12]
    assert d.relations[0].ref.target == "0012-labels-again.md"


def test_a_footnote_of_prose_states_nothing() -> None:
    text = "# 7. Labels\n\n## Status\n\nAccepted\n\n[^1]: See [ADR 0012](0012-x.md) for more.\n"
    assert decision(text, "docs/adr/0007-labels.md").relations == ()
