"""``LazyPattern``: a regular expression compiled when first used, not when its module loads.

Python compiles a pattern in Python code: 0.1 to 1 ms each, and a warm start
imports modules holding dozens of them that its first screen never uses (the
file-name rules of discovery, the preview's Markdown rules). A module-level
``LazyPattern`` costs nothing until a method is called; from then on the
compiled pattern's own methods answer, with no layer in between.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

_METHODS = ("match", "search", "fullmatch", "sub", "split", "findall", "finditer")


class LazyPattern:
    """``re.compile(pattern, flags)``, done by the first call of one of its methods."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern; its bound methods replace this object's from now on.

        Set on the instance, they are found before the class's methods (functions
        are non-data descriptors), so later calls go straight to the compiled one.
        """
        compiled = re.compile(self.pattern, self.flags)
        vars(self).update({name: getattr(compiled, name) for name in _METHODS})
        return compiled

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As ``re.Pattern.match``."""
        return self.compiled().match(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As ``re.Pattern.search``."""
        return self.compiled().search(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        """As ``re.Pattern.fullmatch``."""
        return self.compiled().fullmatch(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        """As ``re.Pattern.sub``."""
        return self.compiled().sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        """As ``re.Pattern.split``."""
        return self.compiled().split(string, maxsplit)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        """As ``re.Pattern.findall``."""
        return self.compiled().findall(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """As ``re.Pattern.finditer``."""
        return self.compiled().finditer(string, pos, endpos)
