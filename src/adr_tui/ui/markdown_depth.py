"""Text nested past markdown-it's limit: found, so the TUI and ``show`` can say it is missing.

No Textual here: the command line's ``show`` uses it too, and imports it (and
markdown-it) only when it renders Markdown.
"""

from __future__ import annotations

from markdown_it.presets import commonmark
from rich.console import Group
from rich.markdown import Markdown
from rich.rule import Rule
from rich.text import Text

NESTING_LIMIT: int = commonmark.make()["options"]["maxNesting"]
"""Levels of lists and quotes markdown-it parses (its CommonMark preset, as Rich uses it)."""

_CONTAINERS = frozenset(
    {"blockquote_open", "bullet_list_open", "ordered_list_open", "list_item_open"}
)


def skipped_too_deep(document: Markdown) -> bool:
    """Whether the parser left out text nested past :data:`NESTING_LIMIT` levels.

    markdown-it skips the rest of a block nested that deep, silently; in a list the
    skipped item takes the rest of the text with it (an ADR with a 400-level list showed
    nine items and nothing after them, no table, no note). It gives up inside a list or
    quote opened one level below the limit.
    """
    return any(
        token.type in _CONTAINERS and token.level >= NESTING_LIMIT - 1 for token in document.parsed
    )


def too_deep_note(where: str) -> Group:
    """What to draw below such a text: that part is missing, and ``where`` the rest is.

    Plain text under a rule, never Markdown: ``where`` may hold a file name, which
    is untrusted (``[x](https://…).md`` made a hyperlink, ``*b*`` lost its stars).
    """
    said = f"Part of the text is nested more than {NESTING_LIMIT} levels deep (lists or quotes)"
    return Group(Rule(), Text(f"{said} and is not shown: {where}.", style="italic"))
