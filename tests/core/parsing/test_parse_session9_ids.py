"""Session 9: a relation written as a bare id with a file suffix names the record, not a file."""

from __future__ import annotations

import pytest
from tests.core.parsing.helpers import decision


# Review 9b S2: "ADR-0003.md" became a file reference once file names were matched first,
# and check called it stale ('names no file: it is docs/adr/0003-use-x.md now').
@pytest.mark.parametrize(
    ("line", "kind", "number"),
    [("* Supersedes: ADR-0003.md", "supersedes", 3), ("* Related: adr-0004.md", "relates-to", 4)],
)
def test_a_bare_id_with_a_suffix_is_the_id(line: str, kind: str, number: int) -> None:
    d = decision(
        f"# 5. Use Y\n\n## Status\n\nAccepted\n\n## Links\n\n{line}\n", "docs/adr/0005-y.md"
    )
    assert [(r.kind.value, r.ref.number, r.ref.target) for r in d.relations] == [
        (kind, number, None)
    ]


def test_a_file_named_past_its_number_is_still_one_file() -> None:
    d = decision(
        "# 5. Y\n\n## Status\n\nAccepted\n\n## Links\n\n* Related: ADR-0037-public-api.md\n"
    )
    assert [(r.ref.number, r.ref.target) for r in d.relations] == [(37, "ADR-0037-public-api.md")]
