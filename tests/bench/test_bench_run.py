"""run.py's table and JSON at size 20 (figures are not checked: no timing assertions)."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys

import pytest
from bench.harness import Row, Stats, Target, markdown_table, missing
from bench.runner import GROUPS, main


def test_row_ratio_and_verdict() -> None:
    row = Row("x", Stats((2.0, 3.0, 9.0)), baseline_name="b", baseline=Stats((1.0,)))
    row.target = Target(2.5)
    assert row.ratio == 3.0 and row.passed is False
    row.target = Target(4.0, "figure")
    assert row.passed is True
    assert missing("y").passed is None


def test_table_shows_every_row() -> None:
    rows = [
        Row("fast", Stats((0.002, 0.001, 0.003)), baseline_name="git", baseline=Stats((0.004,))),
        missing("later", target=Target(0.05, "figure")),
    ]
    table = markdown_table(rows).splitlines()
    assert len(table) == 4
    assert "| fast | 2.0 ms (1.0 ms–3.0 ms) | git 4.0 ms | 0.50× |" in table[2]
    assert "n/a (not implemented)" in table[3] and "≤ 50.0 ms" in table[3]


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, object], str]:
    tmp = tmp_path_factory.mktemp("run")
    out = tmp / "results.json"
    # One row group keeps this fast; every group shares the same Row/table/JSON code.
    argv = ["--size", "20", "--repeat", "1", "--json", str(out), "--cache-dir", str(tmp / "c")]
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        assert main([*argv, "--only", "catalog"]) == 0
    payload = json.loads(out.read_text())
    assert payload["meta"]["table"] in printed.getvalue()
    return payload, str(payload["meta"]["table"])


def test_json_has_meta_and_rows(results: tuple[dict[str, object], str]) -> None:
    payload, _ = results
    meta = payload["meta"]
    assert isinstance(meta, dict) and meta["size"] == 20 and meta["groups"] == ["catalog"]
    assert set(meta["groups"]) <= set(GROUPS)
    rows = payload["rows"]
    assert isinstance(rows, list) and rows
    for row in rows:
        assert set(row) >= {"name", "figure", "baseline", "ratio", "target", "passed", "note"}
        if row["figure"] is not None:
            assert row["figure"]["min"] <= row["figure"]["median"] <= row["figure"]["max"]
        else:
            assert row["note"]


def test_table_matches_json(results: tuple[dict[str, object], str]) -> None:
    payload, table = results
    rows = payload["rows"]
    assert isinstance(rows, list)
    body = table.splitlines()[2:]
    assert [line.split(" | ")[0].removeprefix("| ") for line in body] == [r["name"] for r in rows]


def test_cpu_clock_reads_the_cpu_samples() -> None:
    row = Row(
        "x",
        Stats.of([(0.010, 0.004), (0.030, 0.006), (0.020, 0.005)]),
        baseline_name="b",
        baseline=Stats.of([(0.010, 0.010)]),
        target=Target(1.0),
    )
    assert row.ratio == 2.0 and row.passed is False
    assert row.ratio_on("cpu") == 0.5 and row.passed_on("cpu") is True
    assert "5.0 ms (4.0 ms–6.0 ms)" in markdown_table([row], "cpu")
    assert Stats.of([1.0, 2.0]).on("cpu").samples == (1.0, 2.0)  # no CPU taken: wall


def test_the_bare_apps_module_imports_nothing_of_adr_tui() -> None:
    """The bare app (every UI ratio's baseline) starts without paying for adr-tui's imports."""
    code = "import sys, bench.tasks.ui; print(any(m.startswith('adr_tui') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
