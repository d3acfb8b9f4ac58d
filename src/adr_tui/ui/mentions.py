"""Decisions a text names in its prose ("see ADR-0012", "as decided in ADR 36").

Found by a pattern on the text as written, never by reading it as markup: nothing is
added to the text, and a mention is followable only when its number names one
decision of the log (the one in the mentioning record's folder, of several logs).
No Rich and no Textual here.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator

from adr_tui.core.adrnames import letter_of_name, record_folder_name
from adr_tui.core.model import Decision
from adr_tui.core.records import record

_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
"""An HTML comment: Markdown does not draw it, so what it names is not offered."""

MENTION = re.compile(r"(?<![\w/.])ADR[- #]?0*(\d{1,6})([a-z]?)(?!\w)", re.IGNORECASE)
"""``ADR-0012``, ``ADR 36``, ``ADR#7``, ``adr-026a``; not ``ADRs 3`` nor ``docs/adr/0012``."""


@record
class Mention:
    """Where a text names a decision, and by which number."""

    start: int
    end: int
    number: int
    letter: str
    """The number's letter (``a`` for ``ADR-026a``), lower case; "" for none."""


def mentions(text: str) -> Iterator[Mention]:
    """Each mention of a decision in ``text``, in order."""
    for match in MENTION.finditer(text):
        yield Mention(match.start(), match.end(), int(match[1]), match[2].lower())


def _log_folder(path: str) -> str:
    """The folder of the log holding ``path``: a folder-kept record's parent folder."""
    folder = path.rpartition("/")[0]
    return folder.rpartition("/")[0] if record_folder_name(path) is not None else folder


class Numbers:
    """A log's decisions by number, to say which one a mention names."""

    def __init__(self, decisions: Iterable[Decision]) -> None:
        self._by_number: dict[tuple[int, str], list[Decision]] = defaultdict(list)
        for d in decisions:
            if d.number is not None:  # (string splits: 10,000 paths, on the UI thread)
                self._by_number[d.number, letter_of_name(d.path.rpartition("/")[2])].append(d)

    def named(self, source: Decision, mention: Mention) -> Decision | None:
        """The decision ``mention`` in ``source`` names, if it names one.

        The only one so numbered; of several (a monorepo's logs share numbers), the only
        one in ``source``'s folder; else None.
        """
        found = self._by_number.get((mention.number, mention.letter), [])
        if len(found) > 1:
            folder = _log_folder(source.path)
            found = [d for d in found if _log_folder(d.path) == folder]
        return found[0] if len(found) == 1 else None

    def mentioned(self, source: Decision, text: str) -> dict[tuple[int, str], Decision]:
        """The decisions ``text`` (``source``'s) names, by number, in the order first named.

        ``source`` itself is left out: "this ADR (ADR-0012)" leads nowhere new. So is a
        number a relation of ``source`` states but the linker found names none of this
        log's decisions: "Relates to ADR-001: Use PostgreSQL" (a record copied from
        another log) is not this log's ADR-0001 for being written in the text too. Nor is
        a mention inside an HTML comment, which the view does not draw.
        """
        unresolved = {r.ref.number for r in source.relations if r.stated and r.target_id is None}
        if "<!--" in text:
            text = _COMMENT.sub("", text)
        found: dict[tuple[int, str], Decision] = {}
        for mention in mentions(text):
            key = (mention.number, mention.letter)
            if key in found or mention.number in unresolved:
                continue
            if (d := self.named(source, mention)) and d.id != source.id:
                found[key] = d
        return found
