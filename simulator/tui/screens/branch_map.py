"""The branch map inside the app (palette: "Map of this scenario"): the same layered list as
`peer-practice map`, with the moment being practised highlighted."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from simulator.content.branch_map import build_map, map_lines
from simulator.content.scenario import Scenario
from simulator.safe_text import printable
from simulator.tui.widgets.footer import Footer


def map_text(scenario: Scenario, current: str | None = None) -> Text:
    """The map as Rich text (scenario words literal, never markup); the lines of `current`
    are highlighted and its first line marked with ▶."""
    text = Text()
    marked = False
    for line in map_lines(build_map(scenario)):
        shown = printable(line.text)
        if current is not None and line.node == current:
            if not marked:
                shown = "▶" + shown[1:]
                marked = True
            text.append(shown, style="reverse bold")
        elif line.node == "" and line.text and not line.text.startswith(" "):
            text.append(shown, style="bold")
        else:
            text.append(shown)
        text.append("\n")
    return text


class MapScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    MapScreen { align: center middle; background: $background 70%; }
    #map-box { width: 96%; height: 92%; border: round $primary; padding: 0 1; }
    #map-scroll { height: 1fr; }
    #map-hint { color: $text-muted; height: 1; }
    """
    BINDINGS = [Binding("escape,q", "dismiss", "Close", id="close_map")]

    def __init__(self, scenario: Scenario, current: str | None = None) -> None:
        super().__init__(id="map")
        self.scenario = scenario
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="map-box"):
            with VerticalScroll(id="map-scroll"):
                yield Static(map_text(self.scenario, self.current), id="map-text")
            hint = "▶ marks the moment you are at.  " if self.current else ""
            yield Static(f"{hint}Esc closes the map.", id="map-hint")
        yield Footer()  # this window's keys, not the screen's under it

    def on_mount(self) -> None:
        self.query_one("#map-scroll").focus()


class PlaytestScreen(MapScreen):
    """The playtest of one scenario (`peer-practice playtest`), in the studio."""

    def __init__(self, scenario: Scenario, lines: list[str]) -> None:
        super().__init__(scenario)
        self.lines = lines

    def compose(self) -> ComposeResult:
        with Vertical(id="map-box"):
            with VerticalScroll(id="map-scroll"):
                yield Static(Text("\n".join(printable(line) for line in self.lines)), id="map-text")
            yield Static("Esc closes the playtest.", id="map-hint")
