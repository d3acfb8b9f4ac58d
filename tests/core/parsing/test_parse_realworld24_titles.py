"""Round 24: titles numbered "Decision N" in the log's language, adr-tools' number left as
"x.", and relation keys met this round (trimmed excerpts; each names its source, or says the
search index did not name its repository)."""

from __future__ import annotations

import pytest

from adr_tui.core.model import Status

from .helpers import decision, numbers


@pytest.mark.parametrize(
    ("heading", "number", "title"),
    [
        # German, French, Norwegian logs (the search index names none of their repositories)
        (
            "Entscheidung 002: Kein Custom Post Type pro Immobilie",
            2,
            "Kein Custom Post Type pro Immobilie",
        ),
        (
            "Décision 0006 : implémenter une solution maison pour la gestion de l’édition",
            6,
            "implémenter une solution maison pour la gestion de l’édition",
        ),
        (
            "Beslutning 003 — Endelig designvalg for AK Golf Platform",
            3,
            "Endelig designvalg for AK Golf Platform",
        ),
        # a dated entry of a Norwegian log: the day is no number
        ("Beslutning 05.10.2026 — 1.2", None, "Beslutning 05.10.2026 — 1.2"),
        ("Decisiones de arquitectura", None, "Decisiones de arquitectura"),
    ],
)
def test_decision_n_in_the_log_s_language_numbers_the_record(
    heading: str, number: int | None, title: str
) -> None:
    d = decision(
        f"# {heading}\n\nStatus: angenommen (2026-10-05).\n\n## Kontext\n\nx\n", "docs/x.md"
    )
    assert (d.number, d.title, d.status) == (number, title, Status.ACCEPTED)


# athensresearch/athens doc/adr/000x-boot.md: adr-tools' "NUMBER." replaced by an x while the
# record waits for its number
ATHENS = (
    "# x. Record architecture decisions\n\nDate: 2021-04-04\n\n## Status\n\nPending\n\n"
    "## Context\n\nProblems with local-storage state:\n"
)


def test_an_x_for_the_number_is_the_template_s_placeholder_not_the_title() -> None:
    d = decision(ATHENS, "doc/adr/000x-boot.md")
    assert (d.number, d.title, d.status) == (None, "Record architecture decisions", Status.PROPOSED)
    assert decision(ATHENS.replace("# x.", "# 000X."), "doc/adr/boot.md").title == (
        "Record architecture decisions"
    )


def test_a_title_opening_with_x_keeps_it() -> None:
    assert decision("# X11 forwarding\n\nStatus: Accepted\n", "doc/adr/x11.md").title == (
        "X11 forwarding"
    )


# a Portuguese log (its repository the search index does not name): "Emenda" (amends) beside
# "Relacionadas" (related)
EMENDA = (
    "# ADR-046 — Quem observa a abertura do expediente\n\n- **Estado:** aceita\n"
    "- **Data:** 26/09/2026\n- **Emenda:** ADR-025 §5 (o mecanismo, não o resultado), "
    "`estabelecimento.md` §4 e §7\n- **Relacionadas:** ADR-008, ADR-026\n\n## Contexto\n\nx\n"
)


def test_emenda_amends() -> None:
    d = decision(EMENDA, "docs/adr/ADR-046-abertura.md")
    # (the file named beside it, a document of the log, is the linker's to tell apart)
    assert (numbers(d, "amends")[0], numbers(d, "relates-to")) == (25, [8, 26])


def test_reinforces_names_records_it_leans_on() -> None:
    # a decision log's status line (its repository the search index does not name)
    text = (
        "# D-025 — Findings are separated by class\n\n**Status:** `LOCKED` 2026-08-07 · "
        "**Area:** F9 · **Closes:** `Q-03` · **Reinforces:** [ADR-21](0021-x.md), ADR-12\n"
    )
    assert numbers(decision(text, "docs/decisions/D-025-findings.md"), "relates-to") == [21, 12]
