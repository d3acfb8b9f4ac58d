"""Log checks on real repositories rebuilt from public ADR logs (each named where used)."""

from __future__ import annotations

from tests.conftest import RepoFactory

from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings

# BrighterCommand/Brighter docs/adr/0016-use-configuration-as-code-not-by-convention.md,
# rebuilt without 0015: the link text alone does not say which file is missing.
BRIGHTER_0016 = (
    "# 16. Use Configuration As Code, Not Configuration By Convention\n\n"
    "Date: 2024-07-17\n\n## Status\n\nAccepted\n\n## Consequences\n\n"
    "The consequence is that Brighter exposes all of its configuration via code. "
    "See the ADR on [Push Button APIs For DSLs](0015-push-button-api-for-dsl.md).\n"
)


def _broken(make_repo: RepoFactory, path: str, text: str) -> list[str]:
    catalog = load_catalog(make_repo({path: text}), Settings(use_cache=False))
    return [p.message for p in catalog.problems if p.code == "broken-link"]


def test_a_broken_link_names_the_missing_file(make_repo: RepoFactory) -> None:
    path = "docs/adr/0016-use-configuration-as-code-not-by-convention.md"
    assert _broken(make_repo, path, BRIGHTER_0016) == [
        "relates-to 'Push Button APIs For DSLs' (0015-push-button-api-for-dsl.md) names no ADR here"
    ]


# Azure/iotedge-lorawan-starterkit docs/adr/012_decouple_from_edge.md: a numbered link to
# a file that is not there (010_lns_affinity.md was renamed); a reference with no file
# ("ADR-002" in katana-openapi-client's "Related ADRs") keeps the short message.
def test_a_broken_numbered_link_names_its_file_too(make_repo: RepoFactory) -> None:
    text = (
        "# 012. Decouple LoRaWAN Network Server from IoT Edge\n\n**Status**: Proposed\n\n"
        "## Changes required\n\n- Closing DeviceClient connections for avoiding "
        '"ping-pong" as described in [ADR 010](./010_lns_affinity.md)\n'
    )
    assert _broken(make_repo, "docs/adr/012_decouple_from_edge.md", text) == [
        "relates-to 'ADR 010' (010_lns_affinity.md) names no ADR here"
    ]


# dougborg/katana-openapi-client docs/adr/0009-migrate-from-poetry-to-uv.md
def test_a_broken_plain_reference_keeps_the_short_message(make_repo: RepoFactory) -> None:
    text = (
        "# ADR-009: Migrate from Poetry to uv Package Manager\n\n## Status\n\nProposed\n\n"
        "## Related ADRs\n\n- ADR-002: Generate Client from OpenAPI Specification\n"
    )
    assert _broken(make_repo, "docs/adr/0009-migrate-from-poetry-to-uv.md", text) == [
        "relates-to 'ADR-002' names no ADR here"
    ]


# neicnordic/sensitive-data-archive docs/decisions/0004-…md (MADR's "More Information", a
# reference-style link defined at the end; CERTCC/SSVC writes the same section): the reference
# sections link other records; those links are checked like any other, web pages never.
MORE_INFORMATION = (
    "---\nstatus: proposed\ndate: 2026-03-16\n---\n\n# Separate Visa Authorization Service\n\n"
    "## Decision Outcome\n\nProposed: **Option 1**.\n\n## More Information\n\n"
    "* [GA4GH Passport](https://ga4gh.github.io/data-security/ga4gh-passport)\n"
    "* [SSVC Namespace Documentation](../reference/code/namespaces.md)\n"
    "* [ADR-0003][adr-0003] — s3inbox shared state strategy\n\n"
    "[adr-0003]: 0003-shared-state-strategy-for-s3inbox-and-caching.md\n"
)


def test_a_link_under_more_information_to_a_missing_record_is_broken(
    make_repo: RepoFactory,
) -> None:
    path = "docs/decisions/0004-separate-passport-clearinghouse-service.md"
    assert _broken(make_repo, path, MORE_INFORMATION) == [
        "relates-to 'adr-0003' (0003-shared-state-strategy-for-s3inbox-and-caching.md)"
        " names no ADR here"
    ]


def test_a_link_under_references_to_a_present_record_is_no_problem(
    make_repo: RepoFactory,
) -> None:
    # flora-pm/flora-server docs/architecture/0002-package-hosting.md ends with "## References".
    text = (
        "# 2. Package Hosting\n\nDate: 2026-07-28\n\n## Status\n\nDraft\n\n## References\n\n"
        "* RubyGems cooldown: <https://blog.rubygems.org/2026/06/03/cooldown.html>\n"
        "* Builds on [the namespaces record](0001-namespaces.md)\n"
    )
    first = "# 1. Namespaces\n\nDate: 2026-07-01\n\n## Status\n\nAccepted\n"
    repo = make_repo(
        {"docs/adr/0002-package-hosting.md": text, "docs/adr/0001-namespaces.md": first}
    )
    catalog = load_catalog(repo, Settings(use_cache=False))
    assert [p for p in catalog.problems if p.code == "broken-link"] == []
    hosting = next(d for d in catalog.decisions if d.number == 2)
    assert [(r.kind.value, r.target_id) for r in hosting.relations] == [
        ("relates-to", "docs/adr/0001-namespaces")
    ]


def test_a_dated_record_linked_under_references_is_checked(make_repo: RepoFactory) -> None:
    # citizensadvice/design-system contributing/adr: dated names, no numbers.
    text = (
        "# Migrate from ESLint to Oxlint\n\nDate: 2026-08-03\n\n## Status\n\nAccepted\n\n"
        "## References\n\n- [move from jest to vitest](./2025-06-17-migrate-to-vitest.md)\n"
        "- [Oxlint](https://oxc.rs/docs/guide/usage/linter)\n"
    )
    assert _broken(make_repo, "docs/adr/2026-08-03-migrate-to-oxlint.md", text) == [
        "relates-to 'move from jest to vitest' (2025-06-17-migrate-to-vitest.md) names no ADR here"
    ]
