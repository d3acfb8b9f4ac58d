"""The long-lived ``git cat-file --batch`` process that reads blobs in bulk."""

from __future__ import annotations

import contextlib
import subprocess
import threading
from collections.abc import Sequence
from pathlib import Path


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
