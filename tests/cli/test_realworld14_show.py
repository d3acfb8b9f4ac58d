"""Round 14: 'show' names the decisions a record links to by number and title."""

from __future__ import annotations

import pytest
from tests.conftest import RepoFactory

from adr_tui.cli.main import main

D = "docs/architecture/decisions"
# from cisagov/manage.get.gov docs/architecture/decisions: 0010 links 0008 as "[ADR](…)".
CISAGOV = {
    f"{D}/0008-server-side-rendering.md": (
        "# 8. Server Side Rendering\n\nDate: 2022-08-16\n\n## Status\n\nAccepted\n\n"
        "## Context\n\nWe render on the server.\n"
    ),
    f"{D}/0010-django-templates.md": (
        "# n. Django Templates\n\nDate: 2022-09-26\n\n## Status\n\nApproved\n\n## Context\n\n"
        "In the context of doing server-side rendering ([ADR](./0008-server-side-rendering.md)"
        "), we need some templating engine on the backend. See also [ADR](./0009-gone.md).\n"
    ),
}


def _fields(out: str) -> list[str]:
    return [line.rstrip() for line in out.splitlines() if line.startswith("Relates-to")]


def test_show_names_related_decisions_by_number_and_title(
    make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = make_repo(CISAGOV)
    assert main(["show", "10", "-C", str(repo)]) == 0
    assert _fields(capsys.readouterr().out) == [
        "Relates-to     ADR-0008  Server Side Rendering",
        "Relates-to     ADR (not found)",
    ]
    assert main(["show", "8", "-C", str(repo)]) == 0
    (derived,) = _fields(capsys.readouterr().out)
    # Its title ends so whether or not the template's "n." is kept in it.
    assert derived.startswith("Relates-to     ADR-0010  ")
    assert derived.endswith("Django Templates (stated by the other ADR)")
