"""UI fixtures: a hand-built catalogue with fixed dates (snapshots must not move when the
parser evolves), a no-blink patch, and a helper to let workers settle."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from tests.helpers_ui import settle as settle  # the UI tests' one way to wait
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from adr_tui.core.catalog import Catalog, load_catalog
from adr_tui.core.links import resolve_links
from adr_tui.core.model import (
    Decision,
    Discovery,
    Problem,
    Reference,
    Relation,
    RelationKind,
    Status,
)
from adr_tui.core.settings import Settings
from adr_tui.ui.app import AdrApp, make_app
from adr_tui.ui.widgets.source_view import SourceView

ROOT = Path("/srv/acme-platform")
"""A fixed, non-existent root: it appears in headers, so it must not be a tmp path."""

BODY = """\
## Context and Problem Statement

We need a database for {topic}. Requirements:

- durable writes
- point-in-time recovery
- **strong** consistency

## Considered Options

| Option | Cost | Notes |
|--------|------|-------|
| PostgreSQL | low | mature |
| MongoDB | medium | schemaless |

## Decision Outcome

Chosen option: PostgreSQL, because it meets every requirement.

```sql
CREATE TABLE parcels (id bigint primary key);
```

## Consequences

Operations must run backups nightly.
"""


def _decision(
    number: int,
    title: str,
    status: Status,
    date: str,
    *,
    tags: tuple[str, ...] = (),
    deciders: tuple[str, ...] = (),
    relations: tuple[tuple[RelationKind, int], ...] = (),
    body: str | None = None,
) -> Decision:
    slug = title.lower().replace(" ", "-")
    path = f"docs/adr/{number:04d}-{slug}.md"
    rels = tuple(Relation(kind, Reference(f"ADR-{n:04d}", number=n)) for kind, n in relations)
    return Decision(
        id=path.removesuffix(".md"),
        path=path,
        title=title,
        number=number,
        status=status,
        status_raw=status.value.capitalize(),
        date=dt.date.fromisoformat(date),
        deciders=deciders,
        consulted=("Security Guild",) if number == 3 else (),
        tags=tags,
        relations=rels,
        body_source=(body if body is not None else BODY.format(topic=title.lower())),
        format="nygard",
    )


def sample_decisions() -> tuple[Decision, ...]:
    """Eight decisions covering every status, a supersession chain and tags."""
    S = RelationKind.SUPERSEDES
    raw = (
        _decision(
            1,
            "Record architecture decisions",
            Status.ACCEPTED,
            "2022-01-10",
            tags=("process",),
            deciders=("Ada Lovelace",),
        ),
        _decision(
            2,
            "Use MongoDB for parcels",
            Status.SUPERSEDED,
            "2022-02-14",
            tags=("storage", "database"),
            deciders=("Grace Hopper",),
        ),
        _decision(
            3,
            "Use PostgreSQL for parcels",
            Status.SUPERSEDED,
            "2022-06-01",
            tags=("storage", "database"),
            deciders=("Grace Hopper", "Ada Lovelace"),
            relations=((S, 2),),
        ),
        _decision(
            4,
            "Adopt OpenTelemetry for tracing",
            Status.PROPOSED,
            "2023-03-03",
            tags=("observability",),
            deciders=("Linus Torvalds",),
        ),
        _decision(
            5,
            "Use Aurora PostgreSQL",
            Status.ACCEPTED,
            "2023-09-20",
            tags=("storage", "database"),
            deciders=("Grace Hopper",),
            relations=((S, 3),),
        ),
        _decision(
            6,
            "Run services on Kubernetes",
            Status.REJECTED,
            "2023-10-02",
            tags=("infrastructure",),
            deciders=("Linus Torvalds",),
        ),
        _decision(
            7,
            "Use SOAP for carrier APIs",
            Status.DEPRECATED,
            "2021-05-05",
            tags=("integration",),
            deciders=("Ada Lovelace",),
        ),
        _decision(
            8,
            "Sign webhooks with HMAC",
            Status.DRAFT,
            "2024-01-15",
            tags=("security", "integration"),
            deciders=("Barbara Liskov",),
        ),
    )
    return resolve_links(raw)


def catalog_of(
    decisions: tuple[Decision, ...], root: Path = ROOT, problems: tuple[Problem, ...] = ()
) -> Catalog:
    """A catalogue as ``load_catalog`` would return it, without touching a disk."""
    discovery = Discovery(("docs/adr",), tuple(d.path for d in decisions), "explicit")
    return Catalog(root, decisions, problems, discovery, is_git=True)


@pytest.fixture
def catalog() -> Catalog:
    problems = (
        Problem(
            "docs/adr/0004-adopt-opentelemetry-for-tracing.md",
            "status 'Proposed?' is not a known status",
            "unknown-status",
        ),
        Problem("docs/adr/0009-broken.md", "invalid YAML front matter on line 3", "invalid-yaml"),
    )
    return catalog_of(sample_decisions(), problems=problems)


@pytest.fixture
def app(catalog: Catalog) -> AdrApp:
    return make_app(Settings(), catalog, poll=False, index=False)


@pytest.fixture(autouse=True)
def no_cursor_blink(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A blinking cursor makes screenshots depend on timing."""
    monkeypatch.setattr(Input, "_toggle_cursor", lambda self: None)
    monkeypatch.setattr(TextArea, "_toggle_cursor_blink_visible", lambda self: None)
    yield


@pytest.fixture(autouse=True)
def truecolour_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """The app draws for a truecolour terminal, whatever TERM runs the tests.

    Rich reads TERM=xterm (and no TERM) as 16 colours, and the footer follows the
    terminal's colours (``KeyFooter``'s ``-few-colours``): snapshots must not.
    """
    monkeypatch.setenv("COLORTERM", "truecolor")


@contextlib.asynccontextmanager
async def source_view_of(
    repo: Path, size: tuple[int, int] = (80, 24)
) -> AsyncIterator[tuple[AdrApp, Pilot[int], SourceView]]:
    """The app on ``repo``, its first ADR opened and shown as source (``enter``, ``v``)."""
    app = make_app(Settings(), load_catalog(repo, Settings()), poll=False, index=False)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("enter", "v")
        await settle(pilot)
        yield app, pilot, app.screen.query_one(SourceView)
