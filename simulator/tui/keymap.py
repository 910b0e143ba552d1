"""Remapping keys: `keymap.yaml` in the practice folder maps binding ids to keys.

Every binding in the app has an id (shown in the README), for example:

    pause: f5
    send: ctrl+s
    newline: enter

Textual's keymap does the rest. A broken file never stops the app: its problems are shown
as `file:line:col` messages and the default keys stay.
"""

from __future__ import annotations

from pathlib import Path

from simulator.content.problems import Problem

KEYMAP_FILE = "keymap.yaml"


def load_keymap(folder: Path) -> tuple[dict[str, str], list[Problem]]:
    path = folder / KEYMAP_FILE
    if not path.exists():
        return {}, []
    from simulator.content.yaml_source import (
        read_yaml,  # only with a keymap: YAML is slow to import
    )

    doc, problems = read_yaml(path)
    if doc is None:
        return {}, problems
    if not isinstance(doc.data, dict):
        return {}, [doc.problem((), "the keymap should map binding ids to keys, e.g. 'pause: f5'")]
    keymap: dict[str, str] = {}
    for binding_id, keys in doc.data.items():
        if isinstance(keys, str) and keys.strip():
            keymap[str(binding_id)] = keys.strip()
        else:
            problems.append(
                doc.problem(
                    (binding_id,),
                    f"keys for '{binding_id}' should be text such as 'f5' or 'ctrl+s'",
                )
            )
    return keymap, problems
