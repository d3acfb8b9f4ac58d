"""Where git keeps a path that the work tree shows elsewhere: through a link, in a submodule.

File-system looks only, no git run: asked once a path has no lineage, to say why.
"""

from __future__ import annotations

from pathlib import Path


def committed_path(root: Path, address: str) -> str | None:
    """Where a link in ``address``'s folders leads inside ``root``; None without a link.

    "docs/adr" linked to "records/adr": git committed the files under records/adr, and
    history by the linked path said they were never committed.
    """
    file, mark, part = address.partition("#")
    real_root = root.resolve()
    try:
        real = (root / file).resolve().relative_to(real_root).as_posix()
    except (OSError, ValueError):  # a loop, or a link out of the repository
        return None
    return real + mark + part if real != file else None


def inner_repository(root: Path, path: str) -> str | None:
    """The folder of ``path`` below ``root`` that is a repository of its own, if one is."""
    parts = path.split("#", 1)[0].split("/")[:-1]
    for depth in range(len(parts), 0, -1):
        folder = "/".join(parts[:depth])
        if (root / folder / ".git").exists():
            return folder
    return None
