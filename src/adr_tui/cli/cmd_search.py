"""``adr-tui search QUERY [PATH]``: ranked hits with highlighted excerpts, or JSON.

Exit codes: 0 when something matched, 1 when nothing did (or on an error).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from rich.text import Text

from adr_tui.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    add_filter_args,
    add_repo_args,
    catalog_from_args,
    console,
    filter_from_args,
    print_json,
    settings_from_args,
)
from adr_tui.cli.render import number_text, status_text
from adr_tui.core.model import Decision
from adr_tui.core.querylang import SORTS, Fragment
from adr_tui.core.supersession import effective_status
from adr_tui.core.text import inert

if TYPE_CHECKING:
    from adr_tui.core.results import Hit, SearchResult

NAME = "search"

_MATCH_STYLE = "bold reverse"


def add_parser(sub: Any) -> None:
    """Register ``search``."""
    parser: argparse.ArgumentParser = sub.add_parser(
        NAME,
        help="full-text search",
        description=(
            'Search ADRs: words (AND), "phrases", prefix*, typo~, OR, NOT, '
            "field:value (status, tag, decider, title, body, number, date). See docs/search.md."
        ),
    )
    parser.add_argument("query", help="the query (quote it for the shell)")
    add_repo_args(parser, positional_path=True)
    add_filter_args(parser)
    parser.add_argument(
        "--limit", type=_positive, default=20, metavar="N", help="at most N hits (20)"
    )
    parser.add_argument("--sort", choices=SORTS, default="relevance", help="order of hits")
    parser.add_argument("--json", action="store_true", help="print JSON")


def _positive(value: str) -> int:
    """A count of hits to show: 1 or more (a usage error otherwise, exit 2).

    ``--limit 0`` printed "no ADR matches" and exited 0 while ADRs matched.
    """
    try:
        count = int(value)
    except ValueError:
        count = 0
    if count < 1:
        raise argparse.ArgumentTypeError(f"expected a number of hits, 1 or more: {value!r}")
    return count


def _fragment_dict(fragment: Fragment) -> dict[str, Any]:
    return {"text": fragment.text, "spans": [list(span) for span in fragment.spans]}


def _hit_dict(hit: Hit, d: Decision) -> dict[str, Any]:
    return {
        "id": d.id,
        "number": d.number,
        "title": d.title,
        "status": d.status.value,
        "date": d.date.isoformat() if d.date else None,
        "score": hit.score,
        "path": d.path,
        "fragments": {
            "title": _fragment_dict(hit.title),
            "body": [_fragment_dict(f) for f in hit.body],
        },
    }


def highlighted(fragment: Fragment, style: str = _MATCH_STYLE) -> Text:
    """``fragment`` as Rich text with its matches styled; the text is made inert first.

    Each piece is made inert separately because :func:`inert` may lengthen a
    control character, which would shift the spans.
    """
    text = Text()
    spans: list[tuple[int, int]] = []
    cursor = 0
    for start, end in fragment.spans:
        text.append(inert(fragment.text[cursor:start]).replace("\n", " "))
        match = inert(fragment.text[start:end])
        spans.append((len(text), len(text) + len(match)))
        text.append(match)
        cursor = end
    text.append(inert(fragment.text[cursor:]).replace("\n", " "))
    for start, end in spans:
        text.stylize(style, start, end)
    return text


def _print_hits(result: SearchResult, by_id: dict[str, Decision]) -> None:
    out = console()
    lines: list[Text] = []
    for hit in result.hits:
        d = by_id[hit.id]
        line = Text()
        line.append(number_text(d).rjust(5))
        line.append("  ")
        status = effective_status(d, by_id)
        governs = status.in_force
        line.append(status_text(status))
        line.append("  ")
        title = highlighted(hit.title)
        if not governs:
            title.stylize("dim")
        line.append(title)
        line.append(f"  {d.path}", style="dim")
        lines.append(line)
        for fragment in hit.body:
            excerpt = Text("       ")
            excerpt.append(highlighted(fragment))
            lines.append(excerpt)
    # One print (each costs Rich a render pass: 80 of them were ~10 ms). soft_wrap: one
    # line per excerpt when piped (grep-friendly); the terminal wraps.
    if lines:
        out.print(Text("\n").join(lines), soft_wrap=True)
    shown = len(result.hits)
    more = f" (showing {shown}; use --limit)" if shown < result.total else ""
    out.print(f"{result.total} match{'es' if result.total != 1 else ''}{more}", style="dim")


def run(args: argparse.Namespace) -> int:
    """Search the catalogue."""
    from adr_tui.core.search import SearchEngine  # Whoosh loads only when searching

    catalog = catalog_from_args(args)
    flt = filter_from_args(args, catalog)
    with SearchEngine.open(catalog, settings_from_args(args)) as engine:
        engine.build()
        if engine.notice:
            sys.stderr.write(f"adr-tui: note: {inert(engine.notice)}\n")
        shown = args.limit
        result = engine.search(args.query, flt, sort=args.sort, limit=shown, highlight=shown)
    for problem in result.problems:
        sys.stderr.write(f"adr-tui: note: {inert(problem)}\n")
    by_id = {d.id: d for d in catalog.decisions}
    if args.json:
        print_json(
            {
                "query": result.query,
                "total": result.total,
                "problems": list(result.problems),
                "hits": [_hit_dict(h, by_id[h.id]) for h in result.hits],
            }
        )
    elif result.hits:
        _print_hits(result, by_id)
    else:
        console(sys.stderr).print("no ADR matches", style="dim")
    return EXIT_OK if result.total else EXIT_PROBLEMS
