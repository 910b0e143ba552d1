"""Trainee profiles: local pseudonyms, no passwords, kept in the practice store.

Shared training laptops are common, so several people may practise on one machine; each
picks a pseudonym. Nothing here identifies anyone unless they choose a real name.
"""

from __future__ import annotations

import re

from simulator.store.database import Store

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
    """The pseudonyms used on this machine, most recently used first."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def names(self) -> list[str]:
        return self.store.trainees()

    @property
    def last(self) -> str | None:
        return self.store.last_trainee()

    def add(self, name: str) -> str:
        """Create (or switch to) a pseudonym; switching is one action."""
        return self.store.use_trainee(clean_name(name))
