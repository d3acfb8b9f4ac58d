"""A file name that is not UTF-8 is indexed, found and removed like any other.

Made on a Latin-1 system, ``café.md`` holds the byte 0xE9; Python reads it with a
surrogate in its place, which Whoosh's UTF-8 writer refused: building the index ended
in a UnicodeEncodeError (a traceback in the CLI, an error toast in the TUI).
"""

from __future__ import annotations

import os
from dataclasses import replace

from tests.core.search.conftest import CatalogFactory
from tests.core.search.corpus import decision

from adr_tui.core.model import Decision
from adr_tui.core.search import SearchEngine
from adr_tui.core.search.schema import read_id, stored_id
from adr_tui.core.settings import Settings

LATIN1_NAME = os.fsdecode(b"docs/adr/0001-caf\xe9")


def latin1_named() -> Decision:
    found = decision(1, "Session cookies", "We keep session handling in signed cookies.")
    return replace(found, id=LATIN1_NAME, path=f"{LATIN1_NAME}.md")


def test_a_stored_id_reads_back_as_the_same_id() -> None:
    assert stored_id("docs/adr/0002-plain") == "docs/adr/0002-plain"
    kept = stored_id(LATIN1_NAME)
    kept.encode("utf-8")  # what the index writes
    assert read_id(kept) == LATIN1_NAME


def test_an_adr_named_in_latin1_is_indexed_found_and_removed(
    make_catalog: CatalogFactory, settings: Settings
) -> None:
    other = decision(2, "Session tokens", "Tokens for the API sessions.")
    with SearchEngine.open(make_catalog([latin1_named(), other]), settings) as engine:
        assert engine.build().added == 2
        assert set(engine.search("session").ids) == {LATIN1_NAME, other.id}
    with SearchEngine.open(make_catalog([latin1_named(), other]), settings) as engine:
        again = engine.build()  # read back from disk: nothing changed
        assert (again.rebuilt, again.added) == (False, 0)
        engine.set_catalog(make_catalog([other]))
        engine.build()
        assert list(engine.search("session").ids) == [other.id]
