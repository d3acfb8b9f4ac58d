"""A virtual list of decisions: renders only the visible rows (Textual's Line API).

A 10,000-row ``DataTable`` took seconds to paint; this widget's cost is the
number of visible lines, whatever the length of the list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from rich.cells import cell_len, get_character_cell_size, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from adr_tui.core.model import Status
from adr_tui.core.records import record
from adr_tui.core.text import inert_line
from adr_tui.ui.keymap import SIDEWAYS_BINDINGS
from adr_tui.ui.listing import EAGER_EXCERPTS, Entry, GitDate, Row, index_of_key
from adr_tui.ui.render import STATUS_WIDTH, badge_label, number_label

CURSOR = "▶ "
"""Cursor marker: visible without colour (NO_COLOR, 16 colours)."""

TAGS_FROM = 84
"""Narrowest list (cells) with a Tags column; below it the title keeps the room."""

REPO_WIDTH = 14
"""Cells of the repository (or folder) column in a narrow list, unless its names are shorter."""

NARROW_REPO = len("Folder") + 1
"""The narrowest repository (or folder) column: its heading ('Repo' or 'Folder'), a space."""

WIDE_NAMES_FROM = 84
"""Narrowest list (cells) whose repository column widens to show whole names: the list
beside the preview at 160 columns, not a whole 80-column terminal (its titles need the room)."""

NAME_CUT = 3
"""Cells of a repository (or folder) name a wide list cuts before it drops the Tags column."""

LINE_CACHE = 256
"""Rendered lines kept: a few screens, so a cursor move redraws two lines, not all."""


def fit(text: str, width: int) -> str:
    """``text`` padded or cut to ``width`` cells; a cut ends in an ellipsis."""
    if width <= 0:
        return ""
    if cell_len(text) > width:
        return set_cell_size(text, width - 1) + "…"
    return set_cell_size(text, width)


def fit_middle(text: str, width: int) -> str:
    """``text`` padded or cut to ``width`` cells; a cut keeps both ends around an ellipsis.

    For names that tell rows apart: 'alphagov__govuk-aws' and 'alphagov__govuk-
    infrastructure' cut at the end both read 'alphagov__go…', like 'platform-api'
    and 'platform-web' would. Their ends differ more often than their starts.
    """
    if width <= 0 or cell_len(text) <= width:
        return fit(text, width)
    head = width // 2
    tail = width - 1 - head
    cut = set_cell_size(text, head)
    end = text[-tail:] if tail else ""
    while cell_len(end) > tail:  # wide characters: fewer of them fit
        end = end[1:]
    return set_cell_size(cut + "…" + end, width)


def fit_words(text: str, width: int) -> str:
    """``text`` cut to ``width`` cells after a whole word, ending in an ellipsis when cut.

    An excerpt cropped at the row's edge read "…handle increasing sc": a word cut
    in half with no sign more followed. Only a word wider than the row is cut inside.
    """
    if cell_len(text) <= width:
        return text
    room, used, fits = width - 1, 0, 0
    for char in text:
        used += get_character_cell_size(char)
        if used > room:
            break
        fits += 1
    space = fits if text[fits].isspace() else text.rfind(" ", 0, fits)
    return text[: space if space > 0 else fits].rstrip() + "…"


@record
class Columns:
    """Cell widths of each column at a given widget width (0 hides a column)."""

    number: int
    status: int
    date: int
    repo: int
    title: int
    tags: int

    @classmethod
    def fit(
        cls, width: int, *, repo: bool, tags: bool = True, numbers: bool = True, names: int = 0
    ) -> Columns:
        """Lay out the columns for ``width`` cells; narrow widths drop date, repo and tags.

        ``tags`` False (no ADR in the log has any) gives the Tags column's room to the titles;
        ``numbers`` False (a log of dated or named files) does the same with the # column.
        ``names``: cells of the widest repository (or folder) name, which a wide list shows
        whole, up to two fifths of the room left to it and the titles (and the tags'
        room when it is needed); shorter names than the column's give the titles the rest
        (two repositories 'api' and 'web' kept 14 cells from the titles at 80 columns).
        """
        number, status = 6 if numbers else 0, STATUS_WIDTH
        # With several repositories, which one a row is from matters more than its date.
        repo_w = REPO_WIDTH if repo and width >= 52 else 0
        date = 11 if width >= (71 if repo_w else 52) else 0
        # Tags from 84 cells: the list beside the preview at 160 columns (~88) shows them.
        tags_w = 0 if not tags else 22 if width >= 110 else 18 if width >= TAGS_FROM else 0
        room = width - len(CURSOR) - number - status - date - tags_w
        if repo_w and width >= WIDE_NAMES_FROM and names >= REPO_WIDTH:
            # 14 cells read 'orches…luster' and 'paymen…ateway'. Which log a row is from
            # tells rows apart; tags, cut at 18 cells anyway, are in the preview. A name a
            # few cells over is cut in its middle instead ('orchestr…luster' loses three).
            if tags_w and names + 1 > room * 2 // 5 + NAME_CUT:
                room, tags_w = room + tags_w, 0
            repo_w = max(REPO_WIDTH, min(names + 1, room * 2 // 5))
        elif repo_w and 0 < names < REPO_WIDTH - 1:
            repo_w = max(names + 1, NARROW_REPO)
        title = max(10, room - repo_w)
        return cls(number, status, date, repo_w, title, tags_w)


def header_text(
    width: int,
    *,
    repo: bool,
    tags: bool = True,
    folder: bool = False,
    numbers: bool = True,
    names: int = 0,
) -> str:
    """Column headings aligned with :meth:`AdrList.render_line`.

    ``folder``: the repository column names ADR folders (a monorepo) too.
    """
    c = Columns.fit(width, repo=repo or folder, tags=tags, numbers=numbers, names=names)
    parts = [" " * len(CURSOR), set_cell_size("#", c.number), set_cell_size("Status", c.status)]
    if c.date:
        parts.append(set_cell_size("Date", c.date))
    if c.repo:
        # Several repositories name theirs first ("shop/billing"): a repository's column.
        heading = "Folder" if folder and not repo else "Repository" if c.repo > 10 else "Repo"
        parts.append(set_cell_size(heading, c.repo))
    parts.append(set_cell_size("Title", c.title))
    if c.tags:
        parts.append(set_cell_size("Tags", c.tags))
    return "".join(parts)


class ListMessage(Message):
    """A message from an :class:`AdrList` about itself."""

    def __init__(self, adr_list: AdrList) -> None:
        super().__init__()
        self.adr_list = adr_list

    @property
    def control(self) -> AdrList:
        """The list that posted the message."""
        return self.adr_list


class AdrList(ScrollView, can_focus=True):
    """The decisions of the current listing, one row each (two while searching)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *SIDEWAYS_BINDINGS,  # Textual's, with ids (the list rebinds the vertical ones)
        Binding(
            "down,j", "cursor_down", "Down", show=False, id="list.down", tooltip="Next decision"
        ),
        Binding("up,k", "cursor_up", "Up", show=False, id="list.up", tooltip="Previous decision"),
        Binding(
            "pagedown",
            "page_down",
            "Page down",
            show=False,
            id="list.page_down",
            tooltip="Next page",
        ),
        Binding(
            "pageup", "page_up", "Page up", show=False, id="list.page_up", tooltip="Previous page"
        ),
        Binding("home", "first", "First", show=False, id="list.first", tooltip="First decision"),
        Binding("end", "last", "Last", show=False, id="list.last", tooltip="Last decision"),
        Binding("enter", "select", "Open", show=False, id="list.open", tooltip="Open the decision"),
    ]

    COMPONENT_CLASSES = {
        "adr-list--cursor",
        "adr-list--dim",
        "adr-list--git-date",
        "adr-list--match",
        "adr-list--snippet",
        *(f"adr-list--status-{s.value}" for s in Status),
    }

    cursor: reactive[int] = reactive(0, always_update=True, repaint=True)
    """Index of the highlighted row."""

    class Highlighted(Message):
        """The cursor moved to another row."""

        def __init__(self, adr_list: AdrList, row: Row | None) -> None:
            super().__init__()
            self.adr_list = adr_list
            self.row = row
            self.on_new_rows = adr_list.painting_new_rows
            """True when new rows put the cursor here (``Repainted`` follows their paint).
            Read when posted: by the time the message is handled they may be painted."""

        @property
        def control(self) -> AdrList:
            """The list that posted the message."""
            return self.adr_list

    class Repainted(ListMessage):
        """New rows (from :meth:`AdrList.set_rows`) have been drawn on screen."""

    class Resized(ListMessage):
        """The list's width changed (filter panel, terminal): column headings must follow."""

    class Selected(Message):
        """The user opened a row (enter or click on the highlighted row)."""

        def __init__(self, adr_list: AdrList, row: Row) -> None:
            super().__init__()
            self.adr_list = adr_list
            self.row = row

        @property
        def control(self) -> AdrList:
            """The list that posted the message."""
            return self.adr_list

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self.rows: Sequence[Row] = ()
        self.show_repo = False
        self.show_tags = True
        self.show_numbers = True
        self.folder_of: Callable[[Entry], str] | None = None
        """Names a row's log, shown in the repository column: a monorepo's ADR folder,
        after its repository's name when several are open (:func:`folder_namer`)."""
        self.git_date: GitDate | None = None
        """When Git first saw an undated decision's file: shown, styled apart, in its place."""
        self.names = 0
        """Cells of the widest repository or folder name (a wide list shows it whole)."""
        self._row_height = 1
        self._style_memo: dict[str, Style] = {}
        self._base: Style | None = None
        self._columns: tuple[tuple[int, bool, bool, bool, int], Columns] | None = None
        self._lines: LRUCache[tuple[int, int, int, int, bool], Strip] = LRUCache(LINE_CACHE)
        self._announce_paint = False
        self._held: int | None = None
        """Rows moved while a new search's results are coming (None: not holding)."""
        self._held_for: object = None
        """What the rows awaited are (Browse's query): the moves held are for them only."""
        self._held_open = False
        """Enter was pressed while they were coming: open the row the moves lead to."""

    # -- data ---------------------------------------------------------------

    def set_rows(
        self,
        rows: Sequence[Row],
        *,
        keep: str | None = None,
        repo: bool = False,
        tags: bool = True,
        folder_of: Callable[[Entry], str] | None = None,
        numbers: bool = True,
        git_date: GitDate | None = None,
        names: int = 0,
    ) -> None:
        """Replace the rows; the cursor returns to the row whose key is ``keep`` when present.

        ``tags`` says whether any ADR of the log has tags (else the column is left out);
        ``names`` is the widest repository or folder name, in cells (see :meth:`Columns.fit`).
        """
        self.rows = rows
        self.show_repo = repo or folder_of is not None
        self.show_tags = tags
        self.show_numbers = numbers
        self.folder_of = folder_of
        self.git_date = git_date
        self.names = names
        # Two lines when a search's first screen has excerpts (asking makes them: see Hit).
        self._row_height = 2 if any(r.hit and r.hit.snippet for r in rows[:EAGER_EXCERPTS]) else 1
        self.virtual_size = Size(self.size.width, len(rows) * self._row_height)
        index = (index_of_key(rows, keep) if keep else None) or 0
        self._line_cache_clear()
        self._announce_paint = True
        self.cursor = index
        self.scroll_to_cursor(center=True)
        self.refresh()

    def _line_cache_clear(self) -> None:
        """Forget rendered lines and resolved styles (new rows, theme, focus)."""
        self._style_memo = {}
        self._base = None
        self._lines.clear()

    @property
    def painting_new_rows(self) -> bool:
        """Rows were replaced and are not on screen yet (``Repainted`` will follow)."""
        return self._announce_paint

    @property
    def current(self) -> Row | None:
        """The highlighted row, if any."""
        return self.rows[self.cursor] if 0 <= self.cursor < len(self.rows) else None

    def validate_cursor(self, value: int) -> int:
        """Keep the cursor on an existing row."""
        return max(0, min(value, len(self.rows) - 1)) if self.rows else 0

    def watch_cursor(self, value: int) -> None:
        """Scroll to and announce the new row."""
        self.scroll_to_cursor()
        self.post_message(self.Highlighted(self, self.current))

    def scroll_to_cursor(self, *, center: bool = False) -> None:
        """Make the cursor row visible."""
        top = self.cursor * self._row_height
        height = self.scrollable_content_region.height or 1
        y = shown = self.scroll_offset.y
        if center:
            y = max(0, top - height // 2)
        elif top < shown:
            y = top
        elif top + self._row_height > shown + height:
            y = top + self._row_height - height
        if y != shown:
            # Forced: a list that just grew (a filter cleared) has no scroll bar until the
            # next layout, and Textual ignored the scroll: the cursor was left off screen.
            self.scroll_to(y=y, animate=False, immediate=True, force=True)

    def on_resize(self, event: events.Resize) -> None:
        """Re-lay out for the new size; the headings above are told (``Resized``)."""
        self.virtual_size = Size(event.size.width, len(self.rows) * self._row_height)
        self.post_message(self.Resized(self))

    @property
    def row_width(self) -> int:
        """Cells a row is laid out in (the columns of :meth:`render_line`), 0 before layout."""
        return self.scrollable_content_region.width

    # -- actions ------------------------------------------------------------

    def hold_moves(self, rows_of: object) -> None:
        """Keep up, down and enter for the rows a new search is about to bring.

        Typed in one burst after a search ('/redis', enter, 'j', enter), they moved
        and opened rows of the list as it was before the results came, and the
        results then started at their first hit: the user got neither what they
        saw nor what they asked for. The header says "searching…" meanwhile.

        ``rows_of`` names the rows awaited (Browse's query). Held again for the same
        rows, the keys held stay (the search box holds them before its query is set);
        for others, they are dropped: in '/zzz⏎jj⎋⏎' the 'jj' were typed on no hits,
        and replayed on the whole list escape brought back, opened ADR 3, not 1.
        """
        if self._held is None or self._held_for != rows_of:
            self._held, self._held_open, self._held_for = 0, False, rows_of

    def release_moves(self, rows_of: object = None) -> None:
        """The rows ``rows_of`` are here: replay what was held for them on them.

        Without ``rows_of`` (none will come), the moves held for any rows are replayed.
        """
        if self._held is None or (rows_of is not None and rows_of != self._held_for):
            return  # moves held for rows still to come wait for them
        moved, opened = self._held, self._held_open
        self._held, self._held_open, self._held_for = None, False, None
        if moved:
            self.cursor += moved
        if opened:
            self.action_select()

    def _move(self, rows: int) -> None:
        if self._held is None:
            self.cursor += rows
        elif not self._held_open:  # after enter, a move was meant for the ADR opened
            self._held += rows

    def action_cursor_down(self) -> None:
        """Move down one row."""
        self._move(1)

    def action_cursor_up(self) -> None:
        """Move up one row."""
        self._move(-1)

    def action_page_down(self) -> None:
        """Move down one screen."""
        self.cursor += max(1, self.scrollable_content_region.height // self._row_height)

    def action_page_up(self) -> None:
        """Move up one screen."""
        self.cursor -= max(1, self.scrollable_content_region.height // self._row_height)

    def action_first(self) -> None:
        """Jump to the first row."""
        self.cursor = 0

    def action_last(self) -> None:
        """Jump to the last row."""
        self.cursor = len(self.rows) - 1

    def action_select(self) -> None:
        """Open the highlighted row (once a new search's results are here)."""
        if self._held is not None:
            self._held_open = True
        elif self.current is not None:
            self.post_message(self.Selected(self, self.current))

    def on_click(self, event: events.Click) -> None:
        """Highlight the clicked row; a double click opens it."""
        index = (event.y + self.scroll_offset.y) // self._row_height
        if not 0 <= index < len(self.rows):
            return
        if index == self.cursor and event.chain >= 2:
            self.action_select()
        self.cursor = index

    # -- rendering ----------------------------------------------------------

    def _style(self, name: str) -> Style:
        cache = self._style_memo
        if name not in cache:
            style = self.get_component_rich_style(name, partial=True)
            if style.color is not None or style.bgcolor is not None:
                # A partial style leaves "auto" and translucent colours ($text-muted) unresolved:
                # they came out white, unreadable in textual-light. The full style has them
                # blended against the list's background. So has a translucent background: the
                # blurred cursor ($block-cursor-blurred-background, the primary at 30%) was
                # the primary itself, dark text on #004578 in textual-light while one typed
                # a search.
                full = self.get_component_rich_style(name)
                style += Style(
                    color=full.color if style.color is not None else None,
                    bgcolor=full.bgcolor if style.bgcolor is not None else None,
                )
            cache[name] = style
        return cache[name]

    def notify_style_update(self) -> None:
        """Forget cached styles when the theme changes."""
        super().notify_style_update()
        self._line_cache_clear()

    def _on_focus(self, event: events.Focus) -> None:
        self._line_cache_clear()  # the cursor's colour follows focus

    def _on_blur(self, event: events.Blur) -> None:
        self._line_cache_clear()

    def _base_style(self) -> Style:
        # ``rich_style`` walks every ancestor's styles: once per render, not once per line.
        if self._base is None:
            self._base = self.rich_style
        return self._base

    def _layout(self, width: int) -> Columns:
        shape = (width, self.show_repo, self.show_tags, self.show_numbers, self.names)
        if self._columns is None or self._columns[0] != shape:
            fitted = Columns.fit(
                width,
                repo=self.show_repo,
                tags=self.show_tags,
                numbers=self.show_numbers,
                names=self.names,
            )
            self._columns = (shape, fitted)
        return self._columns[1]

    def render_lines(self, crop: Region) -> list[Strip]:
        """Render the visible lines; the first time after new rows, say so (``Repainted``)."""
        lines = super().render_lines(crop)
        if self._announce_paint:
            self._announce_paint = False
            self.post_message(self.Repainted(self))
        return lines

    def render_line(self, y: int) -> Strip:
        """Render one visible line (from the line cache when it was drawn before)."""
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        index, sub = divmod(y + scroll_y, self._row_height)
        if index >= len(self.rows):
            return Strip.blank(width, self._base_style())
        is_cursor = index == self.cursor
        key = (index, sub, width, scroll_x, is_cursor)
        strip = self._lines.get(key)
        if strip is None:
            strip = self._render_row_line(index, sub, width, scroll_x, is_cursor)
            self._lines[key] = strip
        return strip

    def _render_row_line(
        self, index: int, sub: int, width: int, scroll_x: int, is_cursor: bool
    ) -> Strip:
        base = self._base_style()
        cursor = self._style("adr-list--cursor")
        line_style = base + cursor if is_cursor else base
        # The focused cursor's own ink over every cell of its row: a badge's or a replaced
        # decision's muted colour stayed, grey on the cursor's blue (nord: #B0B3B9 on
        # #88C0D0, textual-light: #565656 on #004578) left the row one picked unreadable.
        # Bold and italic stay, and the status is a word: nothing rests on the colour lost.
        ink = Style(color=cursor.color) if is_cursor and cursor.color is not None else None
        row = self.rows[index]
        segments = self._snippet(row, width) if sub else self._main(row, width, is_cursor)
        if scroll_x:  # never in practice (the list is as wide as its pane); Textual's path
            strip = Strip(segments).crop_extend(scroll_x, scroll_x + width, base)
            return Strip(Segment.apply_style(strip, line_style, ink), width)
        # One Strip per line: padded or cut to the width, then styled in one pass (the
        # padding too: padded in the base style, a search hit's excerpt under the cursor
        # ended in a notch of the list's background). Each Strip carries seven caches: four
        # per line made ~40% of the cost.
        fitted = Segment.adjust_line_length(segments, width)
        return Strip(Segment.apply_style(fitted, line_style, ink), width)

    def _main(self, row: Row, width: int, is_cursor: bool) -> list[Segment]:
        d = row.entry.decision
        c = self._layout(width)
        dim = self._style("adr-list--dim") if not row.in_force else Style()
        # A decision replaced from the newer side says SUPERSEDED in words (and colour).
        shown = Status.SUPERSEDED if d.status.in_force and not row.in_force else d.status
        badge = self._style(f"adr-list--status-{shown.value}")
        label = badge_label(d.status, in_force=row.in_force)
        out = [
            Segment(CURSOR if is_cursor else " " * len(CURSOR)),
            Segment(set_cell_size(number_label(d), c.number), dim),
            Segment(set_cell_size(f" {label}", c.status - 1), badge),
            Segment(" "),
        ]
        if c.date:
            out.append(self._date_cell(row.entry, c.date, dim))
        if c.repo:
            where = self.folder_of(row.entry) if self.folder_of else row.entry.repo
            out.append(Segment(fit_middle(inert_line(where), c.repo - 1) + " ", dim))
        out.append(Segment(fit(inert_line(d.title), c.title - 1) + " ", dim))
        if c.tags:
            out.append(Segment(fit(inert_line(", ".join(d.tags)), c.tags), dim))
        return out

    def _date_cell(self, entry: Entry, width: int, dim: Style) -> Segment:
        """The decision's date; for an undated one, Git's (italic, see Help), else a dash."""
        if entry.decision.date is not None:
            return Segment(set_cell_size(entry.decision.date.isoformat(), width), dim)
        found = self.git_date(entry) if self.git_date else None
        if found is None:
            return Segment(set_cell_size("—", width), dim)
        style = dim + self._style("adr-list--git-date")
        return Segment(set_cell_size(found.isoformat(), width), style)

    def redraw(self) -> None:
        """Draw every row again (what a row shows changed, not the rows)."""
        self._line_cache_clear()
        self.refresh()

    def _snippet(self, row: Row, width: int) -> list[Segment]:
        hit = row.hit
        indent = " " * (len(CURSOR) + 6)
        if hit is None or not hit.snippet:
            return [Segment(indent)]
        whole = inert_line(hit.snippet)
        text = fit_words(whole, width - len(indent))
        kept = len(text) if text == whole else len(text) - 1  # less the ellipsis
        base, match = self._style("adr-list--snippet"), self._style("adr-list--match")
        out, pos = [Segment(indent)], 0
        for start, end in hit.spans:
            if start < pos or start >= kept:
                continue
            end = min(end, kept)
            out.append(Segment(text[pos:start], base))
            out.append(Segment(text[start:end], base + match))
            pos = end
        out.append(Segment(text[pos:], base))
        return out

    def get_content_width(self, container: Size, viewport: Size) -> int:
        """Fill the width offered."""
        return container.width
