"""Inline Markdown clean-up shared by every field reader.

Values arrive wrapped in bold, italics, backticks, links and emoji. These
helpers peel that off with simple, linear regexes (no nested quantifiers:
the text is untrusted and may be a two-megabyte line).
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote

# [text](target) with bounded parts so a line of "[[[[" cannot backtrack for long.
LINK = re.compile(
    r"\[([^\[\]\n]{0,300})\]\(\s*<?([^()\s<>]{0,500})>?(?:\s+\"[^\"\n]{0,200}\")?\s*\)"
)
# An image, "![alt](src)": a badge reads as its message, any other as its alt text.
_IMAGE = re.compile(
    r"!\[([^\[\]\n]{0,200})\]\(\s*<?([^()\s<>]{0,500})>?(?:\s+\"[^\"\n]{0,200}\")?\s*\)"
)
# Badge services: ![alt](https://badgen.net/badge/<label>/<message>/<colour>) and
# ![alt](https://img.shields.io/badge/<label>-<message>-<colour>); bounded parts.
_BADGEN = re.compile(r"badgen\.net/badge/([^/?#]{0,100})/([^/?#]{0,100})")
_SHIELDS = re.compile(r"shields\.io/badge/([^/?#]{0,300})")
_SHIELDS_DASH = re.compile(r"(?<!-)-(?!-)")
# A wiki link (Logseq, Obsidian, Foam): "[[jawn]]", "[[ADR/0006 X]]", "[[page|shown words]]".
WIKI_LINK = re.compile(r"\[\[([^\[\]|\n]{1,300})(?:\|([^\[\]\n]{1,300}))?\]\]")
# A reference-style link, "[text][label]" or "[text][]" (the label is defined elsewhere).
_REFERENCE_LINK = re.compile(r"\[([^\[\]\n]{0,300})\]\[[^\[\]\n]{0,100}\]")
# "[label]" alone: a shortcut reference link when the document defines the label.
_SHORTCUT = re.compile(r"\[([^\[\]\n]{1,200})\](?![(\[:])")
_EMPHASIS = re.compile(r"\*\*|__|~~|`+|(?<!\w)[*_]|[*_](?!\w)")
# The same, a code span first: its text is literal ("`__init__.py`" keeps its underscores).
# No backtick inside the span, so a failed try stops at the next one: linear.
_EMPHASIS_OR_CODE = re.compile(r"`([^`\n]{1,300})`|" + _EMPHASIS.pattern)
# Emoji, variation selectors, ZWJ, arrows, check marks: everything that is not a
# word character, whitespace or ordinary punctuation.
_SYMBOLS = re.compile(r"[^\w\s.,;:!?()\[\]/|&'\"#+@<>{}=-]")
_SPACES = re.compile(r"\s+")
_ALREADY_PLAIN = re.compile(r"(?:[^\W_]|[ .,;:/()'-])*")
# A template expression filled in when the site is built: "{{< meta status >}}" (Quarto,
# Hugo), "{{ page.status }}" (Jekyll), "${status}", "<%= status %>".
_EXPRESSION = re.compile(r"^(?:\{\{.{0,200}\}\}|\{%.{0,200}%\}|\$\{.{0,200}\}|<%.{0,200}%>)$")
MAX_VALUE = 2000
"""Longest value considered as metadata; longer lines are prose (or an attack)."""


def badge_message(url: str) -> str | None:
    """What a badge image URL says (badgen's or shields'), URL-decoded, or None."""
    if match := _BADGEN.search(url):
        return unquote(match[2])
    if match := _SHIELDS.search(url):
        parts = _SHIELDS_DASH.split(match[1])
        if len(parts) >= 2:  # [label-]message-colour
            # "--" is a dash, "__" an underscore and "_" a space in a shields path.
            message = parts[-2].replace("--", "-").replace("__", "\0").replace("_", " ")
            return unquote(message.replace("\0", "_"))
    return None


def unlink(text: str) -> str:
    """Replace every Markdown link (inline, reference-style or wiki) by its text.

    An image in a link reads as a badge's message or its alt text: "[![Generic badge](…
    badgen.net/badge/ADR/approved/green/)](README.md#index)" is "approved" (davecharles/
    prompt-payments), not "[!Generic badge](README.md#index)".
    """
    if "![" in text:
        text = _IMAGE.sub(lambda match: badge_message(match[2]) or match[1], text)
    if "[[" in text:
        text = WIKI_LINK.sub(lambda match: match[2] or match[1], text)
    if "][" in text:
        text = _REFERENCE_LINK.sub(r"\1", text)
    if "](" not in text:
        return text
    return LINK.sub(r"\1", text)


def unlink_defined(text: str, body: str) -> str:
    """``text`` with each shortcut reference link ``[label]`` that ``body`` defines as its text.

    "# 4) Make [ChangeOp::apply()] return [ChangeOpResult]" over "[ChangeOp::apply()]: @ref …"
    (wikimedia/mediawiki-extensions-Wikibase): Markdown shows the words, linked. Brackets no
    definition follows stay ("[WIP] Use X").
    """
    if "[" not in text:
        return text  # most titles, decided without a regex
    return _SHORTCUT.sub(lambda match: match[1] if _defines(body, match[1]) else match[0], text)


def _defines(body: str, label: str) -> bool:
    """Whether ``body`` has a line defining the link ``[label]:`` (labels match in any case)."""
    return re.search(rf"(?im)^ {{0,3}}\[{re.escape(label)}\]:", body) is not None


def plain(text: str) -> str:
    """Text without links, emphasis, code marks, emoji and surplus spaces."""
    if _ALREADY_PLAIN.fullmatch(text) and "  " not in text:
        return text.strip()  # most values: nothing to remove, skip three substitutions
    text = unlink(text)
    text = _EMPHASIS_OR_CODE.sub(_code_or_nothing, text) if "`" in text else _EMPHASIS.sub("", text)
    text = _SYMBOLS.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def _code_or_nothing(match: re.Match[str]) -> str:
    """A code span's text; nothing for an emphasis mark."""
    return match[1] or ""


def _mark(match: re.Match[str]) -> str:
    """Nothing for an emphasis mark; a lone ``*`` or ``_`` is a character ("release:*labels").

    A code span reads as its text, marks and all.
    """
    if match.lastindex:  # the code span of _EMPHASIS_OR_CODE (_EMPHASIS has no group)
        return match[1]
    mark = match[0]
    return mark if mark in "*_" and match.string.count(mark) == 1 else ""


def strip_marks(text: str) -> str:
    """Remove emphasis and code marks only, keeping links, symbols and the text of code."""
    marks = _EMPHASIS_OR_CODE if "`" in text else _EMPHASIS
    return _SPACES.sub(" ", marks.sub(_mark, text)).strip()


HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})
"""Unicode's hyphen and non-breaking hyphen as "-": text written by language models numbers
"# ADR\u20110007: …" and dates "2026\u201102\u201110" so (a translation keeps every offset)."""


def plain_hyphens(text: str) -> str:
    """``text`` with Unicode's hyphens as ASCII ones (see :data:`HYPHENS`); ASCII as it is."""
    return text if text.isascii() else text.translate(HYPHENS)


# Letters whose stroke no decomposition removes: Polish "przestarzała" reads "przestarzala".
_UNDECOMPOSED = str.maketrans("łŁøØđĐ", "lLoOdD")


def fold_accents(text: str) -> str:
    """``Acceptée`` → ``Acceptee``: words compared without their accents (ADRs in any language)."""
    if text.isascii():
        return text  # most text: nothing to fold
    decomposed = unicodedata.normalize("NFKD", text).translate(_UNDECOMPOSED)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def is_expression(text: str) -> bool:
    """True for a site generator's template expression standing in for a value."""
    text = text.strip()
    return text[:1] in "{$<" and _EXPRESSION.match(text) is not None
