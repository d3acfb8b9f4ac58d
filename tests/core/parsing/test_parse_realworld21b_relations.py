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


_RAW = "https://raw.githubusercontent.com/amitosaurus/pentagram/The_Sysops_Squad_Architecture_AB/"
# from amitosaurus/pentagram The_Sysops_Squad/architecture/adrs/adr_002-00_ArchitectureStyle.md
RAW_DEFINITION = (
    "### **ADR_002-00**:\n\n### Picking the Architecture Style for migrating the monolith\n\n"
    "**<u>Status</u>**:\tProposed\n\n"
    "**<u>Context</u>**: Based on the architectural characteristics shortlisted in `\n\n"
    f"[adr_001-00_ArchitectureCharacteristics.md]: {_RAW}The_Sysops_Squad/architecture/adrs/"
    'adr_001-00_ArchitectureCharacteristics.md\t"Architecture Characteristics"\n\n'
    "`, we used the following matrix to help visualize our options\n"
)
_PENTAGRAM = "The_Sysops_Squad/architecture/adrs/adr_002-00_ArchitectureStyle.md"


def test_a_raw_file_address_of_a_record_in_the_log_names_it() -> None:
    d = decision(RAW_DEFINITION, _PENTAGRAM)
    assert (d.number, d.status) == (2, Status.PROPOSED)
    assert numbers(d, "relates-to") == [1]


def test_a_raw_file_address_outside_the_log_names_nothing() -> None:
    elsewhere = RAW_DEFINITION.replace("architecture/adrs/adr_001", "specs/adr_001")
    assert decision(elsewhere, _PENTAGRAM).relations == ()


# from georgevs/pills ADR/11-20-knex.md: retired records are kept in ADR/archive
UNDER_THE_TITLE = (
    "# Knex\n\nUse knex as the query builder; superseded the "
    "[SQL builder](archive/11-9-sql-builder.md).\n"
)


def test_a_record_linked_under_the_title_is_related() -> None:
    d = decision(UNDER_THE_TITLE, "ADR/11-20-knex.md")
    assert [(r.kind.value, r.ref.target) for r in d.relations] == [
        ("relates-to", "archive/11-9-sql-builder.md")
    ]


def test_a_numbered_file_in_another_sub_folder_is_no_record() -> None:
    notes = UNDER_THE_TITLE.replace("archive/", "notes/")
    assert decision(notes, "ADR/11-20-knex.md").relations == ()
    stated = "# X\n\n- Supersedes: [ADR-0001](archive/0001-y.md)\n\nSee [it](archive/0001-y.md).\n"
    d = decision(stated, "docs/adr/0002-x.md")
    assert [r.kind.value for r in d.relations] == ["supersedes"]
