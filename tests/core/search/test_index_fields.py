"""The index's own word splitting yields exactly the postings Whoosh's analyser would."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from whoosh import fields as wf

from adr_tui.core.search.schema import Words, plain_analyzer

_PIECES = ["Session", "session", "SESSIONS", "x_y", "42", "Caché", "İstanbul", "ß", "-", " ", "\n"]
texts = st.lists(st.sampled_from(_PIECES) | st.text(max_size=8), max_size=40).map("".join)


@given(texts, st.booleans())
def test_words_field_postings_equal_the_analysers(text: str, phrase: bool) -> None:
    ours = Words(analyzer=plain_analyzer(), phrase=phrase)
    whooshs = wf.TEXT(analyzer=plain_analyzer(), phrase=phrase)
    assert sorted(ours.index(text)) == sorted(whooshs.index(text))
