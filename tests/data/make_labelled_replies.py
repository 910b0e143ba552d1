"""Source of tests/data/labelled_replies.jsonl: the project's own labelled replies, by family.

Written and labelled by the team for issue #11 (not taken from any dataset), one reply per line
in labelled_replies.txt, grouped under "@ <scenario id> <moment id>" headers:

    family | paraphrasing validation boundaries | flags (space separated, or -) | reply

Levels follow the descriptors in rubrics/*.yaml; tests/data/README.md gives the conventions.
This script adds the id (own:NNNN, in file order, so new rows are only ever appended), the
peer's line at that moment (read from scenarios/), and the split, which is fixed by a hash of
the id so that held-out rows stay held out however the file grows. Run it to regenerate the
JSONL; it refuses rows with an unknown scenario, moment, family or flag.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, get_args

import yaml

from simulator.content.scenario import BoundaryFlag

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
SOURCE = HERE / "labelled_replies.txt"
TARGET = HERE / "labelled_replies.jsonl"

#: The families whose every reply breaches a boundary (labelled boundaries 2).
BREACH_FAMILIES = frozenset(
    {
        "moralising",
        "siding",
        "dismissing",
        "false_reassurance",
        "rescuing",
        "secrecy_promise",
        "police",
    }
)

FAMILIES = (
    "moralising",
    "siding",
    "dismissing",
    "false_reassurance",
    "rescuing",
    "secrecy_promise",
    "police",
    "advice_permission",
    "third_party_should",
    "non_reflection_you",
    "parroting",
    "simple_reflection",
    "complex_reflection",
    "validation",
    "directing_advice",
    "mixed",
)
#: The boundary flags the rubrics may raise: the scenario model's list, not a copy.
FLAGS = get_args(BoundaryFlag)
HELDOUT_PERCENT = 30


def split_of(row_id: str) -> str:
    """'heldout' for about 30% of ids, chosen by a stable hash of the id."""
    bucket = int(hashlib.sha256(row_id.encode("utf-8")).hexdigest()[:8], 16) % 100
    return "heldout" if bucket < HELDOUT_PERCENT else "fit"


def peer_lines() -> dict[tuple[str, str], str]:
    """The peer's line at every moment of every shipped scenario, list lines joined."""
    lines: dict[tuple[str, str], str] = {}
    for path in sorted((ROOT / "scenarios").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for node_id, node in data["nodes"].items():
            peer = node.get("peer", "")
            text = " ".join(peer) if isinstance(peer, list) else str(peer)
            lines[(data["id"], node_id)] = " ".join(text.split())
    return lines


def build(
    source: Path | None = None,
    families: tuple[str, ...] | None = None,
    id_prefix: str = "own",
    split: Callable[[str], str] = split_of,
) -> list[dict[str, Any]]:
    """The rows of `source` (labelled_replies.txt unless given), checked; the fresh wave
    (make_fresh_wave.py) reads its own file with its own families, id prefix and split
    through the same rules."""
    source = SOURCE if source is None else source
    families = FAMILIES if families is None else families
    contexts = peer_lines()
    rows: list[dict[str, Any]] = []
    where: tuple[str, str] | None = None
    problems: list[str] = []
    for number, raw in enumerate(source.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            scenario, moment = line[1:].split()
            where = (scenario, moment)
            if where not in contexts:
                problems.append(f"{source.name}:{number}: unknown moment {scenario} {moment}")
            continue
        parts = [p.strip() for p in line.split("|", 3)]
        if where is None or len(parts) != 4:
            problems.append(f"{source.name}:{number}: expected 'family | P V B | flags | reply'")
            continue
        family, levels, flag_text, response = parts
        p, v, b = (int(x) for x in levels.split())
        flags = [] if flag_text == "-" else flag_text.split()
        if family not in families:
            problems.append(f"{source.name}:{number}: unknown family {family!r}")
        bad = [f for f in flags if f not in FLAGS]
        if bad:
            problems.append(f"{source.name}:{number}: unknown flags {bad}")
        if (b == 0) != (not flags):
            problems.append(f"{source.name}:{number}: boundaries {b} with flags {flags}")
        row_id = f"{id_prefix}:{len(rows) + 1:04d}"
        rows.append(
            {
                "id": row_id,
                "scenario": where[0],
                "moment": where[1],
                "context": contexts.get(where, ""),
                "response": response,
                "labels": {"paraphrasing": p, "validation": v, "boundaries": b, "flags": flags},
                "family": family,
                "split": split(row_id),
            }
        )
    if problems:
        sys.exit("\n".join(problems))
    return rows


def write(rows: list[dict[str, object]], target: Path) -> None:
    """Write `rows` as JSON Lines (LF only, UTF-8 kept as is) and say where."""
    with target.open("w", encoding="utf-8", newline="\n") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {target.relative_to(ROOT)}")


def main() -> None:
    write(build(), TARGET)


if __name__ == "__main__":
    main()
