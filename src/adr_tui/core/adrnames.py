"""Which file names may hold an ADR: the one rule discovery and history share.

Discovery lists the files of an ADR folder by this rule (then drops READMEs,
templates and companions); the history follows every path of the log by it,
in any folder, since ADR folders move. Sharing it is what makes a file that
is listed also have a history.
"""

from __future__ import annotations

import re

from adr_tui.core.lazypattern import LazyPattern

ADR_SUFFIXES = (".md", ".mdx", ".md.erb", ".rst", ".adoc", ".asciidoc")
"""Markdown, reStructuredText and AsciiDoc: the parser reads the titles and fields of all three.

".md.erb" is Markdown a Ruby site (GOV.UK's tech-docs template) renders with its partials:
DFE-Digital/cpd-service-manual, DFE-Digital/childrens-social-care-architecture and
UKSpaceAgency/sst-beta-tech-docs name their records "005-Monolith-First.html.md.erb".

Not ``.txt``: ADR folders hold ``notes.txt`` and the history follows every
folder, where ``requirements.txt`` and ``CMakeLists.txt`` are; only a text file
named as a record, "adr" and its number, is one (:data:`TEXT_ADR_NAME`).
"""
SUFFIX_PATTERN = r"\.(?:(?:html?\.)?md(?:\.erb)?|mdx|rst|adoc|asciidoc)"
"""``ADR_SUFFIXES`` as a regular expression, for discovery's name patterns.

A Ruby site's page keeps the name it is served under before its suffix ("index.html.md",
"index.html.md.erb"): that page is its folder's index as "index.md" is.
"""
# A decision committed without a suffix: "0006-use-servicebus", "20240604-hdkey-separation",
# "adr2008 - token bridge withdraws and state pruning" (tellor-io/layer names them with spaces),
# "202207-query-pushdown" (thanos-io/thanos names proposals by year and month).
# And a draft committed as its zero-padded number alone, named later: openedx/openedx-events'
# "docs/decisions/0016" became "0016-idv-attempt-events.rst" when accepted; its history
# started at the rename. Not "2024" nor "7": a year, a count.
BARE_ADR_NAME = LazyPattern(
    r"^(?:(?:(?:adr[-_ ]?)?\d{1,4}|\d{8}|(?:19|20)\d\d(?:0[1-9]|1[0-2])|\d{4}-\d\d-\d\d)"
    r"(?:[-_]| - )[^.\s]*[a-z][^.]*|0\d{2,3})$",
    re.IGNORECASE,
)
# A decision kept as plain text, named so: cloud-carbon-footprint/cloud-carbon-footprint
# wrote "adr_1_chart_library.txt" … "adr_19_on_premise.txt" for two years, then renamed each
# "0001-chart_library.md" and rewrote it for adr-tools: its history started at the rewrite.
# Not "0001-notes.txt" nor "adr_template.txt": "adr" and a number name a record.
TEXT_ADR_NAME = LazyPattern(r"(?i)^adr[-_ ]?\d{1,4}(?:[-_ ][^.]*)?\.txt$")
_BYTE_SUFFIXES = frozenset(s.encode() for s in ADR_SUFFIXES)
# A bare name starts with "adr" or a digit (``\d`` also takes non-ASCII digits).
_BARE_FIRST = frozenset(b"0123456789aA") | frozenset(range(0x80, 0x100))


_OTHER_MARKUP = (".rst", ".adoc", ".asciidoc")
# "ADR-026a-startup-import-addendum.md": a record lettered after 26's, an addendum beside
# it rather than a second record 26. Not "000x-use-psr-16-cache-interface.md"
# (wikimedia/mediawiki-extensions-Wikibase): a placeholder's digit, as in "xxxx-" names.
_LETTERED_NAME = LazyPattern(r"(?i)^(?:adr[-_ ]?)?(?!0+[xn](?:[-_ .]|$))\d{1,6}([a-z])(?=[-_ .]|$)")


# What a file name writes before its record's number ("ADR-002-x.md", "002-x.md",
# "ADR024-x.md", "nr.-003-x.md"), and a date in its place ("20240604-x", "2024-06-04-x").
# Not a generated id ("ADR-8mnaz-x.md", kopi-vm/kopi): two lower-case letters after the digits.
_NUMBERING = LazyPattern(
    r"(?i)^([a-z]{0,6})\.?[-_ ]?(\d{1,8})(-\d\d-\d\d)?(?!\d)(?!(?-i:[a-z]{2}))"
)
DATE_NAMED = "date"
"""The :func:`numbering_of` a date-named file: its date is no number of a sequence."""


def numbering_of(name: str) -> tuple[str, int] | None:
    """How a file name numbers its record, or None when no number starts it ("use-kafka.md").

    The letters before the number, case-folded (:data:`DATE_NAMED` for a date), and the
    number: "ADR-002-x.md" → ``("adr", 2)``.
    """
    match = _NUMBERING.match(name)
    if match is None:
        return None
    if match[3] or len(match[2]) == 8:
        return DATE_NAMED, int(match[2])
    return match[1].lower(), int(match[2])


# "ADR-003-ADDENDUM-dual-approach-analysis.md" (awesomecit/thc-app) beside
# "ADR-003-semantic-versioning-tool-choice.md": a page added to record 3, not a second 3.
_ADDENDUM_NAME = LazyPattern(
    r"(?i)^(?:adr[-_ ]?)?\d{1,6}[-_ ](?:addend(?:um|a)|amendment|erratum|errata|supplement)"
    r"(?=[-_ .]|$)"
)


def is_addendum(name: str) -> bool:
    """Whether a file name says it adds to the record its number names ("ADR-003-ADDENDUM-x")."""
    return _ADDENDUM_NAME.match(name) is not None


def letter_of_name(name: str) -> str:
    """The letter a file name's number carries ("a" for "ADR-026a-x.md"), else ""."""
    match = _LETTERED_NAME.match(name)
    return match[1].lower() if match else ""


def is_markdown(name: str) -> bool:
    """Whether an ADR file's text is Markdown: any but reStructuredText and AsciiDoc.

    Files without a suffix are Markdown in every log seen so far.
    """
    return not name.lower().endswith(_OTHER_MARKUP)


def is_adr_name(name: str) -> bool:
    """Whether a file name (no folder) may be an ADR's: by its suffix, or numbered without one."""
    lower = name.lower()
    if lower.endswith(ADR_SUFFIXES):
        return True
    if lower.endswith(".txt"):
        return TEXT_ADR_NAME.match(name) is not None
    return BARE_ADR_NAME.match(name) is not None


def is_adr_path(path: bytes) -> bool:
    """:func:`is_adr_name` of a repository path as git prints it (bytes): the log's hot path.

    Equal to ``is_adr_name`` of the name decoded as every git path is (UTF-8,
    surrogateescape), but the common cases are decided without decoding or a
    regex: a bare name holds no dot, so a name with one is an ADR's exactly
    when its last dot starts an ADR suffix, or ".txt" after "adr" and a number
    (:data:`TEXT_ADR_NAME`) (lower-casing bytes agrees with
    lower-casing text here: no non-ASCII character lower-cases to a string of
    the suffixes' letters, a test checks), and a dotless name must start as a
    bare one does.
    """
    slash = path.rfind(b"/")
    dot = path.rfind(b".")
    if dot > slash:
        suffix = path[dot:].lower()
        if suffix == b".txt":  # a text record's name starts with "adr": most are decided here
            if path[slash + 1 : slash + 2] not in (b"a", b"A"):
                return False
            name = path[slash + 1 :].decode("utf-8", "surrogateescape")
            return TEXT_ADR_NAME.match(name) is not None
        if suffix == b".erb":  # "x.html.md.erb": Markdown a site renders (ADR_SUFFIXES)
            return path[slash + 1 : dot].lower().endswith(b".md")
        return suffix in _BYTE_SUFFIXES
    if slash + 1 >= len(path) or path[slash + 1] not in _BARE_FIRST:
        return False
    return BARE_ADR_NAME.match(path[slash + 1 :].decode("utf-8", "surrogateescape")) is not None


# The suffixes of a page a Ruby site serves as "x.html" (GOV.UK's tech-docs template).
_SITE_PAGE_SUFFIXES = (".html.md", ".htm.md", ".html.md.erb", ".htm.md.erb", ".md.erb")
_SITE_PAGE = LazyPattern(r"(?i)(?:\.html?)?\.md(?:\.erb)?$")
_FOLDER_PAGE = LazyPattern(r"(?i)^(?:readme|index)" + SUFFIX_PATTERN + "$")
# A draft's folder whose number is not given yet: "NNNN-in-cluster-http-auth",
# "xxxx-cli-plugin-system" (fluxcd/flux2 merges RFCs so; a number comes later). The record
# has no number; a template's own folder ("RFC-0000") is not this.
_PLACEHOLDER_FOLDER = LazyPattern(r"^(?:[xX]{3,6}|[nN]{3,6})[-_][^\W\d_]")


# A folder named for the state its records are in. LBHackney-IT/lbh-adrs keeps a log per
# team, each record moved as it is decided: "Platform/Proposed/Validation.md" became
# "Platform/Accepted/Validation.md", "Platform/Trial/…" and "Platform/Draft/…" beside them.
_STATE_FOLDER = LazyPattern(
    r"^(?:accepted|approved|proposed|drafts?|trial|rejected|refused|superseded|deprecated"
    r"|archived?|obsolete|implemented|withdrawn|retired)$",
    re.IGNORECASE,
)


def is_state_folder(name: str) -> bool:
    """Whether a folder's name (no parent) is a state its records are kept in ("Accepted")."""
    return _STATE_FOLDER.match(name) is not None


def is_folder_page(name: str) -> bool:
    """Whether a file name (no folder) is one a site serves as its folder's page ("README.md")."""
    return name[:1] in "rRiI" and _FOLDER_PAGE.match(name) is not None


def record_folder_name(path: str) -> str | None:
    """The folder that names a record kept as its page ("0001-use-x" of "0001-use-x/README.md")."""
    folder, _, name = path.rpartition("/")
    if folder and is_folder_page(name):
        parent = folder.rpartition("/")[2]
        if parent[:1].isdigit() and not (len(parent) == 4 and parent.isdigit()):
            return parent  # "2023/index.md": a year's page, as discovery reads it
        if parent[:1] in "nNxX" and _PLACEHOLDER_FOLDER.match(parent):
            return parent
    return None


def stem_of(path: str) -> str:
    """File name of ``path`` without directory and suffix.

    A record kept as its folder's page ("0001-use-x/README.md", "20240524-pipeline/index.md",
    as sites serve a folder) is named by its folder, which carries its number or date: the
    parser, the checks, the catalogue's look-ups and a record's label all name it so.
    A Ruby site's record is named by the page it is served as, without the page's suffix:
    "0002-x" for "0002-x.html.md" and "0002-x.html.md.erb", as for its link "0002-x.html".
    """
    if (folder := record_folder_name(path)) is not None:
        return folder
    name = path.rpartition("/")[2]
    if name.lower().endswith(_SITE_PAGE_SUFFIXES):
        return _SITE_PAGE.sub("", name)
    return name.rsplit(".", 1)[0] if "." in name[1:] else name
