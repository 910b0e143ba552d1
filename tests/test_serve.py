"""`peer-practice serve`: the app in browser tabs.

Without a browser: beyond loopback every request needs the token (403 and no app process
without it), the page fetches nothing from the internet, and a busy port is one message.
With Debian's Chromium (headless, driven by Playwright, no browser download): the page
loads, a scenario starts, and a reply gets feedback, which is also kept in the store.
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import aiohttp
import pytest

from simulator.store.database import Store
from tests.helpers import CLI, ROOT, cli_env, run_cli

if TYPE_CHECKING:
    from playwright.sync_api import Browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ANSI = re.compile(r"\x1b(\[[0-9;?$]*[a-zA-Z]|\][^\x07]*\x07)")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(data: Path, *args: str) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """`peer-practice serve` in its own process; yields it and the link it printed."""
    proc = subprocess.Popen(
        [*CLI, "serve", *args],
        env=cli_env(data),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert proc.stdout is not None
        link = ""
        deadline = time.monotonic() + 30
        while not link and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            if "http://" in line:
                link = line.strip()
        assert link, "serve printed no link"
        yield proc, link
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(p) for p in (task / "children").read_text().split()]
    return found


async def status_of(
    url: str,
    *,
    cookies: dict[str, str] | None = None,
    ws: bool = False,
    origin: str | None = None,
    headers: dict[str, str] | None = None,
) -> int:
    headers = {**(headers or {}), **({"Origin": origin} if origin else {})} or None
    async with aiohttp.ClientSession(cookies=cookies, headers=headers) as session:
        if not ws:
            async with session.get(url) as response:
                return response.status
        try:
            async with session.ws_connect(url) as socket_:
                await socket_.send_json(["ping", "1"])
                await asyncio.wait_for(socket_.receive(), 20)
                return 101
        except aiohttp.WSServerHandshakeError as exc:
            return exc.status


@pytest.mark.skipif(
    not Path("/proc/self/task").exists(), reason="needs Linux /proc to count processes"
)
def test_beyond_loopback_every_request_needs_the_token(private_data_dir: Path) -> None:
    port = free_port()
    with serving(private_data_dir, "--host", "0.0.0.0", "--port", str(port)) as (proc, link):
        token = link.split("?token=", 1)[1]
        assert len(token) >= 20
        base = f"http://127.0.0.1:{port}"
        wrong = token[:-1] + ("y" if token.endswith("x") else "x")  # never the token itself
        for path in ("/", "/static/js/textual.js", f"/?token={wrong}"):
            assert asyncio.run(status_of(base + path)) == 403, path
        assert asyncio.run(status_of(f"ws://127.0.0.1:{port}/ws", ws=True)) == 403
        assert children(proc.pid) == [], "a refused request started an app process"

        assert asyncio.run(status_of(f"{base}/?token={token}")) == 200
        cookie = {"peer_practice_token": token}
        assert asyncio.run(status_of(f"{base}/static/js/textual.js", cookies=cookie)) == 200
        assert asyncio.run(status_of(f"ws://127.0.0.1:{port}/ws", cookies=cookie, ws=True)) == 101


def test_loopback_by_default_the_page_fetches_nothing_and_other_sites_are_refused(
    private_data_dir: Path,
) -> None:
    port = free_port()
    with serving(private_data_dir, "--port", str(port)) as (_proc, link):
        assert link == f"http://127.0.0.1:{port}/"

        async def page() -> str:
            async with aiohttp.ClientSession() as session, session.get(link) as response:
                assert response.status == 200
                return await response.text()

        html = asyncio.run(page())
        # A page from another site open in the same browser can't drive a practice window.
        ws_url = f"ws://127.0.0.1:{port}/ws"
        assert asyncio.run(status_of(ws_url, ws=True, origin="http://example.org")) == 403
        assert asyncio.run(status_of(ws_url, ws=True, origin=f"http://127.0.0.1:{port}")) == 101
        # A site whose name was pointed at 127.0.0.1 (DNS rebinding) names itself in Host.
        rebound = {"Host": f"evil.example:{port}"}
        assert asyncio.run(status_of(link, headers=rebound)) == 403
        assert asyncio.run(status_of(f"http://localhost:{port}/")) == 200
    external = [u for u in re.findall(r"""(?:src|href)=["']([^"']+)""", html) if "//" in u]
    assert external == [] and "googleapis" not in html
    assert 'data-session-websocket-url="ws://127.0.0.1:' in html


def test_a_busy_port_is_one_clear_message(private_data_dir: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        result = run_cli(private_data_dir, "serve", "--port", str(port), timeout=60)
    assert result.returncode == 2
    assert f"port {port} is in use; choose another with --port" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def browser_or_skip() -> str:
    if CHROMIUM is None:  # pragma: no cover - depends on the machine
        if os.environ.get("PEER_PRACTICE_REQUIRE_BROWSER"):
            pytest.fail("Chromium is required here (.ci/run installs Debian's chromium)")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium; .ci/run does)")
    pytest.importorskip(
        "playwright", reason="playwright is a dev dependency: make test installs it"
    )
    return CHROMIUM


CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


class Tab:
    """One browser tab on the served app. What the app draws arrives over the websocket as
    terminal output; `shows` waits for text in it (escape sequences removed)."""

    def __init__(self, browser: Browser, link: str, shots: Path, name: str) -> None:
        self.page = browser.new_page(viewport={"width": 1280, "height": 860})
        self.frames: list[str] = []
        self.shots, self.name = shots, name
        self.page.on("websocket", lambda ws: ws.on("framereceived", self._frame))
        self.page.goto(link)
        self.shows("Who's practising?")  # the page loaded and the app is running
        self.page.click("#terminal")  # keys go to the terminal once it has focus

    def _frame(self, payload: str | bytes) -> None:
        self.frames.append(
            payload if isinstance(payload, str) else payload.decode("utf-8", "replace")
        )

    def text(self) -> str:
        return ANSI.sub("", "".join(self.frames))

    def shows(self, text: str, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text in (seen := self.text()):
                return seen
            self.page.wait_for_timeout(100)
        self.screenshot_all()
        raise AssertionError(f"{self.name}'s tab never showed {text!r}")

    def screenshot_all(self) -> None:
        """Keep a picture of every tab of this browser beside the test's data, to see why."""
        assert self.page.context.browser is not None
        for n, context in enumerate(self.page.context.browser.contexts):
            for page in context.pages:
                page.screenshot(path=str(self.shots / f"tab{n}-{self.name}-failed.png"))

    def keys(self, *keys: str) -> None:
        """Press keys as a person would: one at a time, letting the app settle (a list that
        opens on Enter must be open before the arrow key arrives)."""
        for key in keys:
            self.page.keyboard.press(key)
            self.settle()

    def settle(self, quiet_ms: int = 200, timeout: float = 10) -> None:
        """Wait until the app has drawn something and then drawn nothing for `quiet_ms`: a
        fixed wait is too short under load for a list to open before the next key."""
        deadline = time.monotonic() + timeout
        drawn = len(self.frames)
        while len(self.frames) == drawn and time.monotonic() < deadline:
            self.page.wait_for_timeout(20)
        while time.monotonic() < deadline:
            drawn = len(self.frames)
            self.page.wait_for_timeout(quiet_ms)
            if len(self.frames) == drawn:
                return

    def type(self, text: str) -> None:
        self.page.keyboard.type(text)

    def sign_in(self, name: str) -> None:
        self.type(name)
        self.shows(name)
        self.frames.clear()
        self.keys("Enter")
        self.shows(name)  # the home screen says who is practising


@contextmanager
def browser_on(link: str) -> Iterator[Browser]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=browser_or_skip(), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def test_in_chromium_a_scenario_starts_and_a_reply_gets_feedback(private_data_dir: Path) -> None:
    browser_or_skip()
    port = free_port()
    with (
        serving(private_data_dir, "--port", str(port)) as (_proc, link),
        browser_on(link) as browser,
    ):
        tab = Tab(browser, link, private_data_dir.parent, "Robin")
        tab.sign_in("Robin")
        tab.keys("Enter")  # the first scenario: its content notes and Begin
        tab.shows("Begin")
        tab.keys("Enter")
        tab.shows("Type what you would say")  # the scenario has started
        tab.frames.clear()
        tab.type("It sounds like it was a really long week and you're worn out.")
        tab.keys("Control+g")  # the pause key reaches the app in a browser too
        tab.shows("Nothing is lost")
        tab.keys("Enter")  # Resume: the half-typed reply is still there
        tab.keys("Enter")
        tab.shows("Next step:")  # feedback on the reply
    store = Store(private_data_dir)
    [session] = store.sessions()
    assert session.trainee == "Robin" and session.turns == 1
    [turn] = store.turns(session.id)
    assert turn.reply == "It sounds like it was a really long week and you're worn out."


def test_in_chromium_three_tabs_run_a_mock_session_in_a_room(private_data_dir: Path) -> None:
    """Peer-player, counsellor and observer on three tabs of one served instance: lines
    cross between tabs, the observer rates, the three roles rotate round by round, each
    counsellor keeps their round, the side-by-side is there and Esc goes back to the room,
    and a closed tab leaves the room."""
    browser_or_skip()
    port = free_port()
    with (
        serving(private_data_dir, "--port", str(port)) as (_proc, link),
        browser_on(link) as browser,
    ):
        shots = private_data_dir.parent
        ash, river, kim = (Tab(browser, link, shots, n) for n in ("Ash", "River", "Kim"))
        for tab in (ash, river, kim):
            tab.sign_in(tab.name)
        # Ash starts a room on "A bad date and what comes next" as the peer-player.
        ash.keys(*["ArrowDown"] * 7, "Control+b")
        ash.shows("Practise together in a room")
        ash.keys("Shift+Tab", "Enter", "ArrowUp", "Enter", "Tab", "Enter")  # role: peer; start
        ash.shows("Content notes")  # shown before the room starts, as before any scenario
        ash.keys("Enter")
        ash.shows("How are you arriving today?")  # the optional check-in, once a sitting
        ash.keys("Escape")
        code = re.search(r"Room ([A-Z2-9]{3}-[A-Z2-9]{3})", ash.shows("Role card for Ash"))
        assert code is not None
        # River joins as the counsellor (the default role), Kim as the observer.
        river.keys("Control+b")
        river.shows("Practise together in a room")
        river.type(code.group(1))
        river.keys("Enter")
        river.shows("Join the room")  # after the content notes
        river.keys("Enter")
        river.shows("How are you arriving today?")
        river.keys("Escape")
        river.shows("Waiting for Ash (peer)")
        kim.keys("Control+b")
        kim.shows("Practise together in a room")
        kim.keys("Shift+Tab", "Enter", "ArrowDown", "Enter", "Tab")  # role: observer
        kim.type(code.group(1))
        kim.keys("Enter")
        kim.shows("Join the room")
        kim.keys("Enter")
        kim.shows("How are you arriving today?")
        kim.keys("Escape")
        kim.shows("Waiting for Ash (peer)")

        tabs = (ash, river, kim)

        def fresh(*which: Tab) -> None:
            """Forget what these tabs showed so far: the next `shows` waits for new output."""
            for tab in which:
                tab.frames.clear()

        # A triad: Ctrl+S rotates all three roles, so in three rounds each holds each role.
        rounds = ((ash, river, kim), (kim, ash, river), (river, kim, ash))
        for round_no, (peer, counsellor, observer) in enumerate(rounds, start=1):
            fresh(*tabs)
            peer.keys("Enter")  # say the scripted line as written
            # The counsellor's own prompt, not the peer's words: a scrolled conversation
            # repaints earlier rounds' lines too.
            counsellor.shows(f"{counsellor.name}, reply as the counsellor")
            counsellor.type("You should go to the police today.")
            fresh(*tabs)
            counsellor.keys("Enter")
            observer.shows(f"{observer.name}, rate the reply")
            observer.shows("Boundaries (higher is worse): 0 held · 1 at risk · 2 breached")
            observer.type("000directive")  # a level typed for each skill, then the note
            fresh(*tabs)
            observer.keys("Enter")
            for tab in tabs:
                tab.shows("Next step:")  # the feedback, once the observer has rated
                # Each is asked whether to keep the round; Enter takes the default (yes for
                # the counsellor's own replies, no for the others).
                tab.shows(f"Keep round {round_no} in your history?")
                tab.keys("Enter")
            if round_no < 3:
                counsellor.shows(f"Round {round_no} is over")
                fresh(*tabs)
                counsellor.keys("Control+s")
                nxt = rounds[round_no]
                for tab in tabs:  # (a toast may cover the end of the line)
                    tab.shows(f"Round {round_no + 1}: {nxt[0].name} plays the peer")
                nxt[0].shows(f"Role card for {nxt[0].name}")
                nxt[1].shows(f"Counsellor: {nxt[1].name} (you)")
                nxt[2].shows(f"Observer: {nxt[2].name} (you)")

        ash.shows("Round 3 is over")
        fresh(ash)
        ash.keys("Control+o")
        ash.shows("Observer and automatic scores, side by side")
        ash.shows("agreed on")
        fresh(ash)
        ash.keys("Escape")  # back to the room, not out of it
        ash.shows("Round 3 is over")
        fresh(ash)
        kim.page.close()  # a closed tab leaves the room: the others see it, the role is free
        ash.shows("Kim left the room")
    store = Store(private_data_dir)
    kept = {row.trainee: row.origin["round"] for row in store.sessions()}
    assert kept == {"River": 1, "Ash": 2, "Kim": 3}  # each counsellor kept their own round
    pairs = store.ratings()
    assert [h for h, _ in pairs["paraphrasing"]] == [0, 0, 0]  # the observers' ratings
