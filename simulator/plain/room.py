"""A room in plain, line-based mode, for screen readers and scripts.

The same room as Ctrl+B in the app (`simulator.practice.room`), one line in and lines out: what the
others say is printed as it arrives; when it is your turn you are asked for your line, your
reply or your ratings. Turns strictly alternate, so a blocking prompt never hides anything:
while you type, nobody else can take a step, and at the end of a round the counsellor is the
one asked whether to swap. Commands at any prompt: `/swap`, `/results`, `/leave`, `/help`;
Ctrl+C leaves while waiting.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from typing import TextIO

from simulator.plain.practice import describe, format_result
from simulator.practice.agreement_words import agreement_line
from simulator.practice.pair import (
    SKILLS,
    Exchange,
    Happened,
    PairSession,
    keep_ratings,
    session_agreement,
)
from simulator.practice.room import POLL_SECONDS, RoomClient, pretty_code, quiet_seconds
from simulator.safe_text import printable
from simulator.store.database import Store
from simulator.store.kept import default_keep, keep_round

HELP = """\
When it is your turn, type your line (or reply) and press Enter. Commands:
  /swap     swap roles once the round has ended (the counsellor is asked)
  /results  observer and automatic scores side by side
  /leave    leave the room (always okay; the others are told)
  /help     show this help"""

ReadLine = Callable[[str], str | None]


class PlainRoom:
    """One participant's room on text streams: print what happens, ask at their turn."""

    def __init__(
        self,
        client: RoomClient,
        read_line: ReadLine,
        out: TextIO,
        *,
        store: Store | None = None,
        described: bool = False,
    ) -> None:
        self.client = client
        #: The scenario and its content notes were shown before the seat was taken.
        self.described = described
        self.read_line = read_line
        self.out = out
        #: Where the observer's ratings are kept as calibration data (by the rater's process).
        self.store = store
        #: False while the log is first read: nobody is asked about rounds before their time.
        self.live = False
        self.asked: set[int] = set()
        self.kept: dict[int, bool] = {}

    @property
    def pair(self) -> PairSession:
        return self.client.play.pair

    def say(self, text: str = "") -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def run(self) -> None:
        pair = self.pair
        about = printable(pair.scenario.title) if self.described else describe(pair.scenario)
        self.say(f"Room {pretty_code(self.client.code)}: {about}")
        self.say("You can leave at any time with /leave (always okay). Type /help for more.")
        waiting = ""
        looked = 0.0
        while True:
            for event, happened in self.client.poll():
                if happened is not None:
                    self.show(happened, mine=event.member == self.client.member)
            self.live = True
            if time.monotonic() - looked > 1.0:
                looked = time.monotonic()
                self.check_quiet()
            me = self.client.me
            if me is None:
                self.say(
                    "You are no longer in this room (you joined from another window, or this "
                    "one was silent too long and someone took your seat)."
                )
                return
            phase = pair.phase
            # At the end of a round the counsellor decides (swap, results or leave), so two
            # people are never both waiting at a prompt.
            if phase == me.role or (phase == "done" and me.role == "counsellor"):
                waiting = ""
                if not self.take_turn(phase, me.role):
                    return
                continue
            role = "counsellor" if phase == "done" else phase
            holder = self.client.play.holder(role)
            wait = (
                f"Waiting for {printable(holder.name)} ({holder.role})… (Ctrl+C leaves)"
                if holder
                else f"Waiting for someone to join as the {role} "
                f"(room code {pretty_code(self.client.code)})…"
            )
            if wait != waiting:
                self.say(wait)
                waiting = wait
            time.sleep(POLL_SECONDS)

    def take_turn(self, phase: str, role: str) -> bool:
        """Ask for this person's step. False when they leave or input ends."""
        script = " ".join(self.pair.prompt())
        prompts = {
            "peer": f"Your line as {printable(self.pair.scenario.persona.name)} "
            f"(the script says: {printable(script)}; Enter alone says it as written): ",
            "counsellor": "Your reply: ",
            "done": "The round is over: /swap to swap roles, /results, or /leave: ",
        }
        if phase == "observer":
            return self.rate()
        line = self.read_line(prompts[phase])
        if line is None or line.strip() == "/leave":
            self.client.leave()
            self.say("You left the room. Everything said so far is on screen above.")
            return False
        text = line.strip()
        if text == "/help":
            self.say(HELP)
        elif text == "/results":
            self.results()
        elif text == "/swap":
            if phase == "done":
                self.client.send("swap")
            else:
                self.say("Roles swap when the round has reached an ending.")
        elif text.startswith("/"):
            self.say(f"'{printable(text)}' is not a command here. {HELP}")
        elif phase == "done":
            self.say("The round is over; type /swap, /results or /leave.")
        elif role == "peer":
            self.client.send("peer", {"text": text or script})
        elif text:
            self.client.send("reply", {"text": text})
        return True

    def rate(self) -> bool:
        levels: dict[str, int] = {}
        for skill in SKILLS:
            top = self.pair.top_level(skill)
            self.say(f"  {self.pair.scale(skill)}")
            while True:
                line = self.read_line(f"Your rating for {skill} (0-{top}, Enter to skip): ")
                if line is None or line.strip() == "/leave":
                    self.client.leave()
                    self.say("You left the room.")
                    return False
                value = line.strip()
                if not value:
                    break
                if value.isdigit() and int(value) <= top:
                    levels[skill] = int(value)
                    break
                self.say(f"Type a level from 0 to {top}, or press Enter to skip this skill.")
        note = self.read_line("A note (optional): ") or ""
        self.client.send("rating", {"levels": levels, "note": note.strip()})
        return True

    def check_quiet(self) -> None:
        """Say when someone's seat has gone quiet (their heartbeat stopped)."""
        try:
            gone = self.client.find_quiet()
        except sqlite3.Error:
            return
        for member in gone:
            if member.id != self.client.member:
                self.say(
                    f"* {printable(member.name)} ({member.role}) has gone quiet: not heard from "
                    f"for {quiet_seconds():.0f} s. Someone can take the seat by joining as the "
                    f"{member.role} with code {pretty_code(self.client.code)}."
                )

    def role_card(self) -> None:
        """The peer-player's role card, as the app shows it beside the conversation."""
        persona = self.pair.scenario.persona
        self.say(f"Role card: you are {printable(persona.name)} ({printable(persona.pronouns)}).")
        self.say(printable(persona.background))
        if persona.wants:
            self.say(f"What you want: {printable(persona.wants)}")
        if persona.how_to_play:
            self.say(f"How to play: {printable(persona.how_to_play)}")

    def show(self, happened: Happened, *, mine: bool) -> None:
        """One step, with the names, roles and round as they were when it was taken (a
        replay of the log must not credit past lines to whoever holds the role now)."""
        pair = self.pair
        if happened.kind in ("join", "leave", "quiet"):
            self.say(f"* {printable(happened.text)}")
            if happened.exchange is not None:
                self.feedback(happened.exchange)
            me = self.client.me
            if mine and happened.kind == "join" and me is not None and me.role == "peer":
                self.role_card()
        elif happened.kind == "peer":
            name = printable(pair.scenario.persona.name)
            self.say(f"{name} ({printable(happened.who)}): {printable(happened.text)}")
        elif happened.kind == "reply" and happened.exchange is not None:
            self.say(
                f"{printable(happened.who)} (counsellor, round {happened.round}): "
                f"{printable(happened.text)}"
            )
            if not happened.exchange.needs_rating:
                self.feedback(happened.exchange)
        elif happened.kind == "rating" and happened.exchange is not None:
            self.say(f"* {printable(happened.who or 'The observer')} rated the reply.")
            if mine and happened.exchange.human and self.store is not None:
                keep_ratings(self.store, pair, happened.exchange)
            self.feedback(happened.exchange)
        elif happened.kind == "keep":
            self.say(f"* {printable(happened.text)}")
            if self.kept.get(happened.round):  # their yes may let us keep their words
                self.save_round(happened.round)
        elif happened.kind == "swap":
            self.say(f"* {printable(happened.text)}")
            me = self.client.me
            if me is not None and me.role == "peer" and pair.round == happened.round:
                self.role_card()

    def feedback(self, exchange: Exchange) -> None:
        self.say("Feedback:")
        self.say(format_result(exchange.auto))
        if self.pair.ended_round(exchange):
            node = self.pair.scenario.nodes[exchange.next_node_id]
            self.say(
                f"{printable(self.pair.scenario.persona.name)}: {printable(' '.join(node.peer))}"
            )
            self.say(f"* Round {exchange.round} is over.")
            me = self.client.me
            if self.live and me is not None and exchange.round not in self.asked:
                self.asked.add(exchange.round)
                self.ask_keep(exchange.round, me.name, exchange)

    def ask_keep(self, round_no: int, name: str, exchange: Exchange) -> None:
        """Keep this round in your own history? Yes by default for the counsellor's own
        replies; the others choose. The answer also lets (or doesn't let) the others keep
        your words from it (`simulator.store.kept`)."""
        role = "counsellor" if name == exchange.counsellor else "other"
        default = default_keep(role)
        line = self.read_line(
            f"Keep round {round_no} in your history on this computer? "
            + ("[Y/n] " if default else "[y/N] ")
        )
        answer = (line or "").strip().lower()
        keep = default if not answer else answer.startswith("y")
        self.kept[round_no] = keep
        self.client.send("keep", {"round": round_no, "keep": keep})
        if keep:
            self.save_round(round_no)
            self.say(f"* Round {round_no} is kept in your history ('peer-practice history').")

    def save_round(self, round_no: int) -> None:
        me = self.client.me
        if self.store is None or me is None:
            return
        exchanges = [e for e in self.pair.exchanges if e.round == round_no]
        if not exchanges:
            return
        last = exchanges[-1]
        role = (
            "counsellor"
            if me.name == last.counsellor
            else "peer"
            if me.name == last.peer_player
            else "observer"
        )
        keep_round(
            self.store,
            self.pair,
            round_no,
            keeper=me.name,
            role=role,
            kind="room",
            session_id=f"room-{self.client.code}-{round_no}-{self.client.member}",
            consent=dict(self.client.play.keeps.get(round_no, {})),
        )

    def results(self) -> None:
        self.say("Observer and automatic scores (observer / auto):")
        for exchange in self.pair.exchanges:
            cells = []
            for skill in SKILLS:
                human = (exchange.human or {}).get(skill)
                cells.append(
                    f"{skill} {'-' if human is None else human} / {exchange.auto.skills[skill].level}"
                )
            self.say(f"  Round {exchange.round}: {printable(exchange.reply)} — " + "; ".join(cells))
        for row in session_agreement(self.pair):
            if line := agreement_line(row):
                self.say(f"  {line}")
