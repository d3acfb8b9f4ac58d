"""The catalogue: every decision of a repository, loaded once, looked up many ways.

``load_catalog`` = locate the repository, discover ADR files, parse each one,
resolve links, collect problems. A broken file becomes a Problem; nothing is
ever written to the repository. When no file changed since the last load, the
whole catalogue comes back from its snapshot instead (``core/snapshot.py``).
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import field, replace
from functools import partial
from pathlib import Path
from typing import NamedTuple

from adr_tui.core.adrnames import (
    DATE_NAMED,
    letter_of_name,
    numbering_of,
    record_folder_name,
    stem_of,
)
from adr_tui.core.errors import NotFoundError, RepoError
from adr_tui.core.lazypattern import LazyPattern
from adr_tui.core.model import Decision, Discovery, Problem, Relation
from adr_tui.core.parsecache import ParseCache
from adr_tui.core.records import record
from adr_tui.core.settings import Settings, with_repo_config
from adr_tui.core.snapshot import SavedDecisions, Snapshot, Verdict, file_signatures
from adr_tui.core.sources import FileSource, UnreadableFileError, WorktreeSource

_NUMBER_NAME = LazyPattern(r"^(?:adr[-_ ]?)?0*(\d+)([a-z]?)$", re.IGNORECASE)


def find_root(start: Path) -> tuple[Path, bool]:
    """The repository root containing ``start`` and whether it is a Git repository.

    A plain folder is its own root (history is then unavailable).
    """
    start = start.resolve()
    if not start.exists():
        raise RepoError(f"{start} does not exist", "Path not found")
    here = start if start.is_dir() else start.parent
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            return folder, True
    return here, False


_CONFIG_LINE = LazyPattern(r"(?im)^[ \t]*(?:\[([^\]\r\n]{1,200})\]|url[ \t]*=[ \t]*(\S{1,500}))")
"""A git config section header (``[remote "origin"]``) or a ``url =`` line, in file order."""


def repository_names(root: Path) -> frozenset[str]:
    """What a forge calls this repository: its folder's name and its remotes' (read, never run).

    A record's link to a forge page of a file relates a record only on a page of this
    repository (``links.resolve_links``). A clone under another name still knows its
    remotes: ``url = git@github.com:cisagov/manage.get.gov.git`` names ``manage.get.gov``.
    Only ``[remote …]`` sections count (a submodule's URL names another repository).
    """
    names = {root.name}
    config = _git_config(root)
    section = ""
    for header, url in _CONFIG_LINE.findall(config):
        if header:
            section = header.strip().lower()
        elif section.startswith("remote"):
            name = re.split(r"[/:]", url.rstrip("/"))[-1].removesuffix(".git")
            if name:
                names.add(name)
    return frozenset(names)


def _git_config(root: Path) -> str:
    """The first 64 KB of the repository's git config; empty when there is none.

    A worktree's or a submodule's ``.git`` file is followed (``gitdir:``, then a
    worktree's ``commondir``): its folder's name is rarely the repository's.
    """
    git = root / ".git"
    try:
        if git.is_file():
            pointer = git.read_text("utf-8", errors="replace")[:4096].strip()
            if not pointer.startswith("gitdir:"):
                return ""
            git = (root / pointer.removeprefix("gitdir:").strip()).resolve()
            common = git / "commondir"
            if common.is_file():
                git = (git / common.read_text("utf-8", errors="replace").strip()).resolve()
        with (git / "config").open("rb") as handle:
            return handle.read(65536).decode("utf-8", errors="replace")
    except OSError:
        return ""


@record
class Catalog:
    """All decisions of one repository (or folder), with their problems."""

    root: Path
    """Absolute repository root."""
    decisions: Sequence[Decision]
    """Decisions sorted by number (unnumbered last), then path: a tuple, or a snapshot's
    :class:`~adr_tui.core.snapshot.SavedDecisions`, each built when first read."""
    problems: tuple[Problem, ...]
    """File-level and log-level problems, in path order."""
    discovery: Discovery
    """Where the decisions were found."""
    templates: tuple[str, ...] = ()
    """Files recognised as ADR templates (not counted as decisions)."""
    is_git: bool = False
    """Whether ``root`` is a Git repository."""
    at: str | None = None
    """The revision or date this catalogue reflects; None for the working tree."""
    tagged: bool = field(init=False, compare=False)
    """Whether any decision has tags."""
    numbered: bool = field(init=False, compare=False)
    """Whether any decision has a number (a log named by dates has none)."""
    _by_id: dict[str, int] = field(init=False, repr=False, compare=False)
    """Each decision's index by id."""

    def __post_init__(self) -> None:
        # A snapshot's decisions say these without being built (see SavedDecisions).
        decisions = self.decisions
        if isinstance(decisions, SavedDecisions):
            ids, tagged, numbered = decisions.ids, decisions.tagged, decisions.numbered
        else:
            ids = tuple(d.id for d in decisions)
            tagged = any(d.tags for d in decisions)
            numbered = any(d.number is not None for d in decisions)
        object.__setattr__(self, "tagged", tagged)
        object.__setattr__(self, "numbered", numbered)
        object.__setattr__(self, "_by_id", {id_: i for i, id_ in enumerate(ids)})

    def build_all(self) -> None:
        """Build every decision a snapshot left to be built when first read (in a worker).

        Then the first look at all of them (a jump to an ADR, the palette) does not
        build thousands on the UI thread.
        """
        for _ in self.decisions:
            pass

    def __iter__(self) -> Iterator[Decision]:
        return iter(self.decisions)

    def __len__(self) -> int:
        return len(self.decisions)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        """The problems ``adr-tui check`` fails on: all but the ``info`` notes."""
        return tuple(p for p in self.problems if not is_note(p))

    def get(self, decision_id: str) -> Decision | None:
        """The decision with this id, if any."""
        index = self._by_id.get(decision_id)
        return None if index is None else self.decisions[index]

    @property
    def in_number_order(self) -> bool:
        """Whether :attr:`decisions` are known to keep their order (a snapshot's do)."""
        return isinstance(self.decisions, SavedDecisions)

    def index_of(self, decision_id: str) -> int | None:
        """Where the decision with this id is in :attr:`decisions`, if it is there."""
        return self._by_id.get(decision_id)

    def find(self, name: str) -> Decision:
        """The one decision named by a number (``55``, ``ADR-0055``), id, path or file-name words.

        Raises:
            NotFoundError: nothing matches, or several decisions do (they are named).
        """
        same = self.matches(name)
        if len(same) == 1:
            return same[0]
        if same:
            ids = ", ".join(d.id for d in same)
            raise NotFoundError(f"{name!r} is ambiguous: {ids}; name one by its id")
        raise not_found(name, self.at)

    def matches(self, name: str) -> tuple[Decision, ...]:
        """The decisions ``name`` may mean, the closest kind of match only.

        An id, path or section's address ("DECISIONS.md#2"), then a number (each log
        numbers its own, so a monorepo's logs share them), the file name, its words
        without the number or date, every word typed being a word of the file name ('keycloak' for
        ``0012-use-keycloak-for-identity.md``), and last the start of one ('keycl').
        """
        cleaned = name.strip().removeprefix("./")
        if Path(cleaned).is_absolute():  # a file given by its full path: the one file it is
            try:
                cleaned = Path(cleaned).resolve().relative_to(self.root).as_posix()
            except ValueError:
                return ()  # a file of another repository
        hit = self.get(cleaned)
        if hit is not None:
            return (hit,)
        path, mark, part = cleaned.rpartition("#")
        if mark and part:  # a section by its address, as check names it ("DECISIONS.md#2")
            named = tuple(d for d in self.decisions if d.part == part and d.path == path)
            if named:
                return named
        in_file = tuple(d for d in self.decisions if d.path == cleaned)
        if in_file:  # a log kept in one file: each of its sections (ambiguous, unless one)
            return in_file
        match = _NUMBER_NAME.match(cleaned)
        if match:
            same = tuple(d for d in self.decisions if d.number == int(match.group(1)))
            # '26a' is ADR-026a and '26' the unlettered ADR-026 beside it (Guffawaffle/majel);
            # "ADR-005" beside "005-ecr.md" and "cp30/ADR-005-x.md", two logs numbered apart
            # (ministryofjustice/cloud-platform), is the one written "ADR-005"; a bare "5"
            # stays ambiguous.
            same = _file_named_as(same, match.group(2).lower(), letter_of_name)
            typed_as = numbering_of(cleaned)
            if typed_as is not None and typed_as[0] == DATE_NAMED and not same:
                # "20200926" in a log named by dates (thomvaill/log4brains): the records of
                # that day, which carry no number
                return tuple(d for d in self.decisions if _named_by(d.path) == typed_as)
            if typed_as is not None and typed_as[0]:
                same = _file_named_as(same, typed_as, numbering_of)
            return same
        folded, words = _folded(cleaned), _words(cleaned)
        tests: tuple[Callable[[Decision], bool], ...] = (
            lambda d: _stem(d.path) == folded,
            lambda d: _slug(d.path) == folded,
            lambda d: _keyed(folded, _stem(d.path)),
            lambda d: bool(words) and words <= _words(_slug(d.path)),
            lambda d: bool(words) and _starts(words, _words(_slug(d.path))),
        )
        for test in tests:
            same = tuple(d for d in self.decisions if test(d))
            if same:
                return same
        return ()


def _file_named_as(
    same: tuple[Decision, ...], wanted: object, of_name: Callable[[str], object]
) -> tuple[Decision, ...]:
    """Of decisions sharing a number, those whose file name gives ``wanted`` (all if none)."""
    if len(same) < 2:
        return same
    alike = tuple(d for d in same if of_name(d.path.rpartition("/")[2]) == wanted)
    return alike or same


def _keyed(typed: str, stem: str) -> bool:
    """Whether a file name starts with the id typed, then its words: "0.1.0" for "ADR-0.1.0-x".

    tvproductions/gzkit numbers its decisions as versions ("ADR-0.0.10-storage-tiers"),
    which no number rule reads; every word of "0.1.0" is also a word of "ADR-0.0.1-y".
    Only an id with a digit counts: "use" would start every "use-x" file's name.
    """
    if not any(c.isdigit() for c in typed):
        return False
    return any(stem.startswith(f"{lead}{typed}{sep}") for lead in ("", "adr-") for sep in "-_ ")


def _named_by(path: str) -> tuple[str, int] | None:
    """How a record's file (or, kept as a folder's page, its folder) numbers or dates it."""
    return numbering_of(stem_of(path))


def not_found(name: str, at: str | None = None) -> NotFoundError:
    """The error for a name that matches no decision (in the log as of ``at``, if given)."""
    when = f" as of {at} (it may be newer)" if at else ""
    return NotFoundError(
        f"no ADR named {name!r}{when} (try a number such as 12, words of a file name, an id"
        " or a path)"
    )


_WORD_SPLIT = LazyPattern(r"[\W_]+")


def _starts(typed: set[str], words: set[str]) -> bool:
    """Whether each typed word begins a word of ``words``."""
    return all(any(w.startswith(t) for w in words) for t in typed)


def _folded(text: str) -> str:
    """``text`` compared as typed: case-folded, accents composed.

    A file named on macOS keeps "é" as "e" and a combining accent (NFD), which a
    name typed elsewhere ("café", NFC) never equalled: ``show café`` found nothing.
    """
    return unicodedata.normalize("NFC", text).casefold()


def _words(text: str) -> set[str]:
    """The folded words of a name (split at hyphens, underscores, spaces, dots)."""
    return {w for w in _WORD_SPLIT.split(_folded(text)) if w}


_LEADING_KEY = LazyPattern(r"^(?:\d{8}|\d{4}-\d\d-\d\d|(?:adr[-_ ]?)?\d+)[-_ ]+", re.IGNORECASE)
"""What names a file before its words: ``0012-``, ``ADR-012_``, ``20230616-``, ``2023-06-16-``."""


def _stem(path: str) -> str:
    """A record's name (``0012-use-x``, a folder-kept record's folder), case-folded."""
    return _folded(stem_of(path))


def _slug(path: str) -> str:
    """The words of a file's name (``use-x``): how an unnumbered or dated ADR is named."""
    return _LEADING_KEY.sub("", _stem(path), count=1)


def _sort_key(d: Decision) -> tuple[bool, int, str]:
    return (d.number is None, d.number or 0, d.path)


def build_catalog(
    source: FileSource,
    discovery: Discovery,
    root: Path,
    *,
    is_git: bool,
    at: str | None = None,
    cache: ParseCache | None = None,
) -> Catalog:
    """Parse every discovered file of ``source`` into a catalogue (through ``cache`` if given)."""
    # Linking and checking run only when files are read (~10 ms of imports a warm
    # start, which reads the snapshot, does without).
    from adr_tui.core.checks import dated_by_log, log_problems
    from adr_tui.core.links import resolve_links
    from adr_tui.core.parsing.codes import numbers_by_code

    cache = cache or ParseCache(None)
    decisions: list[Decision] = []
    problems: list[Problem] = list(discovery.problems)
    templates: list[str] = []
    logs = frozenset(discovery.logs)
    for rel in discovery.files:
        try:
            data = source.read_bytes(rel)
        except UnreadableFileError as exc:
            problems.append(Problem(rel, str(exc), "unreadable"))
            continue
        if rel in logs:
            decisions.extend(_log_decisions(cache, data, rel, problems))
            continue
        outcome = cache.parse(data, rel)
        problems.extend(outcome.problems)
        if outcome.is_template:
            templates.append(rel)
        if outcome.is_template and outcome.decision is None:
            # A template kept above a filled-in example is listed as the example (its
            # parse warning says so): "not listed" was untrue for the demo's ADR-0003.
            problems.extend(_unfilled(rel))
        if outcome.decision is not None:
            decisions.append(outcome.decision)
    cache.save()
    decisions = dated_by_log(numbers_by_code(_pages_beside_records(decisions)), discovery.adr_dirs)
    linked = _without_document_links(
        resolve_links(decisions, repository_names(root)), source, discovery
    )
    linked.sort(key=_sort_key)
    problems.extend(log_problems(linked, discovery.adr_dirs))
    if is_git and at is None:  # records a sparse checkout leaves out: in no list, said here
        from adr_tui.core.gitlog.gitdir import sparse_problems

        problems.extend(sparse_problems(root, discovery.adr_dirs))
    problems.sort(key=lambda p: p.path)
    return Catalog(root, tuple(linked), tuple(problems), discovery, tuple(templates), is_git, at)


def _log_decisions(
    cache: ParseCache, data: bytes, rel: str, problems: list[Problem]
) -> list[Decision]:
    """Each section of the log file ``rel`` parsed as a decision of its own.

    A section's document has its own blob id (``digest``), so the parse cache and
    everything keyed by it stay right when another section of the file changes.
    """
    from adr_tui.core.logfile import dated_title, split_log  # only a log in one file needs it

    out = []
    for part in split_log(data):
        outcome = cache.parse(part.data, rel)
        problems.extend(outcome.problems)
        d = outcome.decision
        if d is None:
            continue
        d = replace(d, id=f"{d.id}#{part.key}", part=part.key)
        if part.number is not None:
            out.append(d if d.number is not None else replace(d, number=part.number))
            continue
        # A dated entry ("## 2025-07-27: Initial set-up"): its date, not its title's words.
        title, day = dated_title(d.title)
        out.append(replace(d, title=title, date=d.date or _day(day)) if day else d)
    return out


def _day(text: str) -> dt.date | None:
    """The date "2025-07-27" writes; None for one that is no date ("2025-13-45")."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def is_note(problem: Problem) -> bool:
    """Whether ``problem`` is only a note (``info``): shown, but not counted as a problem."""
    return problem.severity == "info"


def _unfilled(rel: str) -> list[Problem]:
    """A note for a numbered file still holding the template ("0002-new-decision.md").

    Such a stub is a record someone began: left out of the list silently, it went missing
    without a word (round 15 asked). "0000-template.md" and "0001-adr-template.md" are the
    log's templates, named so.
    """
    name = rel.rpartition("/")[2]
    numbering = numbering_of(name)
    if numbering is None or not numbering[1] or "template" in name.lower():
        return []
    message = "an unfilled template (its title, status or date are placeholders): not listed"
    return [Problem(rel, message, "unfilled-template", severity="info")]


def _pages_beside_records(decisions: list[Decision]) -> list[Decision]:
    """Folder pages unnumbered where a record file of their folder has their number.

    ``0003-assets/README.md`` beside ``0003-use-z.md`` holds ADR 3's pictures: read as a
    record kept as its folder's page, it was a second ADR-0003 (review 7). A log kept
    as folder pages (``0003-use-z/README.md``) has no such file beside it.
    """
    filed = {
        (posixpath.dirname(d.path), d.number)
        for d in decisions
        if d.number is not None and record_folder_name(d.path) is None
    }

    def beside_a_record(d: Decision) -> bool:
        folder = posixpath.dirname(posixpath.dirname(d.path))
        return record_folder_name(d.path) is not None and (folder, d.number) in filed

    return [replace(d, number=None) if beside_a_record(d) else d for d in decisions]


def _without_document_links(
    decisions: Sequence[Decision], source: FileSource, found: Discovery
) -> list[Decision]:
    """Linked decisions without the stated links that name no record, only a document.

    "Accepted; amends cost-model.md section 5": a bare file name with no number that no
    ADR answers to is a document mentioned, not a relation (``check`` called it broken);
    so is a link to a file of the tree that is no ADR. A numbered name, or a Markdown
    link to a file that is not there, stays a reference to a record (missing, if so).
    A bare ``#746`` that no record answers to is the tracker's issue or pull request
    ("Amended by #746", jaunder-org/jaunder: ``check`` reported a broken link to ADR 746).
    """
    records = set(found.files)

    def names_a_document(d: Decision, rel: Relation) -> bool:
        if rel.stated and rel.target_id is None and rel.ref.raw.startswith("#"):
            return rel.ref.target is None
        target = (rel.ref.target or "").split("#", 1)[0]
        if not (rel.stated and rel.target_id is None and target):
            return False
        if rel.ref.number is not None:
            return False  # "[ADR-0009](0009-gone.html)": a record, missing
        if target.lower().endswith((".html", ".htm")) and "://" not in target:
            return True  # a site's page that renders no record of the log
        if rel.ref.raw == rel.ref.target:  # written as a bare file name, not a link
            return True
        path = posixpath.normpath(posixpath.join(posixpath.dirname(d.path), target))
        return (
            "://" not in target
            and not path.startswith("..")
            and path not in records
            and (source.is_file(path))
        )

    out: list[Decision] = []
    for d in decisions:
        kept = tuple(r for r in d.relations if not names_a_document(d, r))
        out.append(d if len(kept) == len(d.relations) else replace(d, relations=kept))
    return out


def load_catalog(path: Path, settings: Settings | None = None) -> Catalog:
    """Load the decision log of the repository (or folder) containing ``path``."""
    root, is_git, settings = _located(path, settings)
    # Discovery's code (a dozen patterns, ~10 ms to import) loads only where it runs: a
    # warm start takes what it found from the snapshot.
    if settings.at is not None:
        from adr_tui.core.discovery import discover
        from adr_tui.core.gitlog import tree_source  # git is needed only for --at

        source: FileSource = tree_source(root, settings.at)
        found = discover(source, explicit_dirs=settings.adr_dirs, exclude=settings.exclude)
        cache = ParseCache.for_root(settings, root)
        return build_catalog(source, found, root, is_git=True, at=settings.at, cache=cache)
    worktree = WorktreeSource(root)
    start = _start_folder(path)
    snapshot = Snapshot.for_root(settings, root)
    if snapshot is None:
        from adr_tui.core.discovery import discover

        found = discover(
            worktree,
            explicit_dirs=settings.adr_dirs,
            exclude=settings.exclude,
            root=root,
            start=start,
        )
        return build_catalog(worktree, found, root, is_git=is_git, cache=ParseCache(None))
    found = snapshot.discover(start, settings)
    signatures = file_signatures(worktree.root, found.files)  # before any file is read
    saved = snapshot.read(found, signatures)
    if saved is not None:
        return Catalog(root, *saved, is_git=is_git)
    cache = ParseCache.for_root(settings, root)
    catalog = build_catalog(worktree, found, root, is_git=is_git, cache=cache)
    if signatures is not None:
        snapshot.save(catalog, signatures)
    return catalog


def missing_folders(catalog: Catalog) -> tuple[str, ...]:
    """What is said of each ADR folder named (``--adr-dir``, a config) that does not exist.

    Why a log shows no ADR, before "none in the usual folders": the CLI and the UI say it.
    """
    return tuple(p.message for p in catalog.problems if p.code == "missing-dir")


def none_found(catalogs: Sequence[Catalog]) -> str:
    """Why none of ``catalogs`` shows an ADR, and how to name the folder: one sentence.

    The CLI's empty ``list`` and ``check`` and the UI's empty list say it. It names what
    discovery looked for ("0 ADRs in no ADR folder" said nothing), never guesses a folder.
    """
    missing = [m for c in catalogs for m in missing_folders(c)]
    if missing:
        return (
            f"No ADRs found: {'; '.join(missing)}. Name a folder of the repository that "
            "exists with --adr-dir."
        )
    unread = [c for c in catalogs if c.discovery.files]
    if unread:  # files discovery listed, none of them read as a decision
        where = ", ".join(str(c.root) for c in unread)
        return f"No ADR could be read in {where}: see its problems ('adr-tui check')."
    empty = [str(c.root / d) for c in catalogs for d in c.discovery.adr_dirs]
    if empty:
        return (
            f"No ADRs found in {', '.join(empty)}: no file there is named as a record "
            "(0001-title.md). Name the folder that holds them with --adr-dir."
        )
    roots = ", ".join(str(c.root) for c in catalogs)
    return (
        f"No ADRs found in {roots}. Looked for .adr-dir, .log4brains.yml, folders named "
        "like docs/adr, doc/adr or docs/decisions (also a few levels down) and folders "
        "of numbered files (0001-title.md). Name the folder with --adr-dir."
    )


class Served(NamedTuple):
    """A catalogue as last saved, shown before it is checked against the files."""

    catalog: Catalog
    verdict: Callable[[], Verdict]
    """Whether the files are still those it was made from: a look at each (run it later)."""


def served_catalog(path: Path, settings: Settings | None = None) -> Served | None:
    """The catalogue last saved for ``path``'s working tree, not yet checked; None if none.

    The terminal UI shows it at once and checks it once the list is drawn: at
    10,000 ADRs that check (a look at every file) is ~50 ms the first screen need
    not wait for. When it fails, the UI loads as a refresh does. Everything else
    calls :func:`load_catalog`, which checks first.
    """
    root, is_git, settings = _located(path, settings)
    snapshot = Snapshot.for_root(settings, root) if settings.at is None else None
    if snapshot is None:
        return None
    start = _start_folder(path)
    saved = snapshot.read_unchecked(start, settings)
    if saved is None:
        return None
    return Served(Catalog(root, *saved, is_git=is_git), partial(snapshot.verdict, start, settings))


def _located(path: Path, settings: Settings | None) -> tuple[Path, bool, Settings]:
    """The repository root of ``path``, whether Git keeps it, and the settings it gives.

    A bare repository has commits and no files: it is read as of its HEAD, whatever the
    other folders opened beside it are (``adr-tui project.git checkout`` listed nothing
    of project.git). So is a repository whose files ``core.worktree`` checks out in
    another folder (it listed nothing: that folder has no ``.git`` to find it by).
    """
    root, is_git = find_root(path)
    settings = with_repo_config(settings or Settings(), root)
    if settings.at is None:
        from adr_tui.core.gitlog.gitdir import checked_out_elsewhere, is_bare_folder

        if checked_out_elsewhere(root) if is_git else is_bare_folder(root):  # file looks
            settings = replace(settings, at="HEAD")
    return root, is_git, settings


def _start_folder(path: Path) -> Path:
    """Where discovery starts for ``path``: the folder itself, or a file's folder."""
    return path.resolve() if path.is_dir() else path.resolve().parent
