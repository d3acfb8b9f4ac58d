"""Schedule a synthetic decision log's life and replay it as builder commits.

Every ADR gets a creation event and a handful of later events (edits, acceptance,
tags, links, a title rename, a renumbering); a few ADRs supersede older ones;
the ADR folder moves once; unrelated code commits interleave. Events are sorted
by time and replayed against a mutable model, so each commit is a complete,
valid state. Everything derives from one ``random.Random(seed)``: the same
arguments give byte-identical repositories (same commit ids).
"""

from __future__ import annotations

import datetime as dt
import heapq
import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from adr_tui.demo.builder import Change, Commit, Rename, Write
from bench import vocab
from bench.content import FORMATS, Adr, render

OLD_DIR = "doc/adr"
NEW_DIR = "docs/decisions"
START = dt.datetime(2019, 1, 7, 9, 0, tzinfo=dt.UTC)
SPAN = dt.timedelta(days=3 * 365)
"""The whole history spans three years whatever the size (denser logs, busier teams)."""
HOT_REVISIONS = 50
"""Revisions of the one long-lived ADR used by the status-timeline row."""
HOT_KEY = 1
MOVE_AT = 0.4
"""Fraction of the span at which ``doc/adr`` moves to ``docs/decisions``."""


@dataclass(order=True)
class _Event:
    when: float
    """Seconds after START."""
    seq: int
    kind: str = field(compare=False)
    key: int = field(compare=False, default=-1)
    other: int = field(compare=False, default=-1)
    """Supersession target key (for ``accept``), else -1."""


@dataclass
class Summary:
    """What the replay produced, for the manifest and the tests."""

    commits: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    formats: Counter[str] = field(default_factory=Counter)
    statuses: Counter[str] = field(default_factory=Counter)
    authors: set[str] = field(default_factory=set)
    files: dict[str, bytes] = field(default_factory=dict)
    """Final ADR files: path → content."""
    hot_path: str = ""
    hot_revisions: int = 0


class Timeline:
    """The schedule of one synthetic repository; iterate :meth:`commits` once."""

    def __init__(self, size: int, commits: int, seed: int) -> None:
        if size < 3 or commits < size + 3:
            raise ValueError("need at least 3 ADRs and one commit per ADR plus three")
        self.size = size
        self.target = commits
        self.rng = random.Random(seed)
        self.slot = SPAN.total_seconds() / size
        self.events: list[_Event] = []
        self.summary = Summary()
        self.duplicates: set[int] = set()
        self._seq = 0

    def _add(self, when: float, kind: str, key: int = -1, other: int = -1) -> None:
        self._seq += 1
        self.events.append(_Event(when, self._seq, kind, key, other))

    def _schedule(self) -> None:
        rng, slot, size = self.rng, self.slot, self.size
        self._add(0.0, "init")
        self._add(SPAN.total_seconds() * MOVE_AT, "move")
        code_commits = max(1, self.target // 40)
        for _ in range(code_commits):
            self._add(rng.uniform(1, SPAN.total_seconds()), "code")
        budget = self.target - 2 - code_commits - size  # events after the creations
        hot = min(HOT_REVISIONS - 1, max(3, budget // 3))
        per, extra = divmod(budget - hot, size - 1)
        for key in range(size):
            born = (key + rng.uniform(0.05, 0.9)) * slot
            self._add(born, "create", key)
            if key == HOT_KEY:
                self._schedule_hot(born, hot)
            else:
                index = key if key < HOT_KEY else key - 1  # position among ordinary ADRs
                self._schedule_life(key, born, per + (1 if index < extra else 0))

    def _schedule_life(self, key: int, born: float, count: int) -> None:
        rng, slot = self.rng, self.slot
        when = born
        duplicate = key > 2 and rng.random() < 0.01
        lifecycle: list[str] = []
        if duplicate:
            lifecycle.append("renumber")  # a number clash from parallel branches, fixed soon
        # A few decisions are never accepted: they stay proposed to the end.
        undecided = rng.random() < 0.03
        lifecycle += ["context", "decision", "wording" if undecided else "accept"]
        lifecycle += rng.choices(
            ["consequence", "wording", "tag", "relate", "retitle"],
            weights=[30, 30, 15, 12, 1.5],
            k=max(0, count - len(lifecycle)),
        )
        for index, kind in enumerate(lifecycle[:count]):
            # Early events follow creation closely; later ones trail off over months.
            gap = rng.uniform(0.05, 1.5) if index < 4 else rng.expovariate(1 / 25)
            when += gap * slot
            other = -1
            if kind == "accept" and key >= 10 and rng.random() < 0.1:
                other = key - rng.randint(5, min(60, key))
            self._add(when, kind, key, other)
        if duplicate:
            self.duplicates.add(key)

    def _schedule_hot(self, born: float, count: int) -> None:
        # One long-lived ADR edited all through the history: the status-timeline row.
        kinds = ["context", "decision", "accept"] + ["wording", "consequence"] * count
        kinds = kinds[: count - 1] + ["deprecate"]
        remaining = SPAN.total_seconds() - born
        for index, kind in enumerate(kinds, start=1):
            self._add(born + remaining * index / (count + 1), kind, HOT_KEY)

    # ----------------------------------------------------------------- replay

    def commits(self) -> Iterator[Commit]:
        """Yield every commit in time order (fills :attr:`summary` as it goes)."""
        self._schedule()
        heapq.heapify(self.events)
        state = _State(self.rng, self.size, self.duplicates)
        while self.events:
            event = heapq.heappop(self.events)
            author = state.author_for(event)
            changes, message = state.apply(event)
            if not changes:
                continue
            name, email, offset = author
            self.summary.authors.add(name)
            self.summary.kinds[event.kind] += 1
            self.summary.commits += 1
            yield Commit(f"{name} <{email}>", _stamp(event.when, offset), message, changes)
        state.finish(self.summary)


def _stamp(seconds: float, offset: str) -> str:
    sign = 1 if offset[0] == "+" else -1
    hours, minutes = int(offset[1:3]), int(offset[4:6])
    zone = dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))
    moment = (START + dt.timedelta(seconds=int(seconds))).astimezone(zone)
    return moment.isoformat()


class _State:
    """The mutable decision log the events are applied to."""

    def __init__(self, rng: random.Random, size: int, duplicates: set[int]) -> None:
        self.rng = rng
        self.size = size
        self.duplicates = duplicates
        self.folder = OLD_DIR
        self.adrs: dict[int, Adr] = {}
        self.next_number = 1
        self.owner: dict[int, tuple[str, str, str]] = {}
        self.topic: dict[int, str] = {}
        self.name_of: dict[int, str] = {}
        """Decision number → current file name, for adr-tools style links."""
        self.written: dict[int, tuple[str, bytes]] = {}
        """Key → (path, bytes) last committed: the final tree, without re-rendering."""

    def author_for(self, event: _Event) -> tuple[str, str, str]:
        owner = self.owner.get(event.key)
        if owner is not None and self.rng.random() < 0.7:
            return owner  # decisions are mostly edited by whoever proposed them
        return self.rng.choice(vocab.PEOPLE)

    def _write(self, adr: Adr) -> Write:
        adr.revisions += 1
        self.name_of[adr.number] = adr.filename
        content = render(adr, self.name_of)
        self.written[adr.key] = (adr.path, content)
        return Write(adr.path, content)

    def apply(self, event: _Event) -> tuple[tuple[Change, ...], str]:
        handler = getattr(self, f"_on_{event.kind}")
        result: tuple[tuple[Change, ...], str] = handler(event)
        return result

    def _on_init(self, event: _Event) -> tuple[tuple[Change, ...], str]:
        readme = b"# Orders platform\n\nServices, libraries and the decision log.\n"
        adr_readme = b"# Architecture decisions\n\nOne file per decision, numbered.\n"
        template = b"# Title\n\n## Status\n\nProposed\n\n## Context\n\n## Decision\n"
        return (
            Write("README.md", readme),
            Write(f"{OLD_DIR}/README.md", adr_readme),
            Write(f"{OLD_DIR}/template.md", template),
        ), "Initial commit: project skeleton and decision log"

    def _on_move(self, event: _Event) -> tuple[tuple[Change, ...], str]:
        for adr in self.adrs.values():
            adr.folder = NEW_DIR
        self.folder = NEW_DIR
        prefix = len(OLD_DIR)
        self.written = {k: (NEW_DIR + p[prefix:], c) for k, (p, c) in self.written.items()}
        return (Rename(OLD_DIR, NEW_DIR, directory=True),), f"Move {OLD_DIR} to {NEW_DIR}"

    def _on_code(self, event: _Event) -> tuple[tuple[Change, ...], str]:
        noun = self.rng.choice(vocab.NOUNS)
        text = (
            f'"""{vocab.sentence(self.rng, "python")}"""\n\nVALUE = {self.rng.randint(0, 9999)}\n'
        )
        return (Write(f"src/orders/{noun}.py", text.encode()),), f"Update the {noun} module"

    def _on_create(self, event: _Event) -> tuple[tuple[Change, ...], str]:
        rng = self.rng
        if event.key in self.duplicates and self.next_number > 1:
            number = self.next_number - 1  # the clash the renumber event will fix
        else:
            number = self.next_number
            self.next_number += 1
        when = (START + dt.timedelta(seconds=event.when)).date()
        self.owner[event.key] = rng.choice(vocab.PEOPLE)
        topic = self.topic[event.key] = vocab.pick_technology(rng)
        adr = Adr(
            key=event.key,
            number=number,
            title=vocab.title(rng, topic),
            folder=self.folder,
            format=FORMATS[event.key % len(FORMATS)],
            date=when,
            deciders=sorted({rng.choice(vocab.PEOPLE)[0] for _ in range(rng.randint(1, 3))}),
            tags=sorted({rng.choice(vocab.TAGS) for _ in range(rng.randint(1, 3))}),
            context=[vocab.paragraph(rng, topic) for _ in range(rng.randint(1, 3))],
            decision=[vocab.paragraph(rng, topic)],
            consequences=[vocab.sentence(rng, topic) for _ in range(rng.randint(2, 4))],
        )
        self.adrs[event.key] = adr
        return (self._write(adr),), f"Propose {adr.label}: {adr.title}"

    def _on_renumber(self, event: _Event) -> tuple[tuple[Change, ...], str]:
        adr = self.adrs[event.key]
        old = adr.path
        before = adr.label
        adr.number = self.next_number
        self.next_number += 1
        return (
            Rename(old, adr.path),
            self._write(adr),
        ), f"Renumber {before} to {adr.label} (number clash)"

    def _on_retitle(self, event: _Event) -> tuple[tuple[Change, ...], str]:
        adr = self.adrs[event.key]
        old = adr.path
        adr.title = vocab.title(self.rng, self.topic[event.key])
        if adr.path == old:
            return (), ""
        return (Rename(old, adr.path), self._write(adr)), f"Retitle {adr.label}: {adr.title}"

    def _on_context(self, event: _Event) -> tuple[tuple[Change, ...], str]:
        adr = self.adrs[event.key]
        adr.context.append(vocab.paragraph(self.rng, self.topic[event.key]))
        return (self._write(adr),), f"{adr.label}: expand the context"

    def _on_decision(self, event: _Event) -> tuple[tuple[Change, ...], str]:
        adr = self.adrs[event.key]
        adr.decision.append(vocab.paragraph(self.rng, self.topic[event.key]))
        return (self._write(adr),), f"{adr.label}: spell out the decision"

    def _on_consequence(self, event: _Event) -> tuple[tuple[Change, ...], str]:
        adr = self.adrs[event.key]
        adr.consequences.append(vocab.sentence(self.rng, self.topic[event.key]))
        return (self._write(adr),), f"{adr.label}: note a consequence"

    def _on_wording(self, event: _Event) -> tuple[tuple[Change, ...], str]:
        adr = self.adrs[event.key]
        index = self.rng.randrange(len(adr.context))
        adr.context[index] = vocab.paragraph(self.rng, self.topic[event.key])
        return (self._write(adr),), f"{adr.label}: reword the context"

    def _on_tag(self, event: _Event) -> tuple[tuple[Change, ...], str]:
        adr = self.adrs[event.key]
        tag = self.rng.choice(vocab.TAGS)
        if tag in adr.tags:
            return self._on_consequence(event)
        adr.tags.append(tag)
        return (self._write(adr),), f"{adr.label}: tag {tag}"

    def _on_relate(self, event: _Event) -> tuple[tuple[Change, ...], str]:
        adr = self.adrs[event.key]
        others = [self.adrs[k].number for k in range(max(0, event.key - 40), event.key)]
        if not others:
            return self._on_consequence(event)
        adr.relates_to.append(self.rng.choice(others))
        return (self._write(adr),), f"{adr.label}: link a related decision"

    def _on_accept(self, event: _Event) -> tuple[tuple[Change, ...], str]:
        adr = self.adrs[event.key]
        adr.date = (START + dt.timedelta(seconds=event.when)).date()
        if event.key != HOT_KEY and self.rng.random() < 0.04:
            adr.status = "rejected"
            return (self._write(adr),), f"Reject {adr.label}"
        adr.status = "accepted"
        old = self.adrs.get(event.other)
        if old is None or old.status != "accepted" or event.other == HOT_KEY:
            return (self._write(adr),), f"Accept {adr.label}"
        # proposed → accepted → superseded: both files change in one commit.
        old.status = "superseded"
        old.superseded_by = adr.number
        adr.supersedes.append(old.number)
        message = f"Accept {adr.label}, superseding {old.label}"
        return (self._write(adr), self._write(old)), message

    def _on_deprecate(self, event: _Event) -> tuple[tuple[Change, ...], str]:
        adr = self.adrs[event.key]
        adr.status = "deprecated"
        return (self._write(adr),), f"Deprecate {adr.label}"

    def finish(self, summary: Summary) -> None:
        for adr in self.adrs.values():
            summary.formats[adr.format] += 1
            summary.statuses[adr.status] += 1
            path, content = self.written[adr.key]
            summary.files[path] = content
        hot = self.adrs[HOT_KEY]
        summary.hot_path = hot.path
        summary.hot_revisions = hot.revisions
