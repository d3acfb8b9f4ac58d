"""Resolve references between decisions and derive the unstated side of each link.

A document may write ``Superseded by ADR-0012``, ``[12. X](0012-x.md)``, a bare
number or a slug. Each stated reference is resolved to a decision id where
possible; then every resolved link gets its inverse on the other decision,
marked ``stated=False``, so "superseded by" is known even when only the newer
ADR says "supersedes".
"""

from __future__ import annotations

import posixpath
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import PurePosixPath

from adr_tui.core.adrnames import (
    ADR_SUFFIXES,
    is_addendum,
    is_folder_page,
    letter_of_name,
    numbering_of,
    stem_of,
)
from adr_tui.core.discovery import TEMPLATE_NAME
from adr_tui.core.model import Decision, Reference, Relation, RelationKind
from adr_tui.core.parsing.codes import code_of, coded_id, written_id
from adr_tui.core.parsing.forge import forge_file
from adr_tui.core.parsing.numbers import letter_of_reference

_SLUG_CHARS = re.compile(r"[^a-z0-9]+")


def _slug(text: str) -> str:
    return _SLUG_CHARS.sub("-", text.lower()).strip("-")


# Plain string operations: this runs for every decision on every load.
def _folder(path: str) -> str:
    return path.rpartition("/")[0]


def _name(path: str) -> str:
    return path.rpartition("/")[2]


def _stem(path: str) -> str:
    name = _name(path)
    return name.rpartition(".")[0] or name


_FOLDER_PAGES = ("README", "index", "readme", "Index")
"""The names a site serves as a folder's page, for a record kept as one ("0002-x/README.md")."""
_LEADING_NUMBER = re.compile(r"^(?:adr[-_ ]?)?\d+[-_. ]*", re.IGNORECASE)
# A record id of letters and numbers, as a file name starts with it or a reference names it
# ("DEC-2026-012", "TDR-0005", "ADR-2024-003"): numbers the number rules do not read.
_RECORD_ID = re.compile(r"^([a-z]{1,10})((?:-\d{1,8}){1,3})(?=-|$)")


def _record_id(slug: str) -> str | None:
    """``dec-2026-012-x`` → ``dec-2026-12``: the id a slug starts with, zeros dropped."""
    match = _RECORD_ID.match(slug)
    if match is None:
        return None
    return match[1] + "".join(f"-{int(part)}" for part in match[2][1:].split("-"))


def _words(text: str) -> set[str]:
    return {w for w in _slug(text).split("-") if len(w) > 2 and not w.isdigit() and w != "adr"}


def _rest_of_name(path: str) -> str | None:
    """What a numbered file is named after its number ("logging-apm-monitoring"), else None."""
    stem = _stem(path)
    rest = _LEADING_NUMBER.sub("", stem)
    return rest.casefold() if rest and rest != stem and stem[:1].isdigit() else None


def _may_be_renamed(target: str, candidate: Decision) -> bool:
    """Whether a link to the missing file ``target`` may mean ``candidate``, its number's ADR.

    A renamed ADR keeps its number and usually a word of its name ('0003-use-x.md' for
    '0003-use-x-and-y.md'); '../adr-001-database.md' in a log whose ADR 1 is 'Record
    architecture decisions' names another document, and stays a broken link.
    """
    named = _words(_LEADING_NUMBER.sub("", _stem(target.split("#", 1)[0])))
    if not named:
        return True  # '0003.md', 'adr-3.md': nothing to tell them apart
    return bool(
        named & (_words(_LEADING_NUMBER.sub("", _stem(candidate.path))) | _words(candidate.title))
    )


def _numbered_alike(target: str, candidate: Decision) -> bool:
    """Whether the missing file ``target`` (a repository path) is numbered as ``candidate``'s.

    In the same folder, named by the same number the same way: "ADR024-tenant-isolation.md"
    for "ADR024-soft-multitenancy.md" (alphagov/gsp), renamed when its decision changed.
    The check reports the link as stale.
    """
    if _folder(target) != _folder(candidate.path):
        return False
    return numbering_of(_name(target)) == numbering_of(_name(candidate.path))


def _index_of(target: str, candidate: Decision) -> bool:
    """Whether ``target`` (a repository path, no record) is the index page of ``candidate``'s log.

    An index lists its log's records under headings, and a record links one there:
    "[ADR-0007](README.md#adr-0007-…)" names ADR-0007 by its label (the parser keeps the
    page, not the heading). A README elsewhere is another log's or project's page.
    """
    return _folder(target) == _folder(candidate.path) and is_folder_page(_name(target))


class _Index:
    """Lookup tables from the ways references name decisions to decision ids."""

    def __init__(self, decisions: Sequence[Decision], repositories: Iterable[str] = ()) -> None:
        self.decisions = decisions
        self.repositories = frozenset(name.casefold() for name in repositories)
        """What forges call the log's repository: a page of one of them shows a record of it."""
        self.by_path = {d.path: d for d in decisions if not d.part}
        self.in_log: dict[str, list[Decision]] = defaultdict(list)
        """The sections of each log kept in one file: a link to it names one by its number."""
        for d in decisions:
            if d.part:
                self.in_log[d.path].append(d)
        self.folders = frozenset(_folder(d.path) for d in decisions)
        """The folders that hold records: a numbered file apart from them is another log's."""
        self.by_name: dict[str, list[Decision]] = defaultdict(list)
        self.by_number: dict[int, list[Decision]] = defaultdict(list)
        self._by_slug: dict[str, list[Decision]] | None = None
        self._by_record_id: dict[str, list[Decision]] | None = None
        self._by_rest: dict[tuple[str, str], list[Decision]] | None = None
        self._by_code: dict[tuple[str, int], list[Decision]] | None = None
        for d in decisions:
            self.by_name[_name(d.path).lower()].append(d)
            if d.number is not None:
                self.by_number[d.number].append(d)

    @property
    def by_slug(self) -> dict[str, list[Decision]]:
        """Built on first use: most references resolve by path or number, and slugs cost."""
        if self._by_slug is None:
            self._by_slug = defaultdict(list)
            for d in self.decisions:
                self._by_slug[_slug(_stem(d.path))].append(d)
                self._by_slug[_slug(d.title)].append(d)
        return self._by_slug

    @property
    def by_record_id(self) -> dict[str, list[Decision]]:
        """Built on first use, as the slugs are: few logs name records by such ids."""
        if self._by_record_id is None:
            self._by_record_id = defaultdict(list)
            for d in self.decisions:
                if (key := _record_id(_slug(_stem(d.path)))) is not None:
                    self._by_record_id[key].append(d)
        return self._by_record_id

    @property
    def by_code(self) -> dict[tuple[str, int], list[Decision]]:
        """Records by the code and number of their coded id; built on first use."""
        if self._by_code is None:
            self._by_code = defaultdict(list)
            for d in self.decisions:
                if (coded := coded_id(written_id(d))) is not None:
                    self._by_code[code_of(coded[0]), coded[1]].append(d)
        return self._by_code

    def _coded(self, source: Decision, code: str, number: int) -> Decision | None:
        """The record a coded id names: one whose own id carries its code, else None.

        "Related: ADR-MB-003" in docs/adr (review 13) named docs/adr's own 3 ("Use
        Postgres"), not the mobile log's, and the check called it no broken link. A log
        that writes its ids so carries the code in each record's own (file name or title).
        """
        return self._nearest(source, self.by_code.get((code, number), []))

    @staticmethod
    def _nearest(source: Decision, candidates: list[Decision]) -> Decision | None:
        """One candidate; among several, the one in the source's own folder."""
        if len(candidates) == 1:
            return candidates[0]
        folder = _folder(source.path)
        same = [c for c in candidates if _folder(c.path) == folder and c is not source]
        return same[0] if len(same) == 1 else None

    def resolve(self, source: Decision, ref: Reference) -> Decision | None:
        target = ref.target
        if target and re.match(r"^[a-z]+://", target):
            if forge_file(target) is not None:  # this repository's (see names_elsewhere)
                return self._forge_record(target)
            target = None  # a web page: the reference's number or words may still name one
        target = target and target.split("#", 1)[0]  # "" for a link to a heading of this page
        routed = (target or "").startswith("/")  # a docs site's route: "/docs/adr/0001-x"
        if target:
            joined = PurePosixPath(source.path).parent / target
            parts: list[str] = []
            for part in joined.parts:
                if part == "..":
                    if parts:
                        parts.pop()
                elif part != ".":
                    parts.append(part)
            target = "/".join(parts)
            if target in self.in_log:  # "[ADR-004](decisions.md#adr-004-x)": that section
                same = [d for d in self.in_log[target] if d.number == ref.number]
                return same[0] if ref.number is not None and same else None
            hit = (
                self.by_path.get(target) or self._rendered_from(target) or self._folder_page(target)
            )
            if hit is not None:
                return hit
            found = self._nearest(source, self.by_name.get(_name(target).lower(), []))
            if found is not None:
                return found
            found = self._renumbered(target)
            if found is not None and not self._kept_its_number(source, ref, target):
                return found
            if ref.number is not None and not routed and self._elsewhere(target):
                return None
        if ref.number is not None and (coded := coded_id(ref.raw)) is not None:
            return self._coded(source, code_of(coded[0]), ref.number)
        if ref.number is not None:
            candidates = self.by_number.get(ref.number, [])
            if len(candidates) > 1:
                # "ADR-026" beside "ADR-026a" and "ADR-026b": the letter tells them apart.
                letter = letter_of_reference(ref.raw)
                candidates = [c for c in candidates if letter_of_name(_name(c.path)) == letter]
            if target:
                candidates = [
                    c
                    for c in candidates
                    if _numbered_alike(target, c)
                    or _may_be_renamed(target, c)
                    or _index_of(target, c)
                ]
            found = self._nearest(source, candidates)
            if found is not None:
                return found
        slug = _slug(ref.raw)
        found = self._nearest(source, self.by_slug.get(slug, []))
        if found is None and ref.number is None and (key := _record_id(slug)) is not None:
            found = self._nearest(source, self.by_record_id.get(key, []))
        return found

    @property
    def by_rest(self) -> dict[tuple[str, str], list[Decision]]:
        """Records by folder and the rest of their name after its number; built on first use."""
        if self._by_rest is None:
            self._by_rest = defaultdict(list)
            for d in self.decisions:
                if (rest := _rest_of_name(d.path)) is not None:
                    self._by_rest[_folder(d.path), rest].append(d)
        return self._by_rest

    def _renumbered(self, target: str) -> Decision | None:
        """The record a link to the missing numbered file ``target`` names under a new number.

        island-is/island.is renumbered "0013-logging-apm-monitoring.md" to 0014 when two
        records had 13; "Feature flags", the other 0013, still links to the old name: by its
        number alone the link named its own record, and the stale link went unreported.
        """
        rest = _rest_of_name(target)
        found = self.by_rest.get((_folder(target), rest), []) if rest else []
        return found[0] if len(found) == 1 else None

    def _kept_its_number(self, source: Decision, ref: Reference, target: str) -> bool:
        """Whether the link's number names another record the missing ``target`` may be.

        aleksacavic/PortPlanner moves a retired record with ``git mv`` to "superseded/" under
        a new name ("002-object-model-superseded.md") and writes its successor under the old
        one's words ("019-object-model.md"): "[ADR-002](002-object-model.md)" still means
        ADR 2, and named 19, as a record renumbered would have been.
        """
        return ref.number is not None and any(
            c is not source and _may_be_renamed(target, c)
            for c in self.by_number.get(ref.number, [])
        )

    def _elsewhere(self, path: str) -> bool:
        """Whether ``path`` is a numbered file apart from every folder that holds records.

        Not in one, below one, nor above one: Sage-Bionetworks/sage-monorepo's ADR 0001
        links "[RFC-0001](../rfcs/0001-x.md)", a proposal kept beside the log. Its number
        named the log's own ADR 0001 (whose words it shared), and the check called the
        link stale. A renamed or moved record keeps a folder of the log; a page elsewhere
        that is not numbered ("../guide/README.md#adr-0007") is still read as a record's
        link gone wrong (round 21c). A docs site's route ("/docs/adr/0001-x") is not asked:
        it need not be the repository's path of the page.
        """
        folder, _, name = path.rpartition("/")
        folder = folder.lstrip("/")
        if not folder or folder in self.folders or numbering_of(name) is None:
            return False
        below = folder + "/"
        return not any(f.startswith(below) or folder.startswith(f + "/") for f in self.folders)

    def names_another_log(self, source: Decision, ref: Reference) -> bool:
        """Whether ``ref`` is a numbered link to a record of another log (relates nothing)."""
        target = (ref.target or "").split("#", 1)[0]
        if ref.number is None or not target or "://" in target or target.startswith("/"):
            return False  # "/docs/adr/0001-x": a docs site's route, not the repository's path
        return self._elsewhere(posixpath.normpath(posixpath.join(_folder(source.path), target)))

    def _rendered_from(self, path: str) -> Decision | None:
        """The record a site's page ``path`` is rendered from ("x.html" from "x.md"), if any.

        A Ruby site's record keeps the page's name before its own suffix: "x.html" is rendered
        from "x.html.md" (ministryofjustice/hmpps-interventions-docs) or "x.html.md.erb".
        """
        stem, dot, suffix = path.rpartition(".")
        if not dot or suffix.lower() not in ("html", "htm"):
            return None
        return next(
            (
                d
                for s in ADR_SUFFIXES
                for d in (self.by_path.get(stem + s), self.by_path.get(path + s))
                if d
            ),
            None,
        )

    def _folder_page(self, path: str) -> Decision | None:
        """The record kept as the page of the folder ``path`` ("0002-x/" for "0002-x/README.md")."""
        if "." in _name(path):
            return None
        return next(
            (
                d
                for page in _FOLDER_PAGES
                for s in ADR_SUFFIXES
                if (d := self.by_path.get(f"{path}/{page}{s}"))
            ),
            None,
        )

    def _forge_record(self, url: str) -> Decision | None:
        """The record a forge's file page of this repository shows (None: not in the log)."""
        found = forge_file(url)
        if found is None:
            return None
        path = found[1].rstrip("/")
        return self.by_path.get(path) or self._unsuffixed(path) or self._folder_page(path)

    def _unsuffixed(self, path: str) -> Decision | None:
        """The record file ``path`` names without its suffix ("…/0004-x" for "0004-x.md")."""
        if "." in _name(path):
            return None
        return next((d for s in ADR_SUFFIXES if (d := self.by_path.get(path + s))), None)

    def names_elsewhere(self, ref: Reference) -> bool:
        """Whether ``ref`` is a forge's page of a file in another repository (relates nothing)."""
        if not (ref.target and re.match(r"^[a-z]+://", ref.target)):
            return False
        found = forge_file(ref.target)
        return found is not None and found[0].casefold() not in self.repositories


def resolve_links(
    decisions: Sequence[Decision], repositories: Iterable[str] = ()
) -> tuple[Decision, ...]:
    """Decisions with every stated relation resolved and every inverse added.

    ``repositories`` are the names forges give the log's repository: a link to a
    forge's page of a file relates a record only when the page is of it (adr-tools
    logs link npryce/adr-tools' own ``doc/adr`` pages); a page elsewhere relates nothing.
    """
    index = _Index(decisions, repositories)
    resolved: dict[str, list[Relation]] = {}
    for d in decisions:
        relations = []
        for rel in d.relations:
            if not rel.stated or index.names_elsewhere(rel.ref):
                continue
            target = index.resolve(d, rel.ref)
            if target is None and index.names_another_log(d, rel.ref):
                continue  # another log's record or a document: "[RFC-0001](../rfcs/0001-x.md)"
            if target is d and _names_an_annex(d, rel.ref):
                continue
            if target is None and _names_a_template(rel.ref):
                continue
            # Built directly: dataclasses.replace costs 3x as much, once per link per load.
            target_id = target.id if target else None
            relations.append(Relation(rel.kind, rel.ref, target_id, rel.stated))
        if d.number is not None and is_addendum(_name(d.path)):
            relations += _amended(d, index, relations)
        resolved[d.id] = relations
    derived: dict[str, list[Relation]] = defaultdict(list)
    for d in decisions:
        for rel in resolved[d.id]:
            if rel.target_id is None or rel.target_id == d.id:
                continue
            back = resolved[rel.target_id]
            inverse = rel.kind.inverse
            if any(b.kind is inverse and b.target_id == d.id for b in back):
                continue
            if any(x.kind is inverse and x.target_id == d.id for x in derived[rel.target_id]):
                continue
            ref = Reference(raw=d.label, number=d.number, target=d.path)
            derived[rel.target_id].append(Relation(inverse, ref, target_id=d.id, stated=False))
    return tuple(
        replace(d, relations=_without_plain_twins((*resolved[d.id], *derived[d.id])))
        if d.relations or resolved[d.id] or derived[d.id]
        else d
        for d in decisions
    )


def _names_a_template(ref: Reference) -> bool:
    """Whether ``ref`` links the log's template, which is no record of it.

    rufus-lang/rufus' first record says "See [RDR-0001](0001-template.md) for a template":
    numbered, the link read as a reference to record 1, and the check called it broken.
    """
    target = (ref.target or "").split("#", 1)[0]
    return "://" not in target and TEMPLATE_NAME.match(_name(target)) is not None


def _names_an_annex(record: Decision, ref: Reference) -> bool:
    """Whether ``ref``, which its number resolves to ``record`` itself, links another file.

    SFDO-Tooling/CumulusCI's ADR 4 links its proof of concept's scripts and findings,
    "[docs/adrs/0004-evidence/](0004-evidence/)": numbered as the record, the link named
    the record itself, and the check called it stale ("it is 0004-robot-….md now").
    """
    target = (ref.target or "").split("#", 1)[0]
    if not target or "://" in target:
        return False
    path = posixpath.normpath(posixpath.join(_folder(record.path), target))
    if stem_of(path).casefold() == stem_of(record.path).casefold():
        return False
    # a folder, or a file of another folder; "0004-old-name.md" beside it is the record's
    # own link gone stale when it was renamed
    return target.endswith("/") or "." not in _name(path) or _folder(path) != _folder(record.path)


def _amended(addendum: Decision, index: _Index, stated: list[Relation]) -> list[Relation]:
    """The amends link an addendum's name states ("ADR-003-ADDENDUM-x.md" amends ADR-003).

    Its record is the one other record of its number in its folder; none when the text
    already links it, or when the number names none or several.
    """
    folder = _folder(addendum.path)
    same = [
        d
        for d in index.by_number.get(addendum.number or 0, [])
        if _folder(d.path) == folder and not is_addendum(_name(d.path))
    ]
    if len(same) != 1 or any(r.target_id == same[0].id for r in stated):
        return []
    amended = same[0]
    ref = Reference(raw=amended.label, number=amended.number, target=_name(amended.path))
    return [Relation(RelationKind.AMENDS, ref, amended.id, stated=True)]


def _without_plain_twins(relations: tuple[Relation, ...]) -> tuple[Relation, ...]:
    """``relations`` less each relates-to whose record another relation names already.

    backstage/backstage's ADR014 says it replaces "[ADR013](./adr013-use-node-fetch.md)"
    in its context, and ADR013 says it is superseded by ADR014: each record listed the
    other twice, once as superseding or superseded and once as merely related.
    """
    closer = {r.target_id for r in relations if r.kind is not RelationKind.RELATES_TO}
    closer.discard(None)
    if not closer:
        return relations
    return tuple(
        r for r in relations if r.kind is not RelationKind.RELATES_TO or r.target_id not in closer
    )
