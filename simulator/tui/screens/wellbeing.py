"""The emotional scaffolding around the course: check-in, the gentle choices after a low
check-in, check-out, reflection into the private journal, and the support card.

All of it is optional and never scored; every screen can be closed with Escape, and no
choice is framed as better than another.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static, TextArea

from simulator.content.course import SupportCard
from simulator.practice.course_text import (
    CHECK_IN_HINT,
    CHECK_IN_QUESTION,
    CHECK_IN_SCALE,
    CHECK_OUT_TITLE,
    GROUNDING,
    LOW_ANSWER,
    LOW_CHOICES,
    SELF_CARE_DEFAULT,
    support_lines,
)
from simulator.practice.trainee_settings import CHECK_INS_OFF_LABEL
from simulator.safe_text import printable
from simulator.tui.widgets.footer import Footer


class CheckInScreen(ModalScreen[tuple[int, str] | None]):
    """Returns (rating 1-5, optional words), or None when skipped."""

    CSS_PATH = "../course.tcss"
    BINDINGS = [
        Binding("escape", "skip", "Skip", id="skip_check_in"),
        *[Binding(str(n), f"rate({n})", show=False) for n in range(1, 6)],
    ]

    def __init__(self) -> None:
        super().__init__()
        self.rating: int | None = None
        #: The trainee chose not to be offered check-ins any more (it closes as skipped).
        self.turned_off = False

    def compose(self) -> ComposeResult:
        with Vertical(id="check-in-box", classes="course-box"):
            yield Static(Text(CHECK_IN_QUESTION, style="bold"), classes="box-title")
            yield Static(Text(CHECK_IN_HINT), classes="hint")
            with Horizontal(id="check-in-scale"):
                for n in CHECK_IN_SCALE:
                    yield Button(str(n), id=f"rate-{n}", compact=True)
            yield Static(
                Text(" · ".join(f"{n} {label}" for n, label in CHECK_IN_SCALE.items())),
                id="check-in-words-for-numbers",
                classes="hint",
            )
            yield Input(placeholder="A few words, if you like (optional)", id="check-in-words")
            with Horizontal(classes="box-buttons"):
                yield Button("Continue", id="continue", variant="primary")
                yield Button("Skip", id="skip")
                yield Button(CHECK_INS_OFF_LABEL, id="check-ins-off")

        yield Footer()  # this window's keys, not the screen's under it

    def on_mount(self) -> None:
        self.query_one("#rate-3", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        button = event.button.id or ""
        if button.startswith("rate-"):
            self.action_rate(int(button.removeprefix("rate-")))
        elif button == "continue":
            self.finish()
        elif button == "check-ins-off":
            self.turned_off = True
            self.action_skip()
        else:
            self.action_skip()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.finish()

    def action_rate(self, rating: int) -> None:
        """Choose a number (a key or a button); then Enter in the words box goes on."""
        self.rating = rating
        for n in CHECK_IN_SCALE:
            self.query_one(f"#rate-{n}", Button).variant = "primary" if n == rating else "default"
        self.query_one("#check-in-words", Input).focus()

    def finish(self) -> None:
        if self.rating is None:
            self.notify("Pick a number from 1 to 5, or Skip.", timeout=3)
            return
        self.dismiss((self.rating, self.query_one("#check-in-words", Input).value.strip()))

    def action_skip(self) -> None:
        self.dismiss(None)


class LowCheckInScreen(ModalScreen[str]):
    """After a low check-in: "pause", "lighter", "stop" or "continue"."""

    CSS_PATH = "../course.tcss"
    BINDINGS = [Binding("escape", "choose('continue')", "Carry on", id="carry_on")]

    def __init__(self, lighter_title: str) -> None:
        super().__init__()
        self.lighter_title = lighter_title

    def compose(self) -> ComposeResult:
        with Vertical(id="low-box", classes="course-box"):
            yield Static(Text(LOW_ANSWER), classes="box-title")
            for choice, label in LOW_CHOICES.items():
                if choice == "lighter" and self.lighter_title:
                    label = f"{label}: {printable(self.lighter_title)}"
                yield Button(label, id=choice, classes="choice")

        yield Footer()  # this window's keys, not the screen's under it

    def on_mount(self) -> None:
        self.query_one("#pause", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id or "continue")

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)


class CheckOutScreen(ModalScreen[str | None]):
    """After heavy content: grounding and one self-care prompt. Returns optional words."""

    CSS_PATH = "../course.tcss"
    BINDINGS = [Binding("escape", "done", "Done", id="check_out_done")]

    def __init__(self, self_care: str = "") -> None:
        super().__init__()
        self.self_care = self_care or SELF_CARE_DEFAULT

    def compose(self) -> ComposeResult:
        with Vertical(id="check-out-box", classes="course-box"):
            yield Static(Text(CHECK_OUT_TITLE, style="bold"), classes="box-title")
            yield Static(Text(GROUNDING), id="check-out-grounding")
            yield Static(Text(printable(self.self_care), style="italic"), id="self-care")
            yield Input(placeholder="A note to yourself (optional, private)", id="check-out-words")
            with Horizontal(classes="box-buttons"):
                yield Button("Done", id="done", variant="primary")

        yield Footer()  # this window's keys, not the screen's under it

    def on_mount(self) -> None:
        self.query_one("#done", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_done()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_done()

    def action_done(self) -> None:
        self.dismiss(self.query_one("#check-out-words", Input).value.strip() or None)


class ReflectionScreen(ModalScreen[str | None]):
    """A unit's closing question; the answer goes to the private journal."""

    CSS_PATH = "../course.tcss"
    BINDINGS = [Binding("escape", "cancel", "Not now", id="not_now")]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="reflection-box", classes="course-box"):
            yield Static(Text("Reflection", style="bold"), classes="box-title")
            yield Static(Text(printable(self.question)))
            yield Static(
                Text("Only you see this. It stays on this computer, in your journal."),
                classes="hint",
            )
            yield TextArea(id="reflection-text", soft_wrap=True, show_line_numbers=False)
            with Horizontal(classes="box-buttons"):
                yield Button("Save to journal", id="save", variant="primary")
                yield Button("Not now", id="cancel")

        yield Footer()  # this window's keys, not the screen's under it

    def on_mount(self) -> None:
        self.query_one("#reflection-text", TextArea).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "save":
            self.dismiss(self.query_one("#reflection-text", TextArea).text.strip() or None)
        else:
            self.action_cancel()

    def action_cancel(self) -> None:
        self.dismiss(None)


class SupportScreen(ModalScreen[None]):
    """The support card: the program's contacts and a crisis line."""

    CSS_PATH = "../course.tcss"
    BINDINGS = [Binding("escape", "close", "Close", id="close_support")]

    def __init__(self, card: SupportCard) -> None:
        super().__init__()
        self.card = card

    def compose(self) -> ComposeResult:
        with Vertical(id="support-box", classes="course-box"):
            yield Static(Text("Support", style="bold"), classes="box-title")
            yield Static(Text("\n".join(support_lines(self.card))), id="support-text")
            with Horizontal(classes="box-buttons"):
                yield Button("Close", id="close", variant="primary")

        yield Footer()  # this window's keys, not the screen's under it

    def on_mount(self) -> None:
        self.query_one("#close", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)
