"""The `peer-practice` command: a thin layer over the domain core.

Every user mistake (a wrong flag, a missing file, a broken scenario, a full disk, a closed
terminal) ends in one message saying what, where and how to fix it, and an exit code:
0 fine, 1 problems found in content, 2 wrong usage.

The package also holds the `score` command's plumbing, which is about reading and writing
a stream of lines, not about scoring: `score_input` (the line reader and writer that no
input line can crash) and `score_workers` (the forked worker processes for large batches).
The scorer itself is `simulator.scoring`, which imports nothing from here.
"""

from __future__ import annotations

import gc
import json
import os
import sqlite3
import sys
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, NoReturn, TypeVar

import click

from simulator import __version__
from simulator.content.paths import scenarios_dir
from simulator.content.problems import ContentError, Problem
from simulator.safe_text import printable

if TYPE_CHECKING:
    from simulator.content.course import Course, Unit
    from simulator.content.loading import Library, RubricSet
    from simulator.content.opening import Opened
    from simulator.content.scenario import Scenario
    from simulator.practice.room import RoomClient
    from simulator.practice.session import Session
    from simulator.scoring import Scorer
    from simulator.store.database import SessionRow, Store

# The content models, the scorer and the TUI are imported by the commands that use them, so
# quick commands such as `history` start fast (see `make bench-store`).

PATH = click.Path(path_type=Path)
#: How `history` names practice kept without a trainee's name.
GUEST = "guest"
T = TypeVar("T")


def _fail(message: str, code: int = 1) -> NoReturn:
    click.echo(f"peer-practice: {printable(message)}", err=True)
    sys.exit(code)


def _print_problems(problems: list[Problem]) -> None:
    for problem in problems:
        click.echo(problem.format(relative_to=Path.cwd()))


def _rubrics(folder: Path | None) -> RubricSet:
    from simulator.content.loading import require_rubrics

    try:
        return require_rubrics(folder)
    except ContentError as exc:
        _print_problems(exc.problems)
        _fail("the rubrics have problems; fix them (see above) and try again")


def _library(folder: Path | None, rubrics: RubricSet) -> Library:
    from simulator.content.loading import load_library

    library = load_library(folder or scenarios_dir(), rubrics)
    errors = [p for p in library.problems if p.is_error]
    if errors:
        click.echo(
            f"Some scenarios could not be loaded and are left out ({len(errors)} problems):",
            err=True,
        )
        for problem in errors[:5]:
            click.echo("  " + problem.format(relative_to=Path.cwd()), err=True)
        click.echo("  Run 'peer-practice validate' on the folder for the full list.", err=True)
    return library


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="peer-practice")
@click.option("--scenarios", "scenarios_folder", type=PATH, help="Folder of scenario files.")
@click.option("--rubrics", "rubrics_folder", type=PATH, help="Folder of rubric files.")
@click.option("--courses", "courses_folder", type=PATH, help="Folder of course files.")
@click.option(
    "--data-dir", type=PATH, help="Where practice is kept (default: your user data folder)."
)
@click.option("--plain", is_flag=True, help="Line-based mode for screen readers and scripts.")
@click.option(
    "--trainee", help="Plain mode: practise under this name (it becomes the current one)."
)
# `serve` starts the app with pipes, not a terminal, for each browser tab, on a shared computer.
@click.option("--tui", "force_tui", is_flag=True, hidden=True)
@click.option("--shared", is_flag=True, hidden=True)
@click.pass_context
def main(
    ctx: click.Context,
    scenarios_folder: Path | None,
    rubrics_folder: Path | None,
    courses_folder: Path | None,
    data_dir: Path | None,
    plain: bool,
    trainee: str | None,
    force_tui: bool,
    shared: bool,
) -> None:
    """Peer Practice: practise reflective listening, validation and boundaries."""
    ctx.ensure_object(dict)
    ctx.obj.update(
        scenarios=scenarios_folder,
        rubrics=rubrics_folder,
        data_dir=data_dir,
        trainee=trainee,
        courses=courses_folder,
        # `peer-practice --plain play X` is as plain as `play X --plain`: a screen-reader user
        # who puts the option first must not get the full-screen app.
        plain=plain,
    )
    if ctx.invoked_subcommand is not None:
        return
    if _opened_tui(ctx, plain, force=force_tui, shared=shared, courses=courses_folder):
        return
    _choose_and_play(ctx)


def _opened_tui(
    ctx: click.Context,
    plain: bool,
    *,
    force: bool = False,
    start: str | None = None,
    file: Path | None = None,
    drill: str | None = None,
    shared: bool = False,
    courses: Path | None = None,
) -> bool:
    """Run the app in this terminal and say True, or say False for the caller's plain mode.

    `main`, `play` and `drill` share this: the app opens unless --plain was given or stdin or
    stdout is not a terminal (`force`, the hidden --tui of `serve`, opens it anyway), and plain
    mode is the fall-back when textual cannot be imported. The keywords go to `run_app`.
    """
    if not (force or (not plain and sys.stdin.isatty() and sys.stdout.isatty())):
        return False
    try:
        from simulator.tui.app import run_app
    except ImportError:
        return False
    run_app(
        ctx.obj["scenarios"],
        ctx.obj["rubrics"],
        ctx.obj["data_dir"],
        start=start,
        file=file,
        drill=drill,
        shared=shared,
        courses=courses,
    )
    return True


def _choose_and_play(ctx: click.Context) -> None:
    from simulator.scoring import Scorer

    rubrics = _rubrics(ctx.obj["rubrics"])
    library = _library(ctx.obj["scenarios"], rubrics)
    if not library.scenarios:
        _fail("no scenarios to play; check the scenarios folder")
    click.echo("Scenarios:")
    for i, scenario in enumerate(library.scenarios, 1):
        click.echo(f"  {i}. {printable(scenario.title)} (difficulty {scenario.difficulty})")
    choice = _read_line(f"Choose 1-{len(library.scenarios)} (or q to quit): ")
    if choice is None or choice.strip().lower() in {"q", "quit", ""}:
        return
    if not choice.strip().isdigit() or not 1 <= int(choice) <= len(library.scenarios):
        _fail(f"'{choice.strip()}' is not one of the numbers listed", 2)
    _play(
        library.scenarios[int(choice) - 1],
        Scorer(rubrics),
        ctx.obj["data_dir"],
        show_scores=True,
        library=library,
        trainee=ctx.obj["trainee"],
        courses=ctx.obj["courses"],
    )


def _read_line(prompt: str) -> str | None:
    """One line from stdin; None when input has ended (Ctrl-D, closed pipe)."""
    if sys.stdin.isatty():
        try:
            return input(prompt)
        except EOFError:
            return None
    sys.stdout.write(prompt)
    sys.stdout.flush()
    line = sys.stdin.readline()
    if not line:
        return None
    sys.stdout.write("\n")
    return line.rstrip("\n")


def _open_store(data_dir: Path | None) -> Store:
    from simulator.store.database import Store, StoreError

    try:
        return Store(data_dir)
    except StoreError as exc:
        _fail(str(exc))
    except (OSError, sqlite3.Error) as exc:
        _fail(f"cannot use the practice folder: {exc}; choose another with --data-dir")


def _whose(store: Store, trainee: str | None) -> str:
    """The name this plain session is kept under ("" for a guest): --trainee (made the
    current name, as switching in the app does), else the name last used on this machine."""
    from simulator.store.profiles import ProfileError, Profiles

    if trainee is None:
        return store.last_trainee() or ""
    try:
        return Profiles(store).add(trainee)
    except ProfileError as exc:
        _fail(f"--trainee '{printable(trainee)}': {exc}", 2)


def _say_whose(name: str) -> None:
    if name:
        click.echo(
            f"Practising as {printable(name)}: this session goes to {printable(name)}'s practice "
            "history. (Another name: --trainee NAME.)"
        )
    else:
        click.echo(
            "Practising as a guest: this session is kept without a name ('history' lists it as "
            "guest). To keep it under your name: --trainee NAME."
        )


def _interrupted(store: Store, name: str, scenario_id: str) -> SessionRow | None:
    """This person's newest unfinished session of this scenario (a Ctrl-C, a closed
    terminal), if any."""
    rows = store.interrupted(name or None)
    return next((r for r in rows if r.trainee == name and r.scenario_id == scenario_id), None)


def _offer_resume(
    store: Store, row: SessionRow, library: Library, scorer: Scorer, resume: bool
) -> Session | None:
    """Like the app: offer the unfinished session (in a terminal, a question; in a script,
    --resume takes it up and otherwise a note says it is kept)."""
    from simulator.practice.recorder import Recorder
    from simulator.practice.session import SessionError

    replies = f"{row.turns} repl{'y' if row.turns == 1 else 'ies'}"
    about = f"'{printable(row.scenario_title)}' from {row.started_at[:10]} stopped after {replies}"
    if not resume:
        if not sys.stdin.isatty():
            click.echo(f"An unfinished session is kept: {about}. Add --resume to carry it on.")
            return None
        answer = _read_line(
            f"Pick up where you left off? {about}; everything you sent was kept.\n"
            "Press Enter to resume, type 'new' to start afresh, or 'close' to close it: "
        )
        choice = (answer or "").strip().lower()
        if choice in {"close", "c"}:
            store.end_session(row.id, "left", None)
            click.echo("Closed. It stays in your history.")
            return None
        if answer is None or choice not in {"", "y", "yes", "r", "resume"}:
            return None
    try:
        session = Recorder(store).restore(row, library, scorer)
    except SessionError as exc:
        click.echo(f"Couldn't resume: {exc}. Starting afresh.")
        return None
    click.echo(f"Resuming: {about}.")
    return session


def _play(
    scenario: Scenario,
    scorer: Scorer,
    data_dir: Path | None,
    *,
    show_scores: bool,
    library: Library | None = None,
    trainee: str | None = None,
    resume: bool = False,
    courses: Path | None = None,
) -> None:
    from simulator.plain.practice import PlainPlayer, describe
    from simulator.practice.recorder import Recorder
    from simulator.practice.session import Session

    click.echo(describe(scenario))
    store = _open_store(data_dir)
    name = _whose(store, trainee)
    _say_whose(name)
    waiting = _interrupted(store, name, scenario.id) if library is not None else None
    resumed = None
    if waiting is not None and library is not None:
        resumed = _offer_resume(store, waiting, library, scorer, resume)
    if resumed is None and sys.stdin.isatty():
        answer = _read_line("Press Enter to begin, or type 'skip' to choose another time: ")
        if answer is None or answer.strip().lower() in {"skip", "s", "n", "no", "q"}:
            click.echo("Skipped. That's always okay.")
            store.close()
            return
    if (
        resumed is None
        and sys.stdin.isatty()
        and not _checked_in(scenario, scorer, store, name, courses, library)
    ):
        store.close()
        return
    click.echo("Type /help for commands, /pause for a break.\n")
    recorder = Recorder(store)
    session = resumed or Session(scenario, scorer, trainee=name)
    if resumed is not None:
        show_scores = waiting.show_scores if waiting is not None else show_scores
    try:
        if resumed is None:
            recorder.started(session, show_scores=show_scores)
        else:
            recorder.resumed(session)
        PlainPlayer(
            session,
            sys.stdout,
            _read_line,
            recorder=recorder,
            show_scores=show_scores,
            resumed=resumed is not None,
        ).run()
    except KeyboardInterrupt:
        _fail(
            f"stopped. Every reply you sent is kept (session {session.id}); it will be offered to resume.",
            130,
        )
    except BrokenPipeError:
        # The output was closed (e.g. `| head`): every turn is already committed; stop quietly.
        sys.stderr.close()
        sys.exit(0)
    except (sqlite3.Error, OSError) as exc:
        _fail(
            f"could not save your practice ({exc}). Free some disk space or use --data-dir; "
            "every reply before this one was saved."
        )
    finally:
        store.close()


def _checked_in(
    scenario: Scenario,
    scorer: Scorer,
    store: Store,
    name: str,
    courses: Path | None,
    library: Library | None,
) -> bool:
    """The optional check-in (in a terminal, before content with content notes, as on the
    course path); False when they chose to stop here."""
    from simulator.plain.check_in import check_in_before_play

    ids = {s.id for s in library.scenarios} if library is not None else None
    try:
        return check_in_before_play(
            scenario, scorer, store, name, sys.stdout, _read_line, courses=courses, scenario_ids=ids
        )
    except KeyboardInterrupt:
        _fail("stopped before the scenario began. Everything you chose is kept.", 130)
    except (sqlite3.Error, OSError) as exc:
        _fail(f"could not save your check-in ({exc}). Free some disk space or use --data-dir.")


def _find_scenario(ref: str, library: Library, rubrics: RubricSet) -> Scenario:
    from simulator.content.loading import load_scenario

    path = Path(ref)
    if path.suffix in {".yaml", ".yml"} or path.exists():
        if not path.is_file():
            _fail(f"{ref}: no such scenario file", 2)
        scenario, problems = load_scenario(path, rubrics)
        if scenario is None:
            _print_problems(problems)
            _fail(f"{ref} has problems; fix them (see above) and try again")
        return scenario
    found = library.get(ref)
    if found is None:
        from rapidfuzz import process

        ids = [s.id for s in library.scenarios]
        close = process.extractOne(ref, ids, score_cutoff=60)
        hint = f" Did you mean '{close[0]}'?" if close else ""
        _fail(f"no scenario called '{ref}'.{hint} 'peer-practice scenarios' lists them.", 2)
    return found


@main.command()
@click.argument("scenario")
@click.option("--plain", is_flag=True, help="Line-based mode (the default when not in a terminal).")
@click.option(
    "--no-scores", is_flag=True, help="Practise without scores; feedback comes at the end."
)
@click.option(
    "--trainee", help="Practise under this name (plain mode; it becomes the current one)."
)
@click.option(
    "--resume", is_flag=True, help="Carry on an unfinished session of this scenario without asking."
)
@click.pass_context
def play(
    ctx: click.Context,
    scenario: str,
    plain: bool,
    no_scores: bool,
    trainee: str | None,
    resume: bool,
) -> None:
    """Play SCENARIO (an id from 'peer-practice scenarios', or a .yaml file)."""
    from simulator.content.loading import load_library
    from simulator.scoring import Scorer

    rubrics = _rubrics(ctx.obj["rubrics"])
    library = load_library(ctx.obj["scenarios"] or scenarios_dir(), rubrics)
    chosen = _find_scenario(scenario, library, rubrics)
    plain = plain or bool(ctx.obj.get("plain"))
    file = Path(scenario) if library.get(scenario) is None else None
    if _opened_tui(ctx, plain, start=chosen.id, file=file, courses=ctx.obj["courses"]):
        return
    _play(
        chosen,
        Scorer(rubrics),
        ctx.obj["data_dir"],
        show_scores=not no_scores,
        library=library,
        trainee=trainee or ctx.obj["trainee"],
        resume=resume,
        courses=ctx.obj["courses"],
    )


@main.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object per scenario.")
@click.pass_context
def scenarios(ctx: click.Context, as_json: bool) -> None:
    """List the scenarios: id, title, difficulty, skills and content notes."""
    rubrics = _rubrics(ctx.obj["rubrics"])
    library = _library(ctx.obj["scenarios"], rubrics)
    for s in library.scenarios:
        if as_json:
            click.echo(
                json.dumps(
                    {
                        "id": s.id,
                        "title": s.title,
                        "difficulty": s.difficulty,
                        "skills": list(s.skills),
                        "content_notes": list(s.content_notes),
                    },
                    ensure_ascii=False,
                )
            )
            continue
        notes = "; ".join(s.content_notes) if s.content_notes else "none"
        click.echo(
            f"{s.id}\n  {printable(s.title)}\n  difficulty {s.difficulty} · "
            f"skills: {', '.join(s.skills)}\n  content notes: {printable(notes)}"
        )


@main.command()
@click.argument("paths", nargs=-1, type=PATH)
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
def validate(paths: tuple[Path, ...], strict: bool) -> None:
    """Check scenario, course and rubric files; print each problem as file:line:col."""
    from simulator.content.paths import courses_dir, rubrics_dir
    from simulator.content.validate import check

    report = check(paths or (scenarios_dir(), rubrics_dir(), courses_dir()), strict=strict)
    _print_problems(report.problems)
    if report.problems:
        summary = f"{len(report.errors)} error(s), {len(report.warnings)} warning(s) in {report.files} file(s)"
        click.echo(summary, err=True)
    sys.exit(1 if report.errors else 0)


@main.group()
def rubric() -> None:
    """Tools for facilitators tuning a rubric."""


@rubric.command("check")
@click.argument(
    "rubric_file", metavar="RUBRIC", type=click.Path(path_type=Path, exists=True, dir_okay=False)
)
@click.option(
    "--labelled",
    "labelled",
    required=True,
    type=click.Path(path_type=Path),
    help="Your labelled examples: .jsonl, .yaml or .csv with response, level (and context, flags).",
)
@click.option("--show", default=20, show_default=True, help="How many disagreements to list.")
def rubric_check(rubric_file: Path, labelled: Path, show: int) -> None:
    """How far RUBRIC agrees with your own labelled examples."""
    from simulator.content.rubric_check import check_rubric, read_examples, rubric_set_with

    rubric_set, skill, problems = rubric_set_with(rubric_file)
    if rubric_set is None or skill is None:
        _print_problems(problems)
        _fail(f"{rubric_file} has problems; fix them (see above) and try again")
    examples, problems = read_examples(labelled)
    if problems:
        _print_problems(problems)
        _fail(f"{labelled} has problems; fix them (see above) and try again")
    report = check_rubric(rubric_set, skill, examples)
    levels = report.levels
    click.echo(
        f"Rubric: {rubric_file} ({skill})   examples: {report.total}   agreement: {report.agreement:.0%}\n"
    )
    click.echo("Confusion matrix (rows: your level, columns: the rubric's level)")
    click.echo("        " + "".join(f"{lv:>6}" for lv in levels))
    for gold in levels:
        click.echo(
            f"{gold:>6}  " + "".join(f"{report.matrix.get((gold, pred), 0):>6}" for pred in levels)
        )
    click.echo("")
    for lv in levels:
        click.echo(
            f"level {lv}: precision {report.precision(lv):.2f}  recall {report.recall(lv):.2f}"
        )
    if report.wrong:
        click.echo(
            f"\nDisagreements ({len(report.wrong)}; showing {min(show, len(report.wrong))}):"
        )
    for item in report.wrong[:show]:
        ex = item.example
        click.echo(f"\n{labelled}:{ex.line}: you said {ex.level}, the rubric said {item.predicted}")
        click.echo(f"  reply: {printable(ex.response)}")
        fired = item.result.skills[skill].evidence
        if ex.flags is not None:
            click.echo(
                f"  flags: you said {sorted(ex.flags)}, the rubric said {sorted(item.result.skills[skill].flags)}"
            )
        if fired:
            for ev in fired:
                click.echo(f'  cue fired: {ev.criterion} on "{printable(ev.text)}"')
        else:
            click.echo("  no cue fired")
    _print_pattern_timings(rubric_file, rubric_set, skill)


def _print_pattern_timings(rubric_file: Path, rubric_set: RubricSet, skill: str) -> None:
    """Each pattern timed against adversarial replies: a slow one would freeze scoring."""
    from simulator.content.rubric_check import PATTERN_BUDGET, time_patterns

    timings = time_patterns(rubric_file, rubric_set, skill)
    if not timings:
        return
    slow = [t for t in timings if t.too_slow]
    worst = timings[0]
    click.echo(
        f"\nPattern speed: {len(timings)} patterns timed against adversarial replies up to "
        f"4,000 characters; slowest {worst.seconds * 1000:.1f} ms ({worst.criterion}; "
        f"budget {PATTERN_BUDGET * 1000:.0f} ms)"
    )
    for t in slow:
        click.echo(
            f"{t.where}: pattern '{printable(t.pattern[:60])}' took {t.seconds * 1000:.0f} ms on "
            f"{t.length} characters; it backtracks, so rewrite it (see 'validate')"
        )


@main.command()
@click.option("--trainee", help="Only this trainee's sessions.")
@click.option(
    "--limit", default=50, show_default=True, help="How many sessions to list (0 for all)."
)
@click.pass_context
def history(ctx: click.Context, trainee: str | None, limit: int) -> None:
    """List past practice sessions, newest first."""
    from simulator.store.export import origin_text

    store = _open_store(ctx.obj["data_dir"])
    rows = store.sessions(trainee=trainee, limit=limit or None)
    if trainee == GUEST and not rows:  # practice kept without a name is listed as guest
        rows = [r for r in store.sessions() if not r.trainee][: limit or None]
    if not rows:
        click.echo("No practice yet." if trainee is None else f"No practice yet for {trainee}.")
        return
    for row in rows:
        click.echo(
            f"{row.id}  {row.started_at[:16].replace('T', ' ')}  {printable(row.trainee) or GUEST:<12}  "
            f"{printable(row.scenario_title)}  ·  {row.turns} repl{'y' if row.turns == 1 else 'ies'}  ·  {printable(row.outcome)}"
            + (f"  ·  {printable(origin_text(row.origin))}" if row.origin else "")
        )


@main.command()
@click.argument("session_id", required=False)
@click.option(
    "--all", "everything", is_flag=True, help="Every session (or every session of --trainee)."
)
@click.option("--trainee", help="With --all: only this trainee's sessions.")
@click.option(
    "--format", "fmt", type=click.Choice(["md", "json", "html"]), default="md", show_default=True
)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write to a file (owner-only).",
)
@click.pass_context
def export(
    ctx: click.Context,
    session_id: str | None,
    everything: bool,
    trainee: str | None,
    fmt: str,
    output: Path | None,
) -> None:
    """Export a transcript with scores for supervision: SESSION (an id from 'history') or --all
    (with --all, the private journal of reflections and check-ins comes too)."""
    from simulator.store.export import export as render

    if bool(session_id) == everything:
        _fail("name one SESSION (from 'peer-practice history') or use --all", 2)
    store = _open_store(ctx.obj["data_dir"])
    if everything:
        rows = list(reversed(store.sessions(trainee=trainee)))
    else:
        row = store.session(session_id or "")
        if row is None:
            _fail(f"no session '{session_id}'; 'peer-practice history' lists them", 2)
        rows = [row]
    text = render(store, rows, fmt, _scenario_finder(ctx))
    if everything:  # the private journal goes with all of someone's sessions
        from simulator.practice.course_store import journal_entries
        from simulator.practice.journal_export import add_journal

        text = add_journal(text, fmt, journal_entries(store, trainee))
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        fd = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:
        _fail(f"cannot write {output}: {exc.strerror}")
    click.echo(f"Wrote {len(rows)} session{'' if len(rows) == 1 else 's'} to {output}", err=True)


@main.command()
@click.option("--trainee", help="Delete everything kept for this trainee.")
@click.option(
    "--all", "everything", is_flag=True, help="Delete every trainee's practice on this machine."
)
@click.option("--yes", is_flag=True, help="Don't ask for confirmation.")
@click.pass_context
def forget(ctx: click.Context, trainee: str | None, everything: bool, yes: bool) -> None:
    """Delete practice for real (rows removed, database compacted), after a confirmation."""
    if bool(trainee) == everything:
        _fail("say whose practice to delete: --trainee NAME, or --all", 2)
    store = _open_store(ctx.obj["data_dir"])
    # `history` lists practice kept without a name as "guest", so that name reaches it.
    guest = trainee == GUEST and any(not row.trainee for row in store.sessions())
    if trainee and not guest and not store.knows(trainee):
        _fail(f"no trainee called '{trainee}' on this machine", 2)
    who = "everyone's practice on this machine" if everything else f"all of {trainee}'s practice"
    if guest:
        who = "all practice kept without a name (listed as guest)" + (
            f" and all of {trainee}'s practice" if store.knows(trainee or "") else ""
        )
    if not yes:
        if not sys.stdin.isatty():
            _fail("forget needs a confirmation; run it in a terminal or add --yes", 2)
        if not click.confirm(f"Delete {who}? This cannot be undone", default=False):
            click.echo("Nothing was deleted.")
            return
    count = store.forget_guest() if guest else 0
    if not guest or store.knows(trainee or ""):
        count += store.forget(trainee=trainee, everything=everything)
    click.echo(
        f"Deleted {who} ({count} session{'' if count == 1 else 's'}). "
        "The database was compacted so the text is gone."
    )


@main.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on. Anything but loopback needs this flag and prints a join link "
    "with an access token.",
)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.pass_context
def serve(ctx: click.Context, host: str, port: int) -> None:
    """Open the app in browser tabs for a training room (each tab is its own practice window;
    tabs practise together in rooms, Ctrl+B)."""
    try:
        from simulator.web.serve import make_server
    except ImportError as exc:  # pragma: no cover - a broken install
        _fail(f"serving needs textual-serve ({exc}); reinstall Peer Practice")
    # Check the content and the store now, not in every tab.
    _library(ctx.obj["scenarios"], _rubrics(ctx.obj["rubrics"]))
    _open_store(ctx.obj["data_dir"]).close()
    options = ["--tui", "--shared"]
    for flag, key in (
        ("--scenarios", "scenarios"),
        ("--rubrics", "rubrics"),
        ("--data-dir", "data_dir"),
    ):
        if ctx.obj[key] is not None:
            options += [flag, str(Path(ctx.obj[key]).resolve())]
    server = make_server(host, port, options)
    try:
        server.serve()
    except OSError as exc:
        hint = (
            f"port {port} is in use; choose another with --port"
            if exc.errno in (98, 48, 10048)
            else f"check the address '{host}' (use an address of this computer)"
        )
        _fail(f"can't listen on {host}:{port} ({exc.strerror or exc}); {hint}", 2)


@main.group()
def room() -> None:
    """Pair practice in a room, line by line (screen readers, scripts); the app has Ctrl+B."""


# room.ROLES, spelled out so `--help` doesn't import the scorer (a test keeps them equal).
ROLE = click.Choice(["peer", "counsellor", "observer"])


@room.command("start")
@click.argument("scenario")
@click.option("--name", required=True, help="Your name in the room.")
@click.option("--role", type=ROLE, default="peer", show_default=True)
@click.pass_context
def room_start(ctx: click.Context, scenario: str, name: str, role: str) -> None:
    """Start a room for SCENARIO (its id, as `peer-practice scenarios` lists) and take part;
    its code is printed for the others."""
    from simulator.practice.room import RoomClient, pretty_code
    from simulator.scoring import Scorer

    rubrics = _rubrics(ctx.obj["rubrics"])
    library = _library(ctx.obj["scenarios"], rubrics)
    chosen = _find_scenario(scenario, library, rubrics)
    store = _open_store(ctx.obj["data_dir"])
    scorer = Scorer(rubrics)
    if not _before_the_room(ctx, chosen, scorer, store, library):
        return
    client = _room_call(lambda: RoomClient.create(store, chosen, scorer, name, role))
    click.echo(f"Room code: {pretty_code(client.code)} (the others join with it)")
    _play_room(client, store)


@room.command("join")
@click.argument("code")
@click.option("--name", required=True, help="Your name in the room.")
@click.option("--role", type=ROLE, default="counsellor", show_default=True)
@click.pass_context
def room_join(ctx: click.Context, code: str, name: str, role: str) -> None:
    """Join the room with this CODE (as the app shows it, e.g. KX7-4PQ)."""
    from simulator.practice.room import RoomClient, normalise_code
    from simulator.scoring import Scorer

    rubrics = _rubrics(ctx.obj["rubrics"])
    library = _library(ctx.obj["scenarios"], rubrics)
    store = _open_store(ctx.obj["data_dir"])
    normal = _room_call(lambda: normalise_code(code))
    chosen = _room_call(lambda: RoomClient.scenario_of(store, normal, library.get))
    scorer = Scorer(rubrics)
    if not _before_the_room(ctx, chosen, scorer, store, library):
        return
    client = _room_call(lambda: RoomClient.join(store, normal, chosen, scorer, name, role))
    _play_room(client, store)


def _room_call(action: Callable[[], T]) -> T:
    from simulator.practice.room import RoomError

    try:
        return action()
    except RoomError as exc:
        _fail(str(exc))
    except sqlite3.Error as exc:
        _fail(f"the practice store can't be used just now ({exc}); try again")


def _scenario_finder(ctx: click.Context) -> Callable[[str], Scenario | None] | None:
    """The library's `get`, for exports to show what the peer said; None (and the
    transcript without the peer's scripted lines) when the scenarios can't be loaded."""
    from simulator.content.loading import load_library, require_rubrics

    try:
        rubrics = require_rubrics(ctx.obj["rubrics"])
        return load_library(ctx.obj["scenarios"] or scenarios_dir(), rubrics).get
    except (ContentError, OSError):
        return None


def _play_room(client: RoomClient, store: Store) -> None:
    import signal

    from simulator.plain.room import PlainRoom

    def ended(*_: object) -> None:  # SIGTERM, or SIGHUP (the terminal closed)
        raise KeyboardInterrupt

    for name in ("SIGTERM", "SIGHUP"):
        if (number := getattr(signal, name, None)) is not None:
            signal.signal(number, ended)
    try:
        PlainRoom(client, _read_line, sys.stdout, store=store, described=True).run()
    except KeyboardInterrupt:
        client.leave()
        with suppress(OSError):  # the terminal may be gone
            click.echo("\nYou left the room.")
    except sqlite3.Error as exc:
        _fail(f"the room can't be reached just now ({exc}); join again with the same name")


@rubric.command("fit")
@click.argument("rubric_file", metavar="RUBRIC", type=PATH)
@click.option(
    "--labelled",
    required=True,
    multiple=True,
    type=PATH,
    help="Labelled replies: .jsonl, .yaml or .csv with response and labels.SKILL (or level). "
    "Repeat to fit on several files; each counts equally.",
)
@click.option("--write", is_flag=True, help="Put the fitted values into RUBRIC (comments kept).")
@click.pass_context
def rubric_fit(
    ctx: click.Context, rubric_file: Path, labelled: tuple[Path, ...], write: bool
) -> None:
    """Fit RUBRIC's criterion weights and level thresholds to labelled replies."""
    from simulator.scoring.rubric_fit import run_fit

    run_fit(ctx.obj["scenarios"], rubric_file, labelled, write, click.echo, _print_problems, _fail)


@main.command()
@click.pass_context
def calibration(ctx: click.Context) -> None:
    """Agreement between observers' ratings (pair practice) and the automatic scores."""
    from simulator.practice.pair import SKILLS, agreement

    store = _open_store(ctx.obj["data_dir"])
    pairs = store.ratings()
    if not pairs:
        click.echo("No observer ratings yet. They are collected in pair practice.")
        return
    click.echo(f"{'skill':<14}{'rated':>6}{'exact':>8}{'within 1':>10}{'kappa':>8}")
    for row in agreement({s: pairs.get(s, []) for s in SKILLS}):
        kappa = "—" if row.kappa is None else f"{row.kappa:.2f}"
        click.echo(
            f"{row.skill:<14}{row.rated:>6}{row.exact:>8.0%}{row.within_one:>10.0%}{kappa:>8}"
        )


@main.command()
@click.argument("source", type=click.File("rb"), default="-")
@click.option(
    "--jobs",
    type=click.IntRange(1, 64),
    default=None,
    help="Processes scoring a large batch at once (default: the number of cores, at most 8). "
    "1 scores in this process. The output is the same either way.",
)
@click.pass_context
def score(ctx: click.Context, source: BinaryIO, jobs: int | None) -> None:
    """Score replies in JSONL: {"id", "context", "response"} in, one JSON line out per input."""
    from simulator.cli.score_input import LINE_BUDGET, score_stream
    from simulator.cli.score_workers import WorkerLost, default_jobs, score_in_workers
    from simulator.scoring import Scorer
    from simulator.scoring.score_contract import Moments, answer

    rubrics = _rubrics(ctx.obj["rubrics"])
    # Building the scorer makes ~100,000 objects that live as long as the process (the
    # prefilter's needed-string sets, the units' kept records): the cyclic collector walked
    # them again at each of its passes while they were being made, and then at each full
    # pass while replies were scored. Held off until it is built; then they are moved out of
    # its way (`gc.freeze()`, as the workers do) and it is switched back on.
    collecting = gc.isenabled()
    gc.disable()
    try:
        scorer, moments = Scorer(rubrics), Moments(ctx.obj["scenarios"], rubrics)
        gc.freeze()
    finally:
        if collecting:
            gc.enable()
    out = sys.stdout.buffer
    jobs = default_jobs() if jobs is None else jobs

    def load_scenarios(head: list[tuple[int, int, bytes | None]]) -> None:
        # Lines that name a moment need the scenarios: loaded once here, not in each worker.
        if any(raw is not None and b'"scenario"' in raw for _, _, raw in head):
            moments.library  # noqa: B018 (loads and keeps them)

    try:
        # `answer` itself, not a wrapper with its own imports: an import statement per line
        # cost more than the JSON decoding of the line.
        if jobs == 1:
            score_stream(source, out, lambda number, item: answer(scorer, moments, number, item))
        else:
            score_in_workers(
                source,
                out,
                lambda number, item: answer(scorer, moments, number, item),
                jobs,
                LINE_BUDGET,
                load_scenarios,
            )
        out.flush()
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (e.g. `| head`): stop quietly
    except WorkerLost as exc:
        _fail(str(exc))


# ------------------------------------------------------------- facilitator tools (issue 12)


def _open_for_author(ctx: click.Context, ref: str, rubrics: RubricSet) -> list[Opened]:
    """SCENARIO (an id), FILE or DIR as the facilitator tools take them; a file that isn't
    a well-formed scenario ends in its problems."""
    from simulator.content.opening import open_scenario
    from simulator.content.validate import expand

    path = Path(ref)
    if path.is_dir() or path.suffix in {".yaml", ".yml"} or path.exists():
        files, problems = expand([path])
        if problems:
            _print_problems(problems)
            _fail(f"{ref}: nothing to open", 2)
        opened = [open_scenario(f, rubrics) for f in files if not _is_rubric(f)]
        if not opened:
            _fail(f"{ref}: no scenario files there (only rubrics)", 2)
        broken = [o for o in opened if o.scenario is None]
        for item in broken:
            _print_problems(item.problems)
        if broken:
            _fail(f"{len(broken)} file(s) are not well-formed scenarios; fix them (see above)")
        return opened
    library = _library(ctx.obj["scenarios"], rubrics)
    chosen = _find_scenario(ref, library, rubrics)
    return [open_scenario(library.paths[chosen.id], rubrics)]


def _is_rubric(path: Path) -> bool:
    from simulator.content.validate import _looks_like_rubric

    return _looks_like_rubric(path)


@main.command("map")
@click.argument("scenario")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "mermaid", "dot"]),
    default="text",
    show_default=True,
    help="text for the terminal; mermaid or dot (Graphviz) for documents and slides.",
)
@click.pass_context
def map_command(ctx: click.Context, scenario: str, fmt: str) -> None:
    """The branch structure of SCENARIO (an id or a .yaml file): moments, conditions, endings."""
    from simulator.content.branch_map import render_dot, render_mermaid, render_text

    rubrics = _rubrics(ctx.obj["rubrics"])
    found = _open_for_author(ctx, scenario, rubrics)
    if len(found) != 1:
        _fail(f"{scenario}: name one scenario (an id or a .yaml file), not a folder", 2)
    opened = found[0]
    assert opened.scenario is not None
    render = {"text": render_text, "mermaid": render_mermaid, "dot": render_dot}[fmt]
    click.echo(render(opened.scenario), nl=False)
    errors = [p for p in opened.problems if p.is_error]
    if errors:
        click.echo(
            f"{opened.path}: {len(errors)} problem(s) keep this scenario from being played; "
            f"'peer-practice validate {opened.path}' lists them",
            err=True,
        )


@main.command()
@click.argument("target", metavar="SCENARIO|FILE|DIR")
@click.option(
    "--full-coverage",
    is_flag=True,
    help="Also fail when some moment or ending is reached by no example reply.",
)
@click.pass_context
def playtest(ctx: click.Context, target: str, full_coverage: bool) -> None:
    """Score every moment's example replies in that moment, play every path they drive, and
    report what scores against its label or is never reached. Exit 1 on any finding."""
    from simulator.content.playtest import playtest as run
    from simulator.content.playtest import playtest_problems, report_lines
    from simulator.scoring import Scorer

    rubrics = _rubrics(ctx.obj["rubrics"])
    opened = _open_for_author(ctx, target, rubrics)
    scorer = Scorer(rubrics)
    failed = 0
    for item in opened:
        assert item.scenario is not None
        report = run(item.scenario, scorer)
        click.echo("\n".join(report_lines(report)))
        _print_problems(playtest_problems(report, item.path))
        click.echo("")
        failed += not report.passed(full_coverage=full_coverage)
    if failed:
        _fail(f"{failed} of {len(opened)} scenario(s) did not pass the playtest")
    click.echo(f"All {len(opened)} scenario(s) passed the playtest.")


@main.group()
def new() -> None:
    """Start a new file from a template that validates and plays as written."""


@new.command("scenario")
@click.argument("scenario_id", metavar="ID")
@click.option(
    "--from",
    "source",
    metavar="EXISTING",
    help="Start from a copy of this scenario (an id or a .yaml file) instead of the template.",
)
@click.option(
    "--output",
    "-o",
    type=PATH,
    help="Where to write it (default: ID.yaml in the current folder).",
)
@click.pass_context
def new_scenario(
    ctx: click.Context, scenario_id: str, source: str | None, output: Path | None
) -> None:
    """Write a starting scenario file called ID: one moment, two endings, every field explained."""
    from simulator.content.scaffold import ScaffoldError, new_scenario_text, write_new

    target = output or Path(f"{scenario_id}.yaml")
    source_path: Path | None = None
    if source is not None:
        source_path = Path(source)
        if not (source_path.suffix in {".yaml", ".yml"} or source_path.exists()):
            rubrics = _rubrics(ctx.obj["rubrics"])
            library = _library(ctx.obj["scenarios"], rubrics)
            source_path = library.paths[_find_scenario(source, library, rubrics).id]
        elif not source_path.is_file():
            _fail(f"{source}: no such scenario file", 2)
    try:
        write_new(target, new_scenario_text(scenario_id, target, source_path))
    except ScaffoldError as exc:
        _fail(str(exc), 2)
    click.echo(f"Wrote {target}. Next: edit it, then 'peer-practice studio {target.parent}'.")


@main.command()
@click.argument("folder", metavar="[DIR]", required=False, type=PATH)
@click.pass_context
def studio(ctx: click.Context, folder: Path | None) -> None:
    """Open the app on your folder of scenarios (default: --scenarios, else this folder):
    problems, the map, play from any moment; reloads each file when you save it."""
    chosen = folder or ctx.obj["scenarios"] or Path.cwd()
    if not chosen.is_dir():
        _fail(f"{chosen}: no such folder; give the folder your scenario files are in", 2)
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        _fail("the studio needs a terminal; for scripts use 'validate', 'playtest' and 'map'", 2)
    from simulator.tui.app import run_app

    run_app(chosen, ctx.obj["rubrics"], ctx.obj["data_dir"], studio=chosen)


if __name__ == "__main__":  # pragma: no cover
    main()


# ---------------------------------------------------------------------- the course path


def _course(ctx: click.Context) -> tuple[Course, RubricSet]:
    from simulator.content.course_loading import load_courses
    from simulator.content.loading import load_library

    rubrics = _rubrics(ctx.obj["rubrics"])
    library = load_library(ctx.obj["scenarios"] or scenarios_dir(), rubrics)
    courses = load_courses(
        rubrics, ctx.obj["courses"], scenario_ids={s.id for s in library.scenarios}
    )
    errors = [p for p in courses.problems if p.is_error]
    if courses.main is None:
        _print_problems(errors)
        _fail("no course could be loaded; 'peer-practice validate' lists the problems")
    return courses.main, rubrics


def _unit(course: Course, ref: str) -> Unit:
    unit = course.unit(ref)
    if unit is None:
        ids = ", ".join(u.id for u in course.units)
        _fail(f"no unit '{ref}'; use a number 1-{len(course.units)} or an id: {ids}", 2)
    return unit


@main.command()
@click.option("--trainee", help="Whose progress to show (default: the last one practising).")
@click.pass_context
def course(ctx: click.Context, trainee: str | None) -> None:
    """Show the course path: where you are, what's next, and each unit's progress."""
    from simulator.plain.course import path_text
    from simulator.practice.course_store import CourseStore

    chosen, rubrics = _course(ctx)
    titles = {s.id: s.title for s in _library(ctx.obj["scenarios"], rubrics).scenarios}
    store = _open_store(ctx.obj["data_dir"])
    name = trainee or ctx.obj["trainee"] or store.last_trainee() or ""
    click.echo(path_text(chosen, CourseStore(store, name).progress(chosen), titles))


@main.command()
@click.argument("unit")
@click.pass_context
def lesson(ctx: click.Context, unit: str) -> None:
    """Read UNIT's lesson (a number on the path or a unit id)."""
    from simulator.plain.course import lesson_text
    from simulator.practice.course_store import CourseStore

    chosen, rubrics = _course(ctx)
    found = _unit(chosen, unit)
    click.echo(lesson_text(chosen, found, rubrics))
    store = _open_store(ctx.obj["data_dir"])
    try:
        CourseStore(store, _whose(store, ctx.obj["trainee"])).lesson_read(chosen.id, found.id)
    except (sqlite3.Error, OSError) as exc:
        _fail(f"the lesson was shown but couldn't be marked as read ({exc})")


@main.command()
@click.argument("unit")
@click.option("--plain", is_flag=True, help="Line-based mode (the default when not in a terminal).")
@click.pass_context
def drill(ctx: click.Context, unit: str, plain: bool) -> None:
    """A drill set for UNIT (a number on the path or a unit id): quick replies, instant feedback."""
    from simulator.plain.course import PlainCourse
    from simulator.practice.course_store import CourseStore
    from simulator.scoring import Scorer

    chosen, rubrics = _course(ctx)
    found = _unit(chosen, unit)
    plain = plain or bool(ctx.obj.get("plain"))
    if _opened_tui(ctx, plain, drill=found.id, courses=ctx.obj["courses"]):
        return
    store = _open_store(ctx.obj["data_dir"])
    name = _whose(store, ctx.obj["trainee"])
    who = f"as {printable(name)}" if name else "as a guest"
    click.echo(f"Practising {who}: drill progress and journal are kept under this name.")
    progress = CourseStore(store, name)
    try:
        PlainCourse(chosen, Scorer(rubrics), progress, sys.stdout, _read_line).run_drill(found)
    except KeyboardInterrupt:
        _fail("stopped. Every answer you gave is kept.", 130)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)
    except (sqlite3.Error, OSError) as exc:
        _fail(f"could not save your practice ({exc}). Free some disk space or use --data-dir.")
    finally:
        store.close()


@main.command()
@click.option("--trainee", help="Whose journal (default: the last one practising).")
@click.pass_context
def journal(ctx: click.Context, trainee: str | None) -> None:
    """Read your private journal: reflections and check-ins, oldest first."""
    from simulator.practice.course_store import journal_entries

    store = _open_store(ctx.obj["data_dir"])
    name = trainee or ctx.obj["trainee"] or store.last_trainee() or ""
    entries = journal_entries(store, name)
    if not entries:
        click.echo("Your journal is empty. Reflections and check-ins will appear here.")
        return
    for entry in entries:
        rating = f" (arriving: {entry.rating} of 5)" if entry.rating is not None else ""
        click.echo(f"{entry.at[:16].replace('T', ' ')}  {entry.kind}{rating}")
        if entry.prompt:
            click.echo(f"  {printable(entry.prompt)}")
        if entry.entry:
            click.echo(f"  {printable(entry.entry)}")


@main.command("check-ins")
@click.argument("choice", type=click.Choice(["on", "off"]), required=False)
@click.option("--trainee", help="Whose setting (default: the last one practising).")
@click.pass_context
def check_ins(ctx: click.Context, choice: str | None, trainee: str | None) -> None:
    """Whether the optional check-in ("How are you arriving today?") is offered before
    content with content notes: on (the default) or off, remembered under your name."""
    from simulator.practice.trainee_settings import CHECK_INS_ON, TraineeSettings

    store = _open_store(ctx.obj["data_dir"])
    name = trainee or ctx.obj["trainee"] or store.last_trainee() or ""
    settings = TraineeSettings(store, name)
    who = f"for {printable(name)}" if name else "for a guest"
    if choice is not None:
        try:
            settings.offer_check_ins(choice == "on")
        except sqlite3.Error as exc:
            _fail(f"could not save the setting ({exc}). Free some disk space or use --data-dir.")
        click.echo(
            f"{CHECK_INS_ON[:-1]} ({who})."
            if choice == "on"
            else f"Check-ins won't be offered {who}. 'peer-practice check-ins on' brings them back."
        )
        return
    state = "on" if settings.check_ins_offered else "off"
    click.echo(f"Check-ins are {state} {who}. Change it with 'peer-practice check-ins on|off'.")


def _before_the_room(
    ctx: click.Context, scenario: Scenario, scorer: Scorer, store: Store, library: Library
) -> bool:
    """Before `room start/join` takes a seat, as before `play`: the scenario and its content
    notes, then, in a terminal, the choice to go on and the optional check-in (once the
    notes are read, before anyone holds a seat). False when they chose not to go on."""
    from simulator.plain.practice import describe

    click.echo(describe(scenario))
    if not sys.stdin.isatty():  # a script's lines are room lines, never answers to these
        return True
    answer = _read_line("Press Enter to go into the room, or type 'skip' to choose another time: ")
    if answer is None or answer.strip().lower() in {"skip", "s", "n", "no", "q"}:
        click.echo("Skipped. That's always okay.")
        return False
    name = _whose(store, ctx.obj["trainee"])
    return _checked_in(scenario, scorer, store, name, ctx.obj["courses"], library)
