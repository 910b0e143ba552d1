"""Trainee profiles: local pseudonyms, no passwords, kept in the private data folder.

Shared training laptops are common, so several people may practise on one machine; each
picks a pseudonym. Nothing here identifies anyone unless they choose a real name.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from simulator.storage import data_dir, write_private_json

MAX_NAME = 40
_ALLOWED = re.compile(r"^[\w .'-]+$")


class ProfileError(ValueError):
    pass


def clean_name(name: str) -> str:
    """A pseudonym as stored, or ProfileError saying what to change."""
    name = " ".join(name.split())
    if not name:
        raise ProfileError("type a name to practise under (a nickname is fine)")
    if len(name) > MAX_NAME:
        raise ProfileError(f"keep the name under {MAX_NAME} characters")
    if not _ALLOWED.match(name):
        raise ProfileError("use letters, numbers, spaces, dots, dashes or apostrophes")
    return name


class Profiles:
    """The pseudonyms used on this machine and which one was used last."""

    def __init__(self, folder: Path | None = None) -> None:
        self.path = data_dir(folder) / "profiles.json"
        self.names: list[str] = []
        self.last: str | None = None
        self._load()

    def _load(self) -> None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if isinstance(data, dict):
            self.names = [n for n in data.get("names", []) if isinstance(n, str)]
            last = data.get("last")
            self.last = last if last in self.names else None

    def save(self) -> None:
        write_private_json(self.path, {"version": 1, "names": self.names, "last": self.last})

    def add(self, name: str) -> str:
        name = clean_name(name)
        if name.casefold() not in (n.casefold() for n in self.names):
            self.names.append(name)
        self.use(name)
        return name

    def use(self, name: str) -> None:
        match = next((n for n in self.names if n.casefold() == name.casefold()), None)
        if match is None:
            raise ProfileError(f"no profile called '{name}'")
        self.last = match
        self.save()
