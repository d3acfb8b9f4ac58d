from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.core.search.conftest import CatalogFactory
from tests.core.search.corpus import CORPUS, catalog_of, decision

from adr_tui.core.filters import Filter
from adr_tui.core.model import Status
from adr_tui.core.scan import SCAN_CHECK_EVERY
from adr_tui.core.search import Cancelled, SearchEngine, run_query, scan_search
from adr_tui.core.settings import Settings


@pytest.fixture
def engine(make_catalog: CatalogFactory, settings: Settings) -> Iterator[SearchEngine]:
    with SearchEngine.open(make_catalog(CORPUS), settings) as built:
        report = built.build()
        assert report.rebuilt and report.added == len(CORPUS)
        assert built.ready
        yield built


def num(engine: SearchEngine, decision_id: str) -> int | None:
    found = engine._catalog.get(decision_id)
    assert found is not None
    return found.number


def numbers(engine: SearchEngine, query: str, flt: Filter | None = None) -> set[int | None]:
    result = engine.search(query, flt)
    return {num(engine, i) for i in result.ids}


QUERIES: list[tuple[str, set[int]]] = [
    ("redis", {1, 2}),
    ("Redis session", {1}),
    ("sessions", {1, 6}),  # stemmed: session, sessions
    ('"session handling"', {1, 6}),
    ('"handling session"', set()),
    ("sess*", {1, 6}),
    ("sesion~", {1, 6, 55}),  # typo; 55 also writes "sesion"
    ("cach*", {3, 4}),
    ("caching", {3, 4}),  # stems: cache, caching, cached
    ("redis OR kafka", {1, 2}),
    ("redis AND kafka", {2}),
    ("redis NOT kafka", {1}),
    ("-redis record", {4, 5}),
    ("NOT redis", {3, 4, 5, 6, 55}),
    ("(redis OR madr) -kafka", {1, 5}),
    ("status:accepted", {1, 3, 5}),
    ("status:superseded OR status:deprecated", {4, 6}),
    ("tag:auth", {1, 6}),
    ("tag:AUTH tag:data", {1}),
    ("tags:pro*", {5}),
    ('decider:"Grace Lee"', {1, 5}),
    ('decider:"grace  lee"', {1, 5}),
    ("decider:grace", {1, 3, 5}),
    ("decider:turing", {1, 4}),
    ('decider:"lee alan"', set()),  # a phrase never spans two people
    ("title:redis", {1}),
    ("title:record", {4, 5}),
    ("body:madr", {5}),
    ("number:55", {55}),
    ("number:2..4", {2, 3, 4}),
    ("number:>5", {6, 55}),
    ("date:>2024-01-01", {2, 3, 5, 6}),
    ("date:2024-01-01..2024-06-30", {2, 3, 5}),
    ("date:2023", {1}),
    ("date:<2023-01-01", {4}),
    ("status:bogus", set()),
    ("", {1, 2, 3, 4, 5, 6, 55}),
    ("zzzz", set()),
    ("the", {3, 5, 6, 55}),  # a stop word still matches exactly
    ("of", {5}),
]


@pytest.mark.parametrize(("query", "expected"), QUERIES)
def test_every_query_form_index_and_scan_agree(
    engine: SearchEngine, query: str, expected: set[int]
) -> None:
    result = engine.search(query)
    assert result.source == "index"
    assert {num(engine, i) for i in result.ids} == expected
    scanned = scan_search(engine._catalog, query)
    assert scanned.source == "scan"
    assert set(scanned.ids) == set(result.ids)


def found_alike(engine: SearchEngine, query: str) -> set[int | None]:
    """The numbers ``query`` finds through the index (built now), once the scan agrees.

    Read strictly: a query that finds nothing is not read loosely (test_relaxed.py).
    """
    engine.build()
    result = engine.search(query, relax=False)
    assert result.source == "index"
    assert set(scan_search(engine._catalog, query, relax=False).ids) == set(result.ids)
    return {num(engine, i) for i in result.ids}


CJK_LOG = [
    decision(
        11, "PostgreSQL移行", "SQLiteはALTER TABLEでカラム削除が不可能。スキーマ進化のたびに再作成"
    ),
    decision(12, "세션 저장소", "세션은 Redis에 저장한다."),
    decision(13, "スキー場の予約", "予約はキーで管理する。"),
]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("スキーマ", {11}),  # inside a run of characters with no space around it
        ("スキー", {11, 13}),
        ("キー", {11, 13}),
        ("スキーマ alter", {11}),
        ("移行", {11}),
        ("세션", {12}),
        ("title:移行", {11}),
        ('"不可能"', {11}),
        ("マ進", {11}),  # across what a reader calls two words: characters in order still match
    ],
)
def test_words_written_without_spaces_are_found_by_index_and_scan_alike(
    make_catalog: CatalogFactory, settings: Settings, query: str, expected: set[int]
) -> None:
    with SearchEngine.open(make_catalog(CJK_LOG), settings) as engine:
        assert found_alike(engine, query) == expected


RUSSIAN_LOG = [
    decision(21, "Выбор и настройка оркестратора", "Используем kubernetes как оркестратор."),
    decision(22, "Хранение сессий", "Сессии храним в Redis; решения по кэшу отдельно."),
    decision(23, "Use Postgres", "Orchestrators are out of scope; sessions live in Redis."),
]


def test_a_word_of_two_scripts_keeps_its_latin_letters() -> None:
    # Snowball's Russian stemmer turns the Latin letters of 'postgresа' (a Cyrillic 'а'
    # at the end) into Cyrillic ones: only a wholly Cyrillic word goes to it.
    from adr_tui.core.search.schema import stem_word

    assert stem_word("postgresа").startswith("postgres")
    assert stem_word("оркестратора") == "оркестратор"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("оркестратор", {21}),  # the title's genitive 'оркестратора' as well
        ("оркестраторы", {21}),
        ("title:оркестратор", {21}),
        ("сессия", {22}),  # 'сессий', 'Сессии'
        ("решение", {22}),
        ("sessions", {23}),  # English words keep Porter's stems
        ("orchestrator", {23}),
    ],
)
def test_russian_words_are_found_in_any_case_ending(
    make_catalog: CatalogFactory, settings: Settings, query: str, expected: set[int]
) -> None:
    with SearchEngine.open(make_catalog(RUSSIAN_LOG), settings) as engine:
        assert found_alike(engine, query) == expected


def test_a_status_begun_finds_every_status_it_begins(
    make_catalog: CatalogFactory, settings: Settings
) -> None:
    log = [
        decision(31, "Drafted", status=Status.DRAFT),
        decision(32, "Old", status=Status.DEPRECATED),
        decision(33, "Current", status=Status.ACCEPTED),
    ]
    with SearchEngine.open(make_catalog(log), settings) as engine:
        for query, expected in (("status:d", {31, 32}), ("status:acc", {33}), ("status:", None)):
            assert found_alike(engine, query) == (expected or {31, 32, 33}), query


def test_title_beats_body(make_catalog: CatalogFactory, settings: Settings) -> None:
    catalog = make_catalog(
        [
            decision(1, "Message bus", "We pick kafka for the message bus in production."),
            decision(2, "Kafka message bus", "We pick a tool for the message bus in production."),
        ]
    )
    with SearchEngine.open(catalog, settings) as engine:
        engine.build()
        assert engine.search("kafka").ids[0].startswith("docs/adr/0002")
        assert scan_search(catalog, "kafka").ids[0].startswith("docs/adr/0002")


def test_title_prefix_beats_a_body_that_mentions_the_word_often(
    make_catalog: CatalogFactory, settings: Settings
) -> None:
    heroku = "Heroku Postgres runs our postgres database; postgres backups and postgresql too."
    catalog = make_catalog(
        [
            decision(1, "Deploy to Heroku", heroku),
            decision(2, "Use PostgreSQL as the system of record", "One relational database."),
        ]
    )
    with SearchEngine.open(catalog, settings) as engine:
        engine.build()
        for query in ("postgres*", "(postg OR postg*)"):
            assert engine.search(query).ids[0].startswith("docs/adr/0002"), query


def test_exact_beats_stemmed(make_catalog: CatalogFactory, settings: Settings) -> None:
    catalog = make_catalog(
        [
            decision(1, "Pages", "Rendered pages are cached at the edge for speed."),
            decision(2, "Pages", "Rendered pages use caching at the edge for speed."),
            decision(3, "Pages", "Rendered pages are caches at the edge for speed."),
        ]
    )
    with SearchEngine.open(catalog, settings) as engine:
        engine.build()
        result = engine.search("caching")
        assert len(result.ids) == 3
        assert result.ids[0].startswith("docs/adr/0002")
        assert result.hits[0].score > result.hits[1].score
        assert scan_search(catalog, "caching").ids[0].startswith("docs/adr/0002")


def test_malformed_query_is_answered_with_its_words(engine: SearchEngine) -> None:
    result = engine.search('(redis "session')
    assert result.problems and "could not read" in result.problems[0]
    assert {num(engine, i) for i in result.ids} == {1}


def test_hits_carry_id_score_and_highlights(engine: SearchEngine) -> None:
    result = engine.search("redis session")
    hit = result.hits[0]
    assert hit.id == "docs/adr/0001-use-redis-for-session-storage"
    assert hit.score > 0
    assert [hit.title.text[a:b] for a, b in hit.title.spans] == ["Redis", "session"]
    marked = [f.text[a:b] for f in hit.body for a, b in f.spans]
    assert {"Redis", "Session", "Sessions"} <= set(marked)


def test_highlight_limit_and_result_limit(engine: SearchEngine) -> None:
    result = engine.search("", limit=3, highlight=0)
    assert result.total == len(CORPUS)
    assert len(result.hits) == 3
    assert all(h.body == () for h in result.hits)


def test_hits_past_the_highlighted_ones_are_highlighted_on_demand(engine: SearchEngine) -> None:
    eager = engine.search("redis session")
    lazy = engine.search("redis session", highlight=0)
    assert lazy.ids == eager.ids and lazy.highlighter is not None
    for early, late in zip(eager.hits, lazy.hits, strict=True):
        assert late.title.spans == () and late.body == ()
        decision = next(d for d in CORPUS if d.id == late.id)
        assert lazy.highlighter.title(decision.title) == early.title
        assert lazy.highlighter.body(decision.body) == early.body


def test_sort_orders(engine: SearchEngine) -> None:
    def order(sort: str) -> list[int | None]:
        result = engine.search("", sort=sort)  # type: ignore[arg-type]
        return [num(engine, i) for i in result.ids]

    assert order("number") == [1, 2, 3, 4, 5, 6, 55]
    assert order("date") == [6, 5, 3, 2, 1, 4, 55]  # newest first, undated last
    assert order("title")[:2] == [2, 3]  # Adopt…, Cache…
    assert order("relevance") == order("number")  # no query: no score


def test_filter_composes_with_search(engine: SearchEngine) -> None:
    flt = Filter.of(statuses=["accepted", "deprecated"])
    assert numbers(engine, "session", flt) == {1, 6}
    assert numbers(engine, "session", Filter.of(statuses=["accepted"], tags=["auth"])) == {1}
    assert numbers(engine, "", Filter.of(query="redis")) == {1, 2}
    assert numbers(engine, "kafka", Filter.of(query="redis")) == {2}
    assert numbers(engine, "session", Filter(hide_not_in_force=True)) == {1}


def test_scan_answers_until_the_index_is_ready(
    make_catalog: CatalogFactory, settings: Settings
) -> None:
    with SearchEngine.open(make_catalog(CORPUS), settings) as engine:
        before = engine.search("sess* -tag:infra")
        assert not engine.ready and before.source == "scan"
        engine.build()
        after = engine.search("sess* -tag:infra")
        assert after.source == "index"
        assert set(after.ids) == set(before.ids) and after.ids


def test_a_scan_the_caller_gave_up_on_stops_and_keeps_the_words_it_read(
    make_catalog: CatalogFactory, settings: Settings
) -> None:
    many = [decision(n, f"Session store {n}", "Sessions live in Redis.") for n in range(1, 201)]
    asked: list[int] = []

    def cancelled() -> bool:  # the user typed on after the first look
        asked.append(1)
        return len(asked) > 1

    with SearchEngine.open(make_catalog(many), settings) as engine:
        with pytest.raises(Cancelled):
            engine.search("redis", cancelled=cancelled)
        assert len(asked) == 2  # looked once at the start, once after SCAN_CHECK_EVERY
        assert len(engine._scan_cache._words) == SCAN_CHECK_EVERY
        finished = engine.search("redis", cancelled=lambda: False)
        assert finished.source == "scan" and len(finished.ids) == 200


def test_background_build(make_catalog: CatalogFactory, settings: Settings) -> None:
    with SearchEngine.open(make_catalog(CORPUS), settings, background=True) as engine:
        engine.search("redis")  # answered whatever the build's progress
        assert engine.wait(timeout=60)
        assert engine.search("redis").source == "index"


def test_cancelled_build_leaves_engine_usable(
    make_catalog: CatalogFactory, settings: Settings
) -> None:
    cancel = threading.Event()
    cancel.set()
    with SearchEngine.open(make_catalog(CORPUS), settings) as engine:
        assert engine.build(cancel).cancelled
        assert not engine.ready
        assert engine.search("redis").source == "scan"
        assert not engine.build().cancelled
        assert engine.ready


def test_searches_from_many_threads(engine: SearchEngine) -> None:
    expected = engine.search("session OR redis").ids
    engine._results.clear()
    seen: list[list[str]] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for query in ("session OR redis", "sess*", "tag:auth"):
                result = engine.search(query)
                if query == "session OR redis":
                    seen.append(result.ids)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert seen == [expected] * 4


def test_new_catalogue_is_scanned_then_indexed(
    make_catalog: CatalogFactory, settings: Settings, engine: SearchEngine
) -> None:
    generation = engine.generation
    assert numbers(engine, "gateway") == {55}
    engine.set_catalog(make_catalog([*CORPUS[:-1], decision(56, "New gateway", "API gateway.")]))
    assert engine.search("gateway").source == "scan"
    assert numbers(engine, "gateway") == {56}
    engine.build()
    assert engine.generation > generation
    assert engine.search("gateway").source == "index"
    assert numbers(engine, "gateway") == {56}


def test_run_query_for_list(make_catalog: CatalogFactory, settings: Settings) -> None:
    catalog = make_catalog(CORPUS)
    found = run_query(catalog, Filter.of(query="session", statuses=["accepted"]), settings)
    assert [d.number for d in found] == [1]
    everything = run_query(catalog, Filter(hide_not_in_force=True), settings, sort="number")
    assert [d.number for d in everything] == [1, 2, 3, 5]
    assert Status.SUPERSEDED not in {d.status for d in everything}


def test_index_never_lands_in_the_repository(engine: SearchEngine, repo_root: Path) -> None:
    assert list(repo_root.iterdir()) == []


@pytest.mark.parametrize("use_cache", [True, False], ids=["on-disk", "in-memory"])
def test_a_full_build_tells_its_progress_segment_by_segment(
    tmp_path: Path, use_cache: bool
) -> None:
    catalog = catalog_of(tmp_path, [decision(n, f"Decision {n}") for n in range(1, 601)])
    engine = SearchEngine(catalog, Settings(cache_dir=tmp_path / "cache", use_cache=use_cache))
    heard: list[tuple[int, int]] = []
    engine.build(progress=lambda done, total: heard.append((done, total)))
    assert heard == [(250, 600), (500, 600), (600, 600)]
    heard.clear()
    engine.build(progress=lambda done, total: heard.append((done, total)))
    assert heard == []  # nothing to rebuild: nothing to say


STEMMED_LOG = [
    decision(31, "Capabilities of the gateway", "Interoperability matters; we were happy."),
    decision(32, "Всё о кэше", "Ёмкость кэша. Подъезд к решению."),
    decision(33, "ΟΔΟΣ", "Related stores."),
]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("capable", {31}),  # 'capabilities' stems to 'capabl': the word never holds 'capable'
        ("interoperable", {31}),
        ("happiness", {31}),  # 'happy' → 'happi'
        ('"we were happy" relations', set()),  # a phrase and a word: no decision has both
        ("relate", {33}),
        ("емкости", {32}),  # the Russian stemmer writes 'ё' as 'е': 'Ёмкость' is 'емкост'
        ("ёмкость", {32}),
        ("οδος", {33}),  # a final sigma lower-cased alone or in a text
    ],
)
def test_words_a_stem_changes_are_scanned_as_the_index_finds_them(
    make_catalog: CatalogFactory, settings: Settings, query: str, expected: set[int]
) -> None:
    """The scan skips a decision whose text lacks the start of a query word's stem: never one
    the index finds."""
    with SearchEngine.open(make_catalog(STEMMED_LOG), settings) as engine:
        assert found_alike(engine, query) == expected
