"""`peer-practice serve`: the app in browser tabs for a training room, with textual-serve.

Why textual-serve: it runs one real app process per browser tab and streams it to a
terminal in the page (its JavaScript and font are bundled in the package), so the browser
room is the same app, tests and all, as the terminal one. Tabs practise together through
rooms in the local store (`simulator.practice.room`), like terminals on one machine do.

Safety: by default it listens on 127.0.0.1 only. Listening on any other address must be
asked for with `--host`, and then every request has to carry the access token printed in
the join link (as `?token=` or the cookie the first page sets); without it the answer is
403 and no app process is started. A websocket from another site's page is refused too, so
a web page open in the same browser can't drive someone's practice, and on loopback a
request must name a loopback host (no DNS rebinding). Nothing here connects
out: the server only listens.
"""

from __future__ import annotations

import asyncio
import ipaddress
import secrets
import shlex
import signal
import socket
import sys
from collections.abc import Awaitable, Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

import aiohttp_jinja2
from aiohttp import web
from textual_serve.server import Server

TOKEN_COOKIE = "peer_practice_token"
TEMPLATES = Path(__file__).parent / "templates"
FORBIDDEN = (
    "403: this Peer Practice room needs its access link. Ask the facilitator for the join "
    "link printed by 'peer-practice serve' (it ends in ?token=...)."
)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _hostname(host_header: str) -> str:
    """'127.0.0.1:8000' -> '127.0.0.1', '[::1]:8000' -> '::1'."""
    if host_header.startswith("["):
        return host_header[1:].split("]", 1)[0]
    return host_header.rsplit(":", 1)[0] if host_header.count(":") == 1 else host_header


def app_command(options: list[str]) -> str:
    """The command each browser tab runs: this Python, this package, the same folders."""
    return shlex.join([sys.executable, "-m", "simulator", *options])


class PeerPracticeServer(Server):
    """textual-serve's server with an access token, an origin check and our own page."""

    def __init__(self, command: str, host: str, port: int, token: str | None) -> None:
        super().__init__(command, host=host, port=port, title="Peer Practice")
        self.token = token
        # Our page (no web fonts fetched from the internet); textual-serve's static files.
        self.templates_path = TEMPLATES

    def join_url(self) -> str:
        host = self.host
        if host in ("0.0.0.0", "::"):
            host = socket.gethostname()
        if ":" in host:
            host = f"[{host}]"
        url = f"http://{host}:{self.port}/"
        return f"{url}?token={self.token}" if self.token else url

    async def _make_app(self) -> web.Application:
        app = await super()._make_app()
        app.middlewares.append(self._guard)
        return app

    @web.middleware
    async def _guard(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Refuse before any handler runs, so a refused request never starts a process."""
        given = request.query.get("token") or request.cookies.get(TOKEN_COOKIE, "")
        if self.token is not None and not secrets.compare_digest(given, self.token):
            return web.Response(status=403, text=FORBIDDEN)
        if self.token is None and not is_loopback(_hostname(request.host)):
            # Loopback without a token: a page whose name was pointed at 127.0.0.1 (DNS
            # rebinding) arrives with its own name in Host, and is refused.
            return web.Response(status=403, text="403: open Peer Practice as 127.0.0.1.")
        origin = request.headers.get("Origin")
        if request.path == "/ws" and origin and origin.split("://", 1)[-1] != request.host:
            return web.Response(status=403, text="403: websocket from another site refused.")
        response = await handler(request)
        if self.token is not None and request.query.get("token") and not response.prepared:
            response.set_cookie(TOKEN_COOKIE, self.token, httponly=True, samesite="Strict")
        return response

    @aiohttp_jinja2.template("app_index.html")
    async def handle_index(self, request: web.Request) -> dict[str, Any]:
        """The page, with addresses built from the one the browser used (so a join link by
        host name or by IP address both work)."""
        font_size = request.query.get("fontsize", "16")
        return {
            "font_size": int(font_size) if font_size.isdigit() else 16,
            "app_websocket_url": f"ws://{request.host}/ws",
            "config": {"static": {"url": "/static/"}},
            "application": {"name": self.title},
        }

    def serve(self, debug: bool = False) -> None:
        """textual-serve's `serve`, except that the link is printed once the port is
        listening (aiohttp's `on_startup` runs before that), so it works the moment it shows."""
        self.debug = debug
        self.initialize_logging()
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        with suppress(NotImplementedError):
            loop.add_signal_handler(signal.SIGINT, self.request_exit)
            loop.add_signal_handler(signal.SIGTERM, self.request_exit)
        web.run_app(
            self._make_app(),
            host=self.host,
            port=self.port,
            handle_signals=False,
            loop=loop,
            print=lambda *_: self.announce(),
        )

    async def on_startup(self, app: web.Application) -> None:
        """Nothing to say before the port is open (see `announce`)."""

    def announce(self) -> None:
        where = "on this computer only" if self.token is None else "to the room"
        self.console.print(f"Peer Practice is served {where}. Open:", highlight=False)
        self.console.print(f"  {self.join_url()}", highlight=False, soft_wrap=True)
        if self.token is not None:
            self.console.print(
                "Share this link only with the people in the room: it carries the access token.",
                highlight=False,
            )
        self.console.print("Press Ctrl+C to stop.", highlight=False)


def make_server(host: str, port: int, options: list[str]) -> PeerPracticeServer:
    token = None if is_loopback(host) else secrets.token_urlsafe(18)
    return PeerPracticeServer(app_command(options), host, port, token)
