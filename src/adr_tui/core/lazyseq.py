"""``MadeOnRead``: a sequence whose items are made when first read, then kept.

A warm start shows ~40 of a log's decisions: the snapshot's decisions
(``snapshot.SavedDecisions``) and the list's rows (``ui.listing.CatalogRows``)
are made as they are read, not all before the first screen.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from typing import TypeVar, overload

_T = TypeVar("_T")


class MadeOnRead(Sequence[_T]):
    """Items made by :meth:`_make` when first read; equal to (and hashed like) their tuple.

    Two threads asking for one item at once get the same object (one makes it, under
    a lock). Reading them all (iteration, equality, a hash) makes them all.
    """

    __slots__ = ("_left", "_lock", "_made")

    def __init__(self, count: int) -> None:
        self._made: list[_T | None] = [None] * count
        self._left = count
        self._lock = threading.Lock()

    def _make(self, index: int) -> _T:
        """Item ``index`` (``0 <= index < len``), made once."""
        raise NotImplementedError

    def _make_all(self) -> list[_T] | None:
        """Every item at once, when that is cheaper than one by one; None: one by one."""
        return None

    def _all_made(self) -> None:
        """Called once the last item is made: what only making them needed can go."""

    @property
    def made(self) -> int:
        """How many items were made so far (the others wait to be read)."""
        return len(self) - self._left

    def __len__(self) -> int:
        return len(self._made)

    @overload
    def __getitem__(self, index: int) -> _T: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[_T, ...]: ...

    def __getitem__(self, index: int | slice) -> _T | tuple[_T, ...]:
        if isinstance(index, slice):
            return tuple(self._one(i) for i in range(*index.indices(len(self))))
        return self._one(range(len(self))[index])  # IndexError out of range, as a tuple's

    def __iter__(self) -> Iterator[_T]:
        if self._left == len(self._made) > 1:  # all to be read, none made: at once if cheaper
            with self._lock:
                made = self._make_all() if self._left == len(self._made) else None
                if made is not None:
                    self._made, self._left = list(made), 0
                    self._all_made()
        return (self._one(i) for i in range(len(self)))

    def _one(self, index: int) -> _T:
        found = self._made[index]
        if found is None:
            with self._lock:
                found = self._made[index]
                if found is None:
                    found = self._made[index] = self._make(index)
                    self._left -= 1
                    if not self._left:
                        self._all_made()
        return found

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str | bytes):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    def __hash__(self) -> int:
        return hash(tuple(self))
