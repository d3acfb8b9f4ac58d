"""Long-run fuzzing of the whole parse path (bytes → Decision).

    python bench/fuzz_parser.py --count 1000000 [--seed 7] [--json out.json]

Feeds parse_document random bytes, mutated real ADRs (the seeds, the demo log),
every format with shuffled / duplicated / truncated sections, huge lines,
deeply nested lists and pathological YAML (alias bombs, python tags, 10,000-key
maps). Reports every exception, every input slower than --slow-ms and the
peak traced memory of any single parse above --max-mb. Exits 1 on any finding.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

from adr_tui.core.parsing import parse_document

ROOT = Path(__file__).resolve().parent.parent
Mutator = Callable[[random.Random, bytes], bytes]


def corpus() -> list[bytes]:
    """Real ADR texts to mutate: the demo log and the test fixtures."""
    found = [p.read_bytes() for p in sorted((ROOT / "demo_repo").rglob("*.md"))]
    found += [
        p.read_bytes() for p in sorted((ROOT / "tests" / "fixtures").rglob("*")) if p.is_file()
    ]
    return found or [b"# 1. Title\n\n## Status\n\nAccepted\n"]


def random_bytes(rng: random.Random, _: bytes) -> bytes:
    return rng.randbytes(rng.randrange(0, 4096))


def flip_bytes(rng: random.Random, seed: bytes) -> bytes:
    data = bytearray(seed)
    for _ in range(rng.randrange(1, 32)):
        if data:
            data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def _sections(seed: bytes) -> list[bytes]:
    parts = seed.split(b"\n#")
    return [parts[0]] + [b"#" + p for p in parts[1:]]


def shuffle_sections(rng: random.Random, seed: bytes) -> bytes:
    parts = _sections(seed)
    rng.shuffle(parts)
    return b"\n".join(parts)


def duplicate_sections(rng: random.Random, seed: bytes) -> bytes:
    parts = _sections(seed)
    return b"\n".join(parts + rng.choices(parts, k=rng.randrange(1, 6)))


def truncate(rng: random.Random, seed: bytes) -> bytes:
    return seed[: rng.randrange(0, len(seed) + 1)]


def huge_line(rng: random.Random, seed: bytes) -> bytes:
    filler = rng.choice([b"a", b"*", b"[", b"|", b"`", b"-", b" ", b"#"])
    return seed + b"\n" + filler * rng.randrange(10_000, 2_000_000) + b"\n"


def nested_lists(rng: random.Random, seed: bytes) -> bytes:
    depth = rng.randrange(100, 3000)
    return b"".join(b"  " * i + b"- item\n" for i in range(depth)) + seed


def yaml_bomb(rng: random.Random, _: bytes) -> bytes:
    lines = [b"---", b'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, rng.randrange(5, 12)):
        prev = chr(ord("a") + level - 1).encode()
        name = chr(ord("a") + level).encode()
        lines.append(
            name
            + b": &"
            + name
            + b" [*"
            + prev
            + b","
            + (b"*" + prev + b",") * 8
            + b"*"
            + prev
            + b"]"
        )
    return b"\n".join(lines) + b"\nstatus: accepted\n---\n# Bomb\n"


def yaml_python_tag(rng: random.Random, _: bytes) -> bytes:
    tag = rng.choice(
        [b"!!python/object/apply:os.system", b"!!python/object:__main__.X", b"!!binary"]
    )
    return b"---\nstatus: " + tag + b' ["echo pwned"]\n---\n# Tagged\n'


def yaml_wide_map(rng: random.Random, _: bytes) -> bytes:
    keys = b"\n".join(b"k%d: v" % i for i in range(rng.randrange(1000, 10_001)))
    return b"---\n" + keys + b"\n---\n# Wide\n"


MUTATORS: tuple[Mutator, ...] = (
    random_bytes,
    flip_bytes,
    shuffle_sections,
    duplicate_sections,
    truncate,
    huge_line,
    nested_lists,
    yaml_bomb,
    yaml_python_tag,
    yaml_wide_map,
)
# Expensive shapes run rarely so a million inputs finish in reasonable time.
WEIGHTS = (20, 30, 15, 10, 15, 1, 1, 1, 2, 1)


def inputs(count: int, seed: int) -> Iterator[tuple[str, bytes]]:
    rng = random.Random(seed)
    seeds = corpus()
    for _ in range(count):
        mutator = rng.choices(MUTATORS, WEIGHTS)[0]
        yield mutator.__name__, mutator(rng, rng.choice(seeds))


def run(
    count: int, seed: int, slow_ms: float, max_mb: float, memory_every: int
) -> dict[str, object]:
    findings: list[dict[str, object]] = []
    slowest = 0.0
    started = time.perf_counter()
    for index, (kind, data) in enumerate(inputs(count, seed)):
        trace = memory_every > 0 and index % memory_every == 0
        if trace:
            tracemalloc.start()
        begin = time.perf_counter()
        try:
            parse_document(data, f"docs/adr/{index:07d}-fuzz.md")
        except Exception as exc:  # the finding we are looking for
            findings.append({"input": index, "kind": kind, "error": repr(exc)})
        elapsed_ms = (time.perf_counter() - begin) * 1000
        slowest = max(slowest, elapsed_ms)
        if elapsed_ms > slow_ms:
            findings.append(
                {"input": index, "kind": kind, "slow_ms": round(elapsed_ms, 1), "bytes": len(data)}
            )
        if trace:
            peak_mb = tracemalloc.get_traced_memory()[1] / 2**20
            tracemalloc.stop()
            if peak_mb > max_mb:
                findings.append({"input": index, "kind": kind, "peak_mb": round(peak_mb, 1)})
    return {
        "inputs": count,
        "seed": seed,
        "seconds": round(time.perf_counter() - started, 1),
        "slowest_ms": round(slowest, 1),
        "findings": findings,
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--slow-ms", type=float, default=100.0)
    parser.add_argument("--max-mb", type=float, default=64.0)
    parser.add_argument(
        "--memory-every", type=int, default=97, help="trace memory of every Nth input"
    )
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    report = run(args.count, args.seed, args.slow_ms, args.max_mb, args.memory_every)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))
    findings = report["findings"]
    assert isinstance(findings, list)
    for finding in findings[:50]:
        print(finding)
    print(
        f"{report['inputs']} inputs in {report['seconds']} s, slowest {report['slowest_ms']} ms, "
        f"{len(findings)} finding(s)"
    )
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
