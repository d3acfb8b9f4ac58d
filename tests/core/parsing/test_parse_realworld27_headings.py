"""Round 27: how a record's headings are laid out (trimmed excerpts; each names its source)."""

from __future__ import annotations

import datetime as dt

from adr_tui.core.model import Status

from .helpers import decision, numbers

# SimonDingemans/Escape-Room-AGV producten/software-guidebook/11-decision-log/
# adr-006-ui-in-touchdesigner.md: a record kept as a chapter of a guidebook opens at "###",
# its sections one level deeper, the date in the preamble under the title
GUIDEBOOK_006 = (
    "### ADR-006 UI in TouchDesigner\n\n"
    "Datum: 2025-05-07\n\n"
    "#### Status\n\n"
    "Geaccepteerd\n\n"
    "#### Context\n\n"
    "De opdrachtgever wilde dat het team ging onderzoeken of het mogelijk is om in TouchDesigner\n"
    "een UI te maken waarmee een scenario ontwikkeld kan worden.\n\n"
    "#### Beslissing\n\n"
    "Het team kiest voor de lokale website.\n"
)
GUIDEBOOK_PATH = "producten/software-guidebook/11-decision-log/adr-006-ui-in-touchdesigner.md"

# zusome/cufit-api-server docs/architecture-decision-records/0001-record-architecture-decisions.md:
# each section named in Korean, then in English after a space
CUFIT_0001 = (
    "# 1. Record architecture decisions\n\n"
    "Date: 2025-06-09\n\n"
    "# 상태 Status\n\n"
    "status: accepted\n\n"
    "# 배경 Context\n\n"
    "우리는 이 프로젝트에서 내린 아키텍처 결정을 기록할 필요가 있습니다.\n\n"
    "# 결정 Decision\n\n"
    "우리는 아키텍처 결정을 기록하기 위해 ADR(Architecture Decision Record) 형식을 사용합니다.\n"
)


def test_a_record_opening_at_level_three_takes_its_title_and_preamble_fields() -> None:
    d = decision(GUIDEBOOK_006, GUIDEBOOK_PATH)
    assert (d.number, d.title) == (6, "UI in TouchDesigner")
    assert (d.date, d.status) == (dt.date(2025, 5, 7), Status.ACCEPTED)


def test_a_level_three_heading_after_content_is_a_section_not_the_title() -> None:
    text = "Datum: 2025-05-07\n\n### Beslissing\n\nHet team kiest voor de lokale website.\n"
    d = decision(text, GUIDEBOOK_PATH)
    assert d.title != "Beslissing"


def test_a_section_named_in_two_languages_with_a_space_between_is_read() -> None:
    d = decision(
        CUFIT_0001, "docs/architecture-decision-records/0001-record-architecture-decisions.md"
    )
    assert (d.number, d.title, d.status) == (1, "Record architecture decisions", Status.ACCEPTED)
    assert d.date == dt.date(2025, 6, 9)


def test_a_heading_of_two_words_in_one_script_is_not_split() -> None:
    # "Status Quo" is one English name, not "Status" twice; its first line is no status
    d = decision("# Use a queue\n\n## Status Quo\n\nAccepted wisdom says otherwise.\n")
    assert d.status is Status.UNKNOWN


# A game's log the search index does not name writes its headings in bold, the status after
# the decision: "**Decision**" over "Use Google login …", "**Status**" over "Overruled by ADR 7"
BOLD_SECTIONS = (
    "# 5. Google login for players\n\n"
    "**Context**\n\n"
    "Players need an account that survives a reinstall.\n\n"
    "**Decision**\n\n"
    "Use Google login as the initial identity-provider approach for player\nauthentication.\n\n"
    "**Status**\n\n"
    "Overruled by ADR 7\n\n"
    "**Consequences**\n\n"
    "- Positive: users with an existing Google account would have had a familiar login\n"
)


def test_a_bold_heading_after_prose_is_read_when_the_record_heads_in_bold() -> None:
    d = decision(BOLD_SECTIONS, "docs/adr/0005-google-login.md")
    assert (d.status, numbers(d, "superseded-by")) == (Status.SUPERSEDED, [7])


def test_a_bold_lead_in_a_record_with_real_headings_stays_prose() -> None:
    text = (
        "# 5. X\n\n## Status\n\nAccepted\n\n## Consequences\n\n"
        "**Status**\n\nRejected is what the others did.\n"
    )
    assert decision(text, "docs/adr/0005-x.md").status is Status.ACCEPTED
