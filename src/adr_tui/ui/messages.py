"""Messages posted by workers: past-tense events the UI reacts to in ``@on`` handlers.

A worker calls the core and posts exactly one of these; it never touches a widget.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from textual.message import Message

from adr_tui.core.catalog import Catalog
from adr_tui.ui.listing import Listing


@dataclass
class CatalogLoaded(Message):
    """Every repository's catalogue was parsed."""

    catalogs: tuple[Catalog, ...]
    """One catalogue per repository, in command-line order."""
    reload: bool = False
    """True when this replaces an already shown catalogue (live refresh or ``r``)."""
    fingerprint: tuple[object, ...] = ()
    """What the files looked like when read (see ``ui/watch.py``); empty when unknown."""


class BrowseReady(Message):
    """The Browse screen's widgets are mounted: the catalogue may be shown in them."""


@dataclass
class ListingComputed(Message):
    """A filter, sort or search finished; the Browse list shows ``listing``."""

    listing: Listing


@dataclass
class RepositoryChanged(Message):
    """The poller saw HEAD or an ADR file change on disk."""

    fingerprint: tuple[object, ...]
    """The new fingerprint, remembered to detect the next change."""


@dataclass
class CreatedDatesLoaded(Message):
    """Git history said when each ADR file of one repository was first added."""

    root: Path
    created: dict[str, dt.date]
    """Repository-relative path → date the file was added."""


@dataclass
class IndexProgress(Message):
    """A full index build has indexed ``done`` of ``total`` decisions."""

    done: int
    total: int


@dataclass
class IndexBuilt(Message):
    """The search indexes are up to date; ``notices`` say what the user should know once."""

    notices: tuple[str, ...]
    """E.g. that the cache folder is not writable and the index lives in memory."""
