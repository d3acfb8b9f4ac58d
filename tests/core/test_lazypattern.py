"""``LazyPattern``: compiled by its first use, then the compiled pattern's own methods."""

from __future__ import annotations

import re

from adr_tui.core.lazypattern import LazyPattern


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    source = r"(?i)adr[-_ ]?(\d+)"
    compiled = re.compile(source)
    text = "See ADR-12 and adr 7, not ADR-x."
    for method, args in (
        ("match", ("ADR-3 first",)),
        ("search", (text,)),
        ("fullmatch", ("adr_9",)),
        ("findall", (text,)),
        ("split", (text,)),
    ):
        lazy = LazyPattern(source)  # each method may be the first one called
        got, want = getattr(lazy, method)(*args), getattr(compiled, method)(*args)
        if isinstance(want, re.Match):
            assert isinstance(got, re.Match) and got.group(0, 1) == want.group(0, 1)
        else:
            assert got == want
    lazy = LazyPattern(source)
    assert lazy.sub(lambda m: f"<{m[1]}>", text) == "See <12> and <7>, not ADR-x."
    assert [m[1] for m in lazy.finditer(text)] == ["12", "7"]


def test_it_compiles_once_and_then_calls_the_compiled_pattern_directly() -> None:
    lazy = LazyPattern(r"\bx\b", re.IGNORECASE)
    assert "search" not in vars(lazy)  # nothing compiled at definition
    assert lazy.search("a X b") is not None
    bound = vars(lazy)["search"]
    compiled = getattr(bound, "__self__", None)
    assert isinstance(compiled, re.Pattern)
    assert (compiled.pattern, compiled.flags & re.IGNORECASE) == (r"\bx\b", re.IGNORECASE)
    assert lazy.search is bound and vars(lazy)["match"].__self__ is compiled
