r"""Read a history script (TOML) into builder commits.

A script is a list of ``[[commit]]`` tables::

    [[commit]]
    author = "Grace Lee <grace@example.com>"
    date = "2023-11-22T09:30:00+01:00"
    message = "Propose ADR-0055"
    changes = [
      { write = "docs/adr/0055-x.md", from = "adrs/0055-x.md" },   # file beside the script
      { write = "src/app.py", text = "print('hi')\\n" },
      { edit = "docs/adr/0055-x.md", replace = [["Proposed", "Accepted"]] },
      { rename = "doc/adr/0004-x.md", to = "doc/adr/0007-x.md" },
      { move_dir = "doc/adr", to = "docs/decisions" },
      { delete = "docs/adr/0009-x.md" },
    ]

Optional keys: ``committer``, ``committer_date``, ``branch``, ``merge``.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from adr_tui.demo.builder import Change, Commit, Delete, Edit, Rename, ScriptError, Write


def _change(entry: dict[str, Any], base: Path) -> Change:
    if "write" in entry:
        if "from" in entry:
            source = (base / entry["from"]).resolve()
            if base.resolve() not in source.parents:
                raise ScriptError(f"source outside the script folder: {entry['from']!r}")
            return Write(entry["write"], source.read_bytes())
        return Write(entry["write"], str(entry.get("text", "")).encode("utf-8"))
    if "edit" in entry:
        pairs = tuple((str(old), str(new)) for old, new in entry["replace"])
        return Edit(entry["edit"], pairs)
    if "rename" in entry:
        return Rename(entry["rename"], entry["to"])
    if "move_dir" in entry:
        return Rename(entry["move_dir"], entry["to"], directory=True)
    if "delete" in entry:
        return Delete(entry["delete"])
    raise ScriptError(f"unknown change {entry!r}")


def load_script(path: Path) -> list[Commit]:
    """Parse the TOML history script at ``path``; sources resolve beside it."""
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    commits = []
    for number, table in enumerate(data.get("commit", []), start=1):
        try:
            commits.append(
                Commit(
                    author=table["author"],
                    date=table["date"],
                    message=table["message"],
                    changes=tuple(_change(c, path.parent) for c in table.get("changes", [])),
                    committer=table.get("committer"),
                    committer_date=table.get("committer_date"),
                    branch=table.get("branch", "main"),
                    merge=table.get("merge"),
                )
            )
        except KeyError as exc:
            raise ScriptError(f"commit {number}: missing key {exc}") from exc
    return commits
