"""The domain core stays free of any user interface, and nothing reaches the network."""

from __future__ import annotations

import ast
import subprocess
import sys

from tests.helpers import ROOT

PACKAGE = ROOT / "simulator"
UI_PARTS = {"tui", "web", "plain", "cli", "__main__.py"}


def domain_modules() -> list[str]:
    names = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] in UI_PARTS:
            continue
        names.append(".".join(("simulator", *rel.with_suffix("").parts)).removesuffix(".__init__"))
    return sorted(names)


def test_importing_the_domain_core_does_not_import_textual() -> None:
    # Nor click, nor any of the interfaces (the command line and its `score` plumbing too).
    modules = domain_modules()
    assert "simulator.scoring.engine" in modules and "simulator.practice.session" in modules
    assert not any(m.startswith("simulator.cli") for m in modules)
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "ui = {('simulator', p) for p in ('cli', 'tui', 'web', 'plain', '__main__')}\n"
        + "bad = sorted(m for m in sys.modules if m.split('.')[0] in {'textual', 'click'}\n"
        + "             or tuple(m.split('.')[:2]) in ui)\n"
        + "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip() == "", f"domain modules pulled in: {result.stdout}"


#: The only modules allowed at the package's top level: the entry points and two small helpers
#: every layer uses. Everything else lives in a subpackage named for its concern.
TOP_LEVEL = {"__init__.py", "__main__.py", "lifeline.py", "safe_text.py"}
#: `cli`: the command line and the `score` command's plumbing (its line reader, its workers).
CONCERNS = {"cli", "content", "scoring", "practice", "store", "plain", "tui", "web"}


def test_modules_are_grouped_by_concern() -> None:
    loose = sorted(p.name for p in PACKAGE.glob("*.py") if p.name not in TOP_LEVEL)
    assert loose == [], f"put these in a subpackage by concern ({sorted(CONCERNS)}): {loose}"
    packages = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()}
    assert packages == CONCERNS, f"new subpackage? add it to CONCERNS with a reason: {packages}"


def test_each_concern_says_what_it_holds() -> None:
    for name in CONCERNS:
        doc = (PACKAGE / name / "__init__.py").read_text(encoding="utf-8")
        assert doc.lstrip().startswith('"""'), f"simulator/{name}/__init__.py needs a docstring"


NETWORK_MODULES = {"socket", "urllib", "http", "requests", "httpx", "aiohttp", "ftplib", "smtplib"}


#: `peer-practice serve` listens on a port for browser tabs; it is the one module allowed a
#: network library, and it only serves (the test below checks it never opens a client).
SERVER = PACKAGE / "web" / "serve.py"


def test_no_module_imports_a_network_library() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path == SERVER:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in NETWORK_MODULES]
    assert offenders == []


def test_the_server_only_listens() -> None:
    source = SERVER.read_text(encoding="utf-8")
    for client_call in ("ClientSession", "urlopen", "create_connection", "connect(", "request("):
        assert client_call not in source
