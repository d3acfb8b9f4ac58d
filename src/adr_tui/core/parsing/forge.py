"""Addresses of a forge's file pages: how a record may link a record of its own log.

Here, in the parser's package, so that a change to the rule changes the parser's
fingerprint and the parse cache is made afresh (:mod:`adr_tui.core.parsecache`).
"""

from __future__ import annotations

import re

# A forge's page of one file: GitHub's and Gitea's "/blob/<ref>/", GitLab's "/-/blob/<ref>/",
# Bitbucket's "/src/<ref>/". Bounded parts; a branch name with a slash reads as a folder.
_FORGE_FILE = re.compile(
    r"^https?://[^/\s?#]{1,100}/([^\s?#]{1,300}?)/(?:-/)?(?:blob|src)/[^/\s?#]{1,100}/"
    r"([^\s?#]{1,500})"
)


# GitHub's raw file: "https://raw.githubusercontent.com/<owner>/<repository>/<ref>/<path>", as
# amitosaurus/pentagram's link reference definitions name its records.
_RAW_FILE = re.compile(
    r"^https?://raw\.githubusercontent\.com/[^/\s?#]{1,100}/([^/\s?#]{1,100})/[^/\s?#]{1,100}/"
    r"([^\s?#]{1,500})"
)


def forge_file(url: str) -> tuple[str, str] | None:
    """The repository name and path a forge's file page shows, or None for any other address.

    ``https://github.com/pod-os/PodOS/blob/main/docs/decisions/0009-introduce-rxjs.md`` →
    ``("PodOS", "docs/decisions/0009-introduce-rxjs.md")`` (GitLab's subgroups: the last part).
    GitHub's raw file of the same path reads the same.
    """
    if "/blob/" not in url and "/src/" not in url:
        if "raw.githubusercontent.com/" in url and (raw := _RAW_FILE.match(url)):
            return raw[1], raw[2]
        return None  # most addresses: decided without a regex
    match = _FORGE_FILE.match(url)
    return None if match is None else (match[1].rsplit("/", 1)[-1], match[2])


def forge_file_path(url: str) -> str | None:
    """The repository path of a forge's file page (:func:`forge_file`), or None."""
    found = forge_file(url)
    return None if found is None else found[1]
