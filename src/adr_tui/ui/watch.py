"""A cheap fingerprint of what was loaded, compared every few seconds to notice changes.

Reads only file metadata: the Git HEAD (and the branch it points to), the ADR
folders' mtimes (a file added or removed changes them) and each ADR file's
mtime and size. No git process and no file contents.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from adr_tui.core.catalog import Catalog


def _stat(path: Path) -> tuple[int, int]:
    try:
        st = os.stat(path)
    except OSError:
        return (-1, -1)
    return (st.st_mtime_ns, st.st_size)


def _head(root: Path) -> str:
    git = root / ".git"
    try:
        head = (git / "HEAD").read_text(encoding="utf-8", errors="replace").strip()
        if head.startswith("ref: "):
            ref = git / head[5:]
            target = (
                ref.read_text(encoding="utf-8", errors="replace").strip() if ref.is_file() else ""
            )
            return f"{head} {target} {_stat(git / 'packed-refs')}"
        return head
    except OSError:
        return ""


def fingerprint(catalogs: Sequence[Catalog]) -> tuple[object, ...]:
    """A value that changes when HEAD or any ADR file or folder of ``catalogs`` changes."""
    parts: list[object] = []
    for catalog in catalogs:
        root = catalog.root
        parts.append(_head(root) if catalog.is_git else "")
        if catalog.is_git:
            parts.append(_stat(root / ".git" / "HEAD"))
        parts.extend(_stat(root / d) for d in catalog.discovery.adr_dirs)
        parts.extend(_stat(root / f) for f in catalog.discovery.files)
    return tuple(parts)


def changed_since(seen: tuple[object, ...], since_ns: int) -> bool:
    """Whether a file or folder in fingerprint ``seen`` was modified at or after ``since_ns``.

    The first fingerprint is taken after start-up, not when the files were read:
    an edit in between would be its baseline, never noticed. Anything modified
    since the load began is read again. A coarse file-system clock can only make
    an older change look older, so nothing unchanged is reloaded for it.
    """
    return any(isinstance(part, tuple) and len(part) == 2 and part[0] >= since_ns for part in seen)


def what_changed(before: Sequence[Catalog], after: Sequence[Catalog]) -> str:
    """What a reload found, in a few words ("41 ADRs: 2 changed, 1 new"), for ``r``.

    Walks every decision of both (a worker's job: a served catalogue builds them).
    """

    def digests(catalogs: Sequence[Catalog]) -> dict[tuple[Path, str], str]:
        return {(c.root, d.id): d.digest for c in catalogs for d in c.decisions}

    old, new = digests(before), digests(after)
    counts = (
        (sum(1 for key, digest in new.items() if key in old and old[key] != digest), "changed"),
        (len(new.keys() - old.keys()), "new"),
        (len(old.keys() - new.keys()), "gone"),
    )
    found = ", ".join(f"{count} {what}" for count, what in counts if count)
    count = f"{len(new)} ADR" if len(new) == 1 else f"{len(new)} ADRs"
    return f"{count}: {found or 'nothing changed'}"
