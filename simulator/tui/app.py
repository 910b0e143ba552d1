"""The Peer Practice app and `make_app()`, the one factory used by the CLI, `textual run`
and the tests.

The app holds what all screens share (the scorer, the library, who is practising) and the
flow between screens; the screens hold their own widgets. Scoring and saving are the domain
core's; nothing here decides what is scored.
"""

from __future__ import annotations

import asyncio
import signal
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from simulator.loading import Library, RubricSet, load_library, require_rubrics
from simulator.paths import scenarios_dir
from simulator.problems import ContentError
from simulator.profiles import Profiles
from simulator.recorder import Recorder
from simulator.scenario import Scenario
from simulator.session import SessionError
from simulator.store import Store, StoreError
from simulator.tui.screens.home import HomeScreen
from simulator.tui.themes import THEMES

if TYPE_CHECKING:
    from simulator.scoring import Scorer
    from simulator.session import Session, Turn
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
        rubrics: RubricSet,
        library: Library,
        *,
        data_dir: Path | None = None,
        start: str | None = None,
        cursor_blink: bool = True,
        shared: bool = False,
        drill: str | None = None,
        courses: Path | None = None,
    ) -> None:
        super().__init__()
        #: The folder of course files (the shipped one by default).
        self.courses_folder = courses
        #: A unit (id or number) whose drill to open at start (`peer-practice drill UNIT`).
        self.start_drill = drill
        self._course_flow: CourseFlow | None = None
        #: A computer shared by a training room (`peer-practice serve`): names on it are not
        #: listed and nobody is signed in to start with, so one tab can't pick another's name.
        self.shared = shared
        self.rubrics = rubrics
        self._scorer: Scorer | None = None
        self._scorer_lock = threading.Lock()
        self.library = library
        self.data_dir = data_dir
        self.start_id = start
        self.cursor_blink = cursor_blink
        self.store = Store(data_dir)
        self.recorder = Recorder(self.store)
        self.profiles = Profiles(self.store)
        self.trainee: str | None = None if shared else self.profiles.last
        self.top_levels = {s: r.max_level for s, r in rubrics.rubrics.items()}
        for theme in THEMES:
            self.register_theme(theme)
        self.theme = "calm"

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
        hangup = getattr(signal, "SIGHUP", None)
        if hangup is not None and not self.is_headless:
            # A closed terminal: quit in order, so that a room hears that this person left.
            asyncio.get_running_loop().add_signal_handler(hangup, self.exit)
        self.push_screen(HomeScreen())
        errors = [p for p in self.library.problems if p.is_error]
        if errors:
            self.notify(
                f"{len(errors)} problem(s) kept some scenarios out, e.g. {errors[0].format()}\n"
                "Run 'peer-practice validate' on the folder for the full list.",
                title="Some scenarios could not be loaded",
                severity="warning",
                timeout=15,
            )
        if self.trainee is not None:
            self.offer_resume()
        # Compile once the first screen is up and the person is reading it.
        self.set_timer(
            1.0, lambda: self.run_worker(lambda: self.scorer, thread=True, name="compile")
        )
        if self.trainee is None:
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

    def apply_keymap(self) -> None:
        from simulator.storage import data_dir
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
        if isinstance(screen, PracticeScreen):
            yield SystemCommand(
                "Example reply", "Show an example reply for this moment", screen.action_example
            )
            yield SystemCommand(
                "Leave", "Stop this conversation (nothing is lost)", screen.action_leave
            )

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
                self.begin(scenario, show_scores=answer[1])
            else:
                self.notify("Skipped. That's always okay.", timeout=3)

        self.push_screen(StartScreen(scenario), chosen)

    def begin(self, scenario: Scenario, *, show_scores: bool = True) -> None:
        from simulator.session import Session
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

    def finish_session(self, session: Session) -> None:
        from simulator.tui.screens.end import EndScreen

        self.call_after_refresh(lambda: self.push_screen(EndScreen(session)))

    def leave_session(self, session: Session) -> None:
        from simulator.tui.screens.end import EndScreen

        session.leave()
        self.record(lambda: self.recorder.ended(session))
        self.push_screen(EndScreen(session))

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
        from simulator.pair import PairSession, Roles
        from simulator.tui.screens.pair import PairScreen, PairSetupScreen

        def chosen(roles: Roles | None) -> None:
            if roles is not None:
                self.push_screen(PairScreen(PairSession(scenario, self.scorer, roles)))

        self.push_screen(PairSetupScreen(scenario, self.trainee or ""), chosen)

    def open_room(self, scenario: Scenario | None) -> None:
        """The room dialog, then the room: everyone at their own terminal or browser tab."""
        from simulator.tui.screens.room_lobby import RoomLobbyScreen

        def chosen(choice: RoomChoice | None) -> None:
            if choice is not None:
                self.enter_room(choice, scenario)

        self.push_screen(RoomLobbyScreen(scenario, self.trainee or ""), chosen)

    def enter_room(self, choice: RoomChoice, scenario: Scenario | None) -> None:
        from simulator.room import RoomClient, normalise_code
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
                self.take_seat(choice, chosen, code)
            else:
                self.notify("Not now. That's always okay.", timeout=3)

        # Everyone sees the content notes before the room's scenario starts for them.
        label = "Start the room" if not code else "Join the room"
        self.push_screen(StartScreen(chosen, begin_label=label, scores_choice=False), decided)

    def take_seat(self, choice: RoomChoice, scenario: Scenario, code: str) -> None:
        from simulator.room import RoomClient
        from simulator.tui.screens.pair import PairScreen

        client = self.room_step(
            lambda: (
                RoomClient.join(self.store, code, scenario, self.scorer, choice.name, choice.role)
                if code
                else RoomClient.create(self.store, scenario, self.scorer, choice.name, choice.role)
            )
        )
        if client is not None:
            self.push_screen(PairScreen(client.play.pair, room=client))

    def room_step(self, step: Callable[[], T]) -> T | None:
        """Take a step towards a room; a room problem or a store that can't be used becomes
        one message (and None)."""
        from simulator.room import RoomError

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
                self.leave_session(practice.session)

        self.push_screen(
            PauseScreen(in_session=practice is not None and not practice.session.is_over), chosen
        )


def make_app(
    scenarios: Path | None = None,
    rubrics: Path | None = None,
    data_dir: Path | None = None,
    *,
    start: str | None = None,
    cursor_blink: bool = True,
    shared: bool = False,
    drill: str | None = None,
    courses: Path | None = None,
) -> PeerPracticeApp:
    """The app on these folders (the shipped content by default). Raises ContentError."""
    rubric_set = require_rubrics(rubrics)
    library = load_library(scenarios or scenarios_dir(), rubric_set)
    return PeerPracticeApp(
        rubric_set,
        library,
        data_dir=data_dir,
        start=start,
        cursor_blink=cursor_blink,
        shared=shared,
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
    drill: str | None = None,
    courses: Path | None = None,
) -> None:
    """Run the app in this terminal; content or folder problems end in one clear message."""
    try:
        app = make_app(
            scenarios, rubrics, data_dir, start=start, shared=shared, drill=drill, courses=courses
        )
    except ContentError as exc:
        for problem in exc.problems:
            print(problem.format(relative_to=Path.cwd()))
        print(
            "peer-practice: the rubrics have problems; fix them (see above) and try again",
            file=sys.stderr,
        )
        sys.exit(1)
    except StoreError as exc:
        print(f"peer-practice: {exc}", file=sys.stderr)
        sys.exit(1)
    except (OSError, sqlite3.Error) as exc:
        print(
            f"peer-practice: cannot use the practice folder: {exc}; choose another with --data-dir",
            file=sys.stderr,
        )
        sys.exit(1)
    app.run()
