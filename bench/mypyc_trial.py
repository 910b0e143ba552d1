"""Would compiling the scorer with mypyc make `score` fast enough? A trial, not a build.

Issue #15 asks `peer-practice score` for 5,000 replies/s as a whole process. mypyc (part of
mypy, a dev dependency) compiles type-annotated modules to C extensions. This script answers
"how much would it give today?" without touching the working tree:

1. copies the committed tree (`git archive HEAD`) into a temporary folder;
2. compiles the scoring modules there with mypyc (all of `simulator/scoring/`; `score`'s
   line reader, whose `str` subclass mypyc can't compile as a native class, and its
   workers are in `simulator/cli/` since stop 11 and stay uncompiled). A
   `functools.cached_property` in a compiled class silently becomes a plain property (the
   value is worked out again at every access), so the copy's are first rewritten as
   explicit memo attributes, as a compiled build would need; and a lambda that mypyc 2.4
   miscompiles (inside a generator inside a comprehension inside a nested function: every
   process fails at set-up) is given a name (`PATCHES`; one that no longer applies is said);
3. runs `score` on the same input with the plain copy and the compiled copy in turn
   (A B A B ...), each as a whole process, and prints the CPU seconds of each run, the
   median ratio, and whether the two outputs are byte-identical.

Usage: python bench/mypyc_trial.py INPUT.jsonl [--runs N] [--keep DIR]
Needs gcc and Python's headers; takes a few minutes (compiling is ~70 s of CPU).
Nothing is installed and the working tree is never changed.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: Not compiled: `NumberText(str)` (mypyc can't subclass most builtins natively).
SKIP = {"__init__.py"}
SETUP = """\
import sys
from setuptools import setup
from mypyc.build import mypycify
setup(name="mypyc_trial", version="0", packages=[], py_modules=[],
      ext_modules=mypycify(sys.argv.pop(1).split(","), opt_level="3"))
"""
_CACHED = re.compile(r"    @cached_property\n    def (\w+)\(self\) -> ([^:]+):\n")
#: Code mypyc compiles wrongly, rewritten in the copy: (module, as written, as rewritten).
PATCHES = [
    (
        "simulator/scoring/verdicts.py",
        """    def build() -> list[str]:
        return [
            min(
                (w for w in phrase.split() if w != "..."),
                key=lambda w: (rare(_as_needed([w])), -len(w), w),
            )
            for phrase in wanted
        ]
""",
        """    def order(w: str) -> tuple[int, int, str]:
        return (rare(_as_needed([w])), -len(w), w)

    def build() -> list[str]:
        return [min((w for w in phrase.split() if w != "..."), key=order) for phrase in wanted]
""",
    ),
    (  # mypyc 2.4 crashes on a starred tuple display as the right side of `in`
        "simulator/scoring/engine.py",
        "            and crit.id in (*c.unless, *c.unless_apart, *c.only_with, *c.only_with_any)\n",
        "            and (crit.id in c.unless or crit.id in c.unless_apart\n"
        "                 or crit.id in c.only_with or crit.id in c.only_with_any)\n",
    ),
    (  # a native class can't be made immutable by __setattr__ raising (object.__setattr__
        # then fails too): the compiled Clause is left assignable
        "simulator/scoring/clauses.py",
        """    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}")
""",
        "",
    ),
    ("simulator/scoring/clauses.py", "        init = object.__setattr__\n", ""),
]
#: The same by pattern: (module, regular expression, replacement).
REWRITES = [
    ("simulator/scoring/clauses.py", r'init\(self, "(\w+)", (.+)\)\n', r"self.\1 = \2\n"),
    (
        "simulator/scoring/clauses.py",
        r'object\.__setattr__\(self, "(\w+)", (\w+)\)\n',
        r"self.\1 = \2\n",
    ),
]


def _memo(match: re.Match[str]) -> str:
    """A cached_property as a class-level None default, a property and a maker method."""
    name, kind = match.group(1), match.group(2)
    return (
        f"    _memo_{name}: {kind} | None = None\n\n"
        f"    @property\n    def {name}(self) -> {kind}:\n"
        f"        value = self._memo_{name}\n"
        f"        if value is None:\n"
        f"            value = self._memo_{name} = self._make_{name}()\n"
        f"        return value\n\n"
        f"    def _make_{name}(self) -> {kind}:\n"
    )


def copy_tree(into: Path) -> None:
    archive = subprocess.run(["git", "archive", "HEAD"], cwd=ROOT, capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)


def compile_scoring(tree: Path) -> list[str]:
    modules = sorted(
        str(p.relative_to(tree))
        for p in (tree / "simulator" / "scoring").glob("*.py")
        if p.name not in SKIP
    )
    for module in modules:
        path = tree / module
        path.write_text(_CACHED.sub(_memo, path.read_text(encoding="utf-8")), encoding="utf-8")
    for module, written, rewritten in PATCHES:
        path = tree / module
        text = path.read_text(encoding="utf-8")
        if written in text:
            path.write_text(text.replace(written, rewritten), encoding="utf-8")
        else:
            print(f"note: {module} changed; its mypyc work-around was not applied")
    for module, pattern, replacement in REWRITES:
        path = tree / module
        text, count = re.subn(pattern, replacement, path.read_text(encoding="utf-8"))
        path.write_text(text, encoding="utf-8")
        if not count:
            print(f"note: {module} changed; its mypyc rewrite {pattern!r} found nothing")
    (tree / "mypyc_setup.py").write_text(SETUP, encoding="utf-8")
    subprocess.run(
        [sys.executable, "mypyc_setup.py", ",".join(modules), "build_ext", "--inplace"],
        cwd=tree,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return modules


def score_cpu(tree: Path, source: Path, out: Path, cache: Path) -> float:
    """CPU seconds (user + system) of one `score` process run from `tree`."""
    env = {**os.environ, "PYTHONPATH": str(tree), "PEER_PRACTICE_CACHE_DIR": str(cache)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with out.open("wb") as sink:
        subprocess.run(
            [sys.executable, "-m", "simulator", "score", str(source)],
            cwd=tree,
            env=env,
            stdout=sink,
            check=True,
        )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", type=Path, help="a `score` input file (JSON lines)")
    parser.add_argument("--runs", type=int, default=3, help="counted runs of each form")
    parser.add_argument("--keep", type=Path, help="build here and keep it (default: a temp dir)")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="mypyc-trial-"))
    plain, built = work / "plain", work / "compiled"
    for tree in (plain, built):
        shutil.rmtree(tree, ignore_errors=True)
        tree.mkdir(parents=True)
        copy_tree(tree)
    modules = compile_scoring(built)
    print(f"compiled {len(modules)} modules of simulator/scoring with mypyc")
    times: dict[str, list[float]] = {"plain": [], "compiled": []}
    for run in range(args.runs + 1):  # the first run of each fills its set-up cache
        for name, tree in (("plain", plain), ("compiled", built)):
            cpu = score_cpu(tree, args.input, work / f"{name}.out", work / f"cache-{name}")
            if run:
                times[name].append(cpu)
    for name, cpus in times.items():
        print(f"{name:<9} CPU s per run: " + ", ".join(f"{t:.2f}" for t in cpus))
    ratios = [p / c for p, c in zip(times["plain"], times["compiled"], strict=True)]
    print(f"plain/compiled CPU, median of pairs: {statistics.median(ratios):.2f}x")
    same = filecmp.cmp(work / "plain.out", work / "compiled.out", shallow=False)
    print(f"output byte-identical: {'yes' if same else 'NO'}")
    if not args.keep:
        shutil.rmtree(work)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
