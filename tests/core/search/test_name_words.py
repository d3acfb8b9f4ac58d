"""Go-to's name words: a singular matches its plural, either way round."""

from __future__ import annotations

from adr_tui.core.matching import name_agrees, typed_words, word_forms


def agree(typed: str, name: str) -> bool:
    return name_agrees(typed_words(typed), name)


def test_plural_and_singular_words_agree() -> None:
    pairs = [
        ("sessions", "session"),
        ("databases", "database"),
        ("caches", "cache"),
        ("matches", "match"),
        ("policies", "policy"),
        ("identities", "identity"),
        ("queues", "queue"),
    ]
    for plural, singular in pairs:
        assert agree(plural, f"use-{singular}-storage"), plural
        assert agree(singular, f"Use {plural.title()} now"), singular


def test_words_whose_s_is_no_plural_stay_whole() -> None:
    for word in ("status", "redis", "access", "aws", "ecs"):
        assert word_forms(word) == {word}
    assert not agree("statu", "status page")


def test_every_typed_word_must_agree_as_a_whole_word() -> None:
    name = "0003-use-redis-for-session-storage.md Use Redis for Session Storage"
    assert agree("Redis sessions", name)
    assert not agree("redis postgres", name)
    assert not agree("store", name)  # inside 'storage', not a word of it
