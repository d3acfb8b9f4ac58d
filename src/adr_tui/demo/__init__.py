"""The demo decision log: a scripted history replayed into a cached Git repository."""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from pathlib import Path

from adr_tui.demo.builder import build_repo
from adr_tui.demo.script import load_script

SCRIPT_NAME = "history.toml"
REPO_NAME = "parcelo"
"""The demo repository's folder name, which the app shows as the repository's name."""
BUILDER_VERSION = "3"
"""Part of the cache key: a builder fix must not reuse repositories the old builder made."""


def demo_source_dir() -> Path:
    """The ``demo_repo`` folder: inside the installed wheel, else in the checkout."""
    packaged = Path(__file__).resolve().parent.parent / "demo_repo"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[3] / "demo_repo"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError("demo_repo is missing from this installation")


def _fingerprint(source: Path) -> str:
    digest = hashlib.sha256(BUILDER_VERSION.encode())
    for path in sorted(p for p in source.rglob("*") if p.is_file()):
        digest.update(path.relative_to(source).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def ensure_demo_repo(cache_dir: Path, source: Path | None = None) -> Path:
    """Build the demo repository under ``cache_dir`` unless an identical build exists.

    The repository is ``demo-<fingerprint>/parcelo``: the app names a repository
    by its folder, and the demo's header should read as the company's log, not a
    hash. The build goes to a temporary folder first and is renamed into place,
    so an interrupted build never leaves a half-made repository behind.
    """
    source = source or demo_source_dir()
    build = cache_dir / f"demo-{_fingerprint(source)}"
    target = build / REPO_NAME
    if (target / ".git").is_dir():
        return target
    cache_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix="demo-build-", dir=cache_dir))
    try:
        build_repo(staging / REPO_NAME, load_script(source / SCRIPT_NAME))
        try:
            staging.rename(build)
        except OSError:
            if not (target / ".git").is_dir():
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target
