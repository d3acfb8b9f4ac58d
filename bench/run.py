"""Entry point: ``python bench/run.py [--size N] [--repeat K] [--json PATH]``.

See bench/README.md for what each row means.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``bench`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.runner import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main())
