"""Messages posted by workers: past-tense events the UI reacts to in ``@on`` handlers.

A worker calls the core and posts exactly one of these; it never touches a widget.
Each sets its fields in ``__init__``, as Textual's own messages do: as dataclasses
(generated methods compiled at import) they were ~3 ms of every start.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.message import Message

from adr_tui.core.catalog import Catalog
from adr_tui.ui.listing import Listing


class CatalogLoaded(Message):
    """Every repository's catalogue was parsed."""

    def __init__(
        self,
        catalogs: tuple[Catalog, ...],
        reload: bool = False,
        fingerprint: tuple[object, ...] = (),
        *,
        said: str = "",
    ) -> None:
        super().__init__()
        self.catalogs = catalogs
        """One catalogue per repository, in command-line order."""
        self.reload = reload
        """True when this replaces an already shown catalogue (live refresh or ``r``)."""
        self.fingerprint = fingerprint
        """What the files looked like when read (see ``ui/watch.py``); empty when unknown."""
        self.said = said
        """What to tell the user it found (a reload asked for with ``r``); empty: nothing."""


class BrowseReady(Message):
    """The Browse screen's widgets are mounted: the catalogue may be shown in them."""


class ListingComputed(Message):
    """A filter, sort or search finished; the Browse list shows ``listing``."""

    def __init__(self, listing: Listing) -> None:
        super().__init__()
        self.listing = listing


class RepositoryChanged(Message):
    """The poller saw HEAD or an ADR file change on disk."""

    def __init__(self, fingerprint: tuple[object, ...]) -> None:
        super().__init__()
        self.fingerprint = fingerprint
        """The new fingerprint, remembered to detect the next change."""


class CreatedDatesLoaded(Message):
    """Git history said when each ADR file of one repository was first added."""

    def __init__(self, root: Path, created: dict[str, dt.date]) -> None:
        super().__init__()
        self.root = root
        self.created = created
        """Repository-relative path → date the file was added."""


class IndexProgress(Message):
    """A full index build has indexed ``done`` of ``total`` decisions."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done = done
        self.total = total


class IndexBuilt(Message):
    """The search indexes are up to date; ``notices`` say what the user should know once."""

    def __init__(self, notices: tuple[str, ...]) -> None:
        super().__init__()
        self.notices = notices
        """E.g. that the cache folder is not writable and the index lives in memory."""
