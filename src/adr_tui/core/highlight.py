"""Highlights: the title and body excerpts of a hit, with the spans of matched words.

Plain data for any presenter (:class:`~adr_tui.core.querylang.Fragment`); the
words to mark come from a :class:`~adr_tui.core.matching.Marker`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from adr_tui.core.matching import Marker
from adr_tui.core.querylang import WORD, Fragment, Node, positive_leaves


@lru_cache(maxsize=256)
def _tokens(text: str) -> tuple[tuple[str, ...], tuple[tuple[int, int], ...]]:
    """Lower-cased words of ``text`` and their character spans (cached: search-as-you-type)."""
    found = list(WORD.finditer(text))
    return tuple(m.group().lower() for m in found), tuple(m.span() for m in found)


def _spans(text: str, marker: Marker) -> list[tuple[int, int]]:
    words, spans = _tokens(text)
    return [spans[i] for i in sorted(marker.marks(words))]


def _marker(
    node: Node, field: str, stem: Callable[[str], str | None], marker: Marker | None
) -> Marker | None:
    leaves = [leaf for leaf in positive_leaves(node) if leaf.field in (None, field)]
    if not leaves:
        return None
    if marker is not None and marker.leaves == leaves:
        return marker
    return Marker(leaves, stem)


def highlight_title(
    title: str, node: Node, stem: Callable[[str], str | None], marker: Marker | None = None
) -> Fragment:
    """The whole title with the words the query matched there.

    Pass the same ``marker`` (from :func:`title_marker`) for every hit of one query.
    """
    found = _marker(node, "title", stem, marker)
    return Fragment(title, tuple(_spans(title, found)) if found else ())


def title_marker(node: Node, stem: Callable[[str], str | None]) -> Marker | None:
    """A shared :class:`Marker` for :func:`highlight_title` over many hits (None: no words)."""
    return _marker(node, "title", stem, None)


def body_marker(node: Node, stem: Callable[[str], str | None]) -> Marker | None:
    """A shared :class:`Marker` for :func:`highlight_body` over many hits (None: no words)."""
    return _marker(node, "body", stem, None)


def highlight_body(
    body: str,
    node: Node,
    stem: Callable[[str], str | None],
    *,
    marker: Marker | None = None,
    context: int = 60,
    limit: int = 3,
) -> tuple[Fragment, ...]:
    """Up to ``limit`` one-line excerpts of ``body`` around matched words.

    Newlines become spaces; an excerpt cut out of a longer line starts or ends
    with ``…``. Excerpts with the most matches come first, in body order.
    """
    found = _marker(node, "body", stem, marker)
    if found is None:
        return ()
    spans = _spans(body, found)
    if not spans:
        return ()
    windows: list[list[tuple[int, int]]] = []
    for span in spans:
        if windows and span[0] - windows[-1][-1][1] <= context:
            windows[-1].append(span)
        else:
            windows.append([span])
    best = sorted(sorted(windows, key=len, reverse=True)[:limit], key=lambda w: w[0][0])
    fragments = []
    for window in best:
        start = max(0, window[0][0] - context)
        end = min(len(body), window[-1][1] + context)
        while start > 0 and not body[start - 1].isspace() and window[0][0] - start < context + 15:
            start -= 1  # don't cut a word in half
        while end < len(body) and not body[end].isspace() and end - window[-1][1] < context + 15:
            end += 1
        lead = "…" if start > 0 else ""
        tail = "…" if end < len(body) else ""
        raw = body[start:end]
        text = lead + raw.replace("\n", " ").replace("\t", " ") + tail
        shift = len(lead) - start
        fragments.append(Fragment(text, tuple((a + shift, b + shift) for a, b in window)))
    return tuple(fragments)
