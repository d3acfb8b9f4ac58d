"""Round 10: whole logs rebuilt from public ADR repositories (short excerpts, exact shapes),
loaded as the app loads them; each names its source."""

from __future__ import annotations

from tests.conftest import RepoFactory

from adr_tui.core.catalog import Catalog, load_catalog
from adr_tui.core.model import Status
from adr_tui.core.settings import Settings
from adr_tui.core.supersession import effective_status

# Ries630/ZaimViewer docs/adr: Japanese fields; the old records say "（[ADR-0010](…) により
# 置換）" (replaced by), the new ones "関連: …、[ADR-0004](…) を置換" (replaces) beside
# commit hashes; 0016, which would replace 0005, is still proposed.
ZAIM = {
    "docs/adr/0004-sqlite-as-mirror.md": (
        "# ADR-0004: ミラー DB に SQLite を使う\n\n"
        "- ステータス: 廃止（[ADR-0010](0010-d1-as-mirror.md) により置換）\n"
        "- 日付: 2026-08-06\n- 関連: `be3b40a`\n\n## 背景\n\n当初は PostgreSQL。\n"
    ),
    "docs/adr/0005-tailscale-for-access.md": (
        "# ADR-0005: iPhone からの到達は Tailscale で、認証は自作しない\n\n"
        "- ステータス: 廃止（[ADR-0016](0016-cloudflare-access.md) により置換）\n"
        "- 日付: 2026-08-06\n- 関連: `7750953`\n\n## 背景\n\n主な利用は iPhone から。\n"
    ),
    "docs/adr/0009-migrate-to-workers.md": (
        "# ADR-0009: 実行基盤を TypeScript / Hono / Cloudflare Workers へ移す\n\n"
        "- ステータス: 承認済み\n- 日付: 2026-08-07\n"
        "- 関連: `11ba2a6`（検証スパイク）、`0cc81d0`（移行）、"
        "[PR #1](https://github.com/Ries630/ZaimViewer/pull/1)\n\n## 背景\n\nx\n"
    ),
    "docs/adr/0010-d1-as-mirror.md": (
        "# ADR-0010: ミラー DB に Cloudflare D1 を使う\n\n- ステータス: 承認済み\n"
        "- 日付: 2026-08-07\n"
        "- 関連: `11ba2a6`、`bafc466`、[ADR-0004](0004-sqlite-as-mirror.md) を置換\n\n"
        "## 決定\n\nCloudflare D1 を使う。\n"
    ),
    "docs/adr/0016-cloudflare-access.md": (
        "# ADR-0016: Cloudflare Access でアプリ全体を保護する\n\n- ステータス: 提案\n"
        "- 日付: 2026-08-09\n- 関連: [#5](https://github.com/Ries630/ZaimViewer/issues/5)、"
        "[ADR-0005](0005-tailscale-for-access.md) を置換\n\n## 背景\n\nx\n"
    ),
}


def _load(make_repo: RepoFactory, files: dict[str, str]) -> Catalog:
    return load_catalog(make_repo(files), Settings(use_cache=False))


def _id(path: str) -> str:
    return path.rsplit(".", 1)[0]


def test_japanese_supersession_links_both_ways_and_commits_are_no_problem(
    make_repo: RepoFactory,
) -> None:
    catalog = _load(make_repo, ZAIM)
    assert [p.message for p in catalog.warnings] == []
    old = catalog.get(_id("docs/adr/0004-sqlite-as-mirror.md"))
    new = catalog.get(_id("docs/adr/0010-d1-as-mirror.md"))
    assert old is not None and new is not None
    assert [r.target_id for r in old.superseded_by] == [new.id]
    assert [(r.kind.value, r.target_id) for r in new.relations] == [("supersedes", old.id)]


def test_a_proposed_replacement_leaves_the_old_record_as_it_says(
    make_repo: RepoFactory,
) -> None:
    catalog = _load(make_repo, ZAIM)
    old = catalog.get(_id("docs/adr/0005-tailscale-for-access.md"))
    assert old is not None
    assert effective_status(old, catalog) is Status.DEPRECATED


# alxdr3k/k-world-monitor docs/decisions/DEC-NNN.md: records named "DEC-010" in front matter
# ("supersedes: DEC-008", "superseded_by: DEC-010"), files named by the id alone.
K_WORLD = {
    "docs/decisions/DEC-008.md": (
        "---\nid: dec-008\ntype: decision\ntitle: LLM routing v1\nstatus: superseded\n"
        "created_at: 2026-05-10\ndeciders: [user]\nsupersedes: null\nsuperseded_by: DEC-010\n"
        "---\n\n# DEC-008: LLM routing v1\n\n## Context\n\nx\n"
    ),
    "docs/decisions/DEC-010.md": (
        "---\nid: dec-010\ntype: decision\ntitle: LLM routing v2 lock\nstatus: accepted\n"
        "created_at: 2026-05-11\ndeciders: [user]\nsupersedes: DEC-008\nsuperseded_by: null\n"
        "---\n\n# DEC-010: LLM routing v2 lock\n\n## Context\n\nx\n"
    ),
}


def test_records_named_by_letter_ids_link_to_their_files(make_repo: RepoFactory) -> None:
    catalog = _load(make_repo, K_WORLD)
    assert [p.message for p in catalog.warnings] == []
    new = catalog.get("docs/decisions/DEC-010")
    assert new is not None
    assert [(r.kind.value, r.target_id) for r in new.relations] == [
        ("supersedes", "docs/decisions/DEC-008")
    ]


# caganco/bist-trading-system docs/decisions: "DEC-007.md" beside "DEC-008-verda-
# independence.md"; the "RELATED DECISIONS" items name them by id, zero-padded or not.
def test_related_items_named_by_id_find_files_with_or_without_a_slug(
    make_repo: RepoFactory,
) -> None:
    files = {
        "docs/decisions/DEC-007.md": (
            "# DEC-007: Ruthless Alpha Philosophy\n\n**Status:** ✅ DECIDED\n\n"
            "## RELATED DECISIONS\n\n- **DEC-8:** VERDA Independence\n"
        ),
        "docs/decisions/DEC-008-verda-independence.md": (
            "# DEC-008: VERDA Independence\n\n**Status:** ✅ DECIDED\n\n"
            "## RELATED DECISIONS\n\n- **DEC-007:** Ruthless Alpha Philosophy\n"
            "- **DEC-006:** Smart Money layer\n"
        ),
    }
    catalog = _load(make_repo, files)
    assert [p.message for p in catalog.warnings] == ["relates-to 'DEC-006' names no ADR here"]
    first = catalog.get("docs/decisions/DEC-007")
    assert first is not None
    assert [r.target_id for r in first.relations] == ["docs/decisions/DEC-008-verda-independence"]


# The known leftover: a "Related:" field linking a numbered document of another folder
# (a chapter "01_requirements.md", which exists) names no record, and no broken link.
def test_a_related_chapter_of_another_folder_is_no_record(make_repo: RepoFactory) -> None:
    files = {
        "docs/01_requirements.md": "# Requirements\n\nThe system shall.\n",
        "docs/adr/0001-record-architecture-decisions.md": (
            "# 1. Record architecture decisions\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n"
        ),
        "docs/adr/0002-use-events.md": "# 2. Use events\n\n## Status\n\nAccepted\n",
        "docs/adr/0003-use-queues.md": (
            "# ADR-003: Use queues\n\n**Status:** Accepted\n**Date:** 2024-02-01\n"
            "**Related:** [requirements](../01_requirements.md), ADR-002\n"
        ),
    }
    catalog = _load(make_repo, files)
    assert [p.message for p in catalog.warnings] == []
    queues = catalog.get("docs/adr/0003-use-queues")
    assert queues is not None
    assert [(r.kind.value, r.target_id) for r in queues.relations] == [
        ("relates-to", "docs/adr/0002-use-events")
    ]
