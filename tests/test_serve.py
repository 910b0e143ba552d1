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

import aiohttp
import pytest

from simulator.store import Store
from tests.helpers import CLI, ROOT, cli_env

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


async def status_of(url: str, *, cookies: dict[str, str] | None = None, ws: bool = False) -> int:
    async with aiohttp.ClientSession(cookies=cookies) as session:
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
        for path in ("/", "/static/js/textual.js", f"/?token={token[:-1]}x"):
            assert asyncio.run(status_of(base + path)) == 403, path
        assert asyncio.run(status_of(f"ws://127.0.0.1:{port}/ws", ws=True)) == 403
        assert children(proc.pid) == [], "a refused request started an app process"

        assert asyncio.run(status_of(f"{base}/?token={token}")) == 200
        cookie = {"peer_practice_token": token}
        assert asyncio.run(status_of(f"{base}/static/js/textual.js", cookies=cookie)) == 200
        assert asyncio.run(status_of(f"ws://127.0.0.1:{port}/ws", cookies=cookie, ws=True)) == 101


def test_loopback_by_default_and_the_page_fetches_nothing_from_the_internet(
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
    external = [u for u in re.findall(r"""(?:src|href)=["']([^"']+)""", html) if "//" in u]
    assert external == [] and "googleapis" not in html
    assert 'data-session-websocket-url="ws://127.0.0.1:' in html


def test_a_busy_port_is_one_clear_message(private_data_dir: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        result = subprocess.run(
            [*CLI, "serve", "--port", str(port)],
            env=cli_env(private_data_dir),
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 2
    assert f"port {port} is in use; choose another with --port" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def browser_or_skip() -> str:
    if CHROMIUM is None:
        if os.environ.get("PEER_PRACTICE_REQUIRE_BROWSER"):
            pytest.fail("Chromium is required here (.ci/run installs Debian's chromium)")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium; .ci/run does)")
    pytest.importorskip(
        "playwright", reason="playwright is a dev dependency: make test installs it"
    )
    return CHROMIUM


def test_in_chromium_a_scenario_starts_and_a_reply_gets_feedback(private_data_dir: Path) -> None:
    chromium = browser_or_skip()
    from playwright.sync_api import sync_playwright

    port = free_port()
    with serving(private_data_dir, "--port", str(port)) as (_proc, link), sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=chromium,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        page = browser.new_page(viewport={"width": 1280, "height": 860})
        frames: list[str] = []
        page.on(
            "websocket",
            lambda ws: ws.on(
                "framereceived",
                lambda p: frames.append(p if isinstance(p, str) else p.decode("utf-8", "replace")),
            ),
        )

        def screen_shows(text: str, timeout: float = 30) -> None:
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                if text in ANSI.sub("", "".join(frames)):
                    return
                page.wait_for_timeout(100)
            page.screenshot(path=str(private_data_dir.parent / "served.png"))
            raise AssertionError(f"the page never showed {text!r}")

        page.goto(link)
        screen_shows("Who's practising?")  # the page loaded and the app is running
        page.click("#terminal")  # keys go to the terminal once it has focus
        page.keyboard.type("Robin")
        screen_shows("Robin")
        frames.clear()
        page.keyboard.press("Enter")
        screen_shows("Robin")  # the home screen says who is practising
        page.keyboard.press("Enter")  # the first scenario: its content notes and Begin
        screen_shows("Begin")
        page.keyboard.press("Enter")
        screen_shows("Type what you would say")  # the scenario has started
        frames.clear()
        page.keyboard.type("It sounds like it was a really long week and you're worn out.")
        page.keyboard.press("Enter")
        screen_shows("Next step:")  # feedback on the reply
        browser.close()
    store = Store(private_data_dir)
    [session] = store.sessions()
    assert session.trainee == "Robin" and session.turns == 1
