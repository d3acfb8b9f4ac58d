"""The :class:`GitRepo`: open a repository and run read-only git commands in it."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import subprocess
import tempfile
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO

from adr_tui.core.adrnames import is_adr_path
from adr_tui.core.errors import GitUnavailableError, RepoError, RevisionError
from adr_tui.core.gitlog.blobs import _BlobReader
from adr_tui.core.gitlog.environment import (
    _CHECKED_GIT,
    _SAFE_CONFIG,
    _check_version,
    _fsdecode,
    _import_git,
    _repo_error,
    git_environment,
)
from adr_tui.core.gitlog.logparse import (
    LOG_FORMAT,
    LogCommit,
    Progress,
    Ticker,
    _tokens,
    parse_log,
)
from adr_tui.core.records import record


@record
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


_PROMISOR = re.compile(rb"(?im)^[ \t]*(?:promisor[ \t]*=[ \t]*true|partialclone[ \t]*=)")
"""What ``clone --filter`` writes in the config: ``promisor = true``, ``partialclone = …``."""
_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_REF_WORD = re.compile(r"[^\s~^:?*\[\\@{}]+")
"""A revision that is a ref's short name ('v1', 'feature/x'), with no operator or date."""


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


COUNT_WAIT = 0.05
"""Seconds between looks at the cancel event while a count is awaited."""


class _Count:
    """How many commits some revisions hold: a ``rev-list --count`` running beside their log."""

    def __init__(self, proc: subprocess.Popen[bytes]) -> None:
        self._proc = proc
        self._over = False

    def wait(self, cancel: threading.Event | None) -> int | None:
        """The count; None when git could not count, or at once when ``cancel`` is set."""
        while not (cancel is not None and cancel.is_set()):
            try:
                out, _ = self._proc.communicate(timeout=COUNT_WAIT)
            except subprocess.TimeoutExpired:
                continue
            self._over = True
            return int(out) if self._proc.returncode == 0 and out.strip().isdigit() else None
        return None

    def stop(self) -> None:
        """End the count if it still runs (the log was cancelled or failed first)."""
        if not self._over:
            self._proc.kill()
            self._proc.communicate()


def _ticker(
    progress: Progress | None, count: _Count | None, cancel: threading.Event | None
) -> Ticker | None:
    """What tells ``progress`` how far a log is; it tells (0, total) once counted."""
    if progress is None or count is None:
        return None
    ticker = Ticker(progress, count.wait(cancel))
    ticker.passed(0)
    return ticker


def _not_a_repository(root: Path) -> str:
    """Why ``root`` cannot be opened: a ``.git`` file naming a folder gone, else not a repository.

    A work tree whose repository moved said it was no Git repository at all.
    """
    try:
        named = (root / ".git").read_text("utf-8", "replace").strip()
    except OSError:
        named = ""
    if named.startswith("gitdir:"):
        target = root / named.removeprefix("gitdir:").strip()
        if not target.exists():
            return (
                f"{root}/.git names the git folder {target}, which does not exist: its "
                "repository was moved or deleted ('git worktree repair' in the repository "
                "mends a moved work tree); history is unavailable"
            )
    return f"{root} is not a Git repository: history is unavailable"


def _unrunnable(exc: Exception, executable: str) -> GitUnavailableError:
    """What to tell when git cannot be run: what to do, not GitPython's repr of the call."""
    missing = isinstance(exc, FileNotFoundError) or type(exc).__name__ == "GitCommandNotFound"
    if missing:
        return GitUnavailableError(
            f"git was not found ({executable!r} is not on PATH): history needs Git 2.30 or "
            "newer; install it or put it on PATH"
        )
    first = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
    return GitUnavailableError(f"git cannot be run ({first}): history needs Git 2.30 or newer")


def _tree_entries(out: bytes) -> list[TreeEntry]:
    """The blobs of ``ls-tree -r -z`` output, with ``-l``'s sizes when it has them."""
    entries: list[TreeEntry] = []
    for line in out.split(b"\0"):
        if not line:
            continue
        meta, _, path = line.partition(b"\t")
        mode, kind, oid, *size = meta.split()
        if kind == b"blob":
            # A missing object's size prints as "BAD"; reading it later says what is wrong.
            length = int(size[0]) if size and size[0].isdigit() else -1
            entries.append(TreeEntry(_fsdecode(path), mode.decode(), oid.decode(), length))
    return entries


def is_bare_repository(folder: Path) -> bool | None:
    """Whether git reads the git folder ``folder`` as bare; None when git cannot say.

    Git, not a look at its config: ``core.bare`` is true as ``yes``, ``on``, ``1`` or a
    ``bare`` line without a value, and only in the ``[core]`` section.
    """
    executable = os.environ.get("GIT_PYTHON_GIT_EXECUTABLE") or "git"  # as GitPython's
    try:
        done = subprocess.run(
            [executable, f"--git-dir={folder}", "rev-parse", "--is-bare-repository"],
            env=git_environment(),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            check=False,
        )
    except OSError:  # no git: opening the repository says so
        return None
    answer = done.stdout.strip()
    return answer == b"true" if done.returncode == 0 and answer in (b"true", b"false") else None


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
        self._git_dir_option: tuple[str, ...] = ()

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
            raise RepoError(_not_a_repository(root), "No history") from exc
        try:
            executable = str(repo.git.GIT_PYTHON_GIT_EXECUTABLE or "git")
            if executable not in _CHECKED_GIT:  # one `git version` per executable and process
                _check_version(tuple(repo.git.version_info))
                _CHECKED_GIT.add(executable)
        except GitUnavailableError:
            raise
        except Exception as exc:
            raise _unrunnable(exc, executable) from exc
        finally:
            repo.close()
        work_tree = Path(repo.working_tree_dir or root).resolve()
        # A safe.directory refusal surfaces at the first command (see _finished).
        opened = cls(work_tree, Path(repo.git_dir), Path(repo.common_dir), executable)
        if repo.bare:
            # Named by the user, so named to git too: with safe.bareRepository=explicit
            # git refuses a bare repository it finds from its working folder.
            opened._git_dir_option = (f"--git-dir={Path(repo.git_dir).resolve()}",)
        return opened

    def __enter__(self) -> GitRepo:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def command(self, *args: str) -> list[str]:
        """The full argument vector for ``git ARGS`` with the read-only options."""
        config = [part for item in _SAFE_CONFIG for part in ("-c", item)]
        git_dir = self._git_dir_option
        return [self._executable, "--no-pager", "--no-optional-locks", *git_dir, *config, *args]

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
        oid = self._rev_parse("HEAD^{commit}")
        if not oid:
            self._check_readable("HEAD")
        return oid or None

    def _rev_parse(self, *args: str) -> str:
        """What ``rev-parse --verify --quiet ARGS`` names; empty when it names nothing.

        Raises:
            RepoError: git failed (exit 128: a config it cannot parse, a HEAD it cannot
                read), not "no such name" (exit 1): that read as a repository without commits.
        """
        done = self._finished("rev-parse", "--verify", "--quiet", *args)
        if done.returncode not in (0, 1):
            raise _repo_error(self.root, "rev-parse", done.stderr)
        return done.stdout.decode("ascii", "replace").strip()

    def no_commits(self) -> str:
        """Why HEAD names no commit: none in the repository, or none yet on HEAD's branch.

        After 'git checkout --orphan new' the repository still has its other branches.
        """
        branch = self.run("symbolic-ref", "--quiet", "--short", "HEAD", check=False)
        others = self.run("for-each-ref", "--count=1", "--format=%(refname:short)", check=False)
        name = branch.decode("utf-8", "replace").strip()
        other = others.decode("utf-8", "replace").strip()
        if not (name and other):
            return "the repository has no commits yet"
        return f"branch {name!r} has no commits yet (other branches have: --at {other})"

    def _check_readable(self, rev: str) -> None:
        """Raise when ``rev`` names an object id whose object cannot be read.

        A corrupt pack otherwise looks like an empty repository or an unknown
        name, and the user would be told something false.
        """
        # Exit 128 here is a name git refuses ('HEAD@{99}'): resolve() says so.
        done = self._finished("rev-parse", "--verify", "--quiet", "--end-of-options", rev)
        named = done.stdout.decode("ascii", "replace").strip()
        if done.returncode != 0 or not re.fullmatch(r"[0-9a-f]{40,64}", named):
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

    def _shallow_hint(self) -> str:
        """What to add when a revision is not found: a shallow clone may have cut it off."""
        if not self.is_shallow():
            return ""
        return (
            " in this shallow clone: older commits are not here "
            "('git fetch --unshallow' brings them)"
        )

    def rewrites_on_checkout(self, path: str) -> bool:
        """Whether git writes ``path`` into the work tree as other bytes than its blob.

        A ``filter`` (Git LFS: the blob is a pointer), a ``working-tree-encoding`` or
        ``ident``: the file then differs from its blob with no edit made.
        """
        out = self.run("check-attr", "-z", "filter", "working-tree-encoding", "ident", "--", path)
        values = out.split(b"\0")[2::3]  # path, attribute, value; path, attribute, value …
        return any(v not in (b"unspecified", b"unset") for v in values)

    def is_partial_clone(self) -> bool:
        """Whether objects may be missing by design (``clone --filter``: a promisor remote)."""
        try:
            config = (self.common_dir / "config").read_bytes()[:65536]
        except OSError:
            return False
        return _PROMISOR.search(config) is not None

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
        done = self._finished(
            "rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}"
        )
        oid = done.stdout.decode("ascii", "replace").strip()
        if done.returncode == 0 and re.fullmatch(r"[0-9a-f]{40,64}", oid):
            self._refuse_ambiguous(rev)
            return oid
        # head() raises when the repository itself cannot be read (a config git cannot
        # parse, a damaged HEAD); after that, exit 128 is about the name ('HEAD@{99}',
        # '@{upstream}' with none set), not the repository.
        if self.head() is None:  # "unknown revision 'HEAD'" said nothing of why
            raise RevisionError(f"unknown revision {rev!r}: {self.no_commits()}")
        self._check_readable(rev)
        why = self._why_unknown(rev) if done.returncode == 128 else ""
        raise RevisionError(f"unknown revision {rev!r}{why}{self._shallow_hint()}")

    def _refuse_ambiguous(self, rev: str) -> None:
        """Raise when the name ``rev`` is two refs at once (a tag and a branch 'v1').

        Git reads the tag and only warns (``--quiet`` keeps that back): '--at v1' showed
        the tag's log without a word of the branch the user may have meant.

        Raises:
            RevisionError: ``rev`` names more than one of the tags, branches and remotes.
        """
        if rev.startswith("refs/") or _REF_WORD.fullmatch(rev) is None:
            return
        spelled = [f"refs/{kind}/{rev}" for kind in ("tags", "heads", "remotes")]
        out = self.run("for-each-ref", "--format=%(refname)", *spelled, check=False)
        found = [name for name in _fsdecode(out).splitlines() if name in spelled]
        if len(found) > 1:
            raise RevisionError(
                f"{rev!r} is ambiguous: it names {' and '.join(found)}; name one in full"
            )

    def _why_unknown(self, rev: str) -> str:
        """Git's own reason a name names nothing (": log for 'HEAD' only has 2 entries").

        ``--quiet`` keeps it back, so git is asked once more, on this error path only.
        """
        done = self._finished("rev-parse", "--verify", "--end-of-options", f"{rev}^{{commit}}")
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
        reason = lines[-1].removeprefix("fatal: ").strip() if lines else ""
        return f": {reason}" if reason else ""

    def resolve_at(self, at: str) -> str:
        """A DATE (last first-parent commit by the end of that day) or a revision → commit id.

        Raises:
            RevisionError: no such revision, or no commit on or before the date.
        """
        before = _before_argument(at)
        if before is None:
            return self.resolve(at)
        if self.head() is None:
            raise RevisionError(self.no_commits())
        out = self.run("rev-list", "-1", "--first-parent", f"--before={before}", "HEAD")
        oid = out.decode().strip()
        if not oid:
            hint = self._shallow_hint() or self._first_day()
            raise RevisionError(f"no commit on or before {at.strip()}{hint}")
        return oid

    def _first_day(self) -> str:
        """When HEAD's history begins (": the first commit is of 2024-01-02"); empty if unknown.

        Asked only once a date is found too early, so the user knows which dates have a log.
        """
        out = self.run("log", "--max-parents=0", "--format=%cs", "HEAD", "--", check=False)
        days = sorted(_fsdecode(out).split())
        return f": the first commit is of {days[0]}" if days else ""

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
        progress: Progress | None = None,
    ) -> list[LogCommit]:
        """Every commit of ``revisions`` (ids or ``A..B``) touching ADR files, newest first.

        One ``git log`` process, parsed incrementally as it streams. It has no
        pathspec: ADR folders move, so history cannot be limited to today's
        folders, and a wildcard pathspec (``*.md``) made git test every tree
        entry of every commit: 4-5x slower than reading every change and
        keeping the ADR files here. Without a pathspec git also does no
        history simplification, so a change made on a branch is shown even
        when a merge later discarded it (``git log --full-history`` semantics).
        ``progress`` hears how many commits were read, of how many: first 0, once counted
        (see :meth:`_counting`), then as :class:`Progress` asks, and at the end.

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
        with (
            self._lock,
            tempfile.TemporaryFile() as errors,
            self._counting(revisions, progress is not None) as count,
        ):
            proc = self._streamed(args, errors)
            assert proc.stdout is not None
            try:
                ticker = _ticker(progress, count, cancel)
                commits = list(parse_log(_tokens(proc.stdout, cancel), ticker))
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

    def _streamed(self, args: list[str], errors: IO[bytes] | int) -> subprocess.Popen[bytes]:
        """``git ARGS`` started, its output on a pipe, its errors to ``errors``."""
        return subprocess.Popen(
            self.command(*args),
            cwd=self.root,
            env=self._env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=errors,
        )

    @contextlib.contextmanager
    def _counting(self, revisions: Sequence[str], wanted: bool) -> Iterator[_Count | None]:
        """How many commits ``revisions`` hold (when ``wanted``), counted beside their log.

        Not before it: at 100,000 commits ``rev-list --count`` takes ~0.5 s, and the
        log's own walk before its first commit (``--date-order``) ~5 s; side by side,
        the count is there first. Stopped when the log is over.
        """
        if not wanted:
            yield None
            return
        args = ["rev-list", "--count", "--end-of-options", *revisions, "--"]
        count = _Count(self._streamed(args, subprocess.DEVNULL))
        try:
            yield count
        finally:
            count.stop()

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
        """Every file of ``commit``'s tree (one ``ls-tree -r -z -l``; size -1 when unknown)."""
        args = ("-r", "-z", "--full-tree", "--end-of-options", commit)
        sized = self._finished("ls-tree", "-l", *args)
        if sized.returncode == 0:
            return _tree_entries(sized.stdout)
        # A partial clone lacks old blobs, and `-l` fails on the first size it may not
        # fetch: without sizes, each file is read (or found missing) on its own.
        return _tree_entries(self.run("ls-tree", *args))

    def adr_paths(self, commit: str) -> frozenset[str]:
        """Files in ``commit``'s tree that may be ADRs (one ``ls-tree -r -z --name-only``)."""
        out = self.run(
            "ls-tree", "-r", "-z", "--name-only", "--full-tree", "--end-of-options", commit
        )
        return frozenset(_fsdecode(p) for p in out.split(b"\0") if p and is_adr_path(p))

    def sparse_paths(self, folders: Sequence[str]) -> list[str]:
        """ADR files of ``folders`` that the index holds and a sparse checkout leaves out.

        ``ls-files -t`` tags them ``S`` (skip-worktree); a sparse index is expanded.
        """
        specs = [f":(literal){folder or '.'}" for folder in folders]
        out = self.run("ls-files", "-z", "-t", "--", *specs)
        return [
            _fsdecode(entry[2:])
            for entry in out.split(b"\0")
            if entry.startswith(b"S ") and is_adr_path(entry[2:])
        ]

    def close(self) -> None:
        """Release the ``cat-file`` process (the repository can still be used afterwards)."""
        with self._lock:
            if self._blobs is not None:
                self._blobs.close()
                self._blobs = None
