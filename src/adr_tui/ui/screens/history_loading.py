"""Reading one ADR's history off the UI thread, for the History screen.

One thread worker reads the repository history (the on-disk cache when warm),
the ADR's lineage with its statuses, and the newest revision's own diff, then
hands one :data:`Outcome` to the UI thread. Reading everything the screen's
first paint needs in one go lets the screen be pushed complete: one layout and
one paint instead of an empty screen, a spinner, then the list and the diff.

Read histories are kept by the app (:class:`Histories`) for the next ``h``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.app import App
from textual.worker import Worker, get_current_worker

from adr_tui.core import historycache
from adr_tui.core.diffs import FileDiff, diff_revision
from adr_tui.core.errors import AdrError
from adr_tui.core.gitlog import GitRepo, HistoryCancelled, Progress, Tell
from adr_tui.core.history import History, Lineage, load_history
from adr_tui.core.records import record
from adr_tui.core.settings import Settings
from adr_tui.ui.collector import collector_held


@record
class Loaded:
    """The ADR's history was read."""

    history: History
    """The repository history (whoever takes this closes it)."""
    lineage: Lineage
    """The ADR's revisions and timeline."""
    newest: FileDiff | None
    """The newest revision's own change (None: the lineage has no revision)."""


@record
class Unavailable:
    """The history cannot be shown: git refused, or the file was never committed."""

    reason: str
    """A sentence for the user."""


@record
class Failed:
    """Reading failed unexpectedly: the app's error hub explains ``error``."""

    error: BaseException


Outcome = Loaded | Unavailable | Failed


@record
class Request:
    """Whose history to read, and how."""

    root: Path
    settings: Settings
    path: str
    """The ADR's path in the repository (``Decision.address``: "DECISIONS.md#4" for a
    section of a log file)."""
    at: str | None = None
    """A date or revision the history stops at (``--at``)."""


def close_later(history: History) -> None:
    """Save parsed states and end git processes without holding up the UI thread.

    A daemon thread, not a worker: at exit the app no longer runs workers, and the
    cache write is atomic, so an unfinished one loses nothing.
    """
    threading.Thread(target=history.close, daemon=True).start()


WAIT_STEP = 0.05
"""Seconds between looks at a waiting reader's cancel event (see :meth:`Histories.get`)."""


class _Reading:
    """One repository's read: one reader at a time, and whoever hears how far it is."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        """Held by the reader: a second asker waits for the read under way, not a second read."""
        self.listeners: list[Tell] = []
        """Every asker's, the reader's and those waiting: the app's background read of
        Git dates may be the one under way when ``h`` asks."""

    def tell(self, read: int, total: int | None) -> None:
        """(Reader) How far the read is, told to every asker."""
        for listener in tuple(self.listeners):  # an asker may leave meanwhile
            listener(read, total)


class Histories:
    """Each repository's history once read, kept for the app's next use of it.

    A warm read (cache index, then the commits' segment checked and split) is
    ~35 ms of a worker that holds the GIL against the UI thread; from a kept
    history a 51-revision lineage takes ~1 ms. The app forgets them when it
    reloads (new commits, edited files, ``r``): a kept history is as fresh as the
    catalogue on show. Thread-safe: workers read and keep them, screens hand them back.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._kept: dict[tuple[Path, str | None], History] = {}
        self._reading: dict[tuple[Path, str | None], _Reading] = {}
        """One per repository (and ``at``) while it is read."""

    def get(
        self,
        root: Path,
        settings: Settings,
        cancel: threading.Event,
        at: str | None = None,
        *,
        cached_only: bool = False,
        progress: Tell | None = None,
    ) -> History:
        """(Worker) The kept history of ``root`` (as of ``at``), read now if there is none.

        ``cached_only``: read from the cache or not at all (see :func:`load_history`).
        ``progress`` hears how far a full ``git log`` is, whoever started it.

        Raises:
            AdrError: as :func:`load_history`.
            HistoryCancelled: ``cancel`` was set, even while waiting for another read.
        """
        key = (root, at)
        with self._lock:
            kept = self._kept.get(key)
            reading = self._reading.setdefault(key, _Reading())
        if kept is not None:
            return kept
        if progress is not None:
            reading.listeners.append(progress)
        try:
            kept, history = self._wait_or_read(key, reading, settings, cancel, cached_only)
        finally:
            if progress is not None:
                reading.listeners.remove(progress)
        if kept is not history:  # kept meanwhile by a read from before a forget()
            close_later(history)
        return kept

    def _wait_or_read(
        self,
        key: tuple[Path, str | None],
        reading: _Reading,
        settings: Settings,
        cancel: threading.Event,
        cached_only: bool,
    ) -> tuple[History, History]:
        """(Worker) (history kept, history read by this call); both the kept one if none was."""
        root, at = key
        # The ADR view reads ahead (read_ahead): an h meanwhile waits for that read
        # (tens of ms) instead of holding the GIL for a second one; cancellable.
        while not reading.lock.acquire(timeout=WAIT_STEP):
            if cancel.is_set():
                raise HistoryCancelled()
        try:
            with self._lock:
                kept = self._kept.get(key)
            if kept is not None:
                return kept, kept
            told = Progress(reading.tell)  # every asker hears, not only this one
            history = load_history(
                root, settings, cancel, at=at, cached_only=cached_only, progress=told
            )
            with self._lock:
                kept = self._kept.setdefault(key, history)
                self._reading.pop(key, None)  # kept now: later askers never wait
        finally:
            reading.lock.release()
        return kept, history

    def done_with(self, history: History) -> None:
        """A screen is done with ``history``: save its parsed states; close it unless kept."""
        with self._lock:
            kept = history in self._kept.values()
        if kept:
            threading.Thread(target=history.save, daemon=True).start()
        else:
            close_later(history)

    def forget(self) -> None:
        """Drop every kept history (the repositories changed, or the app ends)."""
        with self._lock:
            dropped, self._kept = list(self._kept.values()), {}
        for history in dropped:
            close_later(history)  # a screen showing one closes it again when done


def cached(root: Path, settings: Settings) -> bool:
    """(Worker) Whether ``root``'s history is in the cache: reading it is then quick.

    Without it, a read is a full ``git log`` (minutes at 100,000 commits): ``h``
    may ask for that, a read ahead of need may not.

    Raises:
        AdrError: as :meth:`GitRepo.open`.
    """
    if not settings.use_cache:
        return False
    folder = historycache.cache_folder(settings.cache_dir)
    files = historycache.CacheFiles(folder, historycache.repo_key(GitRepo.open(root)))
    return files.index_path.is_file()


def read_ahead(
    histories: Histories, root: Path, settings: Settings, cancel: threading.Event
) -> None:
    """(Worker) Read ``root``'s cached history now, so that ``h`` only builds a lineage.

    For the ADR view, once its text is drawn: ``h`` is the next key an incident
    often needs, and a reader takes longer than the read (~35-70 ms) to press it.
    The History screen's modules are imported here too (~20 ms the UI thread paid
    on the first ``h``). Only from the cache, as the app's own preload.
    """
    import adr_tui.ui.screens.history  # noqa: F401 - imported now, off the UI thread

    with collector_held("history"):
        try:
            cached_history(histories, root, settings, cancel)
        except (AdrError, HistoryCancelled):
            return  # no git here (h says so when asked), or the ADR view closed meanwhile


def cached_history(
    histories: Histories, root: Path, settings: Settings, cancel: threading.Event
) -> History | None:
    """(Worker) ``root``'s history when the cache holds it, read without ``git log``; else None.

    What work ahead of need reads (the app's preload, the ADR view's read ahead): a
    full ``git log`` (minutes at 100,000 commits) waits for ``h``.

    Raises:
        AdrError: as :meth:`GitRepo.open`.
        HistoryCancelled: ``cancel`` was set.
    """
    if not cached(root, settings):
        return None
    return histories.get(root, settings, cancel, cached_only=True)


def discard(histories: Histories, outcome: Outcome) -> None:
    """Release what an outcome nobody will show holds."""
    if isinstance(outcome, Loaded):
        histories.done_with(outcome.history)


def start_reading(
    app: App[Any],
    histories: Histories,
    request: Request,
    deliver: Callable[[Outcome], None],
    progress: Tell | None = None,
) -> Worker[None]:
    """Read ``request`` in a thread worker; ``deliver`` gets the outcome on the UI thread.

    The worker belongs to the app, so it can start before the screen is shown;
    cancel it when the screen goes. A cancelled read delivers nothing. ``progress``
    hears on the UI thread, 10 times a second at most, how far a full ``git log`` is:
    a first read of a repository walks every commit (~30 s at 100,000), and
    "Reading history…" alone looked stuck. A read from the cache tells nothing.
    """

    def told(read: int, total: int | None) -> None:  # (the reading thread)
        if progress is not None:
            app.call_later(progress, read, total)

    def read() -> None:
        worker = get_current_worker()
        with collector_held("history"):  # reading every commit is the bulk of it
            try:
                outcome = _read(histories, request, worker.cancelled_event, told)
            except Exception as error:  # noqa: BLE001 - shown by the error hub, never lost
                outcome = Failed(error)
        if outcome is not None and (worker.is_cancelled or not app.call_later(deliver, outcome)):
            discard(histories, outcome)  # cancelled, or the app is closing
        elif isinstance(outcome, Loaded):
            # Statuses parsed for this lineage, saved now that the screen has them: at
            # exit a save could be cut short, and every session parsed them again.
            outcome.history.save()

    # Its own group: "git" workers of the app are exclusive (the created-dates read),
    # and starting one cancelled this read, leaving the screen waiting for ever.
    return app.run_worker(
        read, thread=True, group="history", description="History", exit_on_error=False
    )


def progress_line(read: int, total: int | None, *, kept: bool) -> str:
    """What a screen says while a full ``git log`` runs: how far, and (``kept``) that it is once.

    The count comes first: a narrow terminal cuts the end of the line.

    Figures only: nothing from git is in it.
    """
    if total:
        share = min(read * 100 // total, 100)
        done = f"{read:,} of {total:,} commits ({share}%)"
    else:  # git could not count them
        done = f"{read:,} commits"
    return f"Reading the history: {done}" + (" — kept for next time" if kept else "…")


def _read(
    histories: Histories, request: Request, cancel: threading.Event, progress: Tell
) -> Outcome | None:
    try:
        history = histories.get(
            request.root, request.settings, cancel, request.at, progress=progress
        )
    except AdrError as error:  # expected (no git, git refuses): said on the screen
        return None if cancel.is_set() else Unavailable(f"{error.title}: {error.message}")
    try:
        lineage = history.for_decision(request.path)
        newest = diff_revision(history, lineage.revisions[-1]) if lineage.revisions else None
    except AdrError as error:  # a file that was never committed has no history
        return Unavailable(error.message)
    return Loaded(history, lineage, newest)
