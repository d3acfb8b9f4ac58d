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
