"""Real-world shapes, round 3: template expressions and TBD in filled records.

Minimal excerpts of public ADRs; each test names the repository and file it comes from.
"""

from __future__ import annotations

from adr_tui.core.model import Status

from .helpers import decision

# QGreenland-Net/qgreenland-net.github.io decisions/001-common-diagramming-language.md: the
# Status section holds a Quarto shortcode that prints the front matter's status, and the
# date is "TBD".
QUARTO = """---
title: "A common language for diagramming"
number: 1
date: "TBD"
status: "Pending"
---

## Context

Diagrams can be made with a variety of programs.

## Status

{{< meta status >}}
"""


def test_template_expression_in_the_status_section_is_no_second_status() -> None:
    d = decision(QUARTO, "decisions/001-common-diagramming-language.md")
    assert (d.status, d.status_raw, d.date) == (Status.PROPOSED, "Pending", None)
    assert not any("stated again" in w for w in d.warnings)
    assert "date is a placeholder ('TBD')" in d.warnings
