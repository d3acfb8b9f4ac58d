"""Run one measurement in a fresh interpreter: ``python -m bench.worker MODULE.TASK JSON``.

A fresh process per sample means no module-level cache, warm object or
imported state leaks from one repeat into the next; the task itself decides
what it times (usually after its imports), and prints one JSON line.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Callable
from typing import Any, cast

Task = Callable[[dict[str, Any]], dict[str, Any]]


def main(argv: list[str]) -> int:
    name, params = argv[0], json.loads(argv[1]) if len(argv) > 1 else {}
    module_name, _, function = name.rpartition(".")
    module = importlib.import_module(f"bench.tasks.{module_name}")
    task = cast(Task, getattr(module, function))
    print(json.dumps(task(params)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
