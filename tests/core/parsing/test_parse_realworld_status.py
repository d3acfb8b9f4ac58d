"""Real-world status shapes (QA pass): badges, status-word tags, unknown-status warnings."""

from __future__ import annotations

import pytest

from adr_tui.core.model import Status
from adr_tui.core.parsing.statuses import read_status

from .helpers import decision


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "[![ADR badge](https://badgen.net/badge/ADR/accepted/green/)](https://example.org/a)",
            Status.ACCEPTED,
        ),
        ("![state](https://img.shields.io/badge/status-rejected-red)", Status.REJECTED),
        ("![state](https://img.shields.io/badge/ADR-in_review-yellow)", Status.PROPOSED),
        ("![state](https://img.shields.io/badge/deprecated-lightgrey)", Status.DEPRECATED),
        ("![Proposed](https://example.org/badge.svg)", Status.PROPOSED),
        ("![Some badge](https://example.org/badge.svg)", Status.UNKNOWN),
    ],
)
def test_status_badges(text: str, status: Status) -> None:
    assert read_status(text).status is status


def test_badge_under_status_section() -> None:
    text = (
        "# 2. Use tokens\n\n## Status\n\n"
        "[![B](https://badgen.net/badge/ADR/proposed/orange/)](https://example.org/adr/README.md)\n"
    )
    d = decision(text, "adr/adr-002-use-tokens.md")
    assert d.status is Status.PROPOSED
    assert not any("unknown status" in w for w in d.warnings)


def test_tag_that_restates_the_status_is_dropped() -> None:
    text = "---\ntitle: Use queues\ntags: [Accepted, messaging]\n---\n## Status\nAccepted\n"
    d = decision(text)
    assert d.tags == ("messaging",)


def test_status_tag_kept_when_it_names_another_status() -> None:
    text = "---\ntitle: Use queues\ntags: [draft]\n---\n## Status\nAccepted\n"
    assert decision(text).tags == ("draft",)


def test_unknown_status_warning_quotes_the_whole_value() -> None:
    raw = "Parked until https://example.org/some/very/long/path/that/goes/on/and/on/and/on"
    d = decision(f"# Use queues\n\n## Status\n\n{raw}\n")
    assert d.status is Status.UNKNOWN
    assert f"unknown status {raw!r}; shown as unknown" in d.warnings


def test_unknown_status_warning_cuts_long_values_at_a_word() -> None:
    raw = "Parked " + "awaiting budget talks " * 20
    d = decision(f"# Use queues\n\n## Status\n\n{raw}\n")
    (warning,) = [w for w in d.warnings if w.startswith("unknown status")]
    assert warning.endswith("\u2026'; shown as unknown")
    shown = warning.removeprefix("unknown status '").removesuffix("\u2026'; shown as unknown")
    assert raw.startswith(shown)
    assert raw[len(shown)] == " "  # cut between words, not inside one


# Status words of ADRs written in French, Spanish, Portuguese, German, Italian and Dutch,
# as real repositories write them (accents, gender endings), and "merged" (PR-driven logs).
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("accepté", Status.ACCEPTED),
        ("Acceptée le 2026-07-08.", Status.ACCEPTED),
        ("Acceptee", Status.ACCEPTED),
        ("proposé", Status.PROPOSED),
        ("mergé", Status.ACCEPTED),
        ("remplacé par ADR-0005", Status.SUPERSEDED),
        ("Aceptado", Status.ACCEPTED),
        ("Propuesta", Status.PROPOSED),
        ("Rechazado", Status.REJECTED),
        ("Aceito", Status.ACCEPTED),
        ("Substituído por ADR 7", Status.SUPERSEDED),
        ("Akzeptiert", Status.ACCEPTED),
        ("Angenommen", Status.ACCEPTED),
        ("Vorgeschlagen", Status.PROPOSED),
        ("Abgelehnt", Status.REJECTED),
        ("Überholt", Status.DEPRECATED),
        ("Ersetzt durch ADR-0009", Status.SUPERSEDED),
        ("Accettato", Status.ACCEPTED),
        ("Geaccepteerd", Status.ACCEPTED),
        ("Merged", Status.ACCEPTED),
    ],
)
def test_status_words_in_other_languages(text: str, status: Status) -> None:
    reading = read_status(text)
    assert (reading.status, reading.known) == (status, True)


def test_foreign_superseded_by_names_the_newer_record() -> None:
    d = decision("# Usar colas\n\n## Status\n\nReemplazado por [ADR-0009](0009-x.md)\n")
    assert d.status is Status.SUPERSEDED
    assert [(r.kind.value, r.ref.number) for r in d.relations] == [("superseded-by", 9)]


# Metadata keys and section names of non-English ADRs (MADR front matter in French,
# Spanish bold bullets, Portuguese adr-tools, German Nygard sections).
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("---\nstatut: accepté\ndate: 2026-06-25\n---\n# Cible binaire\n", Status.ACCEPTED),
        ("# 1. Adopción\n\n* **Estado:** Aceptado\n* **Fecha:** 2026-01-20\n", Status.ACCEPTED),
        ("# Gestion des dates\n\n* Statut : mergé\n* Date : 2022-10-05\n", Status.ACCEPTED),
        ("# 1. Registrar\n\n## Estado\n\nAceptado\n\n## Contexto\n\nx\n", Status.ACCEPTED),
        ("# Minigames\n\n## Statut\n\nAcceptee le 2026-07-08.\n", Status.ACCEPTED),
    ],
)
def test_status_keys_and_sections_in_other_languages(text: str, status: Status) -> None:
    assert decision(text).status is status


# The template's list of statuses kept, with the one that applies in bold.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Vorgeschlagen | **Akzeptiert** | Abgelehnt | Überholt | Ersetzt", Status.ACCEPTED),
        ("Proposed | Accepted | __Rejected__ | Deprecated", Status.REJECTED),
    ],
)
def test_the_bold_choice_of_a_status_list_is_the_status(text: str, status: Status) -> None:
    assert read_status(text).status is status
    d = decision(f"# ADR-0005: Auth routes\n\n## Status\n\n{text}\n\n## Context\n\nx\n")
    assert d.status is status


def test_two_bold_choices_still_list_alternatives() -> None:
    reading = read_status("**Proposed** | **Accepted** | Rejected")
    assert (reading.status, reading.choices) == (Status.UNKNOWN, True)


# Japanese, Chinese and Korean records: keys, status words, full-width colons, and a
# date wrapped in HTML bold ("<b>日時: 2025-06-17</b>").
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("承認済み", Status.ACCEPTED),
        ("承認済み (accepted)", Status.ACCEPTED),
        ("提案中", Status.PROPOSED),
        ("却下", Status.REJECTED),
        ("非推奨", Status.DEPRECATED),
        ("置き換え済み（ADR-0009）", Status.SUPERSEDED),
        ("已接受", Status.ACCEPTED),
        ("已废弃", Status.DEPRECATED),
        ("승인됨", Status.ACCEPTED),
    ],
)
def test_status_words_in_cjk(text: str, status: Status) -> None:
    reading = read_status(text)
    assert (reading.status, reading.known) == (status, True)


@pytest.mark.parametrize(
    "text",
    [
        "# ADR-0001: パッケージ移行\n\n日付: 2025-08-28\nステータス: Accepted\n",
        "## コメント戦略\n\n<b>日時: 2025-08-28</b>\n\n### ステータス (Status)\n承認済み\n",
        "# 使用队列\n\n- 状态：已接受\n- 日期：2025-08-28\n",
    ],
)
def test_cjk_keys_and_sections(text: str) -> None:
    d = decision(text)
    assert (d.status, str(d.date)) == (Status.ACCEPTED, "2025-08-28")


def test_a_cjk_template_list_of_statuses_is_a_template() -> None:
    assert read_status("提案中 / 承認 / 非推奨 / 廃止").choices
    assert read_status("例：提案中 (proposed)、承認済み (accepted)、却下 (rejected)").choices
