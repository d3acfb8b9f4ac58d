"""Round 21b: records a status names (minimal excerpts; each names its source)."""

from __future__ import annotations

from adr_tui.core.model import Status

from .helpers import decision, numbers

# from kreghek/SynAdor Docs/decisions/0006-тест_отмены.md ("cancelled, reason: 0005")
CANCELLED_FOR = (
    "# 0006-тест отмены\n\n## Статус\n\n"
    "Отменено (причина: [0005](#decisions\\0005-дата_создания_решения_в_русско.md))\n\n"
    "## Дата создания\n\n12.01.2020\n"
)


def test_a_record_the_status_names_with_no_verb_is_related() -> None:
    d = decision(CANCELLED_FOR, "Docs/decisions/0006-тест_отмены.md")
    assert d.status is Status.REJECTED
    assert numbers(d, "relates-to") == [5]
    assert numbers(d, "superseded-by") == []


def test_a_verb_in_the_status_says_the_kind_and_a_status_alone_names_none() -> None:
    verbed = decision("# X\n\n## Status\n\nAccepted (supersedes ADR-0002)\n", "docs/adr/0003-x.md")
    assert (numbers(verbed, "supersedes"), numbers(verbed, "relates-to")) == ([2], [])
    dated = decision("# X\n\n## Status\n\nRejected 2024-09-03\n", "docs/adr/0003-x.md")
    assert dated.relations == ()
    pointer = decision(
        "# X\n\n## Status\n\nDeprecated. Use ADR-0002 instead.\n", "docs/adr/0003-x.md"
    )
    assert numbers(pointer, "relates-to") == [2]
