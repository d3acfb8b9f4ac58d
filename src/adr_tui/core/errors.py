"""Errors that need a user's attention. A bad ADR file is never one of these: it is a Problem."""

from __future__ import annotations


class AdrError(Exception):
    """Base class: carries a short ``title`` and a message that says what to do."""

    title = "adr-tui error"

    def __init__(self, message: str, title: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if title is not None:
            self.title = title


class RepoError(AdrError):
    """The repository cannot be read, or git refuses to work with it."""

    title = "Repository error"


class InnerRepositoryError(RepoError):
    """A path is in a repository of its own inside this one (a submodule): its history is there."""

    title = "No history"

    def __init__(self, message: str, folder: str) -> None:
        super().__init__(message)
        self.folder = folder
        """The inner repository's folder, relative to the outer one's root."""


class GitUnavailableError(RepoError):
    """No usable ``git`` executable (missing or older than the minimum)."""

    title = "Git unavailable"


class RevisionError(AdrError):
    """A revision or date given by the user does not name a commit."""

    title = "Unknown revision"


class NotFoundError(AdrError):
    """An ADR named by the user does not exist in the catalogue."""

    title = "ADR not found"


class NotCachedError(AdrError):
    """A history asked for from the cache only (a read ahead of need) is not cached."""

    title = "History not cached"


class ConfigError(AdrError):
    """A configuration file is malformed."""

    title = "Configuration error"
