"""Round 29: relations stated in prose of a section of links."""

from __future__ import annotations

import pytest

from .helpers import decision, numbers

# mountain-pass/voder.ai-website docs/decisions/
# 0032-switch-from-vercel-to-netlify-for-integrated-form-handling.accepted.md (trimmed)
VODER_NETLIFY = (
    "---\n"
    "status: 'accepted'\n"
    "date: 2025-09-24\n"
    "decision-makers: voder.ai website team\n"
    "---\n\n"
    "# ADR-0032: Switch from Vercel to Netlify for Integrated Form Handling\n\n"
    "## Context and Problem Statement\n\n"
    "- **ADR-0026**: Site hosted on Vercel for Vite optimization\n"
    "- **ADR-0031**: Chose Netlify Forms for email capture (superseded)\n\n"
    "## Superseded Decisions\n\n"
    "This decision **supersedes ADR-0026** (Use Vercel for Static Site Deployment) due to the"
    " discovery of fundamental incompatibility with required email capture functionality.\n\n"
    "While ADR-0026's rationale for Vercel's superior Vite integration remains valid, the"
    " business-critical need for working email capture outweighs the performance optimization"
    " benefits.\n\n"
    "## More Information\n\n"
    "This decision resolves the critical architectural inconsistency.\n"
)
VODER_PATH = (
    "docs/decisions/0032-switch-from-vercel-to-netlify-for-integrated-form-handling.accepted.md"
)


def test_a_sentence_under_superseded_decisions_states_what_it_replaces() -> None:
    # No relation was read: the heading was prose and bold stood between noun and verb.
    record = decision(VODER_NETLIFY, VODER_PATH)
    assert numbers(record, "supersedes") == [26]
    assert numbers(record, "superseded-by") == []


@pytest.mark.parametrize("heading", ["Links", "Related Decisions", "Supersedes"])
def test_this_decision_supersedes_in_a_section_of_links(heading: str) -> None:
    text = (
        "# 32. Netlify\n\n## Status\n\nAccepted\n\n"
        f"## {heading}\n\nThis decision supersedes ADR-0026 because the old flow was slow.\n"
    )
    assert numbers(decision(text, "docs/adr/0032-netlify.md"), "supersedes") == [26]


def test_the_same_sentence_in_the_context_still_narrates() -> None:
    # The Context may tell what an earlier record did: only a notice there counts.
    text = (
        "# 32. Netlify\n\n## Status\n\nAccepted\n\n"
        "## Context\n\nThis decision **supersedes ADR-0026** in spirit, we felt.\n"
    )
    assert numbers(decision(text, "docs/adr/0032-netlify.md"), "supersedes") == []
