"""The ADR view: metadata, followable relations, the body as Markdown, a table of contents.

Safety: the body is made inert (no escape sequences) before Markdown sees it.
Rich's Markdown (:mod:`adr_tui.ui.widgets.markdown_text`) builds its text from
tokens, never from markup, so ``[@click=app.quit]`` stays text; a click on a link
only posts ``MarkdownText.LinkClicked``, which this screen resolves to another
ADR, a heading, or a note of where it points.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, ClassVar

from rich.cells import cell_len
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, HorizontalGroup, VerticalScroll
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState, get_current_worker

from adr_tui.core.adrnames import is_markdown
from adr_tui.core.catalog import Catalog
from adr_tui.core.model import Decision
from adr_tui.core.records import record
from adr_tui.core.supersession import is_in_force, resolve_chain
from adr_tui.core.text import inert, inert_line
from adr_tui.ui import render
from adr_tui.ui.fields import Role, Row, in_force_row, mention_row, relation_rows
from adr_tui.ui.keymap import SCREEN_BINDINGS, TextScroll
from adr_tui.ui.listing import Entry
from adr_tui.ui.mentions import Numbers
from adr_tui.ui.styles import load_styles
from adr_tui.ui.widgets.contents import CONTENTS_MIN_TERMINAL, Contents, ContentsTree
from adr_tui.ui.widgets.key_footer import KeyFooter
from adr_tui.ui.widgets.link_list import LinkList
from adr_tui.ui.widgets.markdown_text import (
    MARKDOWN_LIMIT,
    MarkdownText,
    cut_for_markdown,
)
from adr_tui.ui.widgets.source_view import SourceRead, SourceView, read_source

if TYPE_CHECKING:
    from adr_tui.ui.app import AdrApp


HEADER_PADDING = 2
"""Cells of the title's and the log name's padding (``padding: 0 1`` in adr.tcss)."""


@record
class Place:
    """Where the reader was in a decision: it comes back so on back or forward."""

    entry: Entry
    scroll_y: float = 0
    """The text's scroll offset."""
    link: int | None = None
    """The related decision highlighted."""
    on_links: bool = False
    """Whether the keyboard was on the related decisions."""


FOLLOWED = Binding.Group("←/→", compact=True)
"""``[`` and ``]`` share one footer entry (``[] ←/→``, back and forward between the
decisions followed): ``[] Prev/Next`` pushed Help past the edge of an 80-column footer."""


class AdrScreen(Screen[None]):
    """Read one decision; follow its relations like links in a browser."""

    HELP = (
        "One decision: its metadata, the decisions it relates to, and its text. "
        "{adr.links} (or tab) moves to the related decisions, then those the text mentions "
        "('see ADR-0012'), the first one highlighted: enter follows it, up and down pick "
        "another, {adr.links} again goes back to the text. In Markdown text, a mention of a "
        "decision of this log is underlined, as a link is: a click follows it. "
        "{adr.back} and {adr.forward} go back and forward between the decisions you followed; "
        "{adr.source} shows the raw source ({source.wrap} there keeps long lines whole, to "
        "scroll sideways); {adr.toc} moves to the table of contents (enter jumps to a heading) "
        "and {adr.toc} or escape back to the text."
    )

    HELP_TITLE = "ADR"
    """Help's heading ('Adr' from the class name reads as a typo)."""

    AUTO_FOCUS = "#adr-scroll"
    """The text, not the first focusable widget (the contents tree, hidden below 100 columns)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *SCREEN_BINDINGS,
        Binding("escape", "app.pop_screen", "Back", id="adr.close", tooltip="Back to the list"),
        # Quit stays on q, off this footer: with the links' [ ] it held seven keys (six at most).
        Binding("q", "app.quit", "Quit", show=False, id="app.quit", tooltip="Leave adr-tui"),
        # One key, named for where it goes: the footer said "v Source" over the source too.
        # One id, so a keymap moves both; check_action hides the one that does not apply.
        Binding(
            "v",
            "toggle_source(True)",
            "Source",
            id="adr.source",
            tooltip="Show the raw file text instead of the rendered Markdown",
        ),
        Binding(
            "v",
            "toggle_source(False)",
            "Rendered",
            id="adr.source",
            tooltip="Back to the rendered Markdown",
        ),
        Binding(
            "t",
            "toggle_toc",
            "Contents",
            id="adr.toc",
            tooltip="Move to the table of contents (shown if hidden); again: back to the text",
        ),
        Binding(
            "l",
            "focus_relations",
            "Links",
            id="adr.links",
            tooltip="Move to the related and mentioned decisions (enter follows one); "
            "again: back to the text",
        ),
        Binding(
            "left_square_bracket,alt+left",
            "back",
            "Previous",
            id="adr.back",
            tooltip="Back to the decision you came from",
            group=FOLLOWED,
        ),
        Binding(
            "right_square_bracket,alt+right",
            "forward",
            "Next",
            id="adr.forward",
            tooltip="Forward again",
            group=FOLLOWED,
        ),
        # The metadata's 'Not shown … (p: Problems)' named a key only Browse had.
        Binding(
            "p",
            "app.problems",
            "Problems",
            show=False,
            id="adr.problems",
            tooltip="List the problems found in the decision log",
        ),
        Binding(
            "j,down",
            "scroll_body(1)",
            "Scroll down",
            show=False,
            id="adr.down",
            tooltip="Scroll the text down",
        ),
        Binding(
            "k,up",
            "scroll_body(-1)",
            "Scroll up",
            show=False,
            id="adr.up",
            tooltip="Scroll the text up",
        ),
    ]

    app: AdrApp

    def __init__(self, entry: Entry) -> None:
        super().__init__()
        self.entry = entry
        self._contents_wanted = True
        """Whether the contents pane should show (it never does for RST or AsciiDoc text)."""
        self.back_stack: list[Place] = []
        self.forward_stack: list[Place] = []
        self._restore: Place | None = None
        """Where to put the reader once the text is drawn (after back or forward)."""
        self._anchor: int | None = None
        """The heading last jumped to: the text stays on it when it wraps anew."""
        self._contents_shown_by_key = False
        """The contents pane was hidden until ``t`` showed it: leaving it hides it again."""
        self._relations: list[str | None] = []
        self._source_key: str | None = None
        """The entry whose file the source view holds (read when first shown)."""
        self._read_ahead: set[Path] = set()
        """Repositories whose history this view has had read ahead of ``h``."""
        self._numbers: tuple[Catalog, Numbers] | None = None
        """The shown decision's log by number (for the mentions), and of which catalogue."""

    @property
    def current_entry(self) -> Entry:
        """The decision on screen."""
        return self.entry

    def compose(self) -> ComposeResult:
        """Build the widgets."""
        yield Static(id="adr-banner", markup=False)
        with HorizontalGroup(id="adr-header"):  # the log's name stays at the right edge
            yield Static(id="adr-title", markup=False)
            yield Static(id="adr-log", markup=False)
        with Horizontal(id="adr-body"):
            yield Contents(id="adr-toc")
            with TextScroll(id="adr-scroll"):
                yield Static(id="adr-meta", markup=False)
                yield LinkList(id="adr-relations")
                yield MarkdownText(id="adr-markdown")
                yield Static(id="adr-text", markup=False)
            yield SourceView(id="adr-source")
        yield KeyFooter()

    def on_mount(self) -> None:
        """Initialise once mounted."""
        self.query_one("#adr-source").display = False
        self._contents_wanted = self.app.size.width >= CONTENTS_MIN_TERMINAL
        self.query_one("#adr-toc").display = self._contents_wanted
        self.show(self.entry)

    def on_resize(self) -> None:
        """The contents pane follows the terminal: shown from 100 columns, as when opened.

        Shrunk from 160 to 80 columns, the pane stayed and left the text 53; contents
        that ``t`` asked for stay whatever the width.
        """
        contents = self.query_one(Contents)
        wide = self.app.size.width >= CONTENTS_MIN_TERMINAL
        if wide:  # shown now by the width's rule: leaving them no longer hides them
            self._contents_shown_by_key = False
        if not self._contents_shown_by_key:
            self._contents_wanted = wide
            shown = self._contents_wanted and is_markdown(self.entry.decision.path)
            if contents.display and not shown and contents.has_focus_within:
                self.set_focus(self.query_one("#adr-scroll"))
            contents.display = shown
        contents.asked = self._contents_shown_by_key
        contents.fit()
        self._place_log()

    # -- content --------------------------------------------------------------

    def show(self, entry: Entry, place: Place | None = None) -> None:
        """Display ``entry``, at ``place`` if given (history stacks are the caller's business)."""
        if place is None and self.is_mounted and entry.key == self.entry.key:
            place = self._place()  # the same decision read again (a live reload): stay put
        self.entry = entry
        self._restore = place
        self._anchor = None
        # Back in Browse, the cursor is on what was read last, however it was reached
        # (the app does so for g and the palette; links, [ and ] left it behind).
        self.app.browse.select(entry.key)
        d = entry.decision
        self.sub_title = d.label
        banner = self.query_one("#adr-banner", Static)
        catalog = self.app.catalog_of(entry)
        text = render.banner(d, catalog)
        banner.display = text is not None
        banner.update(text or "")
        self.query_one("#adr-title", Static).update(render.heading(d))
        log = self.query_one("#adr-log", Static)
        log.update(render.plain(name := render.log_name(self.app.catalogs, catalog, entry)))
        log.display = bool(name)
        self._place_log()
        self.show_metadata()
        self._show_relations(d)
        self.query_one(Contents).expect(d.sections)
        # The text comes a frame later: the metadata (is it in force?) shows at once.
        self.call_after_refresh(self._show_body, entry)
        self._source_key = None
        if self.query_one(SourceView).display:
            self._load_source()
        self.query_one("#adr-scroll", VerticalScroll).scroll_home(animate=False)
        if place is not None:
            relations = self.query_one("#adr-relations", OptionList)
            if place.link is not None and place.link < relations.option_count:
                relations.highlighted = place.link
            if place.on_links and relations.display:
                self.set_focus(relations)
        self.refresh_bindings()

    def _place_log(self) -> None:
        """The log's name beside the title when both fit on one line, else on a line of its own.

        Beside a title that wraps, '(top)' sat between the title's two lines.
        """
        title = cell_len(render.heading(self.entry.decision).plain) + HEADER_PADDING
        name = self.query_one("#adr-log", Static)
        cells = cell_len(str(name.content)) + HEADER_PADDING
        width = self.app.size.width
        beside = title + cells <= width and cells <= width * 2 // 5  # the name's max-width
        self.query_one("#adr-header").set_class(name.display and not beside, "-stacked")

    def _place(self) -> Place:
        """Where the reader is now."""
        relations = self.query_one("#adr-relations", OptionList)
        return Place(
            self.entry,
            self.query_one("#adr-scroll", VerticalScroll).scroll_y,
            relations.highlighted,
            relations.has_focus,
        )

    def _show_body(self, entry: Entry) -> None:
        """The text: Markdown rendered; reStructuredText and AsciiDoc as written."""
        if entry is not self.entry:
            return  # another decision was shown meanwhile
        body = inert(entry.decision.body)
        if entry.decision.body_stale and self._gone(entry):  # the read found no file
            self.file_gone()
        markdown = is_markdown(entry.decision.path)
        self.query_one("#adr-text", Static).display = not markdown
        self.query_one(MarkdownText).display = markdown
        # Contents list Markdown headings only: none for RST and AsciiDoc bodies.
        self.query_one("#adr-toc").display = self._contents_wanted and markdown
        # What Markdown draws at most: a 5 MB text took the pattern ~0.5 s of this thread.
        targets = self._show_mentions(entry, body[:MARKDOWN_LIMIT])
        if not markdown:  # read as plain text, they are meant to be; Markdown garbled them
            self.query_one("#adr-text", Static).update(body)
            body = ""
        # Ready brings the headings.
        self.query_one(MarkdownText).update(cut_for_markdown(body), targets)

    def show_metadata(self) -> None:
        """The metadata block; an undated ADR shows when Git first saw it (asked lazily)."""
        d = self.entry.decision
        created = None
        if d.date is None:
            created = self.app.created_date(self.entry)
            if created is None:
                self.app.want_created_dates(self.entry)
        in_force = is_in_force(d, self.app.catalog_of(self.entry))
        fields = render.metadata_fields(d, relations=False, created=created, in_force=in_force)
        if skipped := render.template_lines_skipped(d):  # said on Problems; here, discreetly
            note = f"{skipped} template lines above this example (p: Problems)"
            fields += (render.Field("Not shown", render.plain(note, "dim")),)
        self.query_one("#adr-meta", Static).update(render.Fields(fields))

    def _show_relations(self, d: Decision) -> None:
        """The related decisions as the metadata names them, each with its badge now."""
        options: list[Option] = []
        self._relations = []
        lookup = self.app.catalog_of(self.entry)
        related = list(relation_rows(d, lookup))
        linked = {relation.target_id for relation, _ in related}
        for row, found in self._in_force_rows(d, lookup):
            if found.decision.id not in linked:  # a successor in force is linked already
                options.append(Option(self._link_prompt(row, found)))
                self._relations.append(found.key)
        for relation, row in related:
            target = (
                self.app.entry_for(self.entry.root, relation.target_id)
                if relation.target_id
                else None
            )
            prompt = self._link_prompt(row, target)
            options.append(Option(prompt, disabled=target is None))
            self._relations.append(target.key if target else None)
        relations = self.query_one("#adr-relations", OptionList)
        relations.clear_options()
        relations.add_options(options)
        relations.display = bool(options)
        # The first link is highlighted, so enter follows it as soon as the list has focus.
        relations.highlighted = next(
            (i for i, key in enumerate(self._relations) if key is not None), None
        )

    def _in_force_rows(self, d: Decision, lookup: Catalog) -> list[tuple[Row, Entry]]:
        """What governs now in place of ``d`` (the banner's 'in force: …'), first to follow.

        The banner named ADR-0030 over ADR-0008, but only ADR-0009 was a link: the reader
        asking what is in force had to follow the chain one record at a time.
        """
        if is_in_force(d, lookup):
            return []
        rows: list[tuple[Row, Entry]] = []
        for decision_id in resolve_chain(d.id, lookup).current:
            found = self.app.entry_for(self.entry.root, decision_id)
            if decision_id != d.id and found is not None:
                rows.append((in_force_row(found.decision), found))
        return rows

    def _link_prompt(self, row: Row, target: Entry | None) -> render.Fields:
        """A link's row, with the badge its decision has now (dimmed when not in this log).

        Drawn as the metadata above it is: a long row wraps under its value, not back
        under its label ('[ACCEPTED]' alone at the left edge read as another row).
        """
        # The target's badge follows its name, before what the row notes of the link.
        named = replace(row, parts=tuple(p for p in row.parts if p.role is not Role.NOTE))
        notes = replace(row, parts=tuple(p for p in row.parts if p.role is Role.NOTE))
        value = render.field_of(named).value
        if target is not None:
            badge = render.badge_label(
                target.decision.status,
                in_force=is_in_force(target.decision, self.app.catalog_of(target)),
            )
            value.append(f"  [{badge}]", style="dim")
        else:
            value.stylize("dim")
        value.append_text(render.field_of(notes).value)
        return render.Fields((render.Field(row.label, value),))

    def _show_mentions(self, entry: Entry, body: str) -> dict[tuple[int, str], str]:
        """List the decisions the text names that no relation does; their keys by number."""
        catalog = self.app.catalog_of(entry)
        if self._numbers is None or self._numbers[0] is not catalog:
            self._numbers = (catalog, Numbers(catalog.decisions))
        targets: dict[tuple[int, str], str] = {}
        rows: list[tuple[Row, Entry]] = []
        for number, decision in self._numbers[1].mentioned(entry.decision, body).items():
            target = self.app.entry_for(entry.root, decision.id)
            if target is None:
                continue
            targets[number] = target.key
            if target.key not in self._relations:  # listed once, as the relation it is
                rows.append((mention_row(decision), target))
        self._add_links(rows)
        return targets

    def _add_links(self, rows: list[tuple[Row, Entry]]) -> None:
        """Follow the related decisions with ``rows`` (the mentioned ones), badged as they are."""
        if not rows:
            return
        relations = self.query_one("#adr-relations", OptionList)
        for row, target in rows:
            relations.add_option(Option(self._link_prompt(row, target)))
            self._relations.append(target.key)
        relations.display = True
        if relations.highlighted is None:
            relations.highlighted = next(
                i for i, key in enumerate(self._relations) if key is not None
            )
        place = self._restore  # back or forward to a mention that was highlighted
        if place is not None and place.link is not None and place.link < relations.option_count:
            relations.highlighted = place.link
            if place.on_links:
                self.set_focus(relations)
        self.refresh_bindings()

    def file_gone(self) -> None:
        """Say the file shown was removed or renamed (a reload no longer finds it).

        The text stays: the reader may be mid-way, and a branch switch may bring the
        file back (the next reload then shows it as usual). Escape returns to the list.
        """
        banner = self.query_one("#adr-banner", Static)
        banner.update(
            render.plain(
                "This ADR's file is gone (removed or renamed): "
                f"{self.entry.decision.path}; showing the last text read"
            )
        )
        banner.display = True

    def _gone(self, entry: Entry) -> bool:
        """Whether ``entry``'s file is missing from the working tree (not asked of ``--at``)."""
        at = self.app.catalog_of(entry).at
        return at is None and not (entry.root / entry.decision.path).is_file()

    # -- navigation -----------------------------------------------------------

    def follow(self, target: Entry) -> None:
        """Open ``target`` here, like following a link."""
        if target.key == self.entry.key:
            return
        self.back_stack.append(self._place())
        self.forward_stack.clear()
        self.show(target)

    def action_back(self) -> None:
        """Previous decision in this screen's history, scrolled where the reader left it."""
        if self.back_stack:
            self.forward_stack.append(self._place())
            self._return_to(self.back_stack.pop())

    def action_forward(self) -> None:
        """Next decision in this screen's history, scrolled where the reader left it."""
        if self.forward_stack:
            self.back_stack.append(self._place())
            self._return_to(self.forward_stack.pop())

    def _return_to(self, place: Place) -> None:
        # The catalogue may have been reloaded since: show the decision as it is now.
        self.show(self.app.entry_by_key(place.entry.key) or place.entry, place)

    def _load_source(self) -> None:
        """Read the file as stored (front matter and all) in a worker, unless already read."""
        if self._source_key == self.entry.key:
            return
        self._source_key = self.entry.key
        self.query_one(SourceView).loading = True
        self._read_source(self.entry, self.app.catalog_of(self.entry).at)

    @work(thread=True, exclusive=True, exit_on_error=False, group="git", description="Source")
    def _read_source(self, entry: Entry, at: str | None) -> None:
        read = read_source(entry.root, at, entry.decision.path, entry.decision.part)
        if not get_current_worker().is_cancelled:
            self.post_message(SourceRead(entry.key, read.text, read.notice, read.gone))

    @on(SourceRead)
    def _source_read(self, message: SourceRead) -> None:
        if message.key != self._source_key:
            return  # an older read: the user has moved on
        source = self.query_one(SourceView)
        source.loading = False
        if source.display and self.focused is None:
            self.set_focus(source)  # it could not take focus while loading
        if message.text is not None:
            source.load_text(message.text)
            return
        # Not readable now (deleted, moved, a folder without the file): the parsed text at least.
        if message.gone:
            self.file_gone()  # at once, not at the next look for changes
        source.load_text(self.entry.decision.body)
        self.notify(
            inert_line(message.notice),
            title="Source: showing the parsed text",
            severity="warning",
            markup=False,
        )

    @on(Worker.StateChanged)
    def _worker_state(self, event: Worker.StateChanged) -> None:
        # The error itself bubbles on to the app's one error hub.
        if event.worker.state is WorkerState.ERROR:
            self.query_one(SourceView).loading = False

    def action_toggle_source(self, source_wanted: bool | None = None) -> None:
        """Switch between rendered Markdown and the file's text as stored (or to one)."""
        source = self.query_one(SourceView)
        if source_wanted is not None and source.display == source_wanted:
            return
        source.display = not source.display
        text = self.query_one("#adr-scroll")
        # Focus moves before the other pane hides (Textual drops focus from a hidden
        # widget) and before the read starts (a loading widget cannot take focus).
        self.set_focus(source if source.display else text)
        text.display = not source.display
        if source.display:
            self._load_source()
        self.refresh_bindings()  # the footer names the other view

    def action_toggle_toc(self) -> None:
        """Move into the table of contents (showing it); from there, back to the text."""
        toc = self.query_one(Contents)
        if toc.has_focus_within:
            self.action_leave_contents()
            return
        if self.query_one(SourceView).display:
            self.action_toggle_source()  # the contents lead into the rendered text
        self._contents_shown_by_key = toc.asked = not toc.display
        toc.fit()
        self._contents_wanted = toc.display = True
        tree = toc.query_one(ContentsTree)
        if tree.cursor_line < 0:  # nothing highlighted yet: enter would choose nothing
            tree.cursor_line = 0
        self.set_focus(tree)

    def action_leave_contents(self) -> None:
        """Back to the text; contents that ``t`` showed hide again."""
        toc = self.query_one(Contents)
        self.set_focus(self.query_one("#adr-scroll"))
        if self._contents_shown_by_key:
            self._contents_shown_by_key = toc.asked = False
            self._contents_wanted = toc.display = False
            toc.fit()

    def action_focus_relations(self) -> None:
        """Focus the related decisions, or (from there) the text again."""
        relations = self.query_one("#adr-relations", OptionList)
        if relations.has_focus:
            self.set_focus(self.query_one("#adr-scroll"))
        elif relations.display:
            if self.query_one(SourceView).display:
                self.action_toggle_source()  # the links live beside the rendered text
            self.set_focus(relations)
            relations.scroll_visible(animate=False)

    def action_scroll_body(self, lines: int) -> None:
        """Scroll the rendered body (or the source)."""
        self._anchor = None
        source = self.query_one(SourceView)
        target = source if source.display else self.query_one("#adr-scroll", VerticalScroll)
        target.scroll_relative(y=lines, animate=False)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Dim the keys that do not apply now."""
        if action in ("back", "forward"):  # in the footer once a link was followed
            if not (self.back_stack or self.forward_stack):
                return False
            return bool(self.back_stack if action == "back" else self.forward_stack) or None
        if action == "focus_relations":
            return any(key is not None for key in self._relations) or None
        if action == "toggle_toc" and self.is_mounted:
            return self._no_contents() is None or None
        if action == "toggle_source" and parameters and self.is_mounted:
            return parameters[0] is not self.query_one(SourceView).display  # the way out
        return True

    def _no_contents(self) -> str | None:
        """Why the contents list nothing for this text (None: they list its headings).

        ``t`` opened an empty pane over a reStructuredText record, and said nothing.
        """
        if not is_markdown(self.entry.decision.path):
            return "Contents list the headings of Markdown text; this file is shown as written."
        if not self.query_one(ContentsTree).root.children:
            return "This text has no headings."
        return None

    def on_key(self, event: events.Key) -> None:
        """Say why a dimmed ``l`` or ``t`` does nothing: Textual runs no action for it."""
        active = self.active_bindings.get(event.key)
        action = active.binding.action if active is not None else None
        if action == "toggle_toc" and (why := self._no_contents()) is not None:
            event.stop()
            self.notify(why, title="No contents", markup=False)
        if action != "focus_relations" or any(key is not None for key in self._relations):
            return
        event.stop()
        missing = len(self._relations)
        self.notify(
            f"{missing} linked decision{'s' if missing != 1 else ''} not found in this log."
            if missing
            else "This decision names no other decision.",
            title="No links to follow",
            markup=False,
        )

    @on(OptionList.OptionSelected, "#adr-relations")
    def _follow_relation(self, message: OptionList.OptionSelected) -> None:
        key = self._relations[message.option_index]
        target = self.app.entry_by_key(key) if key else None
        if target is not None:
            self.follow(target)

    @on(MarkdownText.Ready)
    def _contents(self, message: MarkdownText.Ready) -> None:
        message.stop()
        self.query_one(Contents).show(message.headings)
        self.refresh_bindings()  # t applies once there are headings
        self._history_ahead()
        if self._restore is not None:
            # Laid out at the next refresh: only then can the text scroll that far.
            self.call_after_refresh(self._scroll_back, self._restore)

    def _history_ahead(self) -> None:
        """Once the text is drawn, have this repository's history read before ``h``.

        History's styles too (~5 ms of parsing): ``h`` pressed as soon as an ADR
        opened at start showed paid for them, before the app's own preload.
        """
        self.call_after_refresh(load_styles, self.app, "history.tcss")
        catalog = self.app.catalog_of(self.entry)
        if catalog.is_git and catalog.at is None and catalog.root not in self._read_ahead:
            self._read_ahead.add(catalog.root)
            self._read_history(catalog.root)

    @work(thread=True, exit_on_error=False, group="history", description="History (ahead)")
    def _read_history(self, root: Path) -> None:
        from adr_tui.ui.screens.history_loading import read_ahead  # git code: off the UI thread

        cancel = get_current_worker().cancelled_event
        read_ahead(self.app.histories, root, self.app.settings, cancel)

    def _scroll_back(self, place: Place) -> None:
        if place is self._restore:
            self._restore = None
            scroll = self.query_one("#adr-scroll", VerticalScroll)
            scroll.scroll_to(y=place.scroll_y, animate=False)

    @on(Contents.Selected)
    def _toc_selected(self, message: Contents.Selected) -> None:
        message.stop()
        self._scroll_to_heading(message.index)
        if self._contents_shown_by_key:  # shown for this jump: the text gets the room back
            self.action_leave_contents()

    @on(MarkdownText.Redrawn)
    def _rewrapped(self, message: MarkdownText.Redrawn) -> None:
        message.stop()
        if self._anchor is not None:  # e.g. the contents closed: the text is wider now
            self.call_after_refresh(self._scroll_to_heading, self._anchor)

    def _scroll_to_heading(self, index: int) -> None:
        self._anchor = index
        text = self.query_one(MarkdownText)
        row = text.heading_row(index)
        if row is not None:
            scroll = self.query_one("#adr-scroll", VerticalScroll)
            top = text.virtual_region.y  # in the scroll: its region lags a scroll just made
            scroll.scroll_to(y=top + row, animate=False)

    @on(MarkdownText.MentionClicked)
    def _mention(self, message: MarkdownText.MentionClicked) -> None:
        """A decision the text names, clicked: it opens here, as a followed link does."""
        message.stop()
        target = self.app.entry_by_key(message.key)
        if target is not None:
            self.follow(target)

    def _section(self, anchor: str) -> Entry | None:
        """The decision another section of this log file is, named by a heading's anchor."""
        from adr_tui.core.logfile import key_of_anchor  # a log kept in one file only

        stem = self.entry.decision.id.rpartition("#")[0]
        return self.app.entry_for(self.entry.root, f"{stem}#{key_of_anchor(anchor)}")

    @on(MarkdownText.LinkClicked)
    def _link(self, message: MarkdownText.LinkClicked) -> None:
        """A link in the body: another ADR opens here, an anchor scrolls, anything else shows."""
        message.stop()
        href = message.href
        if href.startswith("#"):
            slugs = [h.slug for h in self.query_one(MarkdownText).headings]
            if href[1:] in slugs:
                self._scroll_to_heading(slugs.index(href[1:]))
                return
            if not self.entry.decision.part:
                return
        target = None
        if "://" not in href and not href.startswith("mailto:"):
            base = PurePosixPath(self.entry.decision.path).parent
            parts: list[str] = []
            for part in (base / href.split("#", 1)[0]).parts:
                if part == "..":
                    if parts:
                        parts.pop()
                elif part != ".":
                    parts.append(part)
            path = "/".join(parts) if href.partition("#")[0] else ""
            target = self.app.entry_for_path(self.entry.root, path) if path else None
            anchor = href.partition("#")[2]
            if anchor and self.entry.decision.part and path in ("", self.entry.decision.path):
                target = self._section(anchor)  # another section of this log's file
        if target is not None:
            self.follow(target)
        else:
            self.notify(inert_line(href), title="Link (not opened)", markup=False)
