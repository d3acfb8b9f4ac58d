"""Round 10: discovery on layouts copied from public repositories (paths are theirs; texts
are short stand-ins, since discovery decides by names and folders)."""

from __future__ import annotations

from pathlib import Path

from tests.core.test_discovery_realworld import _found


def test_numbered_chapters_and_runbooks_beside_the_log_are_not_decisions(tmp_path: Path) -> None:
    # NERC-CEH/datalab architecture/: "add" (an architecture description, numbered chapters)
    # and "smg/runbooks" (numbered runbooks) beside "decisions".
    files = _found(
        tmp_path,
        [
            "architecture/add/01-architecture-overview.md",
            "architecture/add/02-architecture-context.md",
            "architecture/decisions/0014-use-traefik-for-reverse-proxy.md",
            "architecture/decisions/0015-use-kong-for-reverse-proxy.md",
            "architecture/smg/01-smg-overview.md",
            "architecture/smg/runbooks/01-error-creating-dynamic-storage.md",
        ],
    )
    assert files == (
        "architecture/decisions/0014-use-traefik-for-reverse-proxy.md",
        "architecture/decisions/0015-use-kong-for-reverse-proxy.md",
    )


def test_a_log_of_letter_ids_is_found(tmp_path: Path) -> None:
    # caganco/bist-trading-system docs/decisions: "DEC-001.md" beside "DEC-008-verda-
    # independence.md", which no numbered-name rule reads.
    paths = ["docs/decisions/DEC-001.md", "docs/decisions/DEC-008-verda-independence.md"]
    assert _found(tmp_path, paths) == tuple(paths)


def test_a_folder_of_numbered_technical_decision_records_is_found(tmp_path: Path) -> None:
    # cmdaltctr/omms docs/tdr: numbered files ("# TDR-015: …" inside) and a TEMPLATE.md.
    files = _found(
        tmp_path,
        [
            "docs/tdr/001-read-opencode-live-sqlite.md",
            "docs/tdr/002-accept-bare-skip-replies.md",
            "docs/tdr/015-wait-for-node-listen-outcome.md",
            "docs/tdr/README.md",
            "docs/tdr/TEMPLATE.md",
        ],
    )
    assert files == (
        "docs/tdr/001-read-opencode-live-sqlite.md",
        "docs/tdr/002-accept-bare-skip-replies.md",
        "docs/tdr/015-wait-for-node-listen-outcome.md",
    )
