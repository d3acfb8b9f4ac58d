"""reStructuredText admonitions that hold metadata, round 5 (minimal excerpts, sources named)."""

from __future__ import annotations

import datetime as dt

from adr_tui.core.model import Status

from .helpers import decision


# RDFLib/rdflib docs/decisions/20220826-default_branch.rst (and 20220911-uri_loading.rst):
# the status is the body of an admonition titled "Status".
def test_status_admonition() -> None:
    text = (
        "Default Branch Name\n===================\n\n"
        ".. admonition:: Status\n\n   Accepted\n\n"
        "Context\n-------\n\n"
        "In recent years usage of the word ``master`` has become somewhat controversial\n"
    )
    d = decision(text, "docs/decisions/20220826-default_branch.rst")
    assert (d.status, d.status_raw) == (Status.ACCEPTED, "Accepted")
    assert d.title == "Default Branch Name"
    assert d.date == dt.date(2022, 8, 26)


def test_other_admonitions_state_nothing() -> None:
    text = (
        "Use queues\n==========\n\n:Status: Proposed\n\n"
        ".. admonition:: Note\n\n   Accepted by nobody yet.\n"
    )
    d = decision(text, "docs/adr/0004-use-queues.rst")
    assert (d.status, d.status_raw) == (Status.PROPOSED, "Proposed")
