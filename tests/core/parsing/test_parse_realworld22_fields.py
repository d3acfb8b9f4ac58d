"""Round 22: fields of real records from repositories no earlier round read (trimmed excerpts;
each names its source)."""

from __future__ import annotations

import datetime as dt

from adr_tui.core.model import Status

from .helpers import decision, numbers

# from danjmfox/decision-record
# decisions-example/meta/DR--20251111--meta--governance-review-lifecycle.md
CAMEL_CASE_FRONT_MATTER = (
    '---\nid: DR--20251111--meta--governance-review-lifecycle\ndateCreated: "2025-11-11"\n'
    'dateAccepted: "2025-11-11"\nreviewDate: "2026-11-11"\nversion: 1.0.0\nstatus: draft\n'
    'changeType: creation\ndomain: meta\nlastEdited: "2025-11-11"\n---\n\n'
    "# DR-2025-11-11--meta--governance-review-lifecycle.md\n\n"
    "_Integrate Decision Review Lifecycle and Implicit Review Metadata._\n\n## 🧭 Context\n\n"
    "As the Decision Record (DR) system matured, accepted decisions became static artefacts.\n"
)


def test_a_camel_case_key_names_its_field() -> None:
    d = decision(CAMEL_CASE_FRONT_MATTER, "decisions-example/meta/DR--20251111--meta--x.md")
    assert (d.status, d.date) == (Status.DRAFT, dt.date(2025, 11, 11))
    assert ("reviewDate", "2026-11-11") in d.extra  # no field of ours: kept as written


def test_camel_case_relation_and_people_keys_state_them() -> None:
    text = (
        "---\nstatus: superseded\nsupersededBy: 0007\ndecisionMakers: [Ann, Bob]\n---\n"
        "# Use X\n\nBody.\n"
    )
    d = decision(text, "docs/adr/0003-use-x.md")
    assert (numbers(d, "superseded-by"), d.deciders) == ([7], ("Ann", "Bob"))


def test_capitals_in_a_row_are_one_word() -> None:
    # "Related ADRs" is a list of records, not "related AD Rs"
    text = "# 34. X\n\n## Context\n\nx\n\n## Related ADRs\n\n- **ADR-121**: Zero Point\n"
    assert numbers(decision(text, "adrs/ADR-034-x.md"), "relates-to") == [121]


# from flux-iac/tofu-controller docs/adr/0004-path-scoped-change-detection.md
DECIDERS_TBD = (
    "# 4. Path-scoped Change Detection\n\n"
    "* Status: [ **proposed** | rejected | accepted | deprecated ]\n* Date: 2026-09-15\n"
    "* Authors: @mloiseleur\n* Deciders: TBD\n\n## Context\n\n"
    "The Tofu Controller reconciles a `Terraform` object on every commit to its source.\n"
)


def test_deciders_to_be_decided_name_no_one() -> None:
    d = decision(DECIDERS_TBD, "docs/adr/0004-path-scoped-change-detection.md")
    assert (d.status, d.date, d.deciders) == (Status.PROPOSED, dt.date(2026, 9, 15), ())
    assert ("Authors", "@mloiseleur") in d.extra  # the author, kept: no decider stands in


def test_only_the_words_for_no_one_are_dropped() -> None:
    for written, named in (
        ("N/A", ()),
        ("(none)", ()),
        ("Alice Smith, TBD", ("Alice Smith",)),
        ("Nadia, Tba", ("Nadia",)),
        ("Nathan Na", ("Nathan Na",)),  # a name that holds one of the words is a name
    ):
        text = f"# 4. X\n\n* Status: accepted\n* Deciders: {written}\n\n## Context\n\nx\n"
        assert decision(text, "docs/adr/0004-x.md").deciders == named, written


# Text written by language models spells its hyphens U+2011 (non-breaking): "ADR‑0008",
# "2026‑06‑17". From cayvox/SynFin docs/decisions/0008-atomic-multileg-settlement.md:
NB_HYPHENS = (
    "# ADR\u20110008: On\u2011ledger atomic multi\u2011leg settlement on real CIP\u20110056 "
    "interfaces\n\n- **Status:** Accepted\n- **Date:** 2026\u201106\u201117\n"
    "- **Deciders:** Cayvox Labs (steward)\n\n## Context\n\nSPEC \u00a76 requires that a "
    "multi\u2011leg route settle in a **single atomic Daml transaction**.\n"
)
# … and from FrankJHughes/camp-fit-fur-dogs
# docs/adr/0063-endpoint-registration-engine-architecture.md
NB_HYPHEN_ID = (
    "# ADR\u20110063 \u2014 Endpoint Registration Engine Architecture\n\n## Status  \n"
    "Accepted  \nSupersedes: ADR\u20110020 (Endpoint Auto\u2011Discovery)\n\n## Context  \n"
    "The original endpoint discovery model (ADR\u20110020) relied on suffix scanning.\n"
)


def test_a_non_breaking_hyphen_numbers_the_title_and_dates_the_record() -> None:
    d = decision(NB_HYPHENS, "docs/decisions/0008-atomic-multileg-settlement.md")
    words = "On\u2011ledger atomic multi\u2011leg settlement on real CIP\u20110056 interfaces"
    assert (d.number, d.title, d.date) == (8, words, dt.date(2026, 6, 17))  # words as written
    d = decision(NB_HYPHEN_ID, "docs/adr/0063-endpoint-registration-engine-architecture.md")
    assert (d.number, d.title) == (63, "Endpoint Registration Engine Architecture")
    assert numbers(d, "supersedes") == [20]


def test_a_title_without_a_number_keeps_its_hyphens() -> None:
    d = decision("# Geo\u2011Aboutness scoring\n\nDate: 2025\u201109\u201104\n", "adr/geo.md")
    assert (d.number, d.title, d.date) == (None, "Geo\u2011Aboutness scoring", dt.date(2025, 9, 4))


# from get10101/itchysats docs/adr/011-process-manager-must-only-fail-on-saving-the-event.md
FENCED_HEADER = (
    "# ADR 011 - Process manager must only fail on saving the event\n\n```\n"
    "Author: @thomaseizinger\nDate: 29/12/2021\nStatus: Active\n```\n\n## Summary\n\n"
    "The `ProcessManager` MUST NOT fail for any reason other than saving the event.\n\n"
    "## Context\n\n[ADR 010](./010-process-manager-for-orchestration.md) introduces the concept.\n"
)


def test_a_fence_of_fields_under_the_title_is_the_header() -> None:
    d = decision(FENCED_HEADER, "docs/adr/011-process-manager-must-only-fail.md")
    assert (d.number, d.status, d.status_raw) == (11, Status.ACCEPTED, "Active")
    assert (d.date, d.deciders) == (dt.date(2021, 12, 29), ("@thomaseizinger",))


def test_a_fence_of_code_or_one_field_or_below_a_section_is_left_unread() -> None:
    for fence in (
        "```python\nStatus: Accepted\nDate: 2021-12-29\n```",  # a language's code
        "```\nimport os\nStatus: Accepted\nDate: 2021-12-29\n```",  # not fields alone
        "```\nDate: 2021-12-29\n```",  # one field is an example as much as a header
        "```\nStatus: Accepted\nDate: 2021-12-29\n",  # never closed: code to the end
        "## Context\n\n```\nStatus: Accepted\nDate: 2021-12-29\n```",  # in a section
    ):
        d = decision(f"# 3. X\n\n{fence}\n\nText.\n", "docs/adr/0003-x.md")
        assert (d.status, d.date) == (Status.UNKNOWN, None), fence


# from HutsonLabs/excali-rust site/content/decisions/adr-006-site.md: a page of a Zola site,
# its front matter TOML between "+++" fences.
TOML_FRONT_MATTER = (
    '+++\ntitle = "ADR-006: Review site with Zola on GitHub Pages"\n'
    'description = "Why the plan is published as a static site built by a pinned Zola."\n'
    "weight = 6\n+++\n\n**Status.** Accepted, 2026-09-28.\n\n## Evidence\n\n"
    "- Zola 0.22.0 is the version the official `getzola/github-pages` action documents.\n"
)


def test_toml_front_matter_is_read_and_left_out_of_the_body() -> None:
    d = decision(TOML_FRONT_MATTER, "site/content/decisions/adr-006-site.md")
    assert (d.number, d.title) == (6, "Review site with Zola on GitHub Pages")
    assert ("weight", "6") in d.extra
    assert d.body.startswith("\n**Status.**")


def test_a_toml_tables_fields_and_a_broken_toml_block() -> None:
    # Zola keeps a page's own fields in its [extra] table (a theme's example record).
    text = (
        '+++\ntitle = "ADR-001: Use Microservices Architecture"\nweight = 1\n\n[extra]\n'
        'status = "approved"\ndecision_date = "2025-03-15"\n+++\n\n## Context\n\nText.\n'
    )
    d = decision(text, "content/adr/adr-001.md")
    assert (d.status, d.date) == (Status.ACCEPTED, dt.date(2025, 3, 15))
    broken = '+++\ntitle = "X"\nlist = [[[\n+++\n# Use Y\n\nText.\n'
    d = decision(broken, "content/adr/adr-002-use-y.md")
    assert d.title == "Use Y"
    assert any("invalid TOML front matter" in warning for warning in d.warnings)


# from kinsar-rasnik/sightline docs/adr/0037-file-logger-activation.md: bold run-in heads that
# end with a full stop, and a "None" that says why.
PERIOD_HEADS = (
    "# ADR-0037 — File-logger activation\n\n- **Status.** Accepted\n"
    "- **Date.** 2026-04-26 (v2.0.3 hotfix)\n"
    "- **Related.** None — this ADR backfills a Tech-Spec §8 promise\n"
    "  that has been outstanding since v1.0.\n\n## Context\n\n"
    'Tech-Spec §8 ("Observability") has documented since v1.0.\n'
)


def test_bold_heads_ending_with_a_full_stop_are_fields() -> None:
    d = decision(PERIOD_HEADS, "docs/adr/0037-file-logger-activation.md")
    assert (d.status, d.status_raw, d.date) == (Status.ACCEPTED, "Accepted", dt.date(2026, 4, 26))
    assert d.relations == ()  # "None — this ADR backfills …" names no record
    colon = PERIOD_HEADS.replace("**Related.**", "**Related:**")
    assert decision(colon, "docs/adr/0037-file-logger-activation.md").relations == ()
    line = "**Date.** 2026-08-02. **Status.** Accepted.\n"  # two heads on one line
    d = decision(f"## ADR-0025 — Capture\n\n{line}", "docs/adr/0025-capture.md")
    assert (d.status, d.date) == (Status.ACCEPTED, dt.date(2026, 8, 2))


def test_a_bold_head_of_prose_is_no_field() -> None:
    text = "# 3. X\n\n**Note.** Status: draft, they said.\n\n**Context.** Some context.\n"
    d = decision(text, "docs/adr/0003-x.md")
    assert (d.status, d.extra) == (Status.UNKNOWN, ())


# from Zainul884/adr ADR4.md: a record whose sections are bold lines, not headings.
BOLD_SECTIONS = (
    "## **ADR 4:**\n\n**Status**\n\nProposed\n\n**Context**\n\n"
    "For optimal performance, the app will request certain permissions from the user.\n\n"
    "**Decision**\n\n1. Offline Capabilities: Request network status permissions.\n\n"
    "**Consequences**\n\n Easier: Increased Trust, Respect, and Transparency.\n"
)


def test_a_bold_line_naming_a_section_opens_it_under_the_title() -> None:
    d = decision(BOLD_SECTIONS, "ADR4.md")
    assert (d.number, d.status, d.status_raw) == (4, Status.PROPOSED, "Proposed")
    assert [section.title for section in d.sections] == ["**ADR 4:**"]  # no headings drawn
    # "**Title**" over the title's paragraph, as a course's records write it
    text = "**Title**\n\nADR-001: Use Redis Streams\n\n**Status**\n\nProposed\n"
    assert decision(text, "docs/adr/ADR-001.md").title == "Use Redis Streams"


def test_a_bold_line_in_a_section_or_with_a_colon_is_no_heading() -> None:
    text = "# 3. X\n\n## Consequences\n\n**Status**\n\nAccepted by the flag's owners.\n"
    assert decision(text, "docs/adr/0003-x.md").status is Status.UNKNOWN
    # a key over its options
    text = "# 3. X\n\n**Status:**\n* proposed\n* accepted\n\n## Context\n\nx\n"
    assert decision(text, "docs/adr/0003-x.md").status is Status.UNKNOWN
