"""Decisions built directly (frozen dataclasses), real catalogues around them, a small corpus."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

from adr_tui.core.catalog import Catalog
from adr_tui.core.links import resolve_links
from adr_tui.core.model import Decision, Discovery, Reference, Relation, RelationKind, Status


def decision(
    number: int,
    title: str,
    body: str = "",
    *,
    status: Status = Status.ACCEPTED,
    tags: Iterable[str] = (),
    deciders: Iterable[str] = (),
    date: str | None = None,
    supersedes: Iterable[int] = (),
    superseded_by: Iterable[int] = (),
    folder: str = "docs/adr",
) -> Decision:
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    path = f"{folder}/{number:04d}-{slug}.md"
    relations = tuple(
        Relation(kind, Reference(raw=f"ADR-{n:04d}", number=n))
        for kind, numbers in (
            (RelationKind.SUPERSEDES, supersedes),
            (RelationKind.SUPERSEDED_BY, superseded_by),
        )
        for n in numbers
    )
    content = f"{title}\n{body}\n{status}\n{sorted(tags)}\n{list(deciders)}\n{date}"
    return Decision(
        id=path.removesuffix(".md"),
        path=path,
        title=title,
        number=number,
        status=status,
        status_raw=status.value,
        date=dt.date.fromisoformat(date) if date else None,
        deciders=tuple(deciders),
        tags=tuple(t.lower() for t in tags),
        relations=relations,
        body_source=body,
        digest=hashlib.sha1(content.encode(), usedforsecurity=False).hexdigest(),
    )


def catalog_of(root: Path, decisions: Iterable[Decision]) -> Catalog:
    linked = resolve_links(list(decisions))
    paths = tuple(sorted(d.path for d in linked))
    return Catalog(root, tuple(linked), (), Discovery(("docs/adr",), paths, "explicit"))


CORPUS = (
    decision(
        1,
        "Use Redis for session storage",
        "Sessions live in Redis. Session handling stays in one service.",
        tags=("auth", "data"),
        deciders=("Grace Lee", "Alan Turing"),
        date="2023-05-02",
    ),
    decision(
        2,
        "Adopt Kafka for events",
        "Event streaming with Kafka. We considered Redis streams and rejected them.",
        status=Status.PROPOSED,
        tags=("data",),
        deciders=("Ada Lovelace",),
        date="2024-02-10",
    ),
    decision(
        3,
        "Cache rendered pages",
        "We cache the tracking page at the edge; caching cuts latency.",
        tags=("frontend",),
        deciders=("Grace Hopper",),
        date="2024-03-15",
    ),
    decision(
        4,
        "Record architecture decisions",
        "We record decisions as ADRs. Nothing about caching here, only cached text.",
        status=Status.SUPERSEDED,
        deciders=("Alan Turing",),
        date="2022-01-01",
        superseded_by=(5,),
    ),
    decision(
        5,
        "Record decisions in MADR format",
        "MADR replaces the old log. Authentication is out of scope.",
        tags=("process",),
        deciders=("grace lee",),
        date="2024-06-30",
    ),
    decision(
        6,
        "Consolidate session handling",
        "One identity service owns sessions and the session handling rules.",
        status=Status.DEPRECATED,
        tags=("auth",),
        deciders=("Barbara Liskov",),
        date="2024-07-01",
    ),
    decision(
        55,
        "Drop the legacy gateway",
        "The gateway was rejected in review; see the sesion notes.",
        status=Status.REJECTED,
        tags=("infra",),
    ),
)
