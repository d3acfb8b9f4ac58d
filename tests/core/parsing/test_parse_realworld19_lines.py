"""Round 19: lines of real logs read wrong (a hard line break kept, a footer of fields missed)."""

from __future__ import annotations

import datetime as dt

from tests.core.parsing.helpers import decision

from adr_tui.core.model import Status

# from SuperRicky14/TpaPlusPlus docs/adr/001-remove-sonarqube.md: a backslash at the end of a
# line is Markdown's hard line break, as "<br>" is.
TPA = "# 001: Remove SonarQube\n\n**Status:** Accepted\\\n**Date:** 23-12-2025\n\n## Context\nX.\n"
# from PHOENIXCONTACT/MORYX-Framework docs/articles/adr/0002-system-text-json.md: the same
# break after a space.
MORYX = (
    "# ADR-002: Prefer `System.Text.Json` over `Newtonsoft.Json`\n\n"
    "**Date:** 2025-11-07 \\\n**Status:** Accepted \\\n**Context:** MORYX 8+ Projects\n\n"
    "We will use `System.Text.Json` as the default JSON serialization library.\n"
)


def test_a_hard_line_break_is_no_part_of_the_status() -> None:
    d = decision(TPA, "docs/adr/001-remove-sonarqube.md")
    assert (d.status, d.status_raw, d.date) == (Status.ACCEPTED, "Accepted", dt.date(2025, 12, 23))


def test_a_hard_line_break_after_a_space_is_no_part_of_the_status() -> None:
    d = decision(MORYX, "docs/articles/adr/0002-system-text-json.md")
    assert (d.status_raw, d.date) == ("Accepted", dt.date(2025, 11, 7))


# from ksyunnnn/claude docs/adr/0004-react-use-optimistic.md: the date and author in a
# footer, under a rule at the end of the record.
KSYUNNNN = (
    "# ADR-0004: React 19 useOptimisticフックの採用\n\n## Status\n\nAccepted\n\n"
    "## Context\n\nPR #3 の実装。\n\n## Related Decisions\n\n"
    "- ADR-0005: Radix UI拡張戦略（関連UIコンポーネント）\n\n## Future Considerations\n\n"
    "### 監視項目\n- React 19の安定性とパフォーマンス\n\n---\n\n"
    "**Date**: 2025-01-26  \n**Author**: Claude Code  \n"
    "**Context**: PR #3 いいね機能実装に基づく技術選択  \n"
    "**Reference**: https://github.com/ksyunnnn/slash-commands/pull/3"
)


def test_a_footer_under_a_rule_dates_the_record() -> None:
    d = decision(KSYUNNNN, "docs/adr/0004-react-use-optimistic.md")
    assert d.date == dt.date(2025, 1, 26)
    assert d.deciders == ("Claude Code",)
    assert [(r.kind.value, r.ref.number) for r in d.relations] == [("relates-to", 5)]


# from ksyunnnn/claude docs/adr/0001-favicon-design.md: the rule closes a list of related ones.
KSYUNNNN_LINKS = (
    "# ADR-0001: ファビコンデザインの技術選択\n\n## Status\n\nAccepted\n\n"
    "## Related Decisions\n\n今後検討が必要な関連決定：\n"
    "- アプリケーション内でのロゴ・ブランディング統一方針\n\n---\n\n"
    "**Date**: 2025-01-26\n**Author**: Claude Code\n"
)


def test_a_footer_under_the_related_records_dates_the_record() -> None:
    d = decision(KSYUNNNN_LINKS, "docs/adr/0001-favicon-design.md")
    assert (d.date, d.deciders, d.relations) == (dt.date(2025, 1, 26), ("Claude Code",), ())


def test_a_footer_does_not_override_the_heads_fields() -> None:
    text = (
        "# 1. X\n\nDate: 2024-01-02\n\n## Status\n\nAccepted\n\n## Context\n\nText.\n\n"
        "---\n\n**Date**: 2025-01-26\n**Status**: Rejected\n"
    )
    d = decision(text)
    assert (d.date, d.status, d.warnings) == (dt.date(2024, 1, 2), Status.ACCEPTED, ())


def test_prose_after_a_rule_states_no_field() -> None:
    text = "# 1. X\n\n## Context\n\nText.\n\n---\n\nNote: we met on Monday.\n\nMore prose.\n"
    d = decision(text)
    assert (d.date, d.status, d.extra) == (None, Status.UNKNOWN, ())


# from Atostek/ros2-client docs/decisions/0010-converge-api-surfaces.md: the status's item
# goes on over an indented line, as Markdown joins them.
ROS2_STATUS = (
    "# 10. Converge DDS and Zenoh public API surfaces\n\n"
    "- Status: accepted (directional plan; implementation is phased) — **Phases\n"
    "  0–5 done on branch `zenoh`**\n- Date: 2026-08-05\n\n## Context\nText.\n"
)


def test_a_status_item_goes_on_over_an_indented_line() -> None:
    d = decision(ROS2_STATUS, "docs/decisions/0010-converge-api-surfaces.md")
    assert d.status is Status.ACCEPTED
    assert d.status_raw == (
        "accepted (directional plan; implementation is phased) — "
        "**Phases 0–5 done on branch `zenoh`**"
    )
    assert d.date == dt.date(2026, 8, 5)
