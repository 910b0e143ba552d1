"""A private on-disk cache of the scorer's set-up, so a new process doesn't redo it.

Making a `Scorer` parses every cue unit of the rubrics (about 6,500 regular expressions
since stop 8), works out what each needs for the prefilter and compiles it: about 11 s of
CPU cold (it was 0.3-0.5 s when the rubrics were a sixth of the size) in every process that
scores (`score`, plain mode, the app's scoring process). None of it depends on anything but
the pattern text and this code, so it is kept here, keyed by the exact text it was worked
out from (about 14,300 entries, 27 MB, for the shipped rubrics of stop 8; reading them back
takes about 70 ms):

- compiled expressions are kept as `re`'s own compiled form (the code words `sre_compile`
  makes, packed as bytes) and rebuilt with `_sre.compile`, which checks that code before using it;
- other results (needed strings, whether a unit may run alone) are kept as plain values.

The file is valid only for the Python, the `re` engine (`_sre.MAGIC`) and the scoring code
(a hash of `simulator/scoring/*.py`) that wrote it; anything else, and any file that is
truncated, corrupt or unreadable, is ignored and rebuilt: the cache can only make set-up
faster, never change a result. It lives in the user's cache folder (platformdirs, or
`$PEER_PRACTICE_CACHE_DIR`; an empty value turns the cache off), owner-only like all our
files, written atomically (a crash mid-write leaves the old file), and holds pattern text
from the rubric files, nothing about a trainee.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import gc
import hashlib
import marshal
import re
import struct
import sys
import zlib
from array import array
from collections.abc import Callable
from pathlib import Path
from re import _compiler as re_compiler  # type: ignore[attr-defined]
from re import _parser as re_parser  # type: ignore[attr-defined]
from typing import Any, TypeVar

from simulator.scoring import first_chars
from simulator.store.cache_folder import ENV_VAR as ENV_VAR
from simulator.store.cache_folder import cache_folder

FILE_NAME = "scoring-setup.bin"
#: Bump when the layout of the file changes.
FORMAT = 4
_MAGIC = b"PPSC"
#: At most this many entries are kept, the least recently used let go first. The shipped
#: rubrics need about 14,300 (27 MB); at 16,000 a `validate` of a facilitator's folder, or a
#: test run, could push some of them out, and every process after it set them up again
#: (about 11 s of CPU cold for the whole set). Room for the shipped set and about two more;
#: the file is only as large as what was used.
MAX_ENTRIES = 40_000
T = TypeVar("T")


def _code_hash() -> str | None:
    """The scoring code the cached results were worked out by (None: its source files
    can't be read, so a cache could not be told apart from another version's)."""
    digest = hashlib.blake2b(digest_size=16)
    sources = sorted(Path(__file__).resolve().parent.glob("*.py"))
    if not sources:
        return None
    try:
        for path in sources:
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    except OSError:
        return None
    return digest.hexdigest()


def _stamp() -> str | None:
    code = _code_hash()
    if code is None:
        return None
    return f"{FORMAT}|{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{code}"


def cache_path() -> Path | None:
    """Where the cache is kept (None: turned off with an empty $PEER_PRACTICE_CACHE_DIR)."""
    folder = cache_folder()
    return None if folder is None else folder / FILE_NAME


class SetupCache:
    """Results of the scorer's set-up by key, read from the file once and written back
    (what this process used, then what the file held) when something was missing."""

    def __init__(self, path: Path | None) -> None:
        self._stamp = _stamp()
        self.path = path if self._stamp is not None else None
        self._old: dict[bytes, Any] = self._read() if self.path is not None else {}
        self._used: dict[bytes, Any] = {}
        self._released = False
        #: Results worked out since the last save (written back then), and in all, and
        #: results taken from the file.
        self.missed = 0
        self.worked_out = 0
        self.reused = 0

    # ----------------------------------------------------------------- reading and writing
    def _read(self) -> dict[bytes, Any]:
        assert self.path is not None
        try:
            data = self.path.read_bytes()
        except OSError:
            return {}
        body = _unframed(data)
        if body is None:
            return {}  # not ours, truncated or corrupt
        # The collector off while the file's ~100,000 objects are made: its full
        # collections, set off by them, walked all of them again and again (~20 ms).
        collecting = gc.isenabled()
        gc.disable()
        try:
            stamp, entries = marshal.loads(body)
        except (ValueError, EOFError, TypeError):
            return {}
        finally:
            if collecting:
                gc.enable()
        if stamp != self._stamp or not isinstance(entries, dict):
            return {}  # written by another Python or another version of the scoring code
        return entries

    def save(self) -> None:
        """Write what this process used, if anything was missing from the file, together
        with what the file holds (so a run on other rubrics, a `validate` of a facilitator's
        folder say, doesn't make the next `score` set up again): this process's entries
        first, then the file's, up to `MAX_ENTRIES`. Failing to write (a read-only or full
        disk) only means the next process sets up again."""
        if self.path is None or not self.missed:
            return
        entries = dict(self._used)
        # The file as it is now (another process may have written it since), then as read.
        for kept in (self._read(), self._old):
            for key, value in kept.items():
                if len(entries) >= MAX_ENTRIES:
                    break
                entries.setdefault(key, value)
        try:
            from simulator.store.folder import write_private_bytes

            write_private_bytes(
                self.path, _framed(marshal.dumps((self._stamp, _shared(entries, {}))))
            )
        except (OSError, ValueError):
            return
        self.missed = 0

    def release(self) -> None:
        """Let go of what was read and kept (a few MiB of compiled code) once a
        scorer is set up; a later lookup in this process reads the file again."""
        self._old, self._used, self._released = {}, {}, True

    def _reread(self) -> None:
        if self._released:
            self._released = False
            self._old = self._read() if self.path is not None else {}

    # --------------------------------------------------------------------------- lookups
    def value(self, key: str, build: Callable[[], T], check: Callable[[Any], bool]) -> T:
        """The value kept under `key`, if `check` accepts it; else `build()` (kept)."""
        self._reread()
        kept = _digest(key)
        if kept in self._used:
            return self._used[kept]  # type: ignore[no-any-return]
        found = self._old.get(kept, _MISSING)
        if found is not _MISSING and check(found):
            value: T = found
            self.reused += 1
        else:
            value = build()
            self.missed += 1
            self.worked_out += 1
        self._used[kept] = value
        return value

    def record(self, key: str) -> Any:
        """The compiled form kept under `key`, for `rebuilt` to make an expression of when
        it is first needed (and kept for the next process); None when there is none."""
        self._reread()
        kept = _digest(key)
        found = self._used.get(kept, self._old.get(kept))
        if found is not None:
            self._used[kept] = found
            self.reused += 1
        return found

    def compiled(
        self, key: str, parse: Callable[[], Any], source: str | None = None
    ) -> re.Pattern[str]:
        """The expression kept under `key`, rebuilt from its compiled form; else compiled
        from `parse()` (a tree from `re._parser.parse`, or one rewritten from it) and kept.
        `source`: the pattern text, kept as the expression's `.pattern` (else None)."""
        return self._kept(key, lambda: _compile(parse(), source), source)

    def _kept(
        self,
        key: str,
        make: Callable[[], tuple[re.Pattern[str], tuple[Any, ...]]],
        source: str | None,
    ) -> re.Pattern[str]:
        """The expression kept under `key`, else `make()`'s (its record kept)."""
        self._reread()
        kept = _digest(key)
        found = self._used.get(kept, self._old.get(kept))
        if found is not None:
            try:
                regex = _from_record(found, source)
            except (TypeError, ValueError, RuntimeError, OverflowError):
                regex = None
            if regex is not None:
                self._used[kept] = found
                self.reused += 1
                return regex
        regex, record = make()
        self._used[kept] = record
        self.missed += 1
        self.worked_out += 1
        return regex


_MISSING = object()


def _shared(value: Any, seen: dict[Any, Any]) -> Any:
    """`value` with equal strings, and equal sets of strings, made one object (`seen`
    holds the first of each). marshal writes an object it has written before as a
    reference, so each is read back once: the units' needs hold 84,000 strings in 18,000
    sets, of which 7,000 and 4,300 are distinct. Reading is twice as fast, and the
    prefilter, which looks the sets up, finds equal ones by identity. Only strings and
    sets of strings are merged: `1 == True` would merge a number with a flag."""
    kind = type(value)
    if kind is str:
        return seen.setdefault(value, value)
    if kind is tuple:
        return tuple([_shared(item, seen) for item in value])
    if kind is list:
        return [_shared(item, seen) for item in value]
    if kind is dict:
        return {key: _shared(item, seen) for key, item in value.items()}
    if kind is frozenset:
        items = frozenset([_shared(item, seen) for item in value])
        if all(type(item) is str for item in items):
            return seen.setdefault(items, items)
        return items
    return value


def _framed(body: bytes) -> bytes:
    """The file: the magic, the body's length and CRC-32, the body (marshal's)."""
    return _MAGIC + _HEAD.pack(len(body), zlib.crc32(body)) + body


def _unframed(data: bytes) -> bytes | None:
    """The body of a file `_framed` wrote, or None when it is not one, or was truncated or
    changed since. A CRC-32 catches what befalls a file (a torn write, a flipped bit) in
    9 ms for the 20 MB the shipped rubrics need, where blake2b took 22 ms of every
    start-up; a deliberate change needs write access to the owner-only cache, and compiled
    code is still checked by `_sre.compile`."""
    head = len(_MAGIC) + _HEAD.size
    if len(data) < head or not data.startswith(_MAGIC):
        return None
    size, crc = _HEAD.unpack_from(data, len(_MAGIC))
    body = data[head:]
    if size != len(body) or zlib.crc32(body) != crc:
        return None
    return body


_HEAD = struct.Struct("<QI")


def _digest(key: str) -> bytes:
    """A key as kept in the file: a digest of its text (a pattern can be kilobytes long)."""
    return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=16).digest()


#: `re`'s code words kept as packed bytes (a tenth of the memory of a list of ints).
_CODE_TYPE = next(t for t in "IL" if array(t).itemsize == _sre.CODESIZE)


def _compile(tree: Any, source: str | None = None) -> tuple[re.Pattern[str], tuple[Any, ...]]:
    """`re._compiler.compile(tree, 0)`, with what `_sre.compile` needs to do it again (and
    the characters a match can begin with, so a search skips the others: see first_chars)."""
    return _recorded(int(tree.state.flags), first_chars.code(tree), tree, source)


def _recorded(
    flags: int, code: list[int], tree: Any, source: str | None
) -> tuple[re.Pattern[str], tuple[Any, ...]]:
    """The expression of `code` (parsed as `tree`) and the record it is rebuilt from."""
    groupindex = dict(tree.state.groupdict)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    record = (
        int(flags),  # a plain int: marshal cannot write a RegexFlag
        array(_CODE_TYPE, [int(op) for op in code]).tobytes(),
        tree.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )
    return _from_record(record, source), record


def kept_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`: the same code, flags, groups and `.pattern` (so equal to
    it), kept in the set-up cache. For the readers' patterns made from the lexicons when a
    scorer is built (the clause reader's 31, the frame criteria's…): parsing them was about
    a fifth of every process's start-up, although they never change between processes."""
    flags = int(flags)
    return setup_cache()._kept(
        f"re\0{flags}\0{pattern}", lambda: _re_compiled(pattern, flags), pattern
    )


def _re_compiled(pattern: str, flags: int) -> tuple[re.Pattern[str], tuple[Any, ...]]:
    """What `re._compiler.compile(pattern, flags)` makes, with its record."""
    tree = re_parser.parse(pattern, flags)
    return _recorded(flags | int(tree.state.flags), re_compiler._code(tree, flags), tree, pattern)


def rebuilt(record: Any) -> re.Pattern[str] | None:
    """The expression `SetupCache.record` gave, or None when its code is refused (then
    compile it from its pattern)."""
    try:
        return _from_record(record)
    except (TypeError, ValueError, RuntimeError, OverflowError):
        return None


def _from_record(record: Any, source: str | None = None) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = record
    if not (
        isinstance(flags, int)
        and isinstance(code, bytes)
        and isinstance(groups, int)
        and isinstance(groupindex, dict)
        and isinstance(indexgroup, tuple)
    ):
        raise TypeError("not a compiled expression")
    # `array` refuses bytes that are not whole code words, and `_sre.compile` checks the
    # code itself ("invalid SRE code") before any search can run it.
    words = array(_CODE_TYPE, code).tolist()
    regex: re.Pattern[str] = _sre.compile(source, flags, words, groups, groupindex, indexgroup)
    return regex


_cache: SetupCache | None = None


def setup_cache() -> SetupCache:
    """This process's cache (read from disk on first use)."""
    global _cache
    if _cache is None:
        try:
            path = cache_path()
        except Exception:
            path = None
        _cache = SetupCache(path)
    return _cache


def checked_pattern(pattern: str) -> tuple[str | None, tuple[str, ...]]:
    """What loading a rubric checks of one pattern, kept like the rest of the set-up: `re`'s
    complaint (None: it compiles) and the ways it could backtrack for minutes (see
    regex_safety; nothing when it can't compile)."""

    def check() -> tuple[str | None, tuple[str, ...]]:
        try:
            re.compile(pattern)
        except re.error as exc:
            return exc.msg, ()
        from simulator.scoring.regex_safety import risks

        return None, tuple(risks(pattern))

    return setup_cache().value("pattern\0" + pattern, check, _is_checked)


def _is_checked(value: Any) -> bool:
    return (
        isinstance(value, tuple)
        and len(value) == 2
        and (value[0] is None or isinstance(value[0], str))
        and isinstance(value[1], tuple)
        and all(isinstance(risk, str) for risk in value[1])
    )
