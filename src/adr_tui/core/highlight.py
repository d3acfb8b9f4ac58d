"""Highlights: the title and body excerpts of a hit, with the spans of matched words.

Plain data for any presenter (:class:`~adr_tui.core.querylang.Fragment`); the
words to mark come from a :class:`~adr_tui.core.matching.Marker`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

from adr_tui.core.matching import Marker
from adr_tui.core.querylang import CJK, WORD, Fragment, Node, positive_leaves


@lru_cache(maxsize=256)
def _tokens(text: str) -> tuple[tuple[str, ...], tuple[tuple[int, int], ...]]:
    """Lower-cased words of ``text`` and their character spans (cached: search-as-you-type)."""
    found = list(WORD.finditer(text))
    return tuple(m.group().lower() for m in found), tuple(m.span() for m in found)


_CJK_RANGES = tuple((ord(CJK[i]), ord(CJK[i + 2])) for i in range(0, len(CJK), 3))
_CJK_FIRST = min(low for low, _ in _CJK_RANGES)


def _runs_on(char: str) -> bool:
    r"""Whether ``char`` continues a word of several (see :data:`WORD_PATTERN`).

    A letter, digit or ``_`` (what ``\w`` matches), but not a CJK character: that is a
    word of its own, so it ends the run before it and starts no run. Not a regex:
    compiling the CJK character class took 3 ms of every command's start.
    """
    if not (char.isalnum() or char == "_"):
        return False
    code = ord(char)
    return code < _CJK_FIRST or not any(low <= code <= high for low, high in _CJK_RANGES)


def _occurrences(text: str, form: str) -> Iterator[tuple[int, int]]:
    """Spans where ``form`` stands as a whole word in ``text``."""
    alone = len(form) == 1 and not _runs_on(form)  # a CJK character: always a word
    start = text.find(form)
    while start >= 0:
        end = start + len(form)
        if alone or (
            (start == 0 or not _runs_on(text[start - 1]))
            and (end == len(text) or not _runs_on(text[end]))
        ):
            yield start, end
        start = text.find(form, end)


@lru_cache(maxsize=64)
def _initial_words(initial: str) -> re.Pattern[str]:
    """The ASCII words that begin with the lower-case ``initial`` (in lower-cased text).

    The pattern starts with the letter itself, so the regex engine skips to its
    occurrences: ~15x faster than splitting the whole text into words.
    """
    letter = re.escape(initial)
    return re.compile(rf"{letter}(?<!\w{letter})\w*", re.ASCII)


def _spans(text: str, marker: Marker) -> list[tuple[int, int]]:
    if marker.phrases:  # phrases need every word's position
        words, spans = _tokens(text)
        return [spans[i] for i in sorted(marker.marks(words))]
    if text.isascii():
        # Only words beginning with a marker's initial can match, and ASCII text
        # lower-cases letter for letter: its words are found at the same places.
        lower = text.lower()
        found = [
            (word.group(), word.span())
            for initial in marker.initials
            if initial.isascii()
            for word in _initial_words(initial).finditer(lower)
        ]
        marked = marker.marked_forms({form for form, _ in found})
        return sorted(span for form, span in found if form in marked)
    # Judge the distinct words, then find just the marked ones: a hit's body
    # holds hundreds of words and a handful of matches.
    forms = marker.marked_forms(set(WORD.findall(text)))
    return sorted(span for form in forms for span in _occurrences(text, form))


def _marker(node: Node, field: str, stem: Callable[[str], str | None]) -> Marker | None:
    leaves = [leaf for leaf in positive_leaves(node) if leaf.field in (None, field)]
    return Marker(leaves, stem) if leaves else None


class Highlighter:
    """The highlights of one query, for any number of its hits.

    One :class:`Marker` per field judges each distinct word once for all the
    hits, so highlighting only the hits a presenter shows, when it shows
    them, costs no more than highlighting them all up front.
    """

    def __init__(self, node: Node, stem: Callable[[str], str | None]) -> None:
        self._titles = _marker(node, "title", stem)
        self._bodies = _marker(node, "body", stem)

    def title(self, title: str) -> Fragment:
        """The whole title with the words the query matched there."""
        marker = self._titles
        return Fragment(title, tuple(_spans(title, marker)) if marker else ())

    def body(self, body: str, *, context: int = 60, limit: int = 3) -> tuple[Fragment, ...]:
        """Up to ``limit`` one-line excerpts of ``body`` around matched words.

        Excerpts are prose: Markdown's marks are left out (:func:`prose`).
        Newlines become spaces; an excerpt cut out of a longer line starts or
        ends with ``…``. The excerpt with the most different matched words comes first
        (a list shows it), then the others in body order; matches in a leading ``# Title``
        line come last, as the title is shown anyway.
        """
        marker = self._bodies
        if marker is None:
            return ()
        spans = _spans(body, marker)
        if not spans:
            return ()
        heading = _title_line_end(body)
        windows: list[list[tuple[int, int]]] = []
        for span in spans:
            # Near the last match, and the window no longer than a row can show: a body
            # repeating the word every line was one window, a 5 MB excerpt.
            near = (
                windows
                and span[0] - windows[-1][-1][1] <= context
                and span[1] - windows[-1][0][0] <= _WIDEST * context
            )
            if near and (windows[-1][-1][1] > heading or span[1] <= heading):
                windows[-1].append(span)
            else:  # far from the last, or the first past the title line
                windows.append([span])

        # Most different words first ('dead letter' over 'RabbitMQ … RabbitMQ' for
        # 'rabbitmq dead letter'), then most matches; stable, so body order breaks ties.
        def rank(window: list[tuple[int, int]]) -> tuple[bool, int, int]:
            forms = {body[a:b].lower() for a, b in window}
            if len(forms) > 1:  # 'secret', 'secrets': one word (stems only then: cheaper)
                forms = {marker.stem(form) or form for form in forms}
            return (window[-1][1] <= heading, -len(forms), -len(window))

        ranked = sorted(windows, key=rank)
        # Two windows can give one excerpt (a match in a link's address shows as the
        # link's text, next to the one in that text): each excerpt is shown once.
        kept: dict[str, tuple[list[tuple[int, int]], Fragment]] = {}
        for window in ranked[: limit * _TRIES]:  # 20,000 windows of one line repeated: not all
            floor = heading if window[0][0] > heading else 0
            piece = _excerpt(body, window, context, marker, floor, spans)
            kept.setdefault(piece.text, (window, piece))
            if len(kept) == limit:
                break
        # The excerpt with most different words first (the list shows the first excerpt),
        # then the others in body order, one in the title line last.
        first, *others = kept.values()
        rest = sorted(others, key=lambda k: (k[0][-1][1] <= heading, k[0][0][0]))
        return (first[1], *(piece for _, piece in rest))


_WIDEST = 4
"""An excerpt's matches lie within this many ``context`` widths of its first."""
_TRIES = 3
"""Windows looked at per excerpt wanted: repeats give the same excerpt, shown once."""

_SETEXT_TITLE = re.compile(r"[^\n]+\n=+[ \t]*(?:\n|$)")
"""A title underlined with ``=`` (Markdown's other way to write ``# Title``)."""


def _title_line_end(body: str) -> int:
    """Where a leading ``# Title`` (or underlined) title ends; 0 when the body has none."""
    start = len(body) - len(body.lstrip())
    if body.startswith("# ", start):
        end = body.find("\n", start)
        return len(body) if end < 0 else end
    underlined = _SETEXT_TITLE.match(body, start)
    return underlined.end() if underlined else 0


_LINE_MARKS = re.compile(
    r"""
      ^[ \t]*(?:\#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+)    # heading, quote or bullet marks
    | ^[ \t]*(?:```|~~~).*$                         # code fences
    | ^[ \t|:-]*-{3,}[ \t|:-]*$                      # table rules and horizontal rules
    """,
    re.MULTILINE | re.VERBOSE,
)
_INLINE_MARKS = re.compile(
    r"""
      \[([^\]\n]*)\]\([^)\n]*\)                     # [text](url): the text
    | !\[([^\]\n]*)\]\([^)\n]*\)                    # ![alt](src): the alt text
    | `                                             # inline code
    | <[a-zA-Z/][^>\n]*>                             # HTML tags (<br/>, <details>)
    """,
    re.VERBOSE,
)
"""Marks inside a line. Apart from :data:`_LINE_MARKS`, and each way beginning with a
literal character, so the regex engine skips to the candidates (one pattern of both
took ~20 µs per excerpt). Two passes remove what one would: no inline mark spans a
line or begins inside a line mark."""
_EMPHASIS = re.compile(r"(?<!\w)(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1(?!\w)")
"""**bold**, __bold__, *italic*, _italic_: in pairs only, so snake_case and 2*3 stay."""
_EDGE_PIPES = re.compile(r"^[ \t]*\|[ \t]*|[ \t]*\|[ \t]*$", re.MULTILINE)
_PIPES = re.compile(r"[ \t]*\|[ \t]*")
_BREAK_RUNS = re.compile(r"\n\s*")


@lru_cache(maxsize=512)
def prose(markdown: str) -> str:
    """``markdown`` as the words a reader sees: no heading, emphasis, link or table marks.

    Excerpts read as text in a one-line list row, where ``**Status:**`` or
    ``| Option | Cost |`` is noise. The words of the text stay (a link's
    address is not text), so what the search matched is there to highlight.
    Cached: the same excerpts come back at every keystroke. Each pass runs only
    when its mark's character is there: most excerpts are plain sentences.
    """
    text = _LINE_MARKS.sub("", markdown)
    text = _INLINE_MARKS.sub(lambda m: m.group(1) or m.group(2) or "", text)
    if "*" in text or "_" in text:
        text, pairs = _EMPHASIS.subn(r"\2", text)
        if pairs:  # ***both*** is two pairs
            text = _EMPHASIS.sub(r"\2", text)
        text = text.replace("**", "")  # half a pair, cut off by an excerpt's edge
    if "|" in text:
        text = _PIPES.sub(" · ", _EDGE_PIPES.sub("", text))  # table cells
    if "\n" not in text:
        return text
    # Blank lines and the marks' indents: each line break, with the spaces and tabs
    # before it and every space after it, becomes one (a regex of that took 7 µs).
    lines = text.split("\n")
    trimmed = [line.rstrip(" \t") for line in lines[:-1]]
    return _BREAK_RUNS.sub("\n", "\n".join([*trimmed, lines[-1]]))


_REACH = 400
"""Characters of the surrounding lines made prose with an excerpt, at most, each way."""


def _word_start(text: str, start: int, head: int, reach: int, cut: bool) -> int:
    """Where an excerpt meant to start at ``start`` begins: at the start of a word.

    Back up to ``reach`` characters before ``head`` (the first match) to take a
    word whole, else drop it (a URL, a long identifier): the excerpt starts at
    the next word, at the latest at the match. ``cut``: ``text`` begins inside a word.
    """

    def starts_word(i: int) -> bool:
        return text[i - 1].isspace() if i > 0 else not cut

    back = range(start, max(0, head - reach) - 1, -1)
    found = next((i for i in back if starts_word(i)), None)
    if found is None:
        found = next((i for i in range(start, head) if starts_word(i)), head)
    return found


def _word_end(text: str, end: int, tail: int, reach: int, cut: bool) -> int:
    """Where an excerpt meant to end at ``end`` stops: at the end of a word.

    Runs on up to ``reach`` characters past ``tail`` (the last match) to finish a
    word, else stops before it, at the earliest at the match. ``cut``: ``text``
    ends inside a word.
    """

    def ends_word(i: int) -> bool:
        return text[i].isspace() if i < len(text) else not cut

    on = range(end, min(len(text), tail + reach) + 1)
    found = next((i for i in on if ends_word(i)), None)
    if found is None:
        found = next((i for i in range(end, tail, -1) if ends_word(i)), tail)
    return found


def _excerpt(
    body: str,
    window: list[tuple[int, int]],
    context: int,
    marker: Marker,
    floor: int = 0,
    matches: Sequence[tuple[int, int]] = (),
) -> Fragment:
    """One line of ``body`` around the spans of ``window``, as prose, its matches marked.

    ``matches``: every match in ``body``, in order (those before the window's are skipped).

    The lines around the window are made prose first, so no link or emphasis is
    cut in half (``[ADR-11: …](../x.md)`` showed its address), then the
    excerpt is cut around the matches found again in that prose. Only those
    lines are made prose: a body is thousands of characters. Nothing before
    ``floor`` is taken (the title line, when the window lies past it).
    """
    first, last = window[0][0], window[-1][1]
    lead_in = context // 4  # little before the first match: a narrow row shows the start
    # Whole lines around the excerpt's reach (a cut never falls inside a mark).
    begin = max(body.rfind("\n", 0, max(0, first - lead_in - 15)) + 1, first - _REACH, floor)
    stop = body.find("\n", min(len(body), last + context + 15))
    stop = min(len(body) if stop < 0 else stop, last + _REACH)
    text = prose(body[begin:stop]).replace("\n", " ").replace("\t", " ")
    spans = _spans(text, marker)
    if spans:
        # From the window's first match, not the first of its line: a paragraph on one
        # line put 'RabbitMQ' of its first sentence before the window's 'dead-letter',
        # and the excerpt stopped short of it. The matches before the window's, counted in
        # the raw text, are skipped (all of them but the last, if prose dropped some).
        before = bisect_left(matches, (first, -1)) - bisect_left(matches, (begin, -1))
        spans = spans[min(before, len(spans) - 1) :]
        # The window's own matches: none lies further on than in the raw text.
        spans = [s for s in spans if s[0] <= spans[0][0] + (last - first)]
    head, tail = (spans[0][0], spans[-1][1]) if spans else (0, 0)
    # Was ``text`` itself cut out of a longer word of the body (the reach, not a line end)?
    cut_before = begin > 0 and not body[begin - 1].isspace()
    cut_after = stop < len(body) and not body[stop].isspace()
    start = _word_start(text, max(0, head - lead_in), head, lead_in + 15, cut_before)
    end = _word_end(text, min(len(text), tail + context), tail, context + 15, cut_after)
    piece = text[start:end]
    start += len(piece) - len(piece.lstrip())
    piece = piece.strip()
    lead = "…" if start > 0 or begin > 0 else ""
    after = "…" if start + len(piece) < len(text) or stop < len(body) else ""
    shift = len(lead) - start
    return Fragment(lead + piece + after, tuple((a + shift, b + shift) for a, b in spans))
