"""Round 27 (whole logs): a Ruby site's records are linked as the pages they are served as."""

from __future__ import annotations

from tests.conftest import RepoFactory

from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings

LOG = "source/adr"


def _record(title: str, status: str, more: str = "") -> str:
    # from ministryofjustice/hmpps-interventions-docs: front matter, "###" sections
    return (
        f"---\ntitle: {title}\nweight: 75\n---\n\n# {title}\n\nDate: 2021-06-03\n\n"
        f"### Status\n\n{status}\n\n### Context\n\nWhy.\n\n{more}### Decision\n\nWe do.\n"
    )


def _linked(files: dict[str, str], source: str, make_repo: RepoFactory) -> list[str | None]:
    """Where the links of ``source`` (a record's id) lead, once the log has no problem."""
    catalog = load_catalog(make_repo(files), Settings(use_cache=False))
    assert catalog.problems == ()
    record = catalog.get(source)
    assert record is not None
    return [r.target_id for r in record.relations]


def test_a_link_to_the_served_page_names_its_record_and_is_not_stale(
    make_repo: RepoFactory,
) -> None:
    # ministryofjustice/hmpps-interventions-docs names its records "0002-decouple-with-events
    # .html.md", and the site serves "0002-decouple-with-events.html": a link to that page
    # was "a stale link: it is source/adr/0002-decouple-with-events.html.md now".
    files = {
        f"{LOG}/index.html.md": "---\ntitle: Architecture decisions\n---\n\n# Decisions\n",
        f"{LOG}/0002-decouple-with-events.html.md": _record("2. Decouple with events", "Accepted"),
        f"{LOG}/0010-use-a-read-replica.html.md": _record(
            "10. Use a read replica",
            "Accepted",
            "As [ADR 2](0002-decouple-with-events.html) decided, events carry the changes.\n\n",
        ),
    }
    assert _linked(files, f"{LOG}/0010-use-a-read-replica.html", make_repo) == [
        f"{LOG}/0002-decouple-with-events.html"
    ]


def test_a_dated_record_s_served_page_is_found_by_its_path(make_repo: RepoFactory) -> None:
    # A log named by dates has no number to fall back on: "20221214-use-x.html" must be
    # read as the page of "20221214-use-x.html.md" (it was a link to nothing, dropped).
    files = {
        f"{LOG}/20221213-use-serverless.html.md": _record("Use Serverless", "Accepted"),
        f"{LOG}/20221214-use-log4brains.html.md": _record(
            "Use Log4brains",
            "Accepted",
            "We deploy as [Use Serverless](20221213-use-serverless.html) says.\n\n",
        ),
    }
    assert _linked(files, f"{LOG}/20221214-use-log4brains.html", make_repo) == [
        f"{LOG}/20221213-use-serverless.html"
    ]


def test_a_status_superseded_by_a_served_page_names_its_successor(
    make_repo: RepoFactory,
) -> None:
    # Tech-docs logs write the successor as its page, labelled by its heading:
    # "Superseded by [10. Use a read replica](0010-use-a-read-replica.html)". With no
    # "ADR" in the label and no document suffix, the link was dropped: the record read
    # superseded by nothing. A page without a number ("../index.html") stays no record.
    files = {
        f"{LOG}/0002-decouple-with-events.html.md": _record(
            "2. Decouple with events",
            "Superseded by [10. Use a read replica](0010-use-a-read-replica.html)",
            "See the [guide](../index.html).\n\n",
        ),
        f"{LOG}/0010-use-a-read-replica.html.md": _record(
            "10. Use a read replica",
            "Accepted\n\nSupersedes [2. Decouple with events](0002-decouple-with-events.html)",
        ),
    }
    assert _linked(files, f"{LOG}/0002-decouple-with-events.html", make_repo) == [
        f"{LOG}/0010-use-a-read-replica.html"
    ]
    assert _linked(files, f"{LOG}/0010-use-a-read-replica.html", make_repo) == [
        f"{LOG}/0002-decouple-with-events.html"
    ]
