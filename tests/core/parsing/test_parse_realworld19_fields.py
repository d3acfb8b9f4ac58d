"""Round 19: titles and deciders of real logs read wrong (code, TBD ids, template leftovers)."""

from __future__ import annotations

import datetime as dt

from tests.core.parsing.helpers import decision, parse

from adr_tui.core.model import Status

# from early-sign/EarlySign docs/source/reference/ADR/ADR_001.rst: the title's code keeps its
# underscores (they are no emphasis inside backticks).
EARLYSIGN = (
    ".. ADR-001: __init__.py for documentation\n.. :Date: 2025-09-13\n\n"
    "==========================================\n"
    "ADR-001: `__init__.py` for documentation\n"
    "==========================================\n\n"
    "**Status**: `Proposed` | **`Accepted`** | `Deprecated` | `Superseded`\n\n"
    "📋 Context\n-----------\nText.\n"
)


def test_code_in_a_title_is_kept_as_written() -> None:
    d = decision(EARLYSIGN, "docs/source/reference/ADR/ADR_001.rst")
    assert (d.number, d.title) == (1, "__init__.py for documentation")
    assert d.status is Status.ACCEPTED


def test_code_in_a_status_choice_still_reads() -> None:
    text = "# 3. X\n\n**Status**: **`Accepted`** | `Proposed`\n"
    assert decision(text).status_raw == "Accepted"


# from alphagov/forms ADR/ADR00TBD-use-rust-for-api.md: a record whose number is still to be
# decided ("TBD") has none, and the id is no part of the title.
ALPHAGOV_TBD = "# ADR00TBD: Try Rust for an API\n\nDate: 2022-03-15\n\n## Status\n\n`Proposed`\n"


def test_a_number_to_be_decided_is_no_number() -> None:
    d = decision(ALPHAGOV_TBD, "ADR/ADR00TBD-use-rust-for-api.md")
    assert (d.number, d.title, d.status) == (None, "Try Rust for an API", Status.PROPOSED)


def test_an_adr_tbd_heading_names_no_number_either() -> None:
    d = decision("# ADR-TBD: Use Kafka\n\n## Status\n\nProposed\n", "adr/use-kafka.md")
    assert (d.number, d.title) == (None, "Use Kafka")


# from alphagov/forms ADR/ADR025-remove-papertrail.md: the template's title left in place.
ALPHAGOV_TITLE = (
    "# ADR025: Decision Record Title (a description of the decision, not the problem)\n\n"
    "Date: 2024-02-01\n\n## Status\n\n> Accepted or Rejected\n\n## Context\n\nText.\n"
)


def test_the_templates_title_left_in_place_gives_way_to_the_file_name() -> None:
    outcome = parse(ALPHAGOV_TITLE, "ADR/ADR025-remove-papertrail.md")
    assert outcome.decision is not None
    assert (outcome.decision.number, outcome.decision.title) == (25, "Remove papertrail")
    assert outcome.decision.date == dt.date(2024, 2, 1)


# from henrique-m-ribeiro/caderno-tocantins-2026 docs/adrs/ADR-002-panorama-complementar.md:
# Portuguese "Responsável" names who decided.
CADERNO = (
    "# ADR-002: Panorama Complementar vs. Edição Direta\n\n**Status:** ✅ Aceita\n"
    "**Data:** 2026-02-07\n**Responsável:** Henrique Marques Ribeiro\n"
    "**Session:** 0e16a195-e9a6-4564-b12e-016b43def69a\n\n---\n\n## Contexto\n\nTexto.\n"
)


def test_the_portuguese_responsible_is_the_decider() -> None:
    d = decision(CADERNO, "docs/adrs/ADR-002-panorama-complementar.md")
    assert d.deciders == ("Henrique Marques Ribeiro",)
    assert (d.status, d.date) == (Status.ACCEPTED, dt.date(2026, 2, 7))


# from NASA-IMPACT/admg-backend adr/0002-gcmd-sync-design-process.md: a second field after a
# bar, of a key no log shares, ends the status.
NASA_STATUS = (
    "# GCMD Sync Design Process\n\n"
    "+ **Status:** developed | Technical Story: [#297](https://github.com/x/y/issues/297)\n"
    "+ **Date:** 2022-05-31\n\n## Context and Problem Statement\nText.\n"
)


def test_a_field_after_a_bar_ends_the_status() -> None:
    d = decision(NASA_STATUS, "adr/0002-gcmd-sync-design-process.md")
    assert (d.status_raw, d.date) == ("developed", dt.date(2022, 5, 31))


def test_a_templates_choices_after_a_bar_stay_choices() -> None:
    d = decision("# 1. X\n\n- Status: Proposed | Accepted | Rejected\n")
    assert d.status is Status.UNKNOWN


# from NASA-IMPACT/admg-backend adr/0003-workflow-redesign-process.md: deciders of one kind.
NASA_DECIDERS = (
    "# MI Workflow Change Design Process\n\n"
    "- **Status:** Designs completed (to “80%”) for room for change\n"
    "- **Design deciders:** Stephanie Wingo, Deborah Smith, Shelby Bagwell, Heidi Mok\n"
    "- **Input:** Ed Keeble, John Hedman, other members of ADMG\n"
    "- **Date:** May 31, 2022 - Aug 8, 2022\n\n## Project Context\nText.\n"
)


def test_deciders_of_one_kind_are_the_deciders() -> None:
    d = decision(NASA_DECIDERS, "adr/0003-workflow-redesign-process.md")
    assert d.deciders == ("Stephanie Wingo", "Deborah Smith", "Shelby Bagwell", "Heidi Mok")
    assert d.date == dt.date(2022, 5, 31)


# from digitalservicebund/elterngeldrechner architecture-decision-records/0009-deployment-
# strategy-s3.md: the Status section's one line names who accepted it.
ELTERNGELD = (
    "# 9. Deployment Strategy\n\nDate: 2026-01-14\n\n## Status\n\n"
    "- Accepted by: Dennis & Jakob\n\n## History\n\n"
    "- [Deployment Strategy from 24.09.2025](0007-deployment-strategy-cms.md)\n\n"
    "## Context\n\nText.\n"
)


def test_accepted_by_in_the_status_section_states_status_and_deciders() -> None:
    d = decision(ELTERNGELD, "architecture-decision-records/0009-deployment-strategy-s3.md")
    assert (d.status, d.status_raw, d.deciders) == (
        Status.ACCEPTED,
        "Accepted by: Dennis & Jakob",  # as written (review 9: not the verb alone)
        ("Dennis", "Jakob"),
    )


def test_approved_by_beside_a_status_leaves_the_status() -> None:
    d = decision("# 9. X\n\n- Approved by: Ann\n- Status: Proposed\n", "adr/0009-x.md")
    assert (d.status, d.deciders) == (Status.PROPOSED, ("Ann",))
