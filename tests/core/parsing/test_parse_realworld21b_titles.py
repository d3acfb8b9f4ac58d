"""Round 21b: titles of RFC logs (minimal excerpts; each names its source). The day between
an RFC's number and its words, and a Feature Name field as the title of an untitled RFC."""

from __future__ import annotations

import datetime as dt

from .helpers import decision

# from vectordotdev/vector rfcs/2020-04-04-2221-kubernetes-integration.md
DAY_AFTER_NUMBER = "# RFC 2221 - 2020-04-04 - Kubernetes Integration\n\n\n## Motivation\n\nWhy.\n"


def test_the_day_between_number_and_words_is_no_part_of_the_title() -> None:
    d = decision(DAY_AFTER_NUMBER, "rfcs/2020-04-04-2221-kubernetes-integration.md")
    assert (d.title, d.number, d.date) == ("Kubernetes Integration", 2221, dt.date(2020, 4, 4))


def test_a_day_that_opens_the_words_stays() -> None:
    d = decision("# 12. 2020-04-04 release notes\n\nWhy.\n", "docs/adr/0012-release.md")
    assert (d.title, d.number) == ("2020-04-04 release notes", 12)


# from cockroachdb/cockroach docs/RFCS/20160426_fk.md
FEATURE_NAME = (
    "- Feature Name: Foreign Keys\n- Status: completed\n- Start Date: 2016-04-26\n"
    "- Authors: Someone\n- RFC PR: [#19785](https://github.com/cockroachdb/cockroach/pull/19785)\n"
    "- Cockroach Issue: [#19783](https://github.com/cockroachdb/cockroach/issues/19783)\n\n\n"
    "# Summary\n\nSummary of Foreign Keys.\n"
)


def test_the_feature_name_titles_an_untitled_rfc() -> None:
    d = decision(FEATURE_NAME, "docs/RFCS/20160426_fk.md")
    assert d.title == "Foreign Keys"
    assert not any("title" in warning for warning in d.warnings)


def test_a_feature_name_that_is_an_identifier_titles_nothing() -> None:
    # The shape of rust-lang/rfcs: the feature gate's identifier, not a title.
    text = "- Feature Name: `const_generics`\n- Start Date: 2017-05-01\n\n# Summary\n\nx\n"
    assert decision(text, "text/2000-const-generics.md").title == "Const generics"
    titled = "# Keys\n\n- Feature Name: Foreign Keys\n\n# Summary\n\nx\n"
    assert decision(titled, "docs/RFCS/20160426_fk.md").title == "Keys"


def test_a_superscript_digit_opening_a_title_is_no_number() -> None:
    # Found by the property test: "²".isdigit(), yet int("²") raises.
    d = decision("² 0\n---\n", "docs/adr/0001-x.md")
    assert (d.title, d.number) == ("² 0", 1)
    assert not any("internal parser error" in warning for warning in d.warnings)
