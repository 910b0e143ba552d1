"""Pick or create a trainee profile: a local pseudonym, no password."""

from __future__ import annotations

import sqlite3

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from simulator.store.profiles import ProfileError, Profiles
from simulator.tui.widgets.footer import Footer


class ProfileScreen(ModalScreen[str | None]):
    """Returns the chosen pseudonym, or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="cancel")]

    def __init__(self, profiles: Profiles, *, list_names: bool = True) -> None:
        super().__init__(id="profile")
        self.profiles = profiles
        self.list_names = list_names
        self.names = profiles.names if list_names else []

    def compose(self) -> ComposeResult:
        with Vertical(id="profile-box"):
            yield Static(Text("Who's practising?", style="bold"))
            hint = (
                "Pick your name or type a new one. A nickname is fine: it stays on this "
                "computer and is only used to keep your practice apart from others'."
                if self.list_names
                else "Type a nickname. This computer is shared by the training room, so the "
                "names used on it are not listed."
            )
            yield Static(Text(hint), classes="hint")
            if self.names:
                yield OptionList(
                    *[Option(Text(name), id=f"p{i}") for i, name in enumerate(self.names)],
                    id="profile-list",
                )
            yield Input(placeholder="New name, then Enter", id="new-name", max_length=40)
            yield Static("", id="profile-error", classes="error")
        yield Footer()  # this window's keys, not the screen's under it

    def on_mount(self) -> None:
        target = "#profile-list" if self.names else "#new-name"
        self.query_one(target).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.names[event.option_index])

    def on_input_submitted(self, event: Input.Submitted) -> None:
        try:
            name = self.profiles.add(event.value)
        except ProfileError as exc:
            self.query_one("#profile-error", Static).update(Text(str(exc)))
            return
        except (OSError, sqlite3.Error) as exc:
            self.query_one("#profile-error", Static).update(
                Text(f"Couldn't save the name ({exc}); you can still practise.")
            )
            name = event.value.strip()
        self.dismiss(name)

    def action_cancel(self) -> None:
        self.dismiss(None)
