"""Where the shipped scenarios, rubrics and schema are, installed or in a checkout.

A wheel carries them inside the package (`simulator/_content/`); a checkout or an editable
install finds them at the repository root, where facilitators edit them.
"""

from __future__ import annotations

from pathlib import Path

#: The `simulator` package folder (this module lives in `simulator/content/`).
_PACKAGE = Path(__file__).resolve().parents[1]


def _content_dir(name: str) -> Path:
    installed = _PACKAGE / "_content" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name


def scenarios_dir() -> Path:
    return _content_dir("scenarios")


def rubrics_dir() -> Path:
    return _content_dir("rubrics")


def schema_dir() -> Path:
    return _content_dir("schema")


def courses_dir() -> Path:
    return _content_dir("courses")
