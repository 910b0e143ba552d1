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
a re-read but never run code; `rubric check` never uses this.

`validate` keeps a set of its own (`checked_set`, `keep_checked_set`): one it found no
problem in at all, errors or warnings, with every pattern checked. Reading and checking
the shipped rubrics was a sixth of `validate`'s CPU on 1,000 files, and reading the
scorer's 27 MB set-up cache to check their patterns as much again (issue 15); a set with
any problem is read again every time, so every message is worked out as before. It lives
in a small file of its own beside the set-up cache (`validate-rubrics.bin`), so a
`validate` reads neither the rubric files' YAML nor the set-up cache when the rubrics are
as they were; its key holds what a clean verdict depends on besides the files: all the
code that reads and checks them (`simulator/content/`, `simulator/scoring/`, which checks
patterns), Python's and pydantic's versions, and the stigmatising-terms list the rubrics'
own words are linted against.
"""

from __future__ import annotations

import hashlib
import io
import marshal
import pickle
import sys
import zlib
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


# ----------------------------------------------------------- validate's clean rubric sets

#: The file beside the set-up cache, and how many clean sets it keeps (the newest first):
#: a facilitator checking their own copy of the rubrics and the shipped ones keeps both.
CHECKED_FILE = "validate-rubrics.bin"
CHECKED_SETS = 4
_CHECKED_MAGIC = b"PPVR1"


@lru_cache(maxsize=1)
def _checking_code_digest() -> str:
    """All the code a clean verdict on rubric files depends on: the readers, models and
    checks (`simulator/content/`), the pattern checks and verdict lexicon names
    (`simulator/scoring/`), Python's `re` and pydantic's version."""
    import pydantic

    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{FORMAT}|{sys.version}|{pydantic.VERSION}".encode())
    package = Path(__file__).resolve().parent.parent
    for folder in ("content", "scoring"):
        for path in sorted((package / folder).glob("*.py")):
            digest.update(f"{folder}/{path.name}".encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _checked_key(paths: list[Path]) -> bytes | None:
    """The files' names and bytes, the terms list's bytes and the code; None when one of
    them can't be read (the loader reports it)."""
    from simulator.content.lint import TERMS_FILE
    from simulator.content.paths import rubrics_dir

    digest = hashlib.blake2b(digest_size=16)
    try:
        digest.update(_checking_code_digest().encode())
        terms = rubrics_dir() / TERMS_FILE
        digest.update(hashlib.blake2b(terms.read_bytes(), digest_size=16).digest())
        for path in paths:
            digest.update(b"\1" + path.name.encode("utf-8", "surrogatepass") + b"\0")
            digest.update(hashlib.blake2b(path.read_bytes(), digest_size=16).digest())
    except OSError:
        return None
    return digest.digest()


def _checked_path() -> Path | None:
    """Beside the set-up cache (found without importing the scorer, which `validate` with a
    kept set never needs)."""
    from simulator.store.cache_folder import cache_folder

    try:
        folder = cache_folder()
    except Exception:
        return None
    return None if folder is None else folder / CHECKED_FILE


def _read_checked(path: Path) -> dict[bytes, bytes]:
    """The kept sets by key; {} for a missing, truncated, corrupt or foreign file."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    head = len(_CHECKED_MAGIC) + 4
    if not data.startswith(_CHECKED_MAGIC) or len(data) < head:
        return {}
    body = data[head:]
    if int.from_bytes(data[len(_CHECKED_MAGIC) : head], "little") != zlib.crc32(body):
        return {}
    try:
        kept = marshal.loads(body)
    except (ValueError, EOFError, TypeError):
        return {}
    if not isinstance(kept, dict):
        return {}
    return {k: v for k, v in kept.items() if isinstance(k, bytes) and isinstance(v, bytes)}


def checked_set(paths: list[Path]) -> tuple[RubricSet | None, bytes | None]:
    """The set `validate` found no problem in when these files and this code were as they
    are now (None: none kept, or it can't be read back), and the key to keep one under."""
    key = _checked_key(paths)
    where = _checked_path()
    if key is None or where is None:
        return None, key
    pickled = _read_checked(where).get(key)
    if pickled is None:
        return None, key
    from simulator.content.loading import RubricSet

    try:
        found = _RubricUnpickler(io.BytesIO(pickled)).load()
    except Exception:  # damaged: read the files as if nothing was kept
        return None, key
    return (found if isinstance(found, RubricSet) else None), key


def keep_checked_set(paths: list[Path], key: bytes | None, rubric_set: RubricSet) -> None:
    """Keep `rubric_set`, in which `validate` found no problem, under `key` (taken before
    the files were read): not if a file changed since (an edit saved while `validate`
    ran), so a set is only ever kept under the text it was read from. Failing to write
    (a read-only or full disk) only means the next `validate` reads the files again."""
    where = _checked_path()
    if key is None or where is None or _checked_key(paths) != key:
        return
    kept = {key: pickle.dumps(rubric_set, protocol=pickle.HIGHEST_PROTOCOL)}
    for other, value in _read_checked(where).items():
        if len(kept) >= CHECKED_SETS:
            break
        kept.setdefault(other, value)
    # (Imported only to write: a run that takes a kept set never needs it.)
    from simulator.store.folder import write_private_bytes

    body = marshal.dumps(kept)
    try:
        write_private_bytes(where, _CHECKED_MAGIC + zlib.crc32(body).to_bytes(4, "little") + body)
    except OSError:
        return
