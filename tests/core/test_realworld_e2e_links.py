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
