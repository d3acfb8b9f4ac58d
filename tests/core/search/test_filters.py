from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.core.search.corpus import CORPUS, catalog_of, decision

from adr_tui.core.filters import Filter, apply_filter, deciders_named, facet_counts
from adr_tui.core.model import Status


def numbers(flt: Filter) -> list[int | None]:
    return [d.number for d in apply_filter(CORPUS, flt)]


def test_empty_filter_keeps_everything_in_order() -> None:
    assert Filter().is_empty
    assert numbers(Filter()) == [1, 2, 3, 4, 5, 6, 55]


def test_or_within_a_facet_and_across_facets() -> None:
    assert numbers(Filter.of(statuses=["accepted", "proposed"])) == [1, 2, 3, 5]
    assert numbers(Filter.of(tags=["auth", "frontend"])) == [1, 3, 6]
    assert numbers(Filter.of(statuses=["accepted"], tags=["auth", "frontend"])) == [1, 3]
    assert numbers(Filter.of(deciders=["GRACE  LEE"])) == [1, 5]  # case and spaces ignored
    assert numbers(Filter.of(deciders=["grace lee"], tags=["process"])) == [5]


def test_a_decider_is_named_by_some_of_the_words_of_the_name() -> None:
    assert deciders_named(CORPUS, "lee") == ("grace lee",)  # --decider lee
    assert deciders_named(CORPUS, "GRACE") == ("grace hopper", "grace lee")
    assert deciders_named(CORPUS, "hopper grace") == ("grace hopper",)  # any order
    assert deciders_named(CORPUS, "grac") == ("grac",)  # words, not letters: none
    hyphened = [decision(1, "One", deciders=["Jean-Luc Picard"])]
    assert deciders_named(hyphened, "luc") == ("jean-luc picard",)
    assert numbers(Filter.of(deciders=deciders_named(CORPUS, "lee"))) == [1, 5]


def test_a_decider_facet_keeps_as_many_decisions_as_its_count() -> None:
    log = [decision(1, "One", deciders=["Team"]), decision(2, "Two", deciders=["Platform Team"])]
    (team,) = [f for f in facet_counts(log, Filter()).deciders if f.value == "team"]
    chosen = Filter().toggled("decider", team.value)  # a click in the panel
    assert [d.number for d in apply_filter(log, chosen)] == [1] and team.count == 1


def test_date_range_is_inclusive_and_drops_undated() -> None:
    flt = Filter.of(since=dt.date(2024, 2, 10), until=dt.date(2024, 6, 30))
    assert numbers(flt) == [2, 3, 5]
    assert 55 not in numbers(Filter.of(until=dt.date(2100, 1, 1)))


def test_hide_not_in_force() -> None:
    # 4 superseded, 6 deprecated, 55 rejected; 2 proposed stays (not yet in force, not retired)
    assert numbers(Filter(hide_not_in_force=True)) == [1, 2, 3, 5]


def test_accepted_decision_replaced_by_a_newer_one_is_not_in_force() -> None:
    old = dataclasses.replace(CORPUS[3], status=Status.ACCEPTED)  # status never updated
    catalog = catalog_of(Path("/repo"), [old, CORPUS[4]])
    kept = apply_filter(catalog.decisions, Filter(hide_not_in_force=True), lookup=catalog)
    assert [d.number for d in kept] == [5]


def test_text_query_is_one_more_facet() -> None:
    assert numbers(Filter.of(query="session")) == [1, 6]
    assert numbers(Filter.of(query="session", statuses=["accepted"])) == [1]
    # ids already found by the index are used as given (no second search)
    given_ids = {CORPUS[2].id}
    kept = apply_filter(CORPUS, Filter.of(query="session"), query_ids=given_ids)
    assert [d.number for d in kept] == [3]


def test_toggling_and_value_semantics() -> None:
    flt = (
        Filter()
        .toggled("status", "accepted")
        .toggled("tag", "Auth")
        .toggled("decider", "Ada Lovelace")
    )
    assert flt == Filter.of(statuses=["accepted"], tags=["auth"], deciders=["ada lovelace"])
    assert flt.toggled("tag", "auth").tags == frozenset()
    assert hash(flt) == hash(
        Filter.of(statuses=["accepted"], tags=["auth"], deciders=["ada lovelace"])
    )
    assert flt.with_query(" redis ").query == "redis"
    assert flt.with_query("redis").without_query() == flt
    with pytest.raises(ValueError):
        flt.toggled("colour", "red")
    with pytest.raises(ValueError):
        Filter.of(statuses=["bogus"])


def test_facet_counts_follow_the_other_facets() -> None:
    facets = facet_counts(CORPUS, Filter.of(statuses=["accepted"]))
    assert facets.total == 3
    statuses = {f.value: (f.count, f.selected) for f in facets.statuses}
    # the status facet ignores its own selection: what each click would leave
    assert statuses == {
        "proposed": (1, False),
        "accepted": (3, True),
        "rejected": (1, False),
        "deprecated": (1, False),
        "superseded": (1, False),
    }
    tags = {f.value: f.count for f in facets.tags}
    assert tags == {"auth": 1, "data": 1, "frontend": 1, "process": 1}
    deciders = {f.label: f.count for f in facets.deciders}
    assert deciders == {"Grace Lee": 2, "Alan Turing": 1, "Grace Hopper": 1}


def test_facet_counts_with_query_and_selected_zero_values() -> None:
    facets = facet_counts(CORPUS, Filter.of(query="session", tags=["frontend"]))
    assert facets.total == 0
    assert {f.value: f.count for f in facets.tags} == {"auth": 2, "data": 1, "frontend": 0}
    assert [f.selected for f in facets.tags if f.value == "frontend"] == [True]


statuses = st.frozensets(st.sampled_from(list(Status)), max_size=3)
tag_sets = st.frozensets(
    st.sampled_from(["auth", "data", "frontend", "infra", "process"]), max_size=3
)
decider_sets = st.frozensets(
    st.sampled_from(["grace lee", "alan turing", "ada lovelace"]), max_size=2
)


@given(statuses, tag_sets, decider_sets, st.booleans())
def test_filter_algebra(
    chosen: frozenset[Status], tags: frozenset[str], deciders: frozenset[str], hide: bool
) -> None:
    flt = Filter(statuses=chosen, tags=tags, deciders=deciders, hide_not_in_force=hide)
    kept = {d.id for d in apply_filter(CORPUS, flt)}
    # AND across facets: the intersection of each facet alone
    parts = [
        Filter(statuses=chosen),
        Filter(tags=tags),
        Filter(deciders=deciders),
        Filter(hide_not_in_force=hide),
    ]
    alone = [{d.id for d in apply_filter(CORPUS, p)} for p in parts]
    assert kept == set.intersection(*alone)
    # OR within a facet: the union of each value alone
    if tags:
        union = set().union(
            *({d.id for d in apply_filter(CORPUS, Filter(tags=frozenset({t})))} for t in tags)
        )
        assert alone[1] == union
    # facet totals agree with the filter
    assert facet_counts(CORPUS, flt).total == len(kept)
    # a status count is what selecting only that status would leave
    for value in facet_counts(CORPUS, flt).statuses:
        only = Filter(
            statuses=frozenset({Status(value.value)}),
            tags=tags,
            deciders=deciders,
            hide_not_in_force=hide,
        )
        assert value.count == len(apply_filter(CORPUS, only))


def test_status_filter_and_counts_go_by_the_status_shown() -> None:
    # The file of 2 still says accepted, but 3 (accepted) replaced it: lists show it
    # superseded, so the status facet must count and keep it as superseded too.
    replaced = decision(2, "Old way", status=Status.ACCEPTED, superseded_by=[3])
    current = decision(3, "New way", status=Status.ACCEPTED, supersedes=[2])
    catalog = catalog_of(Path("/srv/repo"), [replaced, current])
    decisions = list(catalog.decisions)
    superseded = apply_filter(decisions, Filter(statuses=frozenset({Status.SUPERSEDED})))
    accepted = apply_filter(decisions, Filter(statuses=frozenset({Status.ACCEPTED})))
    assert [d.number for d in superseded] == [2] and [d.number for d in accepted] == [3]
    counts = {f.value: f.count for f in facet_counts(decisions, Filter()).statuses}
    assert counts == {"accepted": 1, "superseded": 1}
