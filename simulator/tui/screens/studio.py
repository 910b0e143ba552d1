"""Studio: a facilitator's folder of scenarios, their problems, the map, and play from any
moment, reloaded whenever a file is saved (`peer-practice studio [DIR]`).

Saving a file reloads it within a fraction of a second. A save with errors lists them as
`file:line:col` rows and keeps the last good version playable; a conversation in progress on
that scenario takes the new text, so "Try this moment again" shows what was just written.
"""

from __future__ import annotations

import time
from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from simulator.content.branch_map import build_map, map_lines
from simulator.content.loading import RubricSet
from simulator.content.scenario import Scenario
from simulator.content.watch import Entry, Folder, Stamp
from simulator.safe_text import printable
from simulator.tui.background_scoring import in_background
from simulator.tui.screens.base import AppScreen
from simulator.tui.widgets.footer import Footer

POLL_SECONDS = 0.1
#: Seconds before a playtest still running is mentioned.
PLAYTEST_NOTICE = 0.5


class StudioScreen(AppScreen):
    DEFAULT_CSS = """
    #studio-head { height: auto; padding: 0 1; color: $text-muted; }
    #studio-body { height: 1fr; }
    #studio-files { width: 30%; min-width: 26; max-width: 40; height: 1fr;
        border: round $primary 50%; }
    #studio-side { width: 1fr; height: 1fr; }
    #studio-status { height: auto; padding: 0 1; }
    #studio-problems-box { height: auto; max-height: 9; border: round $error 40%; padding: 0 1; }
    #studio-problems-box.clean { border: round $success 40%; }
    #studio-moments { height: 1fr; border: round $secondary 50%; }
    """
    BINDINGS = [
        Binding("p", "play_start", "Play from the start", id="studio_play"),
        Binding("m", "map", "Map", id="studio_map"),
        Binding("t", "playtest", "Playtest", id="studio_playtest"),
        Binding("tab", "app.focus_next", "Next pane", show=False),
    ]

    def __init__(self, folder: Path, rubrics: RubricSet) -> None:
        super().__init__(id="studio")
        self.folder = Folder(folder, rubrics)
        self.order: list[Path] = []
        self.moment_rows: list[str] = []  # the moment each row of the map belongs to
        self.shown_path: Path | None = None
        self.playtesting: Scenario | None = None  # the scenario being playtested
        self.reloading = False  # (not `loading`: that is Textual's loading indicator)
        #: When the last save was seen and when its reload was on screen (for `make bench-studio`).
        self.seen_at = 0.0
        self.shown_at = 0.0

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        yield Static(
            Text(
                f"Studio · {printable(self.folder.folder.resolve().name)}/ · reloads when you save · "
                "Enter on a moment plays from it"
            ),
            id="studio-head",
        )
        with Horizontal(id="studio-body"):
            yield OptionList(id="studio-files")
            with Vertical(id="studio-side"):
                yield Static("", id="studio-status")
                with VerticalScroll(id="studio-problems-box"):
                    yield Static("", id="studio-problems")
                yield OptionList(id="studio-moments")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#studio-files", OptionList).focus()
        if not self.folder.stamps():
            self.refresh_files()  # says how to start one
        self.poll()
        self.set_interval(POLL_SECONDS, self.poll)

    # ---------------------------------------------------------------- watching
    def poll(self) -> None:
        if self.reloading:
            return
        now = self.folder.stamps()
        saved, gone = self.folder.changed(now)
        if not saved and not gone:
            return
        self.reloading = True
        self.seen_at = time.perf_counter()
        self.run_worker(
            lambda: self._load(saved, gone, now), thread=True, group="studio", exit_on_error=False
        )

    def _load(self, saved: list[Path], gone: list[Path], now: dict[Path, Stamp]) -> None:
        try:
            scorer = self.pp.scorer
            entries = [self.folder.load(p, now[p], scorer) for p in saved]
        except Exception:
            self.app.call_from_thread(setattr, self, "reloading", False)
            raise
        self.app.call_from_thread(self._apply, entries, gone)

    def _apply(self, entries: list[Entry], gone: list[Path]) -> None:
        first = not self.folder.entries
        self.folder.apply(entries, gone)
        self.reloading = False
        for entry in entries:
            if entry.good is not None and not entry.broken:
                self._use(entry.good)
            if not first and entry.reloads:
                name = entry.path.name
                if entry.broken:
                    note = f"{name}: {entry.errors} problem(s). " + (
                        "The last good version stays playable." if entry.good else ""
                    )
                    self.notify(note, title="Saved with problems", severity="warning", timeout=6)
                else:
                    self.notify(f"{name} reloaded.", timeout=3)
        self.refresh_files()
        self.shown_at = time.perf_counter()

    def _use(self, scenario: Scenario) -> None:
        """Make the new version the one the app plays, and give it to any conversation on
        this scenario that is still open (its moment must still exist)."""
        from simulator.tui.screens.practice import PracticeScreen

        library = self.pp.library
        library.scenarios[:] = [s for s in library.scenarios if s.id != scenario.id]
        library.scenarios.append(scenario)
        for screen in self.app.screen_stack:
            if isinstance(screen, PracticeScreen) and screen.session.scenario.id == scenario.id:
                session = screen.session
                if session.node_id in scenario.nodes and screen.last_node_id in scenario.nodes:
                    session.scenario = scenario
                    screen.note(
                        "The scenario was saved: “Try this moment again” uses the new text."
                    )

    # ---------------------------------------------------------------- showing
    @property
    def entry(self) -> Entry | None:
        files = self.query_one("#studio-files", OptionList)
        index = files.highlighted
        if index is None or index >= len(self.order):
            return None
        return self.folder.entries.get(self.order[index])

    def refresh_files(self) -> None:
        files = self.query_one("#studio-files", OptionList)
        keep = self.entry.path if self.entry is not None else None
        self.order = [e.path for e in self.folder.ordered()]
        options = []
        for entry in self.folder.ordered():
            count = len(entry.problems)
            mark = "✓" if not count else ("✗" if entry.broken else "!")
            label = Text.assemble(
                (f"{mark} ", "bold"),
                printable(entry.path.name),
                (f"\n  {count} problem(s)" if count else "\n  no problems", "dim"),
            )
            options.append(Option(label))
        at = self.order.index(keep) if keep in self.order else 0
        if files.option_count == len(options):
            for i, option in enumerate(options):
                files.replace_option_prompt_at_index(i, option.prompt)
        else:
            files.set_options(options)
        if self.order and files.highlighted != at:
            files.highlighted = at
        self.show_entry()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id == "studio-files":
            self.show_entry()

    def show_entry(self) -> None:
        entry = self.entry
        status = self.query_one("#studio-status", Static)
        problems = self.query_one("#studio-problems", Static)
        box = self.query_one("#studio-problems-box")
        moments = self.query_one("#studio-moments", OptionList)
        at = moments.highlighted
        # After a save of the same file, stay on the moment you were looking at.
        keep = (
            self.moment_rows[at]
            if entry is not None and entry.path == self.shown_path and at is not None
            else ""
        )
        self.shown_path = entry.path if entry is not None else None
        if entry is None:
            moments.clear_options()
            self.moment_rows = []
            status.update("No scenario files here yet. Start one: peer-practice new scenario ID")
            problems.update("")
            return
        if entry.broken and entry.good is not None:
            state = "has problems; the last good version stays playable"
        elif entry.broken:
            state = "has problems; fix them to play it"
        else:
            state = "plays as saved"
        title = entry.good.title if entry.good is not None else entry.path.name
        status.update(Text.assemble((printable(title), "bold"), f" · {state}"))
        listed = Text()
        for problem in entry.problems:
            listed.append(printable(problem.format(relative_to=self.folder.folder)) + "\n")
        problems.update(listed if entry.problems else Text("No problems."))
        box.set_class(not entry.problems, "clean")
        shown = entry.current or entry.good
        if shown is None:
            moments.clear_options()
            self.moment_rows = []
            return
        lines = map_lines(build_map(shown))
        prompts = [Text(printable(line.text) or " ") for line in lines]
        rows = [line.node for line in lines]
        if keep and moments.option_count == len(rows):
            # The same file saved again: update the rows in place, so the list keeps its place
            # and its focus (clearing it would hide it for a frame and move focus away).
            for i, prompt in enumerate(prompts):
                moments.replace_option_prompt_at_index(i, prompt)
                if rows[i]:
                    moments.enable_option_at_index(i)
                else:
                    moments.disable_option_at_index(i)
        else:
            moments.set_options(
                Option(prompt, disabled=not row) for prompt, row in zip(prompts, rows, strict=True)
            )
        self.moment_rows = rows
        if keep in rows and moments.highlighted != rows.index(keep):
            moments.highlighted = rows.index(keep)

    # ---------------------------------------------------------------- playing
    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list.id == "studio-files":
            self.query_one("#studio-moments", OptionList).focus()
        elif event.option_list.id == "studio-moments":
            node = self.moment_rows[event.option_index] if self.moment_rows else ""
            self.play_from(node or None)

    def action_play_start(self) -> None:
        self.play_from(None)

    def play_from(self, node_id: str | None) -> None:
        from simulator.practice.session import Session
        from simulator.tui.screens.practice import PracticeScreen

        entry = self.entry
        if entry is None or entry.good is None:
            self.notify("This file has never loaded without errors; fix the problems to play it.")
            return
        scenario = entry.good
        if node_id is not None and node_id not in scenario.nodes:
            self.notify(f"The playable version has no moment '{node_id}' yet; fix the problems.")
            return
        if node_id is not None and scenario.nodes[node_id].is_ending:
            self.notify("That is an ending; choose a moment before it.")
            return
        session = Session(scenario, self.pp.scorer, trainee=self.pp.trainee or "")
        if node_id is not None:
            session.rewind(node_id)
        self.pp.record(lambda: self.pp.recorder.started(session, show_scores=True))
        self.app.push_screen(PracticeScreen(session, show_scores=True))

    def action_playtest(self) -> None:
        from simulator.content.playtest import playtest, report_lines
        from simulator.tui.screens.branch_map import PlaytestScreen

        entry = self.entry
        shown = entry.current or entry.good if entry is not None else None
        if shown is None:
            self.notify("This file isn't a well-formed scenario yet; fix the problems first.")
            return
        if self.playtesting is not None:
            self.notify("Still playtesting; the report opens when it is ready.")
            return
        # Scored in the background like every reply (a long scenario takes a while): the
        # studio keeps reloading and every key keeps working meanwhile.
        scorer = self.pp.scorer
        self.playtesting = shown
        self.set_timer(PLAYTEST_NOTICE, lambda: self.still_playtesting(shown))

        def done(lines: list[str] | None, failed: Exception | None) -> None:
            if self.playtesting is not shown:
                return
            self.playtesting = None
            if lines is None:
                self.notify(
                    f"The playtest could not finish: {failed}", severity="error", markup=False
                )
            elif self.is_attached and self.app.screen is self:
                self.app.push_screen(PlaytestScreen(shown, lines))
            else:  # the facilitator has moved on; don't cover what they are looking at
                self.notify(
                    f"The playtest of {printable(shown.title)} is ready: press t in the studio.",
                    markup=False,
                )

        in_background(
            self.app, lambda: report_lines(playtest(shown, scorer)), done, name="playtest"
        )

    def still_playtesting(self, shown: Scenario) -> None:
        if self.playtesting is shown:
            self.notify(
                f"Playtesting {printable(shown.title)}… the report opens when it is ready.",
                markup=False,
            )

    def action_map(self) -> None:
        from simulator.tui.screens.branch_map import MapScreen

        entry = self.entry
        shown = entry.current or entry.good if entry is not None else None
        if shown is not None:
            self.app.push_screen(MapScreen(shown))


def retry_here(screen: object) -> None:
    """ "Try this moment again" during practice: back to the moment just answered (or the one
    showing), with the scenario's newest text."""
    from simulator.tui.screens.practice import PracticeScreen

    if not isinstance(screen, PracticeScreen):
        return
    session = screen.session
    node = (
        screen.last_node_id if session.is_over or not session.turns else session.turns[-1].node_id
    )
    session.rewind(node)
    screen.note("Trying this moment again.")
    screen.show_peer()
