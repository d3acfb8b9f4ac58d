"""Real-world relation shapes, round 4 (minimal excerpts; each test names where it comes from)."""

from __future__ import annotations

from .helpers import decision


# midnightntwrk/midnight-wallet docs/decisions/0008-persisted-format-versioning.md: a Links
# list that points at a rules file and a glossary outside the records' folder.
def test_links_to_documents_outside_the_log_are_not_records() -> None:
    text = (
        "# Versioning the formats we persist\n\n- Status: accepted\n- Date: 2026-09-16\n\n"
        "## Links\n\n"
        "- Rules: [.claude/rules/persisted-formats.md](../../.claude/rules/persisted-formats.md)\n"
        "- Glossary: [docs/Design.md](../Design.md)\n"
        "- Package: `packages/serialization-tests`\n"
    )
    d = decision(text, "docs/decisions/0008-persisted-format-versioning.md")
    assert d.relations == ()


# midnightntwrk/midnight-wallet docs/decisions/0009-unshielded-bookings-persist-and-expire.md
def test_links_to_records_still_count() -> None:
    text = (
        "# Unshielded bookings persist\n\n- Status: proposed\n\n## Links\n\n"
        "- Refines [ADR-0001](0001-bloc-wallet-state.md) — state lives in refs\n"
        "- Constrained by [ADR-0006](0006-structure-for-flexibility-and-robustness.md)\n"
        "- [Use Postgres](use-postgres.md)\n"
        "- [Older log](../archive/0003-use-redis.md)\n"
    )
    d = decision(text, "docs/decisions/0009-unshielded-bookings-persist-and-expire.md")
    assert [(r.kind.value, r.ref.number, r.ref.target) for r in d.relations] == [
        ("relates-to", 1, "0001-bloc-wallet-state.md"),
        ("relates-to", 6, "0006-structure-for-flexibility-and-robustness.md"),
        ("relates-to", None, "use-postgres.md"),
        ("relates-to", 3, "../archive/0003-use-redis.md"),
    ]
