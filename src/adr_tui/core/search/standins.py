"""Stand-ins for modules Whoosh's import pulls in and a search never uses.

Whoosh-Reloaded imports ``urllib.request`` (for ``urlretrieve``, which downloads
nothing we use) and ``cached_property``, which imports ``asyncio`` (to ask whether
a cached property is a coroutine function). Both cost ~30 ms of a ~250 ms
``adr-tui search`` (``python -X importtime``: 16 ms and 13 ms). Its query module
imports ``whoosh.lang.morph_en`` for the ``Variations`` query, which we never
build: ~7 ms of tables (the biggest of Whoosh's own modules). While Whoosh is
imported, :func:`standing_in` puts a :class:`StandIn` in ``sys.modules`` for each
of them not imported yet, and takes it out afterwards: an ``import`` anywhere
later gets the real module, and the names Whoosh kept load it on first use.

Only in a process with one thread (the CLI), so no other thread's import can
meet a stand-in; the TUI imports Whoosh in a worker, with Textual's ``asyncio``
already loaded, and gets the real modules.
"""

from __future__ import annotations

import contextlib
import importlib
import inspect
import sys
import threading
import types
from collections.abc import Callable, Iterator
from typing import Any


class StandIn(types.ModuleType):
    """A module not loaded yet: any attribute not set on it loads the real module."""

    def __getattr__(self, attr: str) -> Any:
        if attr.startswith("__"):  # the import system asks for __path__ at every 'from … import'
            raise AttributeError(attr)
        return getattr(real(self.__name__), attr)


def real(name: str) -> types.ModuleType:
    """The module ``name`` itself, imported now if only its stand-in was."""
    if isinstance(sys.modules.get(name), StandIn):
        del sys.modules[name]  # touched while standing in: the real one takes its place
    return importlib.import_module(name)


def _urlretrieve(*args: Any, **kwargs: Any) -> Any:
    """``urllib.request.urlretrieve``, imported when called (Whoosh binds the name at import)."""
    return real("urllib.request").urlretrieve(*args, **kwargs)


def _iscoroutinefunction(func: Callable[..., Any]) -> bool:
    """``asyncio.iscoroutinefunction`` (``cached_property`` asks it at every first access).

    asyncio's version adds only a marker that asyncio's own decorator sets: with
    asyncio not loaded no function can carry it, and inspect's answer is the same.
    """
    loaded = sys.modules.get("asyncio")
    if loaded is not None and not isinstance(loaded, StandIn):
        return bool(loaded.iscoroutinefunction(func))
    return inspect.iscoroutinefunction(func)


def _variations(word: str) -> Any:
    """``whoosh.lang.morph_en.variations``, imported when called (by a Variations query)."""
    return real("whoosh.lang.morph_en").variations(word)


STAND_INS: dict[str, dict[str, Any]] = {
    "urllib.request": {"urlretrieve": _urlretrieve},
    "asyncio": {"iscoroutinefunction": _iscoroutinefunction},
    "whoosh.lang.morph_en": {"variations": _variations},
}
"""Module name → the attributes its stand-in answers without loading it."""


@contextlib.contextmanager
def standing_in() -> Iterator[None]:
    """Within: :data:`STAND_INS` not imported yet are stand-ins (one-thread processes only)."""
    placed: list[StandIn] = []
    if threading.active_count() == 1:
        for name, attributes in STAND_INS.items():
            if name not in sys.modules:
                module = StandIn(name)
                module.__dict__.update(attributes)
                sys.modules[name] = module
                placed.append(module)
    try:
        yield
    finally:
        for module in placed:
            if sys.modules.get(module.__name__) is module:
                del sys.modules[module.__name__]
