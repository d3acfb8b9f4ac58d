"""The only module that runs git: one streamed log pass, blobs in bulk, trees for ``--at``.

GitPython locates the repository (work trees, ``.git`` files, common dirs) and
names the git executable; every command then runs with explicit arguments:

* read-only, always: ``--no-optional-locks``, ``GIT_OPTIONAL_LOCKS=0``, no pager,
  no editor, no prompt, no external diff or text conversion;
* user input never becomes an option: revisions go through
  ``rev-parse --verify --end-of-options`` and paths always follow ``--``;
* file names are read with ``-z`` and ``core.quotepath=off``, never C-unquoted.

One :class:`GitRepo` is safe to share between threads: a lock serialises its
calls, and :meth:`GitRepo.close` ends the long-lived ``cat-file`` process.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import subprocess
import tempfile
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, NamedTuple

from adr_tui.core.errors import GitUnavailableError, RepoError, RevisionError
from adr_tui.core.sources import MAX_FILE_BYTES, UnreadableFileError

MIN_GIT = (2, 30)
"""Oldest git accepted (``--end-of-options`` needs 2.24; 2.30 is the tested floor)."""
ZERO_OID = "0" * 40
_ZERO = ZERO_OID.encode()
_GITLINK = b"160000"
_FIELDS = 8
# Commit header: oid, parents, author name, email, author date, committer date, subject, body.
LOG_FORMAT = "@%H%x00%P%x00%an%x00%ae%x00%aI%x00%cI%x00%s%x00%b"
# Variables from a surrounding git (a hook, an alias) that would point us at another repository.
_FOREIGN_ENV = frozenset(
    {
        "GIT_DIR",
        "GIT_WORK_TREE",
        "GIT_INDEX_FILE",
        "GIT_OBJECT_DIRECTORY",
        "GIT_ALTERNATE_OBJECT_DIRECTORIES",
        "GIT_COMMON_DIR",
        "GIT_NAMESPACE",
        "GIT_CONFIG_PARAMETERS",
        "GIT_CONFIG_COUNT",
        "GIT_EXTERNAL_DIFF",
        "GIT_DIFF_OPTS",
        "GIT_SHALLOW_FILE",
        "GIT_GRAFT_FILE",
    }
)
_SAFE_CONFIG = (
    "core.quotepath=off",
    "core.fsmonitor=false",
    "log.showSignature=false",
    "color.ui=never",
    "diff.relative=false",
    "gc.auto=0",
    "maintenance.auto=false",
    # No transport at all: a partial clone must not fetch (and write) objects behind our back.
    "protocol.allow=never",
)


class HistoryCancelled(Exception):  # noqa: N818 - reads as an event, like KeyboardInterrupt
    """A long git read was stopped through its ``cancel`` event."""


class RawChange(NamedTuple):
    """One file change of one commit, as ``git log --raw -M`` reports it.

    A named tuple: it goes to and comes from the JSON cache as a plain list.
    """

    status: str
    """``A``, ``M``, ``D``, ``R`` or ``T`` (type change)."""
    old_path: str
    """Path before the change (equal to ``new_path`` unless renamed)."""
    new_path: str
    """Path after the change."""
    old_blob: str | None
    """Blob id before the change; None when added."""
    new_blob: str | None
    """Blob id after the change; None when deleted."""


class LogCommit(NamedTuple):
    """One commit of the streamed log with its Markdown changes (a JSON-ready named tuple)."""

    oid: str
    """Full commit id."""
    parents: tuple[str, ...]
    """Parent commit ids (none for a root or a shallow boundary)."""
    author_name: str
    """Author name."""
    author_email: str
    """Author e-mail."""
    author_date: str
    """Author date, strict ISO 8601 with its offset."""
    committer_date: str
    """Committer date, strict ISO 8601 with its offset."""
    subject: str
    """First paragraph of the message, joined on one line."""
    body: str
    """Rest of the message."""
    changes: tuple[RawChange, ...]
    """Markdown files the commit changed (empty for merges: git shows them no diff)."""


@dataclass(frozen=True, slots=True)
class TreeEntry:
    """One file of a Git tree."""

    path: str
    """Repository-relative POSIX path."""
    mode: str
    """Git file mode, e.g. ``100644`` or ``120000`` (link)."""
    blob: str
    """Blob id."""
    size: int
    """Size in bytes."""


def _fsdecode(raw: bytes) -> str:
    # File names are bytes; surrogateescape keeps them identical to os.scandir's names.
    return raw.decode("utf-8", "surrogateescape")


def _text(raw: bytes) -> str:
    return raw.decode("utf-8", "replace")


def git_environment() -> dict[str, str]:
    """The environment every git call gets: read-only, no pager, editor or prompt."""
    env = {k: v for k, v in os.environ.items() if k not in _FOREIGN_ENV}
    env.update(
        GIT_PAGER="cat",
        PAGER="cat",
        GIT_EDITOR="true",
        GIT_SEQUENCE_EDITOR="true",
        GIT_TERMINAL_PROMPT="0",
        GIT_OPTIONAL_LOCKS="0",
        GIT_NO_LAZY_FETCH="1",
        GIT_ASKPASS="true",
        LC_ALL="C",
    )
    return env


def _import_git() -> object:
    # GitPython raises ImportError at import time when no git executable exists.
    os.environ.setdefault("GIT_PYTHON_REFRESH", "quiet")
    try:
        import git
    except ImportError as exc:  # pragma: no cover - depends on the machine
        raise GitUnavailableError(f"GitPython cannot be used: {exc}") from exc
    return git


def _repo_error(root: Path, what: str, stderr: bytes) -> RepoError:
    message = _text(stderr).strip()
    if "dubious ownership" in message:
        return RepoError(
            f"git refuses to read {root}: the repository belongs to another user. "
            f"If you trust it, run: git config --global --add safe.directory {root}",
            "Repository not trusted",
        )
    first = message.splitlines()[0] if message else "no message"
    return RepoError(f"git {what} failed in {root}: {first}")


def _tokens(stream: IO[bytes], cancel: threading.Event | None) -> Iterator[bytes]:
    """NUL-separated fields of ``stream``, read in chunks as git writes them."""
    pending = b""
    read = getattr(stream, "read1", stream.read)
    while True:
        if cancel is not None and cancel.is_set():
            raise HistoryCancelled
        chunk = read(1 << 16)
        if not chunk:
            break
        parts = (pending + chunk).split(b"\0")
        pending = parts.pop()
        yield from parts
    if pending:
        yield pending


def is_markdown(path: bytes) -> bool:
    """Whether a path names a Markdown file (``.md`` / ``.mdx``, any case)."""
    return path[-3:].lower() == b".md" or path[-4:].lower() == b".mdx"


def _raw_change(meta: bytes, old_raw: bytes, new_raw: bytes) -> RawChange | None:
    """A Markdown change from ``:old_mode new_mode old_oid new_oid STATUS`` and its paths.

    A rename between a Markdown and another file is, for documents, an add or a delete.
    """
    old_mode, new_mode, old_oid, new_oid, status = meta[1:].split(b" ")
    if _GITLINK in (old_mode, new_mode):
        return None  # submodules are not documents
    letter = status[:1].decode()
    old_blob: str | None = None if old_oid == _ZERO else old_oid.decode()
    new_blob: str | None = None if new_oid == _ZERO else new_oid.decode()
    if letter in ("R", "C"):
        old_md, new_md = is_markdown(old_raw), is_markdown(new_raw)
        if letter == "C" or not old_md:
            letter, old_raw, old_blob = "A", new_raw, None
        elif not new_md:
            letter, new_raw, new_blob = "D", old_raw, None
    return RawChange(letter, _fsdecode(old_raw), _fsdecode(new_raw), old_blob, new_blob)


def parse_log(tokens: Iterable[bytes]) -> Iterator[LogCommit]:
    """Commits of a ``git log -z --raw --format=LOG_FORMAT`` stream that touch Markdown.

    Fields are taken by position, so a path that looks like a header or a
    status line is still a path. Commits with no Markdown change are skipped
    without being decoded.
    """
    it = iter(tokens)
    header: list[bytes] | None = None
    changes: list[RawChange] = []
    for token in it:
        if token[:1] == b"\n":  # git ends each header with "\0\n" before the raw lines
            token = token[1:]
        if not token:
            continue
        if token[:1] == b":" and header is not None:
            kind = token[token.rfind(b" ") + 1 :][:1]
            old = next(it)
            new = next(it) if kind in (b"R", b"C") else old
            if is_markdown(old) or is_markdown(new):
                change = _raw_change(token, old, new)
                if change is not None:
                    changes.append(change)
        elif token[:1] == b"@":
            if header is not None and changes:
                yield _commit(header, changes)
            header = [token[1:], *(next(it) for _ in range(_FIELDS - 1))]
            changes = []
        else:
            raise RepoError(f"unexpected git log output near {token[:40]!r}")
    if header is not None and changes:
        yield _commit(header, changes)


def _commit(header: list[bytes], changes: list[RawChange]) -> LogCommit:
    oid, parents, name, email, adate, cdate, subject, body = header
    return LogCommit(
        oid.decode(),
        tuple(parents.decode().split()),
        _text(name),
        _text(email),
        adate.decode(),
        cdate.decode(),
        _text(subject),
        _text(body).rstrip("\n"),
        tuple(changes),
    )


_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _before_argument(at: str) -> str | None:
    """``--before`` value for a DATE or ISO timestamp (end of day for a bare date); else None."""
    text = at.strip()
    if _DATE_ONLY.match(text):
        try:
            dt.date.fromisoformat(text)
        except ValueError:
            return None
        return f"{text} 23:59:59"
    if not re.match(r"^\d{4}-\d{2}-\d{2}[T ]\d", text):
        return None
    try:
        stamp = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    zone = stamp.strftime(" %z") if stamp.tzinfo else ""
    return stamp.strftime("%Y-%m-%d %H:%M:%S") + zone  # rebuilt by us, never the user's text


_CHECKED_GIT: set[str] = set()


def _check_version(version: tuple[int, ...]) -> None:
    if version[:2] < MIN_GIT:
        shown = ".".join(str(v) for v in version)
        raise GitUnavailableError(f"git {shown} is too old: adr-tui needs git 2.30 or newer")


class _BlobReader:
    """A long-lived ``git cat-file --batch``: many blobs for one process."""

    def __init__(self, command: list[str], cwd: Path, env: dict[str, str]) -> None:
        self._args = (command, cwd, env)
        self._proc = self._start()

    def _start(self) -> subprocess.Popen[bytes]:
        command, cwd, env = self._args
        return subprocess.Popen(
            command,
            cwd=cwd,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )

    def read_many(self, oids: Sequence[str]) -> dict[str, bytes | None]:
        """Content of each blob; None for a missing object (partial clone, damage)."""
        found: dict[str, bytes | None] = {}
        remaining = list(oids)
        while remaining:
            done = self._read_until_death(remaining, found)
            if done == len(remaining):
                break
            # git dies on an object a partial clone may not fetch: that one is missing.
            found[remaining[done]] = None
            remaining = remaining[done + 1 :]
            self.close()
            self._proc = self._start()
        return found

    def _read_until_death(self, oids: Sequence[str], found: dict[str, bytes | None]) -> int:
        """Read answers into ``found``; how many came before the process ended."""
        proc = self._proc
        assert proc.stdin is not None and proc.stdout is not None
        stdin = proc.stdin
        request = b"".join(oid.encode() + b"\n" for oid in oids)

        def feed() -> None:
            # A writer thread: a long request would otherwise fill both pipes and deadlock.
            try:
                stdin.write(request)
                stdin.flush()
            except (BrokenPipeError, ValueError):
                pass

        writer = threading.Thread(target=feed, daemon=True)
        writer.start()
        try:
            for count, oid in enumerate(oids):
                line = proc.stdout.readline()
                if not line:
                    return count
                parts = line.split()
                if len(parts) != 3:
                    found[oid] = None  # "<oid> missing"
                    continue
                size = int(parts[2])
                found[oid] = proc.stdout.read(size + 1)[:size]
        finally:
            writer.join()
        return len(oids)

    def close(self) -> None:
        """End the process."""
        if self._proc.stdin is not None:
            with contextlib.suppress(OSError):  # a dead git leaves a broken pipe
                self._proc.stdin.close()
        try:
            self._proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        if self._proc.stdout is not None:
            self._proc.stdout.close()


class GitRepo:
    """A Git repository opened for reading. Thread-safe; call :meth:`close` when done."""

    def __init__(self, root: Path, git_dir: Path, common_dir: Path, executable: str) -> None:
        self.root = root
        """Work tree root (where commands run)."""
        self.git_dir = git_dir
        """This work tree's git folder (``.git`` or ``.git/worktrees/NAME``)."""
        self.common_dir = common_dir
        """The folder shared by all work trees (objects, refs, ``shallow``)."""
        self._executable = executable
        self._env = git_environment()
        self._lock = threading.RLock()
        self._blobs: _BlobReader | None = None

    @classmethod
    def open(cls, root: Path) -> GitRepo:
        """Open the repository whose work tree is ``root``.

        Raises:
            RepoError: not a Git repository, or git refuses it (safe.directory).
            GitUnavailableError: no git, or one older than 2.30.
        """
        git = _import_git()
        try:
            repo = git.Repo(root)  # type: ignore[attr-defined]
        except Exception as exc:  # GitPython's own error types are not worth coupling to
            raise RepoError(
                f"{root} is not a Git repository: history is unavailable", "No history"
            ) from exc
        try:
            executable = str(repo.git.GIT_PYTHON_GIT_EXECUTABLE or "git")
            if executable not in _CHECKED_GIT:  # one `git version` per executable and process
                _check_version(tuple(repo.git.version_info))
                _CHECKED_GIT.add(executable)
        except GitUnavailableError:
            raise
        except Exception as exc:
            raise GitUnavailableError(f"git cannot be run: {exc}") from exc
        finally:
            repo.close()
        work_tree = Path(repo.working_tree_dir or root).resolve()
        # A safe.directory refusal surfaces at the first command (see _finished).
        return cls(work_tree, Path(repo.git_dir), Path(repo.common_dir), executable)

    def __enter__(self) -> GitRepo:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def command(self, *args: str) -> list[str]:
        """The full argument vector for ``git ARGS`` with the read-only options."""
        config = [part for item in _SAFE_CONFIG for part in ("-c", item)]
        return [self._executable, "--no-pager", "--no-optional-locks", *config, *args]

    def _finished(self, *args: str) -> subprocess.CompletedProcess[bytes]:
        with self._lock:
            done = subprocess.run(
                self.command(*args),
                cwd=self.root,
                env=self._env,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                check=False,
            )
        if done.returncode != 0 and b"dubious ownership" in done.stderr:
            raise _repo_error(self.root, args[0], done.stderr)  # never a mere "no such revision"
        return done

    def run(self, *args: str, check: bool = True) -> bytes:
        """Run one git command to completion; its stdout.

        Raises:
            RepoError: git failed (and ``check`` is set), or refuses the repository.
        """
        done = self._finished(*args)
        if check and done.returncode != 0:
            raise _repo_error(self.root, args[0], done.stderr)
        return done.stdout

    def head(self) -> str | None:
        """The commit HEAD points at; None in a repository without commits.

        Raises:
            RepoError: HEAD names a commit that cannot be read (a damaged repository).
        """
        out = self.run("rev-parse", "--verify", "--quiet", "HEAD^{commit}", check=False)
        oid = out.decode().strip()
        if not oid:
            self._check_readable("HEAD")
        return oid or None

    def _check_readable(self, rev: str) -> None:
        """Raise when ``rev`` names an object id whose object cannot be read.

        A corrupt pack otherwise looks like an empty repository or an unknown
        name, and the user would be told something false.
        """
        named = (
            self.run("rev-parse", "--verify", "--quiet", "--end-of-options", rev, check=False)
            .decode()
            .strip()
        )
        if not re.fullmatch(r"[0-9a-f]{40,64}", named):
            return
        # Read the whole object: -e and -t stop at the pack index or entry header.
        if self._finished("cat-file", "-p", named).returncode != 0:
            raise RepoError(
                f"{self.root}: {rev} names {named[:12]}, which cannot be read: the repository "
                "looks damaged (run 'git fsck' there)",
                "Damaged repository",
            )

    def is_shallow(self) -> bool:
        """Whether the repository is a shallow clone."""
        return (self.common_dir / "shallow").is_file()

    def shallow_boundary(self) -> frozenset[str]:
        """Commits whose parents a shallow clone does not have."""
        try:
            text = (self.common_dir / "shallow").read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError):
            return frozenset()
        return frozenset(text.split())

    def resolve(self, rev: str) -> str:
        """The commit id a user-given revision names.

        Raises:
            RevisionError: the text names no commit (``--output=x`` is just an unknown name).
        """
        out = self.run(
            "rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}", check=False
        )
        oid = out.decode().strip()
        if not re.fullmatch(r"[0-9a-f]{40,64}", oid):
            self._check_readable(rev)
            raise RevisionError(f"unknown revision {rev!r}")
        return oid

    def resolve_at(self, at: str) -> str:
        """A DATE (last first-parent commit by the end of that day) or a revision → commit id.

        Raises:
            RevisionError: no such revision, or no commit on or before the date.
        """
        before = _before_argument(at)
        if before is None:
            return self.resolve(at)
        if self.head() is None:
            raise RevisionError("the repository has no commits yet")
        out = self.run("rev-list", "-1", "--first-parent", f"--before={before}", "HEAD")
        oid = out.decode().strip()
        if not oid:
            raise RevisionError(f"no commit on or before {at.strip()}")
        return oid

    def is_ancestor(self, older: str, newer: str) -> bool:
        """Whether commit ``older`` is reachable from ``newer``."""
        done = self._finished("merge-base", "--is-ancestor", "--end-of-options", older, newer)
        return done.returncode == 0

    def log(
        self,
        revisions: Sequence[str],
        *,
        renames: bool = True,
        cancel: threading.Event | None = None,
    ) -> list[LogCommit]:
        """Every commit of ``revisions`` (ids or ``A..B``) touching Markdown, newest first.

        One ``git log`` process, parsed incrementally as it streams. It has no
        pathspec: ADR folders move, so history cannot be limited to today's
        folders, and a wildcard pathspec (``*.md``) made git test every tree
        entry of every commit: 4-5x slower than reading every change and
        keeping the Markdown ones here. Without a pathspec git also does no
        history simplification, so a change made on a branch is shown even
        when a merge later discarded it (``git log --full-history`` semantics).

        Raises:
            RepoError: git failed (e.g. an object needed for rename detection is missing).
            HistoryCancelled: ``cancel`` was set.
        """
        args = [
            "log",
            "-z",
            "--raw",
            "--no-abbrev",
            # Exact renames (-M100%) compare blob ids only: they need no blob content.
            "-M" if renames else "-M100%",
            "--root",
            "--date-order",  # never a parent before its child, even with skewed clocks
            "--no-color",
            "--no-ext-diff",
            "--no-textconv",
            "--encoding=UTF-8",
            f"--format={LOG_FORMAT}",
            "--end-of-options",
            *revisions,
            "--",  # no pathspec: see log()'s docstring
        ]
        # stderr goes to a file: a chatty git must never block on a full pipe we do not read.
        with self._lock, tempfile.TemporaryFile() as errors:
            proc = subprocess.Popen(
                self.command(*args),
                cwd=self.root,
                env=self._env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=errors,
            )
            assert proc.stdout is not None
            try:
                commits = list(parse_log(_tokens(proc.stdout, cancel)))
            except BaseException:
                proc.kill()  # cancelled or unreadable output: stop git now
                raise
            finally:
                proc.stdout.close()
                proc.wait()
            errors.seek(0)
            stderr = errors.read()
        if proc.returncode != 0:
            raise _repo_error(self.root, "log", stderr)
        return commits

    def read_blobs(self, oids: Iterable[str]) -> dict[str, bytes | None]:
        """Blob contents by id, read through one ``cat-file --batch``; None when missing."""
        wanted = list(dict.fromkeys(oids))
        if not wanted:
            return {}
        with self._lock:
            if self._blobs is None:
                self._blobs = _BlobReader(self.command("cat-file", "--batch"), self.root, self._env)
            return self._blobs.read_many(wanted)

    def ls_tree(self, commit: str) -> list[TreeEntry]:
        """Every file of ``commit``'s tree (one ``ls-tree -r -z -l``)."""
        out = self.run("ls-tree", "-r", "-z", "-l", "--full-tree", "--end-of-options", commit)
        entries: list[TreeEntry] = []
        for record in out.split(b"\0"):
            if not record:
                continue
            meta, _, path = record.partition(b"\t")
            mode, kind, oid, size = meta.split()
            if kind == b"blob":
                # A missing object's size prints as "BAD"; reading it later says what is wrong.
                length = int(size) if size.isdigit() else -1
                entries.append(TreeEntry(_fsdecode(path), mode.decode(), oid.decode(), length))
        return entries

    def markdown_paths(self, commit: str) -> frozenset[str]:
        """Markdown files in ``commit``'s tree (one ``ls-tree -r -z --name-only``)."""
        out = self.run(
            "ls-tree", "-r", "-z", "--name-only", "--full-tree", "--end-of-options", commit
        )
        return frozenset(_fsdecode(p) for p in out.split(b"\0") if p and is_markdown(p))

    def close(self) -> None:
        """Release the ``cat-file`` process (the repository can still be used afterwards)."""
        with self._lock:
            if self._blobs is not None:
                self._blobs.close()
                self._blobs = None


class TreeSource:
    """A :class:`~adr_tui.core.sources.FileSource` over one commit's tree (for ``--at``)."""

    _PREFETCH = (".md", ".mdx", ".yml", ".yaml")

    def __init__(self, repo: GitRepo, commit: str, entries: list[TreeEntry]) -> None:
        self.commit = commit
        """The commit whose tree this is."""
        self._repo = repo
        self._files = {e.path: e for e in entries}
        self._dirs: set[str] = {""}
        for path in self._files:
            parts = path.split("/")[:-1]
            self._dirs.update("/".join(parts[: i + 1]) for i in range(len(parts)))
        self._data: dict[str, bytes | None] | None = None

    def is_dir(self, rel: str) -> bool:
        """Whether ``rel`` is a folder of the tree."""
        return rel.strip("/") in self._dirs

    def is_file(self, rel: str) -> bool:
        """Whether ``rel`` is a file of the tree."""
        return rel in self._files

    def list_dirs(self, rel: str) -> list[str]:
        """Immediate sub-folders of ``rel``."""
        prefix = f"{rel}/" if rel else ""
        return sorted(
            d for d in self._dirs if d and d.startswith(prefix) and "/" not in d[len(prefix) :]
        )

    def walk_files(self, rel: str, max_depth: int | None = None) -> Iterator[str]:
        """Files below ``rel``, sorted."""
        prefix = f"{rel}/" if rel else ""
        for path in sorted(self._files):
            if path.startswith(prefix):
                depth = path[len(prefix) :].count("/")
                if max_depth is None or depth <= max_depth:
                    yield path

    def read_bytes(self, rel: str) -> bytes:
        """The file's content at the commit (text files are read in one bulk pass)."""
        entry = self._files.get(rel)
        if entry is None:
            raise UnreadableFileError(f"{rel}: not in the tree of {self.commit[:12]}")
        if entry.mode == "120000":
            raise UnreadableFileError(f"{rel}: symbolic link in history")
        if entry.size > MAX_FILE_BYTES:
            raise UnreadableFileError(f"{rel}: {entry.size} bytes is too large to be an ADR")
        if self._data is None:
            small = [
                e.blob
                for e in self._files.values()
                if e.path.lower().endswith(self._PREFETCH) and e.size <= MAX_FILE_BYTES
            ]
            self._data = self._repo.read_blobs(small)
            self._repo.close()
        data = self._data.get(entry.blob)
        if data is None:
            data = self._repo.read_blobs([entry.blob]).get(entry.blob)
            self._repo.close()
        if data is None:
            raise UnreadableFileError(f"{rel}: object {entry.blob[:12]} is missing")
        return data


def tree_source(root: Path, at: str) -> TreeSource:
    """The files of ``root``'s repository as of ``at`` (a DATE, ISO time or revision).

    Raises:
        RepoError: not a Git repository.
        RevisionError: ``at`` names no commit.
    """
    repo = GitRepo.open(root)
    commit = repo.resolve_at(at)
    return TreeSource(repo, commit, repo.ls_tree(commit))
