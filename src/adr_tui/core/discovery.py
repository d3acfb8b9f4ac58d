"""Find the ADR folders of a repository and the decision files inside them.

Precedence: explicit folders (``--adr-dir``, ``.adr-tui.toml`` or
``[tool.adr-tui]``), then tool configuration (``.adr-dir`` searched upward from
where the user stands, ``.log4brains.yml``), then the common folder names (at
the root and, for monorepos, a few levels down; with the folders named for
records beside them), then numbered folders that show a log, then the common
names inside a hidden top-level folder (".github/adr"), then other numbered
folders, and failing all, ADR-named files at the root.
"""

from __future__ import annotations

import fnmatch
import re
from collections import Counter, defaultdict
from itertools import islice
from pathlib import Path, PurePosixPath
from typing import Any

from adr_tui.core.adrnames import (
    DATE_NAMED,
    SUFFIX_PATTERN,
    is_adr_name,
    is_state_folder,
    numbering_of,
    record_folder_name,
)
from adr_tui.core.model import ADR_DIR_FILE, Discovery, Problem
from adr_tui.core.sources import FileSource

COMMON_DIRS = (
    "doc/adr",
    "doc/adrs",
    "docs/adr",
    "docs/adrs",
    # an architecture decision log, named so (pcah/python-clean-architecture, boozallen/palm);
    # under docs only: a folder "adl" elsewhere is as often openEHR's Archetype Definition Language
    "docs/adl",
    "doc/adl",
    "docs/decisions",
    # The same folder named in the log's language: German, Spanish, Portuguese, Italian
    # (davidsteimer/fristenrechner, abenassi/calculadora-inflacion-ar, Bappoz/Farol).
    "docs/entscheidungen",
    "docs/decisiones",
    "docs/decisoes",
    "docs/decisioni",
    "docs/architecture/decisions",
    "docs/architecture/adr",
    "docs/architecture/adrs",
    "doc/architecture/decisions",
    "doc/decisions",
    "docs/architecture-decisions",
    "docs/architecture-decision-records",
    "docs/architecture-decision-log",
    "architecture/decisions",
    "architecture-decisions",
    "architecture-decision-records",
    "architecture-decision-record",
    "architecture-decision-log",
    "decision-log",
    "decision-records",
    "adr-log",
    "adr",
    "adrs",
    "decisions",
)
_COMMON_NAMES = frozenset(d for d in COMMON_DIRS if "/" not in d)
NESTED_SEARCH_DEPTH = 3
"""How many folder levels below the root to look for common ADR folders (monorepos)."""
PACKAGE_SEARCH_DEPTH = 2
"""Levels searched below :data:`NESTED_SEARCH_DEPTH` inside a folder of packages.

openedx/edx-platform keeps a log per Django app: "lms/djangoapps/grades/docs/decisions" is
found within three levels, but "openedx/core/djangoapps/oauth_dispatch/docs/decisions" and
"openedx/core/djangoapps/content/learning_sequences/docs/decisions" lie deeper.
"""
# Folders that hold a monorepo's packages, apps or services ("djangoapps", "packages"): only
# below one is the search taken deeper, so a large code base is not listed to its leaves.
PACKAGES_FOLDER = re.compile(
    r"^(?:\w*apps|packages|services|modules|libs|components|plugins|projects|domains"
    r"|extensions|microservices|crates|teams)$",
    re.IGNORECASE,
)

MIN_NUMBERED_FILES = 3
"""An unlisted folder with this many ADR-numbered files is an ADR folder (docs/architecture)."""

# The logs are written in many languages, and so are their index and read-me pages:
# "INDICE.md", "sommaire.md", "LEIAME.md" (Spanish, French, Portuguese logs).
_INDEX_WORDS = (
    r"readme|index|changelog|contributing|summary|_sidebar|license|toc|glossary"
    r"|[ií]ndice|sommaire|inhalt|inhaltsverzeichnis|l(?:[eé]a|ee)me|leiame|lisezmoi|liesmich"
    # instructions for coding agents, kept beside the log (tvproductions/gzkit docs/design/adr)
    r"|agents|claude|gemini"
)
NOT_ADR_NAMES = re.compile(
    rf"^({_INDEX_WORDS})"
    # "README.pt-BR.md"; "_x" and hidden ".TEMPLATE.md" (decentraland/adr), which sites skip
    r"(\.[a-z]{2}(?:[-_][a-z]{2,4})?)?" + SUFFIX_PATTERN + r"$|^[_.]",
    re.IGNORECASE,
)
# "Template" in the languages the parser reads: "PLANTILLA.md", "0000-modele-adr.md",
# "Vorlage.md", "modello.md", "шаблон.md", "テンプレート.md".
_TEMPLATE_WORDS = (
    r"(?:templates?|plantillas?|mod[eè]les?|gabarits?|vorlagen?|modelos?|modell[oi]"
    r"|sjabloon|szablon|шаблон|テンプレート|模板|템플릿)"
)
_ADR_WORD = r"(?:adr|madr|ladr|dec)"  # "DEC-TEMPLATE.md" (davidsteimer/fristenrechner)
# … or the record's name spelled out: "000-decision-record-template.rst" (AWhetter/pathseq),
# "architecture-decision-record-template.md".
_RECORD_WORD = rf"(?:{_ADR_WORD}|(?:architecture[-_])?decision(?:[-_]record)?)"
# The language a translated file names after its words: "0001-x-de.md", "0001-x.en.md".
_LANGUAGE = r"(?:de|en|fr|es|pt|it|nl|pl|ja|zh|ko|ru|sv|da|fi|nb|no|cs|tr|uk)"
# A template is named as one once its number is set aside: "0000-adr-template.md",
# "adr000-template.md", "TEMPLATE.md" — but not "0039-use-velocity-as-template-engine.md"
# nor "0004-modelo-de-datos.md": the whole rest must be the word (with "adr" beside it).
# In English, whose word means nothing else, any unnumbered template-* name is one.
TEMPLATE_NAME = re.compile(
    rf"^(?:{_ADR_WORD}?[-_]?\d+[-_])?(?:{_RECORD_WORD}[-_])?{_TEMPLATE_WORDS}(?:[-_]{_ADR_WORD})?"
    rf"(?:[-_.]{_LANGUAGE})?"  # "0000-adr-template-de.md": the template, in German
    + SUFFIX_PATTERN
    + rf"$|^(?:{_ADR_WORD}[-_])?templates?[-_.]",
    re.IGNORECASE,
)
# "0001-x.md", "adr-5.md", and GitBook's "nr.-003-x.md" (from the heading "Nr. 003: X").
NUMBERED_NAME = re.compile(
    r"^(?:(?:adr[-_ ]?|nr\.?[-_ ]?)?\d{1,4}[-_ ]\S|adr[-_ ]?\d{1,4}" + SUFFIX_PATTERN + "$)",
    re.IGNORECASE,
)
# A page on how to write the log's records, numbered 0 or not at all, so listed first:
# "0-ADRの書き方.md" (behike56/be-external-api-py docs/1_ADR, "how to write an ADR"),
# "0000-how-to-write-an-adr.md". A numbered record about ADRs is a decision of the log.
GUIDE_NAME = re.compile(
    r"^(?:0+[-_ ]?)?(?:(?:adr|madr)の?(?:書き方|作り方|使い方)"
    r"|how[-_ ]?to[-_ ](?:write|create|use)[-_ ](?:an?[-_ ])?adrs?)" + SUFFIX_PATTERN + "$",
    re.IGNORECASE,
)
# A month or a day written without separators in the number's place: "202005-query-logging.md",
# "20221129-avoid-global-sort.md" (thanos-io/thanos docs/proposals-done). Meeting notes and
# release notes are named so too: such names count only in a folder named for records.
DATED_NAME = re.compile(r"^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:[0-3]\d)?[-_ ]\S")
# A log kept a folder a year ("docs/architecture/2024/20240105-use-x.md") names them so too.
_YEAR_FOLDER = re.compile(r"^(?:19|20)\d\d$")
# A numbered page about the log: "000-index.md", "01_adr_index.md" (goldenpath-idp-infra),
# not "004-index-vulnerabilities.md".
NUMBERED_INDEX = re.compile(
    r"^\d{1,4}[-_](?:adr[-_])?(?:index|readme|toc|summary)" + SUFFIX_PATTERN + "$",
    re.IGNORECASE,
)
# A translation of "0001-x.md" beside it: "0001-x.en.md" (MkDocs i18n) or "0001-x-de.md".
TRANSLATION_NAME = re.compile(
    rf"^(.+?)(?:\.[a-z]{{2}}(?:[-_][a-z]{{2,4}})?|-{_LANGUAGE})(" + SUFFIX_PATTERN + ")$",
    re.IGNORECASE,
)
# The page a site serves for its folder ("README.md", "index.mdx").
_READ_ME_PAGE = re.compile(r"^(?:readme|index)" + SUFFIX_PATTERN + "$", re.IGNORECASE)
# A folder a record keeps its annexes in: its number, then words ("0004-evidence").
_ANNEX_NAME = re.compile(r"^\d{1,4}[-_ ][^\W\d_]")
# "0001D-slug.md" beside "0001-slug.md": an approval record that belongs to the ADR.
COMPANION_NAME = re.compile(r"^(\d+)[A-Za-z][-_](.+)$")
# arc42's chapters, numbered but not decisions: "01_introduction_and_goals.adoc" ...
# "12_glossary.adoc" sit in the docs/src of hundreds of repositories that keep no ADR log.
ARC42_CHAPTER = re.compile(
    r"^\d\d_(?:introduction_and_goals|architecture_constraints|system_scope_and_context"
    r"|context_and_scope|solution_strategy|building_block_view|runtime_view|deployment_view"
    r"|(?:cross-?cutting_)?concepts|(?:architecture|design)_decisions|quality_(?:requirements"
    r"|scenarios)|(?:technical_)?risks(?:_and_technical_debts?)?|glossary)\.",
    re.IGNORECASE,
)
# The last part of a folder whose numbered files are records: "rfcs", "design-proposals".
RECORD_FOLDER = re.compile(
    r"^(?:.*[-_ ])?(?:rfcs?|proposals?|records|decisions|adrs?|adl"
    # enhancement proposals: jenkinsci/jep's "jep/200/README.adoc", tektoncd's "teps", KEPs
    r"|[jkpt]eps?|oteps?"
    r"|entscheidungen|decisiones|decis[oõ]es|decisioni|beslissingen|decyzje)"
    # … kept by state: thanos-io/thanos' "proposals-accepted" and "proposals-done"
    r"(?:[-_](?:accepted|approved|done|implemented|completed?|rejected|archived|drafts?"
    r"|active|pending|superseded|deprecated|old))?$",
    re.I,
)
# A folder named for the decisions it keeps: "docs/tech-decisions", "decision_records". Such
# a folder whose records are not numbered (tentaShiratori/timetable names them by topic,
# "notification.md") is a log when no other is found; "notes" or "rfcs" say less.
DECISIONS_FOLDER = re.compile(
    r"^(?:[^\W_]+[-_ ])*(?:decisions|decision[-_ ](?:records?|logs?)|entscheidungen|decisiones"
    r"|decis[oõ]es|decisioni|beslissingen|decyzje)$",
    re.IGNORECASE,
)
# A folder named for its records by their acronym, "<x> decision records": rufus-lang/rufus
# keeps its "Rufus decision records" in "doc/rdr" ("* ID: RDR-0000", drafts "RDR-nnnn").
# "hdr" or "sdr" name other things, so the records must call themselves so too.
_DR_FOLDER = re.compile(r"^([a-z])drs?$", re.IGNORECASE)
_DR_ID = re.compile(rb"\b([a-z])dr[-_ ]?(?:\d{3}|_?n{3}|x{3})", re.IGNORECASE)  # not "HDR-10"
# … a state only decisions are in: a blog's "drafts" beside its "archive" is no log.
_DECIDED_STATE = re.compile(r"^(?:accepted|approved|proposed|superseded|rejected)$", re.I)
MIN_STATE_FOLDERS = 2
"""State folders, each holding records, that make their parent a log (one state says little)."""
NOT_ADR_DIRS = frozenset(
    {"templates", "template", "assets", "images", "img", ".log4brains"}
    | {"_templates", "_static", "_build"}  # Sphinx's, beside .rst decisions
)
# Where a site generator or a converter writes its copy of the log ("docs/adrs/rendered",
# "docs/adr/_site"): below an ADR folder, such a folder holds copies, not more decisions.
# Above one ("site/docs/adr") it is just where the sources live, so only the part of the
# path below the ADR folder is looked at.
BUILT_COPY_DIRS = frozenset({"rendered", "_build", "_site", "site", "public", "dist", "build"})
# A name that starts with the record's number: "0001-x.md", "adr-7.md", "20240604-x.md".
NUMBERED_START = re.compile(r"^(?:adr[-_ ]?|nr\.?[-_ ]?)?\d", re.IGNORECASE)
# What file managers name a copy: "x copy.md", "x copy 2.md" (macOS), "x - Copy (2).md",
# "x - Kopie.md" (Windows, by language), "x (copy).md" (GNOME), "x (1).md", "Copy of x.md".
# Always after a space: "0011-store-question-copy-as-json.md" is a title, not a copy.
COPY_NAME = re.compile(
    r"^(?:copy of (?P<of>.+)|(?P<stem>.+?)(?: copy(?: \d+)?| - (?:copy|kopie|copie|copia|kopia"
    r"|kopio|копия)(?: \(\d+\))?| \((?:\d+|copy|another copy|\d+(?:st|nd|rd|th) copy)\))"
    r"(?P<suffix>\.[^.]+)?)$",
    re.IGNORECASE,
)
# "0003-x.md", "adr-3-x.md", and "adr_01.md" alone (f0rw4rd-dev/sb-final-project).
ROOT_ADR_NAME = re.compile(
    r"^(?:adr[-_ ]?\d+(?:[-_ ].+)?|\d{3,4}[-_ ].+)" + SUFFIX_PATTERN + "$", re.IGNORECASE
)
# A name that says ADR and its number: "adr-0002-mainnet-validator-key-management.md".
SAYS_ADR_NAME = re.compile(r"^adr[-_ ]?\d+(?:[-_ ].+)?" + SUFFIX_PATTERN + "$", re.IGNORECASE)
# A record's name with its number still to come: "ADR-XX" (nats-io/nats-architecture-and-design
# keeps its drafts so until they are numbered), "ADR-NNN", "ADR-TBD".
UNNUMBERED_RECORD = re.compile(r"^adr[-_ ]?(?:x+|n+|tbd)$", re.IGNORECASE)


def _normal(rel: str) -> str | None:
    """A clean relative folder path, or None when it escapes the repository."""
    parts: list[str] = []
    for part in PurePosixPath(rel.replace("\\", "/")).parts:
        if part in ("", "."):
            continue
        if part == ".." or part == "/":
            if not parts:
                return None
            parts.pop()
        else:
            parts.append(part)
    return "/".join(parts)


def _explicit_folder(given: str, root: Path | None) -> tuple[str | None, str]:
    """The repository path of a folder the user named, else None and why it names none.

    An absolute path inside the working tree ("$PWD/docs/adr", as a shell completes it)
    names its folder; it was taken as relative to the root and said not to exist. One
    outside ("../shared/adr", another clone's folder) is said to be outside, not missing.
    """
    outside = f"is outside the repository ({root})" if root else "is outside the repository"
    path = Path(given).expanduser()  # "~/src/app/docs/adr" quoted, or from a script
    if not path.is_absolute():
        return _normal(given), outside
    if root is None:  # a commit's tree (--at) has no place on disk
        return None, "is a path on disk: name the folder from the repository's root"
    try:
        inside = path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return None, outside
    return ("" if inside == "." else inside), outside


def _adr_dir_file(root: Path, start: Path) -> tuple[str, str, str | None] | None:
    """The nearest ``.adr-dir`` between ``start`` and ``root``, or None.

    Its repository path, its text and the folder it names (None when outside the repository).
    """
    here = start.resolve()
    root = root.resolve()
    while True:
        marker = here / ADR_DIR_FILE
        if marker.is_file():
            try:
                target = marker.read_text(encoding="utf-8").strip()
            except (OSError, UnicodeDecodeError):
                return None
            base = here.relative_to(root).as_posix() if here != root else ""
            where = f"{base}/{ADR_DIR_FILE}" if base else ADR_DIR_FILE
            return where, target, _normal(f"{base}/{target}" if base else target)
        if here == root or here.parent == here:
            return None
        here = here.parent


def _adr_dir_config(
    source: FileSource, root: Path, start: Path
) -> tuple[tuple[str, ...], list[Problem]]:
    """The folder ``.adr-dir`` names, when it holds ADRs; else a problem saying why not.

    A folder moved with ``git mv`` leaves its old name in ``.adr-dir``, and often the
    folder too (empty, or keeping a README "ADRs have moved"): trusting it would hide
    the whole log, so the log is searched for as if there were no ``.adr-dir``.
    """
    found = _adr_dir_file(root, start)
    if found is None:
        return (), []
    where, target, folder = found
    if folder is None:
        why = f"names {target!r}, outside the repository"
    elif not source.is_dir(folder):
        why = f"names {folder}, which does not exist"
    elif not _candidates(source, folder):
        why = f"names {folder}, which holds no ADR"
    elif where == ADR_DIR_FILE:
        return (folder, *_logs_continued(source, folder)), []
    else:
        return (folder,), []
    message = f"{ADR_DIR_FILE} {why}; ADRs were looked for elsewhere: fix or delete it"
    return (), [Problem(where, message, "stale-adr-dir")]


def _numbers_in(source: FileSource, folder: str) -> set[tuple[str, int]]:
    names = (f.rpartition("/")[2] for f in _candidates(source, folder))
    return {n for n in map(numbering_of, names) if n is not None}


def _logs_continued(source: FileSource, named: str) -> tuple[str, ...]:
    """The logs found by their common names that go on numbering the one ``.adr-dir`` names.

    adr-tools reads ``.adr-dir`` only to place the records it creates: DataDog/orchestrion's
    names "internal/docs/adr" (ADR 1), and ADR 2 was written in its site's
    "_docs/content/adr". A log of its own (a package's, from 1 again; or the one the file
    was turned away from, numbered before it) stays out: the file chose among them.
    """
    own = _numbers_in(source, named)
    if not own:
        return ()
    kinds = {kind for kind, _ in own}
    first = min(number for _, number in own)
    found: list[str] = []
    for folder in _common_dirs(source):
        if folder == named or folder.startswith(named + "/") or named.startswith(folder + "/"):
            continue
        numbers = _numbers_in(source, folder)
        if (
            numbers
            and not numbers & own
            and {kind for kind, _ in numbers} <= kinds
            and min(number for _, number in numbers) > first
        ):
            found.append(folder)
    return tuple(found)


def _candidates(source: FileSource, folder: str) -> set[str]:
    """The files below an ADR folder that may be decisions (not those of a built copy)."""
    return {
        f for f in source.walk_files(folder) if is_candidate(f) and not _in_built_copy(f, folder)
    }


def _log4brains_dirs(source: FileSource) -> tuple[str, ...]:
    if not source.is_file(".log4brains.yml"):
        return ()
    import yaml  # 20 ms to import: only for the repositories that use log4brains

    try:
        config = yaml.safe_load(source.read_bytes(".log4brains.yml"))
    except (OSError, yaml.YAMLError):
        return ()
    if not isinstance(config, dict):
        return ()
    found: list[str] = []
    project = config.get("project")
    if isinstance(project, dict) and isinstance(project.get("adrFolder"), str):
        found.append(project["adrFolder"])
    packages = project.get("packages") if isinstance(project, dict) else None
    for package in packages if isinstance(packages, list) else []:
        if isinstance(package, dict) and isinstance(package.get("adrFolder"), str):
            found.append(package["adrFolder"])
    return tuple(d for d in (_normal(f) for f in found) if d)


def _missing_packages(named: tuple[str, ...], found: tuple[str, ...]) -> list[Problem]:
    """Notes for the folders ``.log4brains.yml`` names that are not there.

    A package declared before its first record is usual, so it is a note, not a fault;
    but a renamed folder would otherwise vanish from the log without a word.
    """
    return [
        Problem(
            ".log4brains.yml", f"names {d}, which does not exist", "missing-dir", severity="info"
        )
        for d in dict.fromkeys(named)
        if d not in found
    ]


def _numbered_dirs(source: FileSource) -> tuple[tuple[str, ...], set[str]]:
    """Folders (up to a few levels down) holding several ADR-numbered files (not arc42's).

    Failing those, the files whose names say ADR ("docs/km/adr-0002-x.md" beside the
    folder's other documents, 1Money-Co/emerald) and their folders.
    """
    found = []
    by_state: list[str] = []  # folders whose records lie in folders named for their state
    one_state: dict[str, str] = {}  # … in one such folder so far, and that folder
    said: set[str] = set()
    records_only: set[str] = set()  # folders whose every document is named as an ADR
    decided: list[str] = []  # folders named for decisions, of records numbered or not
    frontier = [""]
    for _ in range(NESTED_SEARCH_DEPTH + 1):
        next_frontier: list[str] = []
        for folder in frontier:
            files = list(source.walk_files(folder, max_depth=0))
            names = [f.rsplit("/", 1)[-1] for f in files]
            folder_name = folder.rpartition("/")[2]
            dated = bool(RECORD_FOLDER.match(folder_name) or _YEAR_FOLDER.match(folder_name))
            numbered = [
                n
                for n in names
                if is_candidate(n)
                and (NUMBERED_NAME.match(n) or (dated and DATED_NAME.match(n)))
                and not ARC42_CHAPTER.match(n)
            ]
            subfolders = [d for d in source.list_dirs(folder) if "/." not in f"/{d}"]
            states = _state_folders(source, subfolders)
            if (
                folder
                and (
                    len(numbered) >= MIN_NUMBERED_FILES
                    or (_all_numbered(numbered, names) and _titled_as_log(source, folder, names))
                    or _keeps_record_pages(source, folder, subfolders)
                )
                and (not _in_chapters(folder) or _says_log(source, folder, names, numbered))
            ):
                found.append(folder)
            elif len(states) >= MIN_STATE_FOLDERS and not folder:
                by_state.extend(states)  # at the root the states themselves are the logs
            elif len(states) >= MIN_STATE_FOLDERS:
                by_state.append(folder)  # the log is the folder the states divide
            else:
                if states:
                    one_state[folder] = states[0]
                if folder:
                    so_named = DECISIONS_FOLDER.match(folder_name) and any(map(is_candidate, names))
                    if so_named or _names_its_records(source, folder_name, files):
                        decided.append(folder)
                    adrs = {f for f in files if SAYS_ADR_NAME.match(f.rsplit("/", 1)[-1])}
                    said |= adrs
                    if adrs and all(f in adrs for f in files if is_candidate(f)):
                        records_only.add(folder)
                next_frontier.extend(subfolders)
        frontier = next_frontier
    found = _with_parent_records(found, records_only)
    # lbh-adrs' "DES/Accepted" beside "Platform/{Accepted,Proposed}": a team's log that has
    # decided all it proposed so far is divided as its siblings are.
    parents = {f.rpartition("/")[0] for f in by_state}
    by_state.extend(f for f in one_state if f.rpartition("/")[0] in parents)
    if not (found or by_state):
        by_state = _lone_states(source, one_state)
    # Numbers also order the chapters of a document ("01-target-architecture.md"); a folder
    # named for records ("docs/rfcs", "design-proposals") says which numbers are decisions.
    # A log divided by states is one beside either, never in place of one.
    named = [f for f in found if RECORD_FOLDER.match(f.rpartition("/")[2])]
    if named or found or by_state:
        return tuple(sorted({*(named or found), *by_state})), set()
    if decided:  # tentaShiratori/timetable: "docs/tech-decisions/notification.md", …
        return tuple(sorted(decided)), set()
    return tuple(sorted({f.rpartition("/")[0] for f in said})), said


# A folder of a manual's or a course's chapters, numbered in reading order: no log, however
# many numbered pages it holds (runceel/SkimDownForWindows' "manual/01-getting-started.md" …
# "11-tips-and-troubleshooting.md", and their Japanese copy in "manual/ja").
_CHAPTERS_FOLDER = re.compile(
    r"^(?:(?:user[-_ ]?)?(?:manuals?|guides?)|tutorials?|chapters?|lessons?|courses?|workshops?)$",
    re.IGNORECASE,
)


def _in_chapters(folder: str) -> bool:
    """Whether ``folder`` or its parent is named for chapters ("manual", "manual/ja")."""
    return any(_CHAPTERS_FOLDER.match(part) for part in folder.split("/")[-2:])


# A line that opens a record's status: "## Status", "**Status:** Accepted", "status: accepted"
# (front matter), "* Status: proposed". Not "## Status codes", a chapter's.
_STATUS_LINE = re.compile(rb"^[-#* \t]{0,6}status(?:[* \t]*\r?$|\**[ \t]*:)", re.I | re.M)


def _says_log(source: FileSource, folder: str, names: list[str], numbered: list[str]) -> bool:
    """Whether a folder named for chapters (or in one) says it keeps a log all the same.

    Its read-me page is titled as one ("tutorials/README.md": "# Architecture Decision
    Records"), or its first numbered files each state a status, as records do and a
    manual's chapters do not ("guides/architecture/0001-x.md" of Nygard's records).
    """
    if _titled_as_log(source, folder, names):
        return True
    first = sorted(numbered)[:_STATED_RECORDS]
    return bool(first) and all(
        _STATUS_LINE.search(_head(source, f"{folder}/{name}", _STATE_READ)) for name in first
    )


_FIRST_HEADING = re.compile(rb"^#{1,2}[ \t]+([^\r\n]*)", re.MULTILINE)
_LOG_TITLE = re.compile(
    rb"(?:architecture[ \t]+)?decision[ \t]+(?:records?|log)\b|adrs?\b"
    rb"|architecture[ \t]+decisions\b",
    re.IGNORECASE,
)
_TITLE_READ = 512  # bytes of a read-me page read for its title


def _all_numbered(numbered: list[str], names: list[str]) -> bool:
    """Whether a folder's documents are all numbered (and there is one): records only."""
    return bool(numbered) and len(numbered) == sum(map(is_candidate, names))


def _titled_as_log(source: FileSource, folder: str, names: list[str]) -> bool:
    """Whether a folder's read-me page is titled as a decision log.

    praktikantonelli/promethea keeps its first two records in "architecture" under
    "# Architecture Decision Records (ADRs)": fewer than :data:`MIN_NUMBERED_FILES`
    numbered files are chapters as often, but not under such a page and alone in their
    folder: a guide beside them ("upgrading.md") makes it documentation, which may keep
    a log below (cometbft's "docs/architecture/tendermint-core").
    """
    page = next((n for n in names if n.lower() in ("readme.md", "index.md")), None)
    if page is None:
        return False
    heading = _FIRST_HEADING.search(_head(source, f"{folder}/{page}", _TITLE_READ))
    return heading is not None and _LOG_TITLE.match(heading[1]) is not None


def _lone_states(source: FileSource, one_state: dict[str, str]) -> list[str]:
    """The logs kept in one state folder so far, whose records state that state.

    LBHackney-IT/lbh-adrs began as "Platform/Proposed/" alone, two records saying
    "## **Status**" then "PROPOSED": one state says little of a folder ("accepted/" of a
    test's expected output), so only when nothing else is found, and the records agree.
    At the root the state folder is the log, as state folders there are.
    """
    return [
        folder or state
        for folder, state in sorted(one_state.items())
        if _states_its_records(source, state)
    ]


_STATE_READ = 4096  # a record states its status near its top
_STATED_RECORDS = 3  # records read to see that a state folder's records state its state


def _states_its_records(source: FileSource, state: str) -> bool:
    """Whether the first records of a state folder each state its state ("Status: Proposed")."""
    word = state.rpartition("/")[2].encode()
    stated = re.compile(rb"status\W{0,12}" + re.escape(word), re.IGNORECASE)
    records = sorted(f for f in source.walk_files(state, max_depth=0) if is_candidate(f))
    return bool(records) and all(
        stated.search(_head(source, rel, _STATE_READ)) for rel in records[:_STATED_RECORDS]
    )


def _names_its_records(source: FileSource, folder_name: str, files: list[str]) -> bool:
    """Whether a folder named "<x>dr" holds records each naming itself "<X>DR-<number>"."""
    named = _DR_FOLDER.match(folder_name)
    if named is None:
        return False
    letter = named[1].casefold().encode()
    records = sorted(f for f in files if is_candidate(f))[:_STATED_RECORDS]
    return bool(records) and all(
        any(said[1].lower() == letter for said in _DR_ID.finditer(_head(source, rel, _STATE_READ)))
        for rel in records
    )


def _head(source: FileSource, rel: str, size: int) -> bytes:
    """The first ``size`` bytes of a file; none of one that cannot be read (reported when read)."""
    try:
        return source.read_bytes(rel)[:size]
    except OSError:
        return b""


def _keeps_record_pages(source: FileSource, folder: str, subfolders: list[str]) -> bool:
    """Whether a folder named for records keeps them as numbered folders' pages.

    fluxcd/flux2 writes each RFC as "rfcs/0003-kubernetes-oci/README.md": no numbered
    file lies in "rfcs" itself. Only a folder so named is asked, so a document whose
    chapters are numbered folders ("guide/01-setup/README.md") is no log.
    """
    if not RECORD_FOLDER.match(folder.rpartition("/")[2]):
        return False
    pages = 0
    for sub in subfolders:
        name = sub.rpartition("/")[2]
        # "0003-kubernetes-oci", or the number alone: jenkinsci/jep's "jep/200/README.adoc"
        bare = name.isdigit() and not _YEAR_FOLDER.match(name)
        if not (bare or (name[:1].isdigit() and NUMBERED_NAME.match(name))):
            continue
        names = (f.rpartition("/")[2] for f in source.walk_files(sub, max_depth=0))
        pages += any(_READ_ME_PAGE.match(n) for n in names)
        if pages >= MIN_NUMBERED_FILES:
            return True
    return False


def _state_folders(source: FileSource, subfolders: list[str]) -> list[str]:
    """The ``subfolders`` named for a record's state that hold records.

    Only a name is asked of most folders; a state folder's files are listed to see that it
    holds documents. None unless one of them is a state only decisions are in.
    """
    states = [d for d in subfolders if is_state_folder(d.rpartition("/")[2])]
    held = [d for d in states if any(is_candidate(f) for f in source.walk_files(d, max_depth=0))]
    if not any(_DECIDED_STATE.match(d.rpartition("/")[2]) for d in held):
        return []
    return held


def _with_parent_records(found: list[str], parents: set[str]) -> list[str]:
    """Each found folder, or its parent when every document there is named as an ADR.

    cometbft/cometbft numbers its own records from 100 in "docs/architecture" and keeps
    Tendermint's in "docs/architecture/tendermint-core": while the newer log held two
    records, only the older folder had enough to be found, and the newer records (and
    the log's front page) were left out. Beside other documents ("docs/adr-001-x.md"
    among the guides of "docs") one such file does not make the whole folder a log.
    """
    widened = {
        parent if (parent := folder.rpartition("/")[0]) in parents else folder for folder in found
    }
    return sorted(widened)


# The number a folder takes as a chapter of its documents: "docs/1_ADR", "02-decisions".
_CHAPTER_NUMBER = re.compile(r"^\d{1,3}[-_. ]+")


def _other_case(source: FileSource, folders: list[str]) -> list[str]:
    """Folders named as a one-part common folder in other letters: "docs/source/reference/ADR".

    Or numbered as a chapter: behike56/be-external-api-py keeps "docs/1_ADR" (two records
    and a guide, too few to be found by their numbers). Where names ignore case (macOS)
    ``is_dir`` already found a folder spelt as listed; not twice.
    """
    found = []
    for folder in folders:
        parent, _, name = folder.rpartition("/")
        bare = _CHAPTER_NUMBER.sub("", name) if name[:1].isdigit() else name
        lower = bare.lower()
        if lower == name or lower not in _COMMON_NAMES:
            continue
        if bare != name or not source.is_dir(f"{parent}/{lower}" if parent else lower):
            found.append(folder)
    return found


# A folder of a Maven site's pages: "src/site/markdown" takes three levels before the site's
# first folder (setmy-info/setmy-info.github.io: "src/site/markdown/it/architecture/decisions"),
# so the search looks one level further below it.
_MAVEN_SITE_PAGES = re.compile(r"^src/site/(?:markdown|asciidoc|apt|xdoc)/[^/]+$")


def _common_dirs(source: FileSource) -> tuple[str, ...]:
    found = [d for d in COMMON_DIRS if source.is_dir(d)]
    frontier = [d for d in source.list_dirs("") if not d.startswith(".")]
    found.extend(_other_case(source, frontier))
    for _ in range(NESTED_SEARCH_DEPTH):
        next_frontier: list[str] = []
        for folder in frontier:
            found.extend(f"{folder}/{d}" for d in COMMON_DIRS if source.is_dir(f"{folder}/{d}"))
            if folder.rpartition("/")[0].rpartition("/")[2] == "modules":
                # Antora's fixed "modules/<name>/pages/" costs no level of the search
                # (vshn/application-catalog-docs: docs/modules/ROOT/pages/adr).
                pages = f"{folder}/pages"
                found.extend(f"{pages}/{d}" for d in COMMON_DIRS if source.is_dir(f"{pages}/{d}"))
            next_frontier.extend(d for d in source.list_dirs(folder) if "/." not in d)
        found.extend(_other_case(source, next_frontier))
        frontier = next_frontier
    for folder in frontier:
        if _MAVEN_SITE_PAGES.match(folder):
            found.extend(f"{folder}/{d}" for d in COMMON_DIRS if source.is_dir(f"{folder}/{d}"))
    found.extend(_in_packages(source, frontier))
    # Keep the outermost folder when one common name sits inside another (adr/decisions).
    unique = sorted(set(found))
    return tuple(d for d in unique if not any(d.startswith(o + "/") for o in unique if o != d))


def _hidden_common_dirs(source: FileSource) -> tuple[str, ...]:
    """Common ADR folders in a hidden top-level folder, holding numbered records: ".github/adr".

    runceel/SkimDownForWindows keeps its log in ".github/adr" beside its Copilot
    instructions, Mathews-Tom/transduce in ".docs/adr": the search passes over hidden
    folders (caches, tools' state), and found no log, or a numbered user manual in its
    place. Looked at only when no folder is named for a log, one listing per hidden
    folder.
    """
    found: list[str] = []
    for hidden in source.list_dirs(""):
        if not hidden.startswith(".") or hidden.lower() in NOT_ADR_DIRS:
            continue
        names = {d.rpartition("/")[2] for d in source.list_dirs(hidden)}
        for folder in _common_below(source, hidden, names, _COMMON_TREE):
            files = (f.rpartition("/")[2] for f in source.walk_files(folder, max_depth=0))
            if any(NUMBERED_NAME.match(name) and is_candidate(name) for name in files):
                found.append(folder)
    return tuple(found)


def _before_hidden_logs(
    source: FileSource, numbered: tuple[str, ...], said: set[str]
) -> tuple[tuple[str, ...], set[str]]:
    """The numbered folders found, or the hidden log in their place when none shows a log.

    One record in ".github/adr" hid a "design" log of three, so a hidden log is looked at
    after the numbered folders; but numbers also order a how-to's steps ("docs/01-step-1.md"),
    which then hid a ".github/adr" log of stated records. The numbered folders win only when
    one of them shows it keeps a log.
    """
    hidden = _hidden_common_dirs(source)  # mostly none: the numbered folders are not read
    if not hidden or (numbered and (said or any(_shows_a_log(source, d) for d in numbered))):
        return numbered, said
    return hidden, set()


def _shows_a_log(source: FileSource, folder: str) -> bool:
    """Whether a numbered folder shows it keeps a log, not a how-to's numbered steps.

    Named for records ("rfcs"), found by its state folders or numbered pages (no numbered
    file of its own), its files named as ADRs ("adr-001-x.md"), its read-me titled as a
    log or its first numbered files each stating a status.
    """
    names = [f.rpartition("/")[2] for f in source.walk_files(folder, max_depth=0)]
    numbered = [n for n in names if is_candidate(n) and NUMBERED_NAME.match(n)]
    if not numbered or RECORD_FOLDER.match(folder.rpartition("/")[2]):
        return True
    return any(map(SAYS_ADR_NAME.match, numbered)) or _says_log(source, folder, names, numbered)


def _record_folders_beside(source: FileSource, logs: tuple[str, ...]) -> tuple[str, ...]:
    """Folders named for records beside a log found by its common name, numbering records.

    Sage-Bionetworks/sage-monorepo keeps its ADRs in "docs/adr" and the RFCs they came
    from in "docs/rfcs" ("0001-bixarena-leaderboard-snapshot-automation.md"), which its
    ADRs link: alone, "docs/rfcs" would be a log; beside "docs/adr" it was never looked at.
    One numbered record is enough there (two logs just begun); a folder of other names
    ("docs/guides", "docs/records" of unnumbered pages) is not one.
    """
    found: list[str] = []
    for parent in sorted({d.rpartition("/")[0] for d in logs}):
        for folder in source.list_dirs(parent):
            name = folder.rpartition("/")[2]
            if name.startswith(".") or not RECORD_FOLDER.match(name):
                continue
            if name.lower() in _COMMON_NAMES:
                continue  # found by its name, or passed over ("docs/ADR" beside "docs/adr")
            names = (f.rpartition("/")[2] for f in source.walk_files(folder, max_depth=0))
            if any(NUMBERED_NAME.match(n) and is_candidate(n) for n in names) or (
                _keeps_record_pages(source, folder, list(source.list_dirs(folder)))
            ):
                found.append(folder)
    return tuple(found)


# Inside a package, folders that hold no package of their own: not listed by the deeper search
# ("docs" is looked into with the package, for its "docs/adr" and "docs/decisions").
_NO_PACKAGE = re.compile(
    r".*/(?:docs?|tests?|migrations|templates|static|locale|fixtures|management|__\w+__)$"
)
_END = ""
"""Marks a node of :data:`_COMMON_TREE` that ends a common folder's name."""


def _common_tree() -> dict[str, Any]:
    """The common folder names as a tree of their parts: "docs" → "architecture" → "adr"."""
    tree: dict[str, Any] = {}
    for common in COMMON_DIRS:
        node = tree
        for part in common.split("/"):
            node = node.setdefault(part, {})
        node[_END] = {}
    return tree


_COMMON_TREE = _common_tree()


def _common_below(
    source: FileSource, folder: str, names: set[str], tree: dict[str, Any]
) -> list[str]:
    """The common folders in ``folder`` whose sub-folders are ``names``, each level listed once."""
    found: list[str] = []
    for name in sorted(names & tree.keys()):
        path, node = f"{folder}/{name}", tree[name]
        if _END in node:
            found.append(path)
        if len(node) > (_END in node):
            inner = {d.rpartition("/")[2] for d in source.list_dirs(path)}
            found.extend(_common_below(source, path, inner, node))
    return found


def _in_packages(source: FileSource, frontier: list[str]) -> list[str]:
    """Common ADR folders up to :data:`PACKAGE_SEARCH_DEPTH` levels below ``frontier``.

    Only a package, or a package's folder, in a folder of packages at the last searched
    level or deeper is listed (:func:`_in_a_package`): below a shallower one
    ("lms/djangoapps") each package's "docs/adr" was within reach already, and listing its
    folders found nothing more (2.4 times the discovery of a tree of 450 such apps). Common
    names are matched against listings rather than asked for in every folder: a listing or
    two each, not thirty probes.
    """
    found: list[str] = []
    for _ in range(PACKAGE_SEARCH_DEPTH):
        next_frontier: list[str] = []
        for folder in frontier:
            if not _in_a_package(folder):
                continue
            subfolders = [d for d in source.list_dirs(folder) if "/." not in d]
            names = {d.rpartition("/")[2] for d in subfolders}
            found.extend(_common_below(source, folder, names, _COMMON_TREE))
            next_frontier.extend(d for d in subfolders if not _NO_PACKAGE.match(d))
        found.extend(_other_case(source, next_frontier))
        frontier = next_frontier
    return found


def _in_a_package(folder: str) -> bool:
    """Whether ``folder`` is a package, or a package's folder, too deep for the first search.

    "openedx/core/djangoapps/oauth_dispatch" and ".../djangoapps/content/x" are. Only a
    parent or grandparent counts: below "apps/admin/src/components" every component's
    folders were listed (900 listings for a tree of 3 apps; 11 now).
    """
    parts = folder.split("/")
    near = parts[max(NESTED_SEARCH_DEPTH - 1, len(parts) - 3) : -1]
    return any(PACKAGES_FOLDER.match(part) for part in near)


def is_candidate(rel: str) -> bool:
    """Whether a file inside an ADR folder may be a decision (by name alone)."""
    folders, _, name = rel.rpartition("/")
    if not is_adr_name(name):  # the rule the history follows too
        return False
    if folders and any(part.lower() in NOT_ADR_DIRS for part in folders.split("/")):
        return False
    # Index and read-me names start with a letter or "_": a numbered name skips that regex.
    if name[0].isdigit():
        if NUMBERED_INDEX.match(name) is not None:
            return False
    elif NOT_ADR_NAMES.search(name) is not None:
        # "0001-use-x/README.md": a folder per record (VitePress, Docusaurus serve it as
        # the folder's page); "adr/README.md" or a year's "2023/index.md" is about the log.
        return record_folder_name(rel) is not None
    return TEMPLATE_NAME.match(name) is None and GUIDE_NAME.match(name) is None


def _in_built_copy(rel: str, folder: str) -> bool:
    """Whether ``rel``, a file found in the ADR folder ``folder``, lies in a built copy below it."""
    below = rel[len(folder) + 1 :] if folder else rel
    if "/" not in below:
        return False  # most decisions: straight in the folder
    return any(part.lower() in BUILT_COPY_DIRS for part in below.split("/")[:-1])


def _is_one_word(name: str) -> bool:
    """A single word, in one case: "notes.md", "Config.md", "TODO.md".

    Not "funding-modality.md" (a draft waiting for its number) nor "NamingConventions.md":
    a decision's title takes several words.
    """
    stem = name.rpartition(".")[0]
    return stem.isalpha() and (stem.islower() or stem.isupper() or stem[1:].islower())


def _is_shouted(name: str) -> bool:
    """Capitals, words joined by "_" or "-": "DEUDA_TECNICA.md", named as README and LICENSE are.

    Not "ADR-XX.md": a record waiting for its number, named as the log names its records.
    """
    stem = name.rpartition(".")[0]
    return (
        stem.isupper()
        and stem.replace("_", "").replace("-", "").isalpha()
        and not UNNUMBERED_RECORD.match(stem)
    )


def _without_log_pages(files: set[str]) -> set[str]:
    """Drop unnumbered pages about the log ("notes.md", "DEUDA_TECNICA.md") from numbered logs.

    Where a folder numbers its decisions (``MIN_NUMBERED_FILES`` or more), a page
    named by one word and no number is about the log, not one of its records. A
    page named in capitals, as README and CHANGELOG are, is one beside any numbered
    or dated record (tsorren/DonaTrack-TP-DDS keeps its technical-debt register so).
    A log that numbers nothing keeps its "postgres.md" and "USE_KAFKA.md".
    """
    numbered: dict[str, int] = {}
    pages: list[tuple[str, str, int]] = []
    for rel in files:
        folder, _, name = rel.rpartition("/")
        # Most names start with their number: decided without a regex.
        if name[0].isdigit() or NUMBERED_START.match(name):
            numbered[folder] = numbered.get(folder, 0) + 1
        elif _is_shouted(name):
            pages.append((folder, rel, 1))
        elif _is_one_word(name):
            pages.append((folder, rel, MIN_NUMBERED_FILES))
    if not pages:
        return files
    return files.difference(
        rel for folder, rel, needed in pages if numbered.get(folder, 0) >= needed
    )


_DOCS_FOLDERS = frozenset(("doc", "docs", "documentation"))


def _without_documentation(files: set[str]) -> set[str]:
    """Drop a documentation folder's pages from beside the records it keeps ("adr-001-x.md").

    launchdarkly/launchpad-ui keeps "adr-001-….md" to "adr-008-….md" in "docs" with
    "tech-stack.md": where a folder named for documentation numbers only files named as
    ADRs, its other pages are the project's documentation ("ADR-XX.md" is still a record).
    """
    names: dict[str, list[str]] = defaultdict(list)
    for rel in files:
        folder, _, name = rel.rpartition("/")
        if folder.rpartition("/")[2].lower() in _DOCS_FOLDERS:  # no regex: runs per file
            names[folder].append(name)
    pages: set[str] = set()
    for folder, held in names.items():
        said = sum(1 for n in held if SAYS_ADR_NAME.match(n))
        numbered = sum(1 for n in held if NUMBERED_START.match(n))
        if said >= MIN_NUMBERED_FILES and said == numbered:
            pages.update(f"{folder}/{n}" for n in held if n[:3].lower() != "adr")
    return files - pages if pages else files


def _copy_of(name: str) -> str | None:
    """The name a stray copy was made from ("x copy.md" → "x.md"), or None for other names."""
    match = COPY_NAME.match(name)
    if match is None:
        return None
    return match["of"] or f"{match['stem']}{match['suffix'] or ''}"


def _without_copies(files: set[str]) -> tuple[set[str], list[Problem]]:
    """Drop stray copies beside their original; report every copy for ``adr-tui check``.

    Listing "0020-x copy.md" beside "0020-x.md" would show decision 20 twice, and
    dropping it silently would hide a stray file, so it is left out and reported.
    A copy whose original is gone is the only text of its decision: listed, reported.
    """
    kept = set(files)
    problems = []
    for rel in sorted(f for f in files if " " in f):  # every copy's name holds a space
        folder, _, name = rel.rpartition("/")
        original = _copy_of(name)
        if original is None:
            continue
        if TEMPLATE_NAME.match(original):
            # "adr-template copy.md" (celestiaorg/celestia-app): the template is no decision
            # and so not among the files, yet it is there; its copy is a template too.
            kept.discard(rel)
            message = f"a copy of the template {original}, not listed: delete it"
        elif (f"{folder}/{original}" if folder else original) in files:
            kept.discard(rel)
            message = f"a copy of {original}, not listed: delete it, or rename it as a decision"
        else:
            message = f"named as a copy of {original}, which is not there: rename it"
        problems.append(Problem(rel, message, "stray-copy"))
    return kept, problems


def _without_attachments(files: set[str]) -> set[str]:
    """Drop what a folder kept for one record holds beside the record: briefs, audits, forms.

    tvproductions/gzkit keeps each decision as "ADR-0.0.10-x/ADR-0.0.10-x.md", with its
    work items ("obpis/OBPI-0.0.10-01-y.md"), "audit/AUDIT.md" and "ADR-CLOSEOUT-FORM.md"
    in the same folder; a record kept as a numbered folder's page ("0006-x/README.md")
    is its folder's one record too. A folder is a record's when its name is numbered
    and its page is named as the folder (or is the folder's page).
    """
    pages: dict[str, str] = {}
    for rel in files:
        folder, _, name = rel.rpartition("/")
        below = folder.rpartition("/")[2]
        if record_folder_name(rel) is not None or (
            name.rpartition(".")[0].casefold() == below.casefold()
            and numbering_of(below) is not None
        ):
            pages[folder] = rel
    if not pages:
        return files
    return {f for f in files if f in pages.values() or not _inside(f, pages)}


def _without_annexes(files: set[str]) -> set[str]:
    """Drop what a folder named for a record beside it holds: its evidence, notes, findings.

    SFDO-Tooling/CumulusCI keeps "docs/adrs/0004-evidence/findings.md" (and the scripts of
    a proof of concept) beside "docs/adrs/0004-robot-framework-selenium-vs-playwright.md",
    which links them: the findings were listed as a record with no status. A folder is a
    record's annex when it is named by the number of a record of its parent folder and
    some words ("0004-evidence", not "2023" or "200") and numbers no record of its own;
    a dated name numbers no record.
    """
    folders = {rel.rpartition("/")[0] for rel in files}
    # most logs: no folder starts with a digit, decided without a regex or a number read
    suspects = [f for f in folders if any(part[:1].isdigit() for part in f.split("/"))]
    if not suspects:
        return files
    numbered: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for rel in files:
        folder, _, name = rel.rpartition("/")
        if (numbering := numbering_of(name)) is not None:
            numbered[folder].append(numbering)
    numbers = {(f, n) for f, held in numbered.items() for n in held if n[0] != DATE_NAMED}
    # a folder that numbers records of its own is a log ("0001-frontend/0001-use-react.md")
    logs = {folder for folder, held in numbered.items() if not _pages_of_one(folder, held)}
    annexes = {f for f in suspects if f not in logs and _is_annex(f, numbers)}
    return {rel for rel in files if rel.rpartition("/")[0] not in annexes} if annexes else files


def _pages_of_one(folder: str, numberings: list[tuple[str, int]]) -> bool:
    """Whether a folder's numbered files are pages of the one record its name numbers.

    bomctl/bomctl drafted ADR 9 in "009-use-standard-for-url-structure/" beside the two
    investigations it weighed ("0009-supporting-packageurl.md", "0009-supporting-standard-url
    .md"), then wrote it as record 10 above: the folder numbers no records of its own, and
    its three pages were three more ADR 9s. One file numbered so may be a log's first record.
    """
    name = folder.rpartition("/")[2]
    own = numbering_of(name) if name[:1].isdigit() else None
    return own is not None and len(numberings) > 1 and all(n[1] == own[1] for n in numberings)


def _is_annex(folder: str, numbers: set[tuple[str, tuple[str, int]]]) -> bool:
    """Whether ``folder`` or one above it is named as a record of its parent, words after."""
    parts = folder.split("/")
    for depth, name in enumerate(parts):
        numbering = numbering_of(name) if name[:1].isdigit() else None
        if numbering is None or not _ANNEX_NAME.match(name):
            continue
        if ("/".join(parts[:depth]), numbering) in numbers:
            return True
    return False


def _inside(rel: str, folders: dict[str, str]) -> bool:
    """Whether ``rel`` lies in (or below) one of ``folders``."""
    parts = rel.split("/")
    return any("/".join(parts[:n]) in folders for n in range(1, len(parts)))


def _without_companions(files: set[str]) -> set[str]:
    """Drop ``0001D-slug.md`` style companion records that sit beside ``0001-slug.md``."""
    kept = set(files)
    for rel in files:
        folder, _, name = rel.rpartition("/")
        match = COMPANION_NAME.match(name)
        if match:
            sibling = f"{match.group(1)}-{match.group(2)}"
            if (f"{folder}/{sibling}" if folder else sibling) in files:
                kept.discard(rel)
    return kept


def _without_translations(files: set[str]) -> set[str]:
    """Drop ``0001-x.en.md`` and ``0001-x-de.md`` when ``0001-x.md`` sits beside them."""
    kept = set(files)
    for rel in files:
        folder, _, name = rel.rpartition("/")
        stem = name.rpartition(".")[0]
        if "." not in stem and stem[-3:-2] != "-":
            continue  # most names: no language code, decided without a regex
        match = TRANSLATION_NAME.match(name)
        if match and f"{folder}/{match[1]}{match[2]}".lstrip("/") in files:
            kept.discard(rel)
    return kept


def _root_records(files: set[str]) -> set[str]:
    """The files of a log kept at the repository root (``--adr-dir .``), without its documents.

    The root holds the project's pages too ("business_objectives.md" beside "adr_01.md"):
    once a root file is named as a record, the other root files are documents.
    """
    root = {f for f in files if "/" not in f}
    named = {f for f in root if ROOT_ADR_NAME.match(f)}
    return (files - root) | named if named else files


def _numberings(files: set[str]) -> dict[str, list[tuple[str, int]]]:
    """Each folder's numbered records, as their names number them."""
    found: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for rel in files:
        folder, _, name = rel.rpartition("/")
        if (numbering := numbering_of(name)) is not None:
            found[folder].append(numbering)
    return found


def _numbers_its_own(inner: list[tuple[str, int]], outer: list[tuple[str, int]]) -> bool:
    """Whether a folder's records, inside a log's folder, are numbered apart from the log's.

    They name their numbers otherwise ("ADR-002-x.md" under a log of "002-x.md"), or start
    again where the log started (both at 1): an 'archive' folder continues the numbers.
    """
    (inner_scheme, _), *_ = Counter(s for s, _ in inner).most_common(1)
    (outer_scheme, _), *_ = Counter(s for s, _ in outer).most_common(1)
    if inner_scheme != outer_scheme:
        return True
    first = _first_number(outer)
    return len(inner) > 1 and first <= 1 and _first_number(inner) == first


def _first_number(numbers: list[tuple[str, int]]) -> int:
    """Where a folder's numbering starts, past its 0000: a template, a meta record or drafts.

    CMSgov/beneficiary-fhir-data names its RFCs "0000-x.md" until accepted and numbers the
    rest from 1, and so does "rfcs/BFDv2": both start at 1, the one's drafts aside.
    """
    return min((n for _, n in numbers if n), default=0)


def _sub_logs(dirs: tuple[str, ...], files: set[str]) -> tuple[str, ...]:
    """Folders inside an ADR folder that keep a log of their own, numbered apart or named so.

    ministryofjustice/cloud-platform keeps "cp30/ADR-002-x.md" inside the log of
    "002-x.md", each numbered from the start: one log, it had false duplicates.
    """
    numbered = _numberings(files)
    logs = list(dirs)
    found: list[str] = []
    for folder in sorted(numbered, key=lambda f: (f.count("/"), f)):
        outer = max(
            (d for d in logs if d != folder and (not d or folder.startswith(f"{d}/"))),
            key=len,
            default=None,
        )
        if (
            outer in numbered
            and folder not in logs
            and (
                # "decisions/api-adrs/0002-x.md" beside "decisions/0002-y.md": a folder named
                # for records keeps its own log (francarbajal17/VUS-structurizr)
                RECORD_FOLDER.match(folder.rpartition("/")[2])
                or _numbers_its_own(numbered[folder], numbered[outer])
            )
        ):
            logs.append(folder)
            found.append(folder)
    return tuple(found) + _lone_domains(numbered, dirs, found)


def _lone_domains(
    numbered: dict[str, list[tuple[str, int]]], dirs: tuple[str, ...], found: list[str]
) -> tuple[str, ...]:
    """Folders beside sub-logs that hold a record or two numbered from the same start.

    camunda/camunda keeps a log per domain below "docs/adr" ("storage/001-x.md",
    "storage/002-y.md"); a domain with one record so far ("gradle/001-z.md") starts
    again as its siblings did, which one record cannot show alone: it was read as a
    record 1 of the log above, a false duplicate of "docs/adr/0001-x.md".
    """
    parents = {f.rpartition("/")[0] for f in found}
    lone = []
    for folder in sorted(numbered):
        parent = folder.rpartition("/")[0]
        if folder in found or folder in dirs or parent not in parents or parent not in numbered:
            continue
        if min(n for _, n in numbered[folder]) == min(n for _, n in numbered[parent]):
            lone.append(folder)
    return tuple(lone)


# A log kept as one file: genebarker/shrikenet's "docs/decisions.md" ("## 1. Document
# Architecture Decisions", "## 2. …"), "DECISIONS.md", "docs/ADR.md", "decision-log.md".
ONE_FILE_LOG = re.compile(
    r"^(?:architecture[-_ ]?)?(?:decisions?|adrs?|decision[-_ ]?(?:log|records?))"
    r"(?:[-_ ]?log)?\.(?:md|markdown|rst|adoc|txt)$",
    re.IGNORECASE,
)
_ONE_FILE_FOLDERS = ("", "docs", "doc")
_ONE_FILE_READ = 256 * 1024  # a log's first part says what it is; a huge file is not read whole


def _one_file_logs(source: FileSource) -> list[str]:
    """Files that keep a decision log in one file, a decision per numbered section.

    No folder search finds them: genebarker/shrikenet's "docs/decisions.md", the
    "DECISIONS.md" coding agents write. The catalogue reads each section as a decision
    (``core/logfile.py``); a file of fewer numbered sections is a page, not a log.
    """
    from adr_tui.core.logfile import split_log  # only where no other log was found

    logs = []
    for folder in _ONE_FILE_FOLDERS:
        if folder and not source.is_dir(folder):
            continue
        for rel in source.walk_files(folder, max_depth=0):
            if ONE_FILE_LOG.match(rel.rpartition("/")[2]) and split_log(
                _head(source, rel, _ONE_FILE_READ)
            ):
                logs.append(rel)
    return logs


def _logs_alone(source: FileSource, dirs: tuple[str, ...], files: set[str]) -> tuple[str, ...]:
    """Logs kept in one file that are all an ADR folder holds (nexus_dash's "adr/decisions.md").

    Beside a record the file is an index of the records (listed twice if cut), so it
    stays one document; only a name :data:`ONE_FILE_LOG` allows is read at all.
    """
    # A folder's first two files say whether it holds one: no walk of a log of records.
    held = {
        d: list(islice((f for f in files if f.startswith(f"{d}/" if d else "")), 2)) for d in dirs
    }
    alone = {found[0] for found in held.values() if len(found) == 1}
    crowded = [f"{d}/" if d else "" for d, found in held.items() if len(found) > 1]
    logs = []
    for rel in sorted(alone):
        if ONE_FILE_LOG.match(rel.rpartition("/")[2]) and not any(map(rel.startswith, crowded)):
            from adr_tui.core.logfile import split_log  # a lone file only

            if split_log(_head(source, rel, _ONE_FILE_READ)):
                logs.append(rel)
    return tuple(logs)


# Where a documentation site's sources live: its copy of the log is kept here.
_SITE_FOLDERS = frozenset({"website", "site", "docs-site", "docsite", "www", "docusaurus"})


def _in_site(folder: str) -> bool:
    """Whether ``folder`` lies in a documentation site's folder ("website/docs/adr")."""
    return any(part.lower() in _SITE_FOLDERS for part in folder.split("/")[:-1])


def _without_copied_logs(
    source: FileSource, dirs: tuple[str, ...], found: dict[str, set[str]]
) -> tuple[tuple[str, ...], list[Problem]]:
    """The ADR folders without those that only copy another's records, and a note of each.

    A repository that moved its log often leaves its old common name as a symbolic link
    to the new folder ("docs/adr" → "../architecture-decisions", Princeton-CDH/cdh-ansible),
    and a documentation site keeps its own copy (josedab/pocket's "website/docs/adr" holds
    all twelve records, "docs/adr" seven of them): both were found, and a record listed
    twice. A link (its parent's listing names only real folders), or a folder where a site
    is built or beside one, whose files all read as another's (but for the front matter
    Docusaurus adds to each page), is a copy of it: of two alike, the link, else the
    deeper, gives way. Names alone say too little:
    "apps/www/docs/adr" (a web app's log, "www" being a site's name too) and
    "apps/api/docs/adr" both start with "0001-record-architecture-decisions.md". A copy
    dropped is noted (a link is the very folder, and says nothing).
    """
    names = {d: frozenset(f[len(d) + 1 :] if d else f for f in found[d]) for d in dirs}
    holders: dict[str, list[str]] = defaultdict(list)
    for folder in dirs:
        for name in names[folder]:
            holders[name].append(folder)
    linked = {d for d in dirs if d and d not in source.list_dirs(d.rpartition("/")[0])}
    rank = {d: (d in linked, d.count("/"), d) for d in dirs}  # the first of two alike is kept
    copies: dict[str, str] = {}
    for folder in dirs:
        held = len(names[folder])
        shared = Counter(o for name in names[folder] for o in holders[name] if o != folder)
        alike = sorted(
            other
            for other, count in shared.items()
            if count == held and (len(names[other]) > held or rank[other] < rank[folder])
        )
        for other in alike:
            if folder in linked or (
                (_in_site(folder) or _in_site(other))
                and _same_files(source, folder, other, names[folder])
            ):
                copies[folder] = other
                break
    notes = [
        Problem(
            folder,
            f"a copy of the log in {original} (the same files): its records are listed from there",
            "copied-log",
            severity="info",
        )
        for folder, original in sorted(copies.items())
        if folder not in linked
    ]
    return tuple(d for d in dirs if d not in copies), notes


# A page's front matter, which a documentation site adds to its copy of a record
# (Docusaurus' "---\nsidebar_position: 3\n---" on top).
_FRONT_MATTER = re.compile(
    rb"\A(?:\xef\xbb\xbf)?---[ \t]*\r?\n(?:.*?\r?\n)?(?:---|\.\.\.)[ \t]*\r?$", re.M | re.S
)


def _body(text: bytes) -> bytes:
    """A page's text without its front matter and the blank lines around it."""
    return _FRONT_MATTER.sub(b"", text, count=1).strip()


def _same_files(source: FileSource, folder: str, other: str, names: frozenset[str]) -> bool:
    """Whether each of ``names`` holds the same text in ``folder`` as in ``other``.

    Read only for a folder whose every file name another log holds: a site's copy, or
    two logs begun alike. Front matter is left out: a site adds its own to each page.
    """
    prefix, other_prefix = (f"{folder}/" if folder else ""), (f"{other}/" if other else "")
    try:
        return all(
            _body(source.read_bytes(prefix + name)) == _body(source.read_bytes(other_prefix + name))
            for name in sorted(names)
        )
    except OSError:  # unreadable: not known to be a copy, so kept (and reported when read)
        return False


def _excluded(rel: str, patterns: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatch(rel, p) for p in patterns)


def discover(
    source: FileSource,
    *,
    explicit_dirs: tuple[str, ...] = (),
    exclude: tuple[str, ...] = (),
    root: Path | None = None,
    start: Path | None = None,
) -> Discovery:
    """Find ADR folders and candidate files in ``source``.

    ``root`` and ``start`` (filesystem paths) enable the upward ``.adr-dir``
    search; they are absent when reading a Git tree.
    """
    problems: list[Problem] = []
    dirs: tuple[str, ...] = ()
    logs: tuple[str, ...] = ()
    said: set[str] = set()  # the files a folder of other documents holds whose names say ADR
    how = "explicit"
    if explicit_dirs:
        for given in explicit_dirs:
            clean, outside = _explicit_folder(given, root)
            if clean is not None and source.is_dir(clean):
                dirs += (clean,)
            else:
                why = "does not exist" if clean is not None else outside
                problems.append(Problem(given, f"ADR folder {given!r} {why}", "missing-dir"))
    if not dirs and not explicit_dirs:
        how = "config"
        if root is not None:
            dirs, stale = _adr_dir_config(source, root, start or root)
            problems.extend(stale)
        packages = _log4brains_dirs(source)
        dirs += tuple(d for d in packages if source.is_dir(d))
        problems.extend(_missing_packages(packages, dirs))
        if not dirs:
            how = "common"
            dirs = _common_dirs(source)
            dirs += _record_folders_beside(source, dirs)
            if not dirs:
                dirs, said = _numbered_dirs(source)
                dirs, said = _before_hidden_logs(source, dirs, said)
    if dirs:
        found = {d: _candidates(source, d) for d in dirs}
        if said:  # a folder of other documents: only its files named as ADRs
            found = {d: held & said for d, held in found.items()}
        if how == "common" and any(found.values()):
            # "guides/adr" left with a README beside "docs/adr" (a log moved): no ADR folder.
            dirs = tuple(d for d, held in found.items() if held)
        if len(dirs) > 1:
            dirs, copied = _without_copied_logs(source, dirs, found)
            problems.extend(copied)
        files = set().union(*(found[d] for d in dirs))
        if "" in dirs:
            files = _root_records(files)
    elif explicit_dirs:
        files = set()
    else:
        how = "root"
        files = {f for f in source.walk_files("", max_depth=0) if ROOT_ADR_NAME.match(f)}
        dirs = ("",) if files else ()
        if not files:
            logs = tuple(f for f in _one_file_logs(source) if not _excluded(f, exclude))
    files = _without_companions({f for f in files if not _excluded(f, exclude)})
    files = _without_annexes(_without_attachments(files))
    files = _without_documentation(_without_log_pages(_without_translations(files)))
    files, copies = _without_copies(files)
    problems.extend(copies)
    dirs += _sub_logs(dirs, files)
    if logs:  # beside no other record: the filters above are for records, not logs
        files, dirs = set(logs), tuple(sorted({f.rpartition("/")[0] for f in logs}))
    else:  # an ADR folder that holds one log file and no record: cut it too
        logs = _logs_alone(source, dirs, files)
    return Discovery(
        tuple(dict.fromkeys(dirs)), tuple(sorted(files)), how, tuple(problems), tuple(sorted(logs))
    )
