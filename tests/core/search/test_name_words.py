"""Go-to's name words: a singular matches its plural, either way round."""

from __future__ import annotations

from adr_tui.core.matching import name_words, names_agree, typed_words, word_forms


def test_plural_and_singular_words_agree() -> None:
    pairs = [
        ("sessions", "session"),
        ("databases", "database"),
        ("caches", "cache"),
        ("matches", "match"),
        ("policies", "policy"),
    ]
    for plural, singular in pairs:
        assert names_agree([plural], name_words(singular)), plural
        assert names_agree([singular], name_words(plural)), singular


def test_words_whose_s_is_no_plural_stay_whole() -> None:
    for word in ("status", "redis", "access", "aws", "ecs"):
        assert word_forms(word) == {word}
    assert not names_agree(["statu"], name_words("status"))


def test_every_typed_word_must_agree() -> None:
    forms = name_words("0003-use-redis-for-session-storage.md", "Use Redis for Session Storage")
    assert names_agree(typed_words("Redis sessions"), forms)
    assert not names_agree(typed_words("redis postgres"), forms)
    assert not names_agree([], forms)
