"""Reliability fixtures: hostile repositories, a sealed environment and the real CLI as a process.

Every test here runs the product the way a user does (a subprocess, or the
Textual app headless) in an environment that cannot reach ``$HOME``: HOME,
git's global config, the cache and XDG folders all point into ``tmp_path``.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from adr_tui.demo.builder import Commit, Write, build_repo

# -- the hostile strings -------------------------------------------------------------------

OSC52 = "\x1b]52;c;cHduZWQ=\x07"
"""A clipboard write (``pwned``, base64) ended by BEL."""
OSC_TITLE = "\x1b]0;owned-title\x07"
"""A window-title set."""
CLEAR = "\x1b[2J"
"""Erase the whole screen."""
C1_CSI = "\x9b31m"
"""The one-byte (C1) CSI introducer: a red colour change in C1-aware terminals."""
BIDI = "\u202e"
"""RIGHT-TO-LEFT OVERRIDE: reorders what a reader sees."""
ZERO_WIDTH = "\u200b"
COMBINING = "e\u0301"
MARKUP = ("[bold]B[/bold]", "[@click=app.quit]Q[/]", "[link=http://x]L[/link]")

HOSTILE = f"{MARKUP[0]} {MARKUP[1]} {MARKUP[2]} {OSC52} {OSC_TITLE} {CLEAR} {C1_CSI} {BIDI}rtl"
"""Every attack in one string (zero-width and combining characters are added where shown)."""

VISIBLE = (
    *MARKUP,
    "\u241b]52;c;cHduZWQ=\u2407",  # ␛]52;…␇
    "\u241b]0;owned-title\u2407",
    "\u241b[2J",
    "<U+009B>31m",
    "<U+202E>rtl",
)
"""How the hostile string must appear: literal markup, control pictures, code points."""

AUTHOR = f"Eve {OSC_TITLE}[bold]Mallory{BIDI}"
"""A hostile author name (``<`` ``>`` and newlines are impossible in a signature)."""
SUBJECT = f"Subject {OSC52}{CLEAR}[@click=app.quit]Q[/] {C1_CSI}{BIDI}end"
"""A hostile commit subject."""

ODD_NAME = f"0002-{OSC_TITLE}[bold]{BIDI}x{ZERO_WIDTH}.md"
"""A file name with an escape sequence, markup, a bidi override and a zero-width space."""
ODD_NAME_VISIBLE = "0002-\u241b]0;owned-title\u2407[bold]<U+202E>x"

FIXED = "2024-01-15T10:00:00+00:00"
LATER = "2024-02-20T10:00:00+00:00"
ADA = "Ada Lovelace <ada@example.com>"


def hostile_adr(number: int, title: str, body: str, status: str = "accepted") -> bytes:
    """A Nygard-style ADR whose title, deciders, tags and body carry hostile text."""
    text = (
        f"# {number}. {title}\n\n"
        "Date: 2024-01-15\n\n"
        "## Status\n\n"
        f"{status}\n\n"
        "## Context\n\n"
        f"{body}\n\n"
        f"Combining {COMBINING} and zero{ZERO_WIDTH}width.\n\n"
        "[a link](http://example.com/\x1b]52;c;eA==\x07)\n\n"
        "## Decision\n\n"
        f"We decide {body}.\n"
    )
    return text.encode("utf-8")


FIRST_PATH = "docs/adr/0001-hostile.md"
ODD_PATH = f"docs/adr/{ODD_NAME}"
THIRD_PATH = "docs/adr/0003-bad-status.md"


def build_hostile_repo(dest: Path) -> Path:
    """Two commits: hostile ADRs by a plain author, then an edit by a hostile author/subject."""
    first = Commit(
        ADA,
        FIXED,
        "Add ADRs",
        (
            Write(FIRST_PATH, hostile_adr(1, f"Hostile {HOSTILE}", HOSTILE, "proposed")),
            Write(ODD_PATH, hostile_adr(2, "Odd file name", "plain text")),
            Write(THIRD_PATH, hostile_adr(3, "Bad status", "plain", status=f"Wobbly {HOSTILE}")),
        ),
    )
    second = Commit(
        f"{AUTHOR} <eve@example.com>",
        LATER,
        SUBJECT + "\n\nBody " + HOSTILE,
        (Write(FIRST_PATH, hostile_adr(1, f"Hostile {HOSTILE}", HOSTILE + " edited")),),
    )
    return build_repo(dest, [first, second])


# -- a sealed environment --------------------------------------------------------------------


@dataclass(frozen=True)
class Sandbox:
    """Folders a test's processes may touch, and the environment that confines them there."""

    home: Path
    cache: Path
    markers: Path
    env: dict[str, str]

    def markers_made(self) -> list[str]:
        """Names of marker files that hostile config, hooks or payloads managed to create."""
        return sorted(p.name for p in self.markers.iterdir())


def make_sandbox(root: Path) -> Sandbox:
    """HOME, git's global config, XDG and the cache below ``root``, as an environment.

    The global git config is hostile: a pager, an editor, an external diff, a
    text-conversion driver, a clean filter, an fsmonitor and a hooks path that
    would each leave a marker file. So are the pager and editor variables.
    """
    home = root / "home"
    cache = root / "cache"
    markers = root / "markers"
    for folder in (home, cache, markers):
        folder.mkdir(parents=True)
    hooks = home / "hooks"
    install_hooks(hooks, markers, "global")
    gitconfig = home / ".gitconfig"
    gitconfig.write_text(hostile_git_config(markers, "global") + f"[core]\n\thooksPath = {hooks}\n")
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "GIT_CONFIG_GLOBAL": str(gitconfig),
        "GIT_PAGER": f"touch {markers}/env-GIT_PAGER; cat",
        "PAGER": f"touch {markers}/env-PAGER; cat",
        "EDITOR": f"touch {markers}/env-EDITOR",
        "VISUAL": f"touch {markers}/env-VISUAL",
        "GIT_EDITOR": f"touch {markers}/env-GIT_EDITOR",
        "GIT_EXTERNAL_DIFF": f"{markers}/no-such-differ",
        "ADR_TUI_CACHE_DIR": str(cache),
        "LANG": "C.UTF-8",
        "PYTHONIOENCODING": "utf-8",
        "COLUMNS": "400",
        "LINES": "50",
    }
    return Sandbox(home, cache, markers, env)


HOOKS = ("pre-commit", "post-checkout", "post-index-change", "reference-transaction", "pre-auto-gc")


def install_hooks(folder: Path, markers: Path, tag: str) -> None:
    """Executable hooks in ``folder`` that each create ``markers/hook-TAG-NAME``."""
    folder.mkdir(parents=True, exist_ok=True)
    for hook in HOOKS:
        script = folder / hook
        script.write_text(f"#!/bin/sh\ntouch {markers}/hook-{tag}-{hook}\n")
        script.chmod(0o755)


def hostile_git_config(markers: Path, tag: str) -> str:
    """Git config whose every command-running key leaves ``markers/TAG-KEY`` when obeyed."""
    m = f"{markers}/{tag}"
    return (
        "[core]\n"
        f"\tpager = touch {m}-core.pager; cat\n"
        f"\teditor = touch {m}-core.editor\n"
        f"\tfsmonitor = touch {m}-core.fsmonitor\n"
        f"\tsshCommand = touch {m}-core.sshCommand\n"
        "[pager]\n"
        f"\tlog = touch {m}-pager.log; cat\n"
        f"\tdiff = touch {m}-pager.diff; cat\n"
        "[diff]\n"
        f"\texternal = touch {m}-diff.external\n"
        '[diff "md"]\n'
        f"\ttextconv = touch {m}-textconv; cat\n"
        '[filter "evil"]\n'
        f"\tclean = touch {m}-filter.clean; cat\n"
        f"\tsmudge = touch {m}-filter.smudge; cat\n"
        "[color]\n\tui = always\n"
        "[log]\n\tshowSignature = true\n"
        "[gpg]\n"
        f"\tprogram = touch {m}-gpg.program\n"
    )


def arm_repository(repo: Path, markers: Path) -> None:
    """Give ``repo`` hostile local config, hooks and attributes (all outside the index)."""
    with (repo / ".git" / "config").open("a") as handle:
        handle.write(hostile_git_config(markers, "local"))
    install_hooks(repo / ".git" / "hooks", markers, "local")
    (repo / ".git" / "info").mkdir(exist_ok=True)
    (repo / ".git" / "info" / "attributes").write_text("*.md diff=md filter=evil\n")


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Sandbox:
    """:func:`make_sandbox` in ``tmp_path``, also applied to this process's environment."""
    box = make_sandbox(tmp_path / "sandbox")
    for key in list(os.environ):
        if key.startswith(("GIT_", "FORCE_COLOR", "NO_COLOR", "TEXTUAL")):
            monkeypatch.delenv(key, raising=False)
    for key, value in box.env.items():
        monkeypatch.setenv(key, value)
    return box


# -- the CLI as a process ----------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    """One finished ``adr-tui`` process."""

    argv: tuple[str, ...]
    code: int
    out: bytes
    err: bytes

    @property
    def text(self) -> str:
        """stdout and stderr decoded (UTF-8; invalid bytes shown, never dropped)."""
        return (self.out + self.err).decode("utf-8", "backslashreplace")


def cli(
    argv: Sequence[str], env: Mapping[str, str], cwd: Path | None = None
) -> subprocess.Popen[bytes]:
    """Start ``python -m adr_tui ARGV`` with ``env`` (stdin closed, output piped)."""
    return subprocess.Popen(
        [sys.executable, "-m", "adr_tui", *argv],
        cwd=cwd,
        env=dict(env),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def run_all(
    argvs: Sequence[Sequence[str]], env: Mapping[str, str], cwd: Path | None = None
) -> list[Run]:
    """Run several CLI invocations side by side; wait for each (no sleeps, no timeouts)."""
    started = [(tuple(a), cli(a, env, cwd)) for a in argvs]
    done = []
    for argv, proc in started:
        out, err = proc.communicate()
        done.append(Run(argv, proc.returncode, out, err))
    return done


def run_one(argv: Sequence[str], env: Mapping[str, str], cwd: Path | None = None) -> Run:
    """Run one CLI invocation to completion."""
    return run_all([argv], env, cwd)[0]


# -- terminal bytes ----------------------------------------------------------------------------

_SGR = re.compile(rb"\x1b\[[0-9;]*m")
_UNSAFE_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_violations(raw: bytes, *, allow_sgr: bool) -> list[str]:
    """Every byte sequence a terminal would act on, beyond plain SGR colours when allowed.

    Looks at raw bytes (a lone ``0x9b`` or ``0x07``) and at decoded characters
    (U+009B encoded in UTF-8 is a C1 CSI to C1-aware terminals; U+202E reorders text).
    """
    stripped = _SGR.sub(b"", raw) if allow_sgr else raw
    found = [
        f"byte {b:#04x} at {i}: {stripped[max(0, i - 20) : i + 20]!r}"
        for i, b in enumerate(stripped)
        if b < 0x20 and b not in (0x09, 0x0A)
    ]
    decoded = stripped.decode("utf-8", "surrogateescape")
    for m in _UNSAFE_CHARS.finditer(decoded):
        around = decoded[max(0, m.start() - 20) : m.end() + 20]
        found.append(f"char U+{ord(m.group()):04X} at {m.start()}: {around!r}")
    found += [
        f"undecodable byte {ord(c) - 0xDC00:#04x}" for c in decoded if "\udc80" <= c <= "\udcff"
    ]
    return found


def visible_text(raw: bytes) -> str:
    """Decoded output with Rich's SGR colour codes removed (what a reader sees)."""
    return _SGR.sub(b"", raw).decode("utf-8", "backslashreplace")


# -- proving nothing was written ----------------------------------------------------------------


def snapshot(folder: Path) -> dict[str, str]:
    """Every entry below ``folder`` (``.git`` included): its mode, size, mtime and content hash."""
    seen: dict[str, str] = {}
    for base, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = Path(base) / name
            info = path.lstat()
            digest = ""
            if path.is_file() and not path.is_symlink():
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
            elif path.is_symlink():
                digest = os.readlink(path)
            key = str(path.relative_to(folder))
            seen[key] = f"{info.st_mode:o} {info.st_size} {info.st_mtime_ns} {digest}"
    return seen


def changed(before: dict[str, str], after: dict[str, str]) -> list[str]:
    """Entries added, removed or altered between two snapshots."""
    keys = before.keys() | after.keys()
    return sorted(k for k in keys if before.get(k) != after.get(k))


# -- one hostile repository, every CLI command, run once per session ------------------------------


TEXT_COMMANDS: dict[str, tuple[str, ...]] = {
    "list": ("list", "{repo}"),
    "show": ("show", "1", "-C", "{repo}"),
    "show-odd-name": ("show", "2", "-C", "{repo}"),
    "check": ("check", "{repo}"),
    "history": ("history", "1", "-C", "{repo}"),
    "history-odd-name": ("history", "2", "-C", "{repo}"),
    "diff": ("diff", "1", "-C", "{repo}"),
    "search": ("search", "hostile", "{repo}"),
}
JSON_COMMANDS: dict[str, tuple[str, ...]] = {
    f"{name}-json": (*argv, "--json") for name, argv in TEXT_COMMANDS.items()
}


@dataclass(frozen=True)
class HostileRuns:
    """Every command run against the hostile repository, piped and with FORCE_COLOR=1."""

    repo: Path
    box: Sandbox
    piped: dict[str, Run]
    coloured: dict[str, Run]
    before: dict[str, str]
    after: dict[str, str]


@pytest.fixture(scope="session")
def hostile_runs(tmp_path_factory: pytest.TempPathFactory) -> HostileRuns:
    """Build the hostile repository (armed with hostile git config) and run every command."""
    root = tmp_path_factory.mktemp("hostile")
    box = make_sandbox(root)
    repo = build_hostile_repo(root / "repo")
    arm_repository(repo, box.markers)
    before = snapshot(repo)

    def argvs(commands: dict[str, tuple[str, ...]]) -> list[list[str]]:
        return [[part.format(repo=repo) for part in argv] for argv in commands.values()]

    piped_cmds = {**TEXT_COMMANDS, **JSON_COMMANDS}
    piped = dict(zip(piped_cmds, run_all(argvs(piped_cmds), box.env), strict=True))
    colour_env = {**box.env, "FORCE_COLOR": "1", "TERM": "xterm-256color"}
    coloured = dict(zip(TEXT_COMMANDS, run_all(argvs(TEXT_COMMANDS), colour_env), strict=True))
    return HostileRuns(repo, box, piped, coloured, before, snapshot(repo))
