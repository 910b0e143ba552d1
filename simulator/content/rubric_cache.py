"""The loaded rubric set kept in the set-up cache, so a new process doesn't read it again.

Reading the shipped rubrics (YAML, the typed models, the cross-checks of every pattern)
costs about 0.1 s of CPU before a `score`, plain-mode or app process can score its first
reply, and the result depends only on the rubric files and the code that reads them. So
a set without errors is kept in the set-up cache (scoring/setup_cache.py) under a key made
of each file's name and bytes (not its folder: the models don't hold it), the source of
`simulator/content/` and the pydantic version, and later processes take it from there; any
change to a file or to that code misses the key and reads the files again. A set with
errors is never kept: those callers go on to report every problem at `file:line:col`,
exactly as before.

The set is kept as a pickle of the loaded models, read back by an unpickler that only
builds the rubric models and plain Python values, so a damaged or planted entry can cost
a re-read but never run code; `validate` and `rubric check` never use this.
"""

from __future__ import annotations

import hashlib
import io
import pickle
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from simulator.content.loading import RubricSet

#: Bump when what is kept changes shape.
FORMAT = 1
#: What a kept set may be built from besides the rubric models (`_rubric_models`): the set
#: and plain containers.
_ALLOWED = {
    "simulator.content.loading": {"RubricSet"},
    "builtins": {"set", "frozenset", "tuple", "list", "dict"},
    "copyreg": {"_reconstructor"},
}


@lru_cache(maxsize=1)
def _rubric_models() -> frozenset[str]:
    """Every file model `simulator.content.rubric` defines, found rather than listed: a model
    added to the rubric format (as `StanceCondition` was) is allowed without a second edit
    here, which was forgotten once and made every process read the YAML again."""
    from simulator.content import rubric
    from simulator.content.scenario import FileModel

    return frozenset(
        name
        for name, value in vars(rubric).items()
        if isinstance(value, type)
        and issubclass(value, FileModel)
        and value.__module__ == rubric.__name__
    )


class _RubricUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        allowed = _rubric_models() if module == "simulator.content.rubric" else _ALLOWED.get(module)
        if name in (allowed or ()):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not part of a rubric set")


@lru_cache(maxsize=1)
def _code_digest() -> str:
    """The code that reads rubric files (models, loading, checks), and pydantic's version."""
    import pydantic

    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{FORMAT}|{pydantic.VERSION}".encode())
    for path in sorted(Path(__file__).resolve().parent.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


class _ChangedWhileRead(Exception):
    """The rubric files changed while they were read: use what was read, keep nothing."""


def _key(paths: list[Path]) -> str | None:
    digest = hashlib.blake2b(digest_size=16)
    try:
        digest.update(_code_digest().encode())
        for path in paths:
            digest.update(path.name.encode("utf-8", "surrogatepass") + b"\0")
            digest.update(hashlib.blake2b(path.read_bytes(), digest_size=16).digest())
    except OSError:
        return None  # a file can't be read: the loader reports it
    return "rubric-set\0" + digest.hexdigest()


def cached_rubric_set(paths: list[Path], load: Callable[[], RubricSet]) -> RubricSet:
    """The rubric set from the set-up cache when these files were read before by this code;
    else `load()` (which raises when the set has errors; nothing is kept then)."""
    from simulator.scoring.setup_cache import setup_cache

    key = _key(paths)
    if key is None:
        return load()
    loaded: list[RubricSet] = []

    def build() -> bytes:
        loaded.append(load())
        if _key(paths) != key:
            # A file changed between taking the key and reading it (saved in an editor while
            # the app or `score` started): what was read is not what the key names, so it is
            # not kept; otherwise the old text would come back under the new key, and a
            # facilitator's edit would be lost until the file changed again.
            raise _ChangedWhileRead
        return pickle.dumps(loaded[0], protocol=pickle.HIGHEST_PROTOCOL)

    try:
        kept = setup_cache().value(key, build, lambda value: isinstance(value, bytes))
    except _ChangedWhileRead:
        return loaded[0]
    if loaded:
        return loaded[0]
    try:
        found = _RubricUnpickler(io.BytesIO(kept)).load()
    except Exception:  # damaged: read the files as if nothing was kept
        return load()
    from simulator.content.loading import RubricSet

    return found if isinstance(found, RubricSet) else load()
