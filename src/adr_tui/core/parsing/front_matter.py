"""YAML front matter: found by hand, loaded by python-frontmatter's handler, safely.

The loader is PyYAML's safe loader (the C one when available) with every implicit
type resolver removed except null: ``number: 0042`` stays the text ``"0042"``
(YAML 1.1 would read octal 34), ``status: no`` stays ``"no"`` and dates stay text
for :mod:`dates` to read. Explicit tags such as ``!!python/object`` have no
constructor in the safe loader and fail, which we report as a warning. Front matter
that is not valid YAML (``title: ADR000: [TITLE]``) still gives its plain top-level
``key: value`` lines (:func:`simple_yaml.loose_pairs`), with the warning.

Plain front matter (``key: value``, ``[a, b]``, ``- item``) takes the fast path of
:mod:`simple_yaml`, which gives the same result; anything else goes to the handler.

Guards, in order: size and item count (PyYAML is slow per node), nesting depth
(libyaml would overflow the C stack), then a node budget while copying the result:
alias bombs build shared references, cheap to load, explosive only when walked.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import yaml
from frontmatter.default_handlers import YAMLHandler

from adr_tui.core.parsing.simple_yaml import loose_pairs, simple_yaml

try:
    from yaml import CSafeLoader as _SafeBase
except ImportError:  # pragma: no cover - PyYAML without libyaml
    from yaml import SafeLoader as _SafeBase  # type: ignore[assignment]

MAX_FRONT_MATTER = 16 * 1024
"""Larger front matter is not ADR metadata; it is skipped with a warning."""
MAX_ITEMS = 400
"""Most lines or commas allowed: PyYAML builds each node in Python (~50 µs), so a
10,000-key map would take half a second; real ADR front matter has a few dozen."""
MAX_NODES = 2_000
"""Budget of scalars and containers walked after loading (alias-bomb guard)."""
MAX_DEPTH = 64
"""Deeper nesting is refused before loading: libyaml's composer recurses in C and
a few tens of thousands of ``[`` crash the interpreter instead of raising."""
_NULL = "tag:yaml.org,2002:null"
# Starts with a literal newline so the search skips from line to line in C.
_CLOSING = re.compile(r"\n(?:---|\.\.\.)[ \t]*(?:\n|$)")
# Whole-line HTML comments above the front matter: an agent's or a generator's note
# ("<!-- AGENT_CONTEXT: … -->", goldenpath-idp-infra) hides nothing from a site's reader.
_LEADING_COMMENTS = re.compile(r"(?:<!--[^\n]{0,500}?-->[ \t]*\n)+")


class _TextLoader(_SafeBase):
    """Safe loader that keeps every plain scalar as text (nulls aside)."""


_TextLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag == _NULL]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    if any(tag == _NULL for tag, _ in resolvers)
}

_HANDLER = YAMLHandler()


@dataclass(slots=True)
class FrontMatter:
    """The metadata mapping (possibly empty) and where the Markdown body starts."""

    present: bool = False
    data: dict[str, object] = field(default_factory=dict)
    body_start: int = 0
    """Character offset of the body in the text."""
    warnings: list[str] = field(default_factory=list)


def _closing(text: str) -> tuple[int, int] | None:
    """(start of the YAML, offset after the closing fence) when ``text`` opens with ``---``."""
    lead = _LEADING_COMMENTS.match(text) if text.startswith("<!--") else None
    opening = lead.end() if lead else 0
    first_end = text.find("\n", opening)
    if first_end < 0 or text[opening:first_end].rstrip() != "---":
        return None
    fence = _CLOSING.search(text, first_end)  # from the newline, so "---\n---" is empty
    return (first_end + 1, fence.end()) if fence else None


def _too_deep(source: str) -> bool:
    """Whether ``source`` may nest deeper than :data:`MAX_DEPTH` (errs on the safe side)."""
    for line in source.splitlines():
        if len(line) - len(line.lstrip(" -?:\t")) > 2 * MAX_DEPTH:
            return True
    if source.count("[") + source.count("{") <= MAX_DEPTH:
        return False
    depth = 0
    for char in source:
        if char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return True
        elif char in "]}":
            depth = max(0, depth - 1)
    return False


class _TooBig(Exception):
    pass


class _Budget:
    def __init__(self) -> None:
        self.left = MAX_NODES

    def spend(self) -> None:
        self.left -= 1
        if self.left < 0:
            raise _TooBig


def _bounded(value: object, budget: _Budget, depth: int = 0) -> object:
    """A plain copy of ``value`` (no shared or cyclic references), within the budget."""
    budget.spend()
    if depth > MAX_DEPTH:
        raise _TooBig
    if isinstance(value, dict):
        deeper = depth + 1
        return {
            str(_bounded(k, budget, deeper)): _bounded(v, budget, deeper) for k, v in value.items()
        }
    if isinstance(value, list | tuple):
        return [_bounded(item, budget, depth + 1) for item in value]
    if isinstance(value, str | int | float | bool | dt.date) or value is None:
        return value
    return str(value)[:200]


# A value that is a template's expression, unquoted: "  - {{<var people.trey >}}" (Quarto,
# QGreenland-Net/qgreenland-net.github.io), "author: {{ site.owner }}". YAML reads the braces
# as a mapping and fails; the site fills them in before it reads the page.
_BARE_EXPRESSION = re.compile(
    r"(?m)^([ \t]*(?:-[ \t]+|[^\s:#'\"-][^:#\n]{0,100}:[ \t]+))(\{\{[^\n]{0,300}?\}\})[ \t]*$"
)


def _with_expressions_quoted(source: str) -> object | None:
    """``source`` loaded with its bare template expressions quoted; None if that fails too."""
    if "{{" not in source:
        return None
    quoted = _BARE_EXPRESSION.sub(lambda m: f"{m[1]}'{m[2].replace(chr(39), chr(39) * 2)}'", source)
    if quoted == source:
        return None
    try:
        return _bounded(_HANDLER.load(quoted, Loader=_TextLoader), _Budget())
    except (_TooBig, yaml.YAMLError, ValueError, TypeError, RecursionError):
        return None


# TOML front matter, as Zola and Hugo sites write it: "+++" over "title = \"ADR-006: …\"".
_TOML_CLOSING = re.compile(r"\n\+\+\+[ \t]*(?:\n|$)")


def _read_toml(text: str) -> FrontMatter:
    """Split and load the TOML front matter at the top of ``text`` (``+++``), never raising.

    HutsonLabs/excali-rust's records are pages of a Zola site. tomllib builds no objects but
    its own, so it is safe as loaded; the size, depth and node guards are YAML's.
    """
    first_end = text.find("\n")
    if first_end < 0 or text[:first_end].rstrip() != "+++":
        return FrontMatter()
    fence = _TOML_CLOSING.search(text, first_end)
    if fence is None:
        return FrontMatter()
    result = FrontMatter(present=True, body_start=fence.end())
    source = text[first_end + 1 : fence.start() + 1]
    if len(source) > MAX_FRONT_MATTER or max(source.count("\n"), source.count(",")) > MAX_ITEMS:
        result.warnings.append("front matter too large for ADR metadata (over 16 KB or 400 items)")
        return result
    if _too_deep(source):
        result.warnings.append("front matter nested too deeply; ignored")
        return result
    import tomllib  # a TOML site's page is rare: its parser loads with the first one

    try:
        loaded = _bounded(tomllib.loads(source), _Budget())
    except _TooBig:
        result.warnings.append("front matter too large; ignored")
        return result
    except (tomllib.TOMLDecodeError, ValueError, TypeError, RecursionError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        result.warnings.append(f"invalid TOML front matter ignored: {first[:200]}")
        return result
    if isinstance(loaded, dict):
        result.data = loaded
    return result


def read_front_matter(text: str) -> FrontMatter:
    """Split and load the YAML (or TOML) front matter at the top of ``text``, never raising."""
    if text.startswith("+++"):
        return _read_toml(text)
    fences = _closing(text)
    if fences is None:
        return FrontMatter()
    start, body_start = fences
    result = FrontMatter(present=True, body_start=body_start)
    source = text[start:body_start]
    source = source[: source.rstrip("\n").rfind("\n") + 1]  # without the closing fence
    if len(source) > MAX_FRONT_MATTER or max(source.count("\n"), source.count(",")) > MAX_ITEMS:
        result.warnings.append("front matter too large for ADR metadata (over 16 KB or 400 items)")
        return result
    simple = simple_yaml(source)
    if simple is not None:
        result.data = simple
        return result
    if _too_deep(source):
        result.warnings.append("front matter nested too deeply; ignored")
        return result
    try:
        loaded = _bounded(_HANDLER.load(source, Loader=_TextLoader), _Budget())
    except _TooBig:
        result.warnings.append("front matter too large or too deeply aliased; ignored")
        return result
    except (yaml.YAMLError, ValueError, TypeError, RecursionError) as exc:
        loaded = _with_expressions_quoted(source)
        if loaded is None:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            # "title: ADR000: [TITLE]" is invalid YAML yet plain to a reader: keep its lines.
            result.data = loose_pairs(source)
            kept = "; read its plain key: value lines" if result.data else " ignored"
            result.warnings.append(f"invalid YAML front matter{kept}: {first[:200]}")
            return result
    if isinstance(loaded, dict):
        result.data = loaded
    elif loaded is not None:
        # "tag:Web Client" loads as one string; a reader sees a key and its value.
        result.data = loose_pairs(source, tight=True) if isinstance(loaded, str) else {}
        if not result.data:
            result.warnings.append("front matter is not a key/value mapping; ignored")
    return result
