"""Round 19 (whole logs): what check says of a monorepo's several logs."""

from __future__ import annotations

from tests.conftest import RepoFactory
from tests.core.test_realworld19w_discovery import EDX, _rst

from adr_tui.core.catalog import load_catalog
from adr_tui.core.settings import Settings

GRADES = "lms/djangoapps/grades/docs/decisions"

# from openedx/edx-platform: each Django app numbers its own log, as the platform's
# docs/decisions does; grades' 0003 is said (by us) to be superseded by its 0005 and by
# the platform's 0001, and neither says so.
FILES = dict(
    EDX,
    **{
        f"{GRADES}/0003-persistent-grades.rst": _rst(
            "Persistent Grades",
            "Superseded by `0005 <0005-grade-freeze.rst>`_ and by "
            "`Courses in LMS <../../../../../docs/decisions/0001-courses-in-lms.rst>`_",
        ),
        "docs/decisions/0003-reduce-bokchoy-testing.rst": _rst("Reduce bokchoy", "Accepted"),
    },
)


def test_a_one_sided_link_from_another_log_names_the_file(make_repo: RepoFactory) -> None:
    catalog = load_catalog(make_repo(FILES), Settings(use_cache=False))
    one_sided = sorted((p.path, p.message) for p in catalog.problems if p.code == "one-sided-link")
    tail = "says it is superseded by this ADR, but this ADR does not say so"
    assert one_sided == [
        (
            "docs/decisions/0001-courses-in-lms.rst",
            f"ADR-0003 ({GRADES}/0003-persistent-grades.rst) {tail}",
        ),
        (f"{GRADES}/0005-grade-freeze.rst", f"ADR-0003 {tail}"),
    ]
