"""A fast path for the plain front matter nearly every ADR has.

PyYAML builds every node in Python, which costs more than the rest of the parse.
Front matter made only of ``key: value`` lines, ``[a, b]`` flow lists, ``- item``
block lists, simple quotes and comments is read here instead; anything else
(anchors, tags, nesting, escapes, multi-line scalars …) returns None and goes to
the safe loader. The result equals what :mod:`front_matter`'s text-keeping
loader returns for the same input (a property test checks this).
"""

from __future__ import annotations

import re

_KEY = re.compile(r"^([A-Za-z_][\w-]{0,80}):(?:[ \t]+(.*))?$")
_ITEM = re.compile(r"^[ ]{0,8}-[ \t]+(.*)$")
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_PLAIN_FIRST = frozenset("-?:,[]{}#&*!|>'\"%@`")
_FLOW_UNSAFE = frozenset("[]{}")
# Tabs, YAML's extra line breaks (NEL, U+2028/9), BOMs and characters YAML forbids.
_UNUSUAL = re.compile(
    "[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)


class _NotSimple(Exception):
    pass


def _scalar(text: str, *, in_flow: bool = False) -> str | None:
    value = text.strip(" ")  # YAML trims spaces only, not NBSP or other Unicode spaces
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        inner = value[1:-1]
        if value[0] in inner or "\\" in inner:
            raise _NotSimple
        return inner
    if not value:
        if in_flow:
            raise _NotSimple  # "[a, , b]" and trailing commas: leave them to PyYAML
        return None
    if (
        value[0] in _PLAIN_FIRST
        or value.endswith(":")
        or ": " in value
        or " #" in value
        or "\t" in value
        or (in_flow and not _FLOW_UNSAFE.isdisjoint(value))
    ):
        raise _NotSimple
    return None if value in _NULLS else value


def _flow_list(text: str) -> list[str | None]:
    inner = text.strip(" ")[1:-1]
    if not inner.strip(" "):
        return []
    return [_scalar(part, in_flow=True) for part in inner.split(",")]


def _value(text: str) -> object:
    stripped = text.strip(" ")
    if stripped.startswith("[") and stripped.endswith("]"):
        return _flow_list(stripped)
    return _scalar(stripped)


def simple_yaml(source: str) -> dict[str, object] | None:
    """The mapping ``source`` holds when it is plain enough, else None."""
    if _UNUSUAL.search(source):
        return None
    data: dict[str, object] = {}
    open_list: list[object] | None = None
    last_key, indent = "", -1
    try:
        for line in source.split("\n"):
            if not line.strip(" ") or line.startswith("#"):
                continue
            if (item := _ITEM.match(line)) is not None and last_key:
                if open_list is None:
                    if data[last_key] is not None:
                        return None
                    open_list, indent = [], len(line) - len(line.lstrip(" "))
                    data[last_key] = open_list
                if len(line) - len(line.lstrip(" ")) != indent:
                    return None  # deeper items would be nested lists or continuations
                open_list.append(_scalar(item[1]))
                continue
            match = _KEY.match(line)
            if match is None or match[1] in _NULLS:
                return None  # not a key line, or a key YAML would read as null
            last_key, open_list = match[1], None
            data[last_key] = _value(match[2] or "")
    except _NotSimple:
        return None
    return data or None  # nothing at all: PyYAML says None, and it is cheap


# Not "@": YAML reserves it, yet "deciders: @ann @bo" is plain to a reader (GitHub handles).
_BROKEN_FIRST = frozenset("[{|>\"'&*!%`")
_LOOSE_KEY = re.compile(r"^([A-Za-z_][\w-]{0,80}):[ \t]+(\S.*)$")
# "tag:Web Client": no space after the colon (YAML reads one string); never "https://…".
_TIGHT_KEY = re.compile(r"^([A-Za-z_][\w-]{0,80}):[ \t]*([^\s/\\].*)$")


def loose_pairs(source: str, *, tight: bool = False) -> dict[str, object]:
    """Top-level ``key: value`` lines of front matter that is not valid YAML.

    A fallback only: values are text as written (one pair of surrounding quotes
    off), ``[a, b]`` becomes a list, and every other line is skipped. With ``tight``
    the space after the colon may be missing (``tag:Web Client``).
    """
    data: dict[str, object] = {}
    pattern = _TIGHT_KEY if tight else _LOOSE_KEY
    for line in source.split("\n"):
        match = pattern.match(line.rstrip())
        if match is None or match[1] in data:
            continue
        value = match[2].strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        if value.startswith("[") and value.endswith("]") and value.count("[") == 1:
            data[match[1]] = [item.strip(" \"'") for item in value[1:-1].split(",") if item.strip()]
        elif value and value[0] not in _BROKEN_FIRST:
            data[match[1]] = value  # not "[unclosed", "{…", "|", "'half": YAML's own syntax
    return data
