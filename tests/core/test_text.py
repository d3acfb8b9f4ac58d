from __future__ import annotations

import pytest

from adr_tui.core.text import inert, inert_line


@pytest.mark.parametrize(
    "hostile",
    [
        "\x1b]52;c;ZXZpbA==\x07",
        "\x1b]0;title\x07",
        "\x1b[2J",
        "\x9b31m",
        "abc\u202edcba",
        "\x07bell\x08",
    ],
)
def test_control_sequences_become_visible_text(hostile: str) -> None:
    shown = inert(hostile)
    assert not any(ord(c) < 0x20 and c not in "\n\t" for c in shown)
    assert not any(0x7F <= ord(c) <= 0x9F for c in shown)
    assert "\u202e" not in shown


def test_plain_text_and_markup_brackets_are_untouched() -> None:
    text = "[bold]not markup[/bold] [@click=app.quit] café 🎉\n\tnext"
    assert inert(text) == text


def test_escape_is_shown_as_a_symbol() -> None:
    assert inert("a\x1bb") == "a\u241bb"


def test_inert_line_flattens_newlines() -> None:
    assert inert_line("a\nb\tc\x1b") == "a b c\u241b"


def test_undecodable_file_name_bytes_become_printable() -> None:
    import os

    name = os.fsdecode(b"0001-caf\xe9.md")
    shown = inert(name)
    assert shown == "0001-caf\\xe9.md"
    shown.encode("utf-8")  # would raise on a lone surrogate
