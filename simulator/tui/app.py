"""The Peer Practice app and `make_app()`, the one factory used by the CLI, `textual run`
and the tests.

The app holds what all screens share (the scorer, the library, who is practising) and the
flow between screens; the screens hold their own widgets. Scoring and saving are the domain
core's; nothing here decides what is scored.

Start-up is kept close to a bare Textual app's (`make bench-ui`): `peer-practice` paints the
home screen first and loads the content (the pydantic models, YAML, every scenario) in a
thread after it; the scorer (rapidfuzz, the compiled rubrics) follows a moment later. Code
that needs the content before then still gets it: `app.library` loads it on first use.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from simulator.content.paths import scenarios_dir
from simulator.content.problems import ContentError
from simulator.practice.recorder import Recorder
from simulator.store.database import Store, StoreError
from simulator.store.profiles import Profiles
from simulator.tui.first_paint import freeze_long_lived, release_collection
from simulator.tui.screens.home import HomeScreen
from simulator.tui.themes import THEMES, ThemeChoices

if TYPE_CHECKING:
    from simulator.content.loading import Library, RubricSet
    from simulator.content.scenario import Node, Scenario
    from simulator.lifeline import Ending
    from simulator.practice.scoring_process import ScoringProcess
    from simulator.practice.session import Session, Turn
    from simulator.scoring import Scorer, ScoreResult
    from simulator.tui.course_flow import CourseFlow
    from simulator.tui.screens.room_lobby import RoomChoice

T = TypeVar("T")
# Screens and the scorer that the first screen does not need are imported when first used,
# to keep start-up quick (see `make bench-ui`).


class PeerPracticeApp(App[None]):
    TITLE = "Peer Practice"
    CSS_PATH = "app.tcss"
    BINDINGS = [
        Binding("ctrl+g,f2", "pause", "Pause", id="pause", priority=True),
        Binding("f3", "support", "Support", id="support", priority=True),
        Binding("ctrl+q", "quit", "Quit", id="quit", show=False, priority=True),
    ]

    def __init__(
        self,
        rubrics: RubricSet | None,
        library: Library | None,
        *,
        data_dir: Path | None = None,
        start: str | None = None,
        cursor_blink: bool = True,
        shared: bool = False,
        load: Callable[[], tuple[RubricSet, Library]] | None = None,
        score_in_process: bool = False,
        studio: Path | None = None,
        drill: str | None = None,
        courses: Path | None = None,
    ) -> None:
        """Either the loaded `rubrics` and `library`, or `load` to load them after the first
        screen is painted."""
        super().__init__()
        #: The facilitator's folder when started with `peer-practice studio` (issue 12).
        self.studio = studio
        #: The folder of course files (the shipped one by default).
        self.courses_folder = courses
        #: A unit (id or number) whose drill to open at start (`peer-practice drill UNIT`).
        self.start_drill = drill
        self._course_flow: CourseFlow | None = None
        #: A computer shared by a training room (`peer-practice serve`): names on it are not
        #: listed and nobody is signed in to start with, so one tab can't pick another's name.
        self.shared = shared
        self._rubrics = rubrics
        self._library = library
        self._load = load
        self._content_lock = threading.Lock()
        #: Set when loading after the first paint found the rubrics unusable; `run_app`
        #: prints it once the screen is restored.
        self.content_error: ContentError | None = None
        self._scorer: Scorer | None = None
        self._scorer_lock = threading.Lock()
        #: Replies are scored in a child process, so their time budget holds however a reply
        #: makes the patterns work (`peer-practice` does this; tests score in a thread).
        self.score_in_process = score_in_process
        self.scoring_process: ScoringProcess | None = None
        #: Set once the scorer (and the scoring process, if any) has scored a first reply.
        self.scoring_warm = threading.Event()
        self._warming = False
        #: How this process is asked to end, once it runs in a terminal (`simulator.lifeline`).
        self.ending: Ending | None = None
        self.data_dir = data_dir
        self.start_id = start
        self.cursor_blink = cursor_blink
        self.store = Store(data_dir)
        self.recorder = Recorder(self.store)
        self.profiles = Profiles(self.store)
        self.trainee: str | None = None if shared else self.profiles.last
        for theme in THEMES:
            self.register_theme(theme)
        self._start_with_theme("calm")
        #: The role last chosen in the room dialog.
        self.room_role = "counsellor"

    def _start_with_theme(self, name: str) -> None:
        """`self.theme = name`, before the app runs, without what Textual does for a change
        of theme: re-parse all the CSS in a fresh stylesheet and restyle every widget, which
        it schedules for the first moment the app runs, in front of the first paint (10-20 ms
        on the shared machine, `make bench-ui`). No CSS has been read yet, so it is enough
        that the stylesheet has this theme's variables when it is, and that the app has the
        classes the theme's watcher would give it."""
        self.set_reactive(PeerPracticeApp.theme, name)
        theme = self.current_theme
        self.set_class(True, f"-theme-{theme.name}", update=False)
        self.set_class(theme.dark, "-dark-mode", update=False)
        self.set_class(not theme.dark, "-light-mode", update=False)
        self._refresh_truecolor_filter(self.ansi_theme)
        self.stylesheet.set_variables(self.get_css_variables())

    # ------------------------------------------------------------------ content
    @property
    def content_ready(self) -> bool:
        return self._library is not None

    def _ensure_content(self) -> tuple[RubricSet, Library]:
        with self._content_lock:
            if self._rubrics is None or self._library is None:
                assert self._load is not None, "the app needs content or a way to load it"
                self._rubrics, self._library = self._load()
            return self._rubrics, self._library

    @property
    def rubrics(self) -> RubricSet:
        return self._ensure_content()[0]

    @property
    def library(self) -> Library:
        return self._ensure_content()[1]

    @property
    def top_levels(self) -> dict[str, int]:
        return {s: r.max_level for s, r in self.rubrics.rubrics.items()}

    def search_themes(self) -> None:
        """The theme picker offers the curated themes, not Textual's whole catalogue."""
        from textual.command import CommandPalette

        self.push_screen(CommandPalette(providers=[ThemeChoices], placeholder="Search for themes…"))

    @property
    def scorer(self) -> Scorer:
        """Compiling the rubrics takes a moment, so it happens in a thread after the first
        screen is up; the first reply waits for it only if it comes very fast."""
        from simulator.scoring import Scorer

        with self._scorer_lock:
            if self._scorer is None:
                self._scorer = Scorer(self.rubrics)
            return self._scorer

    # ----------------------------------------------------------------- start-up
    def on_mount(self) -> None:
        self.apply_keymap()
        if not self.is_headless:
            self.watch_for_the_end()
        if self.is_headless:
            self.show_home()
        else:
            # After Textual's start-up: a screen composed inside its start-up batch has its
            # first frame held back and lost, and waits for some later change to be painted
            # at all (100-250 ms on the shared machine, `make bench-ui`).
            self.call_later(self.show_home)

    def show_home(self) -> None:
        home = HomeScreen()
        self.push_screen(home)
        home.call_after_refresh(self.first_paint_done)
        if self.content_ready:
            self.content_loaded()

    def first_paint_done(self) -> None:
        """The home screen is on the terminal: what it didn't need starts now (not on a
        timer, which on a busy machine could fire before the paint and compete with it)."""
        release_collection()
        if not self.content_ready:
            self.run_worker(self._load_content, thread=True, name="content", exit_on_error=False)

    def _load_content(self) -> None:
        """In a thread, after the first paint."""
        try:
            self._ensure_content()
        except ContentError as exc:
            self.call_from_thread(self._content_failed, exc)
        else:
            self.course_flow.preload()
            self.call_from_thread(self.content_loaded)

    def _content_failed(self, exc: ContentError) -> None:
        self.content_error = exc
        self.exit(return_code=1)

    def content_loaded(self) -> None:
        """The library is here: fill the home screen and offer what needs the content."""
        for screen in self.screen_stack:
            if isinstance(screen, HomeScreen) and screen.is_mounted:
                screen.content_arrived()  # (one not mounted yet fills itself when it is)
        if self.studio is not None:
            from simulator.tui.screens.studio import StudioScreen

            # Installed, so that it keeps its state when you go to the library and come back.
            self.install_screen(StudioScreen(self.studio, self.rubrics), name="studio")
            self.push_screen("studio")
        errors = [p for p in self.library.problems if p.is_error]
        if errors and self.studio is None:
            self.notify(
                f"{len(errors)} problem(s) kept some scenarios out, e.g. {errors[0].format()}\n"
                "Run 'peer-practice validate' on the folder for the full list.",
                title="Some scenarios could not be loaded",
                severity="warning",
                timeout=15,
            )
        if self.trainee is not None and self.studio is None:
            self.offer_resume()
        # The first screen is up and the person is reading it: get the scorer ready now.
        self.warm_up_scoring()
        if self.trainee is None and self.studio is None:
            self.choose_trainee()
        if self.start_id:
            scenario = self.library.get(self.start_id)
            if scenario is not None:
                self.offer_scenario(scenario)
        if self.start_drill:
            self.course_flow.drill_by_ref(self.start_drill)

    @property
    def course_flow(self) -> CourseFlow:
        """The course path (units, drills, check-ins, support card), loaded when first used."""
        from simulator.tui.course_flow import CourseFlow

        if self._course_flow is None:
            self._course_flow = CourseFlow(self)
        return self._course_flow

    def watch_for_the_end(self) -> None:
        """However this process is asked to end (SIGTERM, SIGHUP, its terminal closing, the
        program that started it going away), it leaves its rooms and ends within a second
        (`simulator.lifeline`)."""
        from simulator import lifeline

        loop = asyncio.get_running_loop()
        ending = lifeline.Ending(
            lambda reason: loop.call_soon_threadsafe(self.end_now, reason), release_seats
        )
        for name in ("SIGHUP", "SIGTERM"):
            number = getattr(signal, name, None)
            if number is not None:
                with suppress(NotImplementedError, RuntimeError, ValueError):  # e.g. Windows
                    loop.add_signal_handler(number, ending.request, name)
        lifeline.watch(ending, terminal_fd=lifeline.stdin_terminal())
        self.ending = ending

    def end_now(self, reason: str) -> None:
        """End in order: the others in a room hear at once that this person left."""
        release_seats()
        self.exit()

    def warm_up_scoring(self) -> None:
        """In the background, as soon as the content is here: start the scoring process,
        compile this process's scorer meanwhile (sessions, pairs and rooms need it), and
        have the child score one example reply, so that the first reply a person sends
        costs what any other does (a cold child added 0.3-1 s to it). A daemon thread, so
        quitting never waits for it; `scoring_warm` is set when it is done."""
        if self.scoring_warm.is_set() or self._warming:
            return
        self._warming = True
        process = self.scoring_process
        if self.score_in_process and process is None:
            from simulator.practice.scoring_process import ScoringProcess

            process = self.scoring_process = ScoringProcess(self.rubrics)
        sample = warm_up_sample(self.library)

        def warm() -> None:
            from simulator.practice.scoring_process import ScoringTimeout, ScoringUnavailable

            try:  # a real reply will meet, and report kindly, any problem met here
                if process is not None:
                    with suppress(OSError):
                        process.start()  # the child compiles while this process does
                with suppress(Exception):
                    _ = self.scorer  # compiled here, not on the UI thread at Begin
                if process is not None:
                    with suppress(ScoringTimeout, ScoringUnavailable, OSError):
                        process.warm_up(*sample)
                    if self.scoring_process is not process:  # replaced meanwhile
                        process.close()
                freeze_long_lived()
            finally:
                self.scoring_warm.set()

        threading.Thread(target=warm, name="warm-up-scoring", daemon=True).start()

    def score_reply(self, session: Session, text: str, *, budget: float) -> ScoreResult:
        """Score a checked reply at the session's moment; called from a background thread.
        Raises ScoringTimeout when it takes longer than `budget` seconds (in a process)."""
        process = self.scoring_process
        if process is None:
            return session.preview(text)
        return process.score(session.peer_context(), text, session.node, timeout=budget)

    def apply_keymap(self) -> None:
        from simulator.store.folder import data_dir
        from simulator.tui.keymap import load_keymap

        try:
            keymap, problems = load_keymap(data_dir(self.data_dir))
        except OSError:
            return
        if keymap:
            self.set_keymap(keymap)
        for problem in problems:
            self.notify(
                problem.format(), title="Keymap not fully applied", severity="warning", timeout=10
            )

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        from simulator.tui.screens.practice import PracticeScreen

        yield from super().get_system_commands(screen)
        yield SystemCommand("Pause", "Take a break: a short grounding exercise", self.action_pause)
        yield SystemCommand(
            "Support card", "Who to reach out to (F3, next to the pause key)", self.action_support
        )
        yield SystemCommand(
            "Course path", "Units with lessons, drills and check-ins", self.course_flow.show_course
        )
        yield SystemCommand(
            "Journal", "Your private reflections and check-ins", self.course_flow.show_journal
        )
        offered = self.course_flow.check_ins_offered
        yield SystemCommand(
            "Check-ins: don't offer" if offered else "Check-ins: offer again",
            "The optional check-in before content with content notes (remembered)",
            self.course_flow.toggle_check_ins,
        )
        yield SystemCommand("Switch name", "Practise under another name", self.choose_trainee)
        yield SystemCommand("Scenarios", "Back to the scenario library", self.go_home)
        yield SystemCommand("Progress", "Your practice over time", self.show_progress)
        if isinstance(screen, HomeScreen):
            yield SystemCommand(
                "Pair practice",
                "A mock session with a role card and an observer",
                screen.action_pair,
            )
            yield SystemCommand(
                "Room",
                "Practise together, each on your own terminal or browser tab",
                screen.action_room,
            )
        yield SystemCommand(
            "High contrast",
            "Switch to the high-contrast theme",
            lambda: setattr(self, "theme", "high-contrast"),
        )
        yield from self.studio_commands(screen)
        if isinstance(screen, PracticeScreen):
            yield SystemCommand(
                "Example reply", "Show an example reply for this moment", screen.action_example
            )
            yield SystemCommand(
                "Leave", "Stop this conversation (nothing is lost)", screen.action_leave
            )

    def studio_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """The map (and, for facilitators in the studio, trying a moment again with the
        newest text of the file)."""
        from simulator.tui.screens.practice import PracticeScreen
        from simulator.tui.screens.studio import StudioScreen, retry_here

        scenario: Scenario | None = None
        current: str | None = None
        if self.studio is not None and not isinstance(screen, StudioScreen):
            yield SystemCommand(
                "Studio",
                "Your scenario folder: problems, the map, play from a moment",
                self.show_studio,
            )
        if isinstance(screen, HomeScreen):
            scenario = screen.highlighted
        elif isinstance(screen, StudioScreen):
            scenario = screen.entry.current or screen.entry.good if screen.entry else None
        elif isinstance(screen, PracticeScreen) and self.studio is not None:
            scenario, current = screen.session.scenario, screen.session.node_id
            yield SystemCommand(
                "Try this moment again",
                "The moment again, with the text as last saved",
                lambda: retry_here(screen),
            )
        if scenario is not None:
            yield SystemCommand(
                "Map of this scenario",
                "The branches: moments, conditions, endings"
                + (" (▶ where you are)" if current else ""),
                lambda: self.show_map(scenario, current),
            )

    def show_studio(self) -> None:
        studio = self.get_screen("studio")
        if studio in self.screen_stack:
            while self.screen is not studio:
                self.pop_screen()
        else:
            self.push_screen(studio)

    def show_map(self, scenario: Scenario, current: str | None = None) -> None:
        from simulator.tui.screens.branch_map import MapScreen

        self.push_screen(MapScreen(scenario, current))

    # -------------------------------------------------------------------- flow
    def choose_trainee(self) -> None:
        from simulator.tui.screens.profile import ProfileScreen

        def chosen(name: str | None) -> None:
            if name:
                self.trainee = name
                self.offer_resume()
            if isinstance(self.screen, HomeScreen):
                self.screen.refresh_trainee()

        self.push_screen(ProfileScreen(self.profiles, list_names=not self.shared), chosen)

    def offer_scenario(self, scenario: Scenario) -> None:
        from simulator.tui.screens.start import StartScreen

        def chosen(answer: tuple[str, bool] | None) -> None:
            if answer and answer[0] == "begin":
                scores = answer[1]
                # The optional check-in, as on the course path (content notes only).
                self.course_flow.check_in_before(
                    scenario, lambda: self.begin(scenario, show_scores=scores)
                )
            else:
                self.notify("Skipped. That's always okay.", timeout=3)

        self.push_screen(StartScreen(scenario), chosen)

    def begin(self, scenario: Scenario, *, show_scores: bool = True) -> None:
        from simulator.practice.session import Session
        from simulator.tui.screens.practice import PracticeScreen

        session = Session(scenario, self.scorer, trainee=self.trainee or "")
        self.record(lambda: self.recorder.started(session, show_scores=show_scores))
        self.push_screen(PracticeScreen(session, show_scores=show_scores))

    def record(self, action: Callable[[], None]) -> bool:
        """Commit to the store; a failure is reported but never stops practice."""
        try:
            action()
        except (sqlite3.Error, OSError) as exc:
            self.notify(
                f"Couldn't save your practice ({exc}). Free some disk space; your conversation "
                "is still on screen and the next reply will be saved if it can be.",
                severity="error",
                timeout=10,
            )
            return False
        return True

    def record_turn(self, session: Session, turn: Turn) -> None:
        if self.record(lambda: self.recorder.turn_taken(session, turn)) and session.is_over:
            self.record(lambda: self.recorder.ended(session))

    def offer_resume(self) -> None:
        """Offer the newest conversation that was interrupted (a crash, a closed terminal)."""
        from simulator.practice.session import SessionError
        from simulator.tui.screens.practice import PracticeScreen
        from simulator.tui.screens.resume import ResumeScreen

        try:
            waiting = self.store.interrupted(self.trainee)
        except sqlite3.Error:
            return
        if not waiting:
            return
        row = waiting[0]

        def chosen(answer: str | None) -> None:
            if answer == "resume":
                try:
                    session = self.recorder.restore(row, self.library, self.scorer)
                except SessionError as exc:
                    self.notify(f"Couldn't resume: {exc}.", severity="warning")
                    return
                self.push_screen(PracticeScreen(session, show_scores=row.show_scores, resumed=True))
            elif answer == "close":
                self.record(lambda: self.store.end_session(row.id, "left", None))

        self.push_screen(ResumeScreen(row), chosen)

    def finish_session(self, session: Session, *, show_scores: bool = True) -> None:
        from simulator.tui.screens.end import EndScreen

        self.call_after_refresh(
            lambda: self.push_screen(EndScreen(session, show_scores=show_scores))
        )

    def leave_session(self, session: Session, *, show_scores: bool = True) -> None:
        from simulator.tui.screens.end import EndScreen

        session.leave()
        self.record(lambda: self.recorder.ended(session))
        self.push_screen(EndScreen(session, show_scores=show_scores))

    def retry_moment(self, session: Session, node_id: str) -> None:
        from simulator.tui.screens.practice import PracticeScreen

        session.rewind(node_id)
        self.record(lambda: self.recorder.resumed(session))
        self.pop_screen()  # the end screen
        practice = self.screen
        if isinstance(practice, PracticeScreen):
            practice.note("Trying this moment again. Your earlier replies are kept.")
            practice.show_peer()
            practice.query_one("#reply").focus()

    def start_pair(self, scenario: Scenario) -> None:
        from simulator.practice.pair import PairSession, Roles
        from simulator.tui.screens.pair import PairScreen, PairSetupScreen

        def chosen(roles: Roles | None) -> None:
            if roles is None:
                return

            def start() -> None:
                self.push_screen(PairScreen(PairSession(scenario, self.scorer, roles)))

            # The optional check-in, as before a scenario alone (content notes only).
            self.course_flow.check_in_before(scenario, start)

        self.push_screen(PairSetupScreen(scenario, self.trainee or ""), chosen)

    def open_room(self, scenario: Scenario | None) -> None:
        """The room dialog, then the room: everyone at their own terminal or browser tab."""
        from simulator.tui.screens.room_lobby import RoomLobbyScreen

        def chosen(choice: RoomChoice | None) -> None:
            if choice is not None:
                self.room_role = choice.role  # offered again next time
                self.enter_room(choice, scenario)

        self.push_screen(RoomLobbyScreen(scenario, self.trainee or "", self.room_role), chosen)

    def enter_room(self, choice: RoomChoice, scenario: Scenario | None) -> None:
        from simulator.practice.room import RoomClient, normalise_code
        from simulator.tui.screens.start import StartScreen

        def find() -> tuple[str, Scenario]:
            """The code to join ("" to start a room) and the room's scenario."""
            if choice.action == "start" and scenario is not None:
                return "", scenario
            code = normalise_code(choice.code)
            return code, RoomClient.scenario_of(self.store, code, self.library.get)

        found = self.room_step(find)
        if found is None:
            return
        code, chosen = found

        def decided(answer: tuple[str, bool] | None) -> None:
            if answer and answer[0] == "begin":
                # The optional check-in before the seat is taken (content notes only).
                self.course_flow.check_in_before(
                    chosen, lambda: self.take_seat(choice, chosen, code)
                )
            else:
                self.notify("Not now. That's always okay.", timeout=3)

        # Everyone sees the content notes before the room's scenario starts for them.
        label = "Start the room" if not code else "Join the room"
        self.push_screen(
            StartScreen(chosen, begin_label=label, scores_choice=False, role=choice.role), decided
        )

    def take_seat(self, choice: RoomChoice, scenario: Scenario, code: str) -> None:
        """Claim the seat in a thread, on a store connection of its own (reading the room's
        log scores every reply in it), and open the room when it is ours: the UI never
        waits on that scoring."""
        from simulator.practice.room import RoomClient, RoomError, RoomPlay
        from simulator.tui.screens.pair import PairScreen

        path, pending = self.store.path, threading.Event()

        scores: dict[int, ScoreResult] = {}

        def seated(room: str, member: str) -> None:
            pending.set()
            client = RoomClient(self.store, room, member, RoomPlay(scenario, self.scorer))
            client.scored = scores  # the log's replies, scored while claiming
            self.push_screen(PairScreen(client.play.pair, room=client))

        def failed(exc: Exception) -> None:
            pending.set()
            if isinstance(exc, RoomError):
                self.room_problem(exc)
            else:
                self.notify(f"The practice store can't be used just now ({exc}).", severity="error")

        def claim() -> None:
            try:
                store = Store(path=path)
                try:
                    room = code or RoomClient.new_room(store, scenario)
                    member = RoomClient.claim(
                        store, room, scenario, self.scorer, choice.name, choice.role, scores=scores
                    )
                finally:
                    store.close()
            except (RoomError, StoreError, sqlite3.Error) as exc:
                with suppress(RuntimeError):  # the app has closed
                    self.call_from_thread(failed, exc)
                return
            with suppress(RuntimeError):
                self.call_from_thread(seated, room, member)

        threading.Thread(target=claim, name="take-seat", daemon=True).start()
        self.set_timer(
            0.3, lambda: None if pending.is_set() else self.notify("Joining the room…", timeout=3)
        )

    def room_step(self, step: Callable[[], T]) -> T | None:
        """Take a step towards a room; a room problem or a store that can't be used becomes
        one message (and None)."""
        from simulator.practice.room import RoomError

        try:
            return step()
        except RoomError as exc:
            self.room_problem(exc)
        except sqlite3.Error as exc:
            self.notify(f"The practice store can't be used just now ({exc}).", severity="error")
        return None

    def room_problem(self, exc: Exception) -> None:
        message = str(exc)
        self.notify(
            message[:1].upper() + message[1:] + ".",
            title="Couldn't enter the room",
            severity="warning",
            timeout=10,
        )

    def action_go_home(self) -> None:
        self.go_home()

    def show_progress(self) -> None:
        from simulator.tui.screens.progress import ProgressScreen

        self.push_screen(ProgressScreen())

    def go_home(self) -> None:
        while not isinstance(self.screen, HomeScreen) and len(self.screen_stack) > 1:
            self.pop_screen()

    def action_support(self) -> None:
        self.course_flow.show_support()

    def action_pause(self) -> None:
        from simulator.tui.screens.pause import PauseScreen
        from simulator.tui.screens.practice import PracticeScreen

        if isinstance(self.screen, PauseScreen):
            return
        practice = self.screen if isinstance(self.screen, PracticeScreen) else None

        def chosen(choice: str | None) -> None:
            if choice == "support":
                self.action_support()
                return
            if practice is None or choice in (None, "resume"):
                return
            if choice == "restart":
                practice.session.rewind(practice.session.scenario.start_id)
                practice.show_peer()
            elif choice == "leave":
                self.leave_session(practice.session, show_scores=practice.show_scores)

        self.push_screen(
            PauseScreen(in_session=practice is not None and not practice.session.is_over), chosen
        )


def warm_up_sample(library: Library) -> tuple[str | None, str, Node | None]:
    """A first reply to score while nobody waits: a good example at the first moment of
    the first scenario (so the scenario checks warm up too), or a plain reflection."""
    reply = "It sounds like you feel stuck, and that makes sense."
    if not library.scenarios:
        return "I don't know what to do.", reply, None
    scenario = library.scenarios[0]
    node = scenario.nodes[scenario.start_id]
    return " ".join(node.peer), next((e.reply for e in node.examples), reply), node


def release_seats() -> None:
    """Leave any room this process holds a seat in. Only a process that used a room has
    imported `simulator.practice.room` (which brings the scorer with it), so the first screen
    doesn't wait for that import."""
    room = sys.modules.get("simulator.practice.room")
    if room is not None:
        room.release_held_seats()


def make_app(
    scenarios: Path | None = None,
    rubrics: Path | None = None,
    data_dir: Path | None = None,
    *,
    start: str | None = None,
    cursor_blink: bool = True,
    shared: bool = False,
    lazy: bool = False,
    score_in_process: bool = False,
    file: Path | None = None,
    studio: Path | None = None,
    drill: str | None = None,
    courses: Path | None = None,
) -> PeerPracticeApp:
    """The app on these folders (the shipped content by default), plus one scenario `file`
    (`play FILE.yaml`) that then replaces any scenario with its id. Raises ContentError, or
    with `lazy` loads the content after the first screen is painted (and the app exits with
    `content_error` set if the rubrics can't be used)."""

    def load() -> tuple[RubricSet, Library]:
        from simulator.content.loading import load_library, require_rubrics

        rubric_set = require_rubrics(rubrics)
        library = load_library(scenarios or scenarios_dir(), rubric_set)
        if file is not None:
            from simulator.content.opening import add_file

            add_file(library, file, rubric_set)
        return rubric_set, library

    rubric_set, library = (None, None) if lazy else load()
    return PeerPracticeApp(
        rubric_set,
        library,
        data_dir=data_dir,
        start=start,
        cursor_blink=cursor_blink,
        shared=shared,
        load=load,
        score_in_process=score_in_process,
        studio=studio,
        drill=drill,
        courses=courses,
    )


def run_app(
    scenarios: Path | None = None,
    rubrics: Path | None = None,
    data_dir: Path | None = None,
    *,
    start: str | None = None,
    shared: bool = False,
    file: Path | None = None,
    studio: Path | None = None,
    drill: str | None = None,
    courses: Path | None = None,
) -> None:
    """Run the app in this terminal; content or folder problems end in one clear message."""
    try:
        app = make_app(
            scenarios,
            rubrics,
            data_dir,
            start=start,
            shared=shared,
            lazy=True,
            score_in_process=True,
            file=file,
            studio=studio,
            drill=drill,
            courses=courses,
        )
    except StoreError as exc:
        print(f"peer-practice: {exc}", file=sys.stderr)
        sys.exit(1)
    except (OSError, sqlite3.Error) as exc:
        print(
            f"peer-practice: cannot use the practice folder: {exc}; choose another with --data-dir",
            file=sys.stderr,
        )
        sys.exit(1)
    try:
        app.run()
    finally:
        release_seats()
        if app.scoring_process is not None:
            app.scoring_process.kill()  # even mid-reply: nothing is left running
        if app.ending is not None and app.ending.reason is not None:
            # Ended by a signal or a closed terminal: nobody is there to see anything more,
            # and waiting for worker threads (a scorer still warming up) would keep the
            # process alive for seconds. Everything sent is already committed.
            os._exit(0)
    if app.content_error is not None:
        for problem in app.content_error.problems:
            print(problem.format(relative_to=Path.cwd()))
        print(
            "peer-practice: the rubrics have problems; fix them (see above) and try again",
            file=sys.stderr,
        )
        sys.exit(1)
