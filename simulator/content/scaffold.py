"""Starting files for facilitators: `peer-practice new scenario ID [--from EXISTING]`.

A new scenario has the schema modeline (so editors check it while typing), every required
field, one moment and two endings, and a comment on each field saying what it is for. It
validates (strictly, playtest included) and plays as written, so a facilitator starts from
something that works and changes one thing at a time.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from simulator.content.paths import schema_dir
from simulator.content.yaml_source import Unreadable, read_regular

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_ID_LINE = re.compile(r"^id:[^\n#]*", re.MULTILINE)
_MODELINE = re.compile(r"^#\s*yaml-language-server:.*$", re.MULTILINE)


class ScaffoldError(ValueError):
    """The file can't be written as asked (a bad id, a file already there)."""


def modeline(target: Path) -> str:
    schema = schema_dir() / "scenario.schema.json"
    try:
        ref = os.path.relpath(schema, target.resolve().parent)
    except ValueError:  # another drive on Windows
        ref = str(schema)
    return f"# yaml-language-server: $schema={Path(ref).as_posix()}"


TEMPLATE = """\
{modeline}
#
# A new scenario. Every field below is needed unless its comment says "optional".
# Check it with:   peer-practice validate {name}
# See the branches: peer-practice map {name}
# Test the examples: peer-practice playtest {name}
# Edit and replay:  peer-practice studio .

id: {id}  # lowercase letters, numbers, - and _; unique in the folder
title: {title}  # shown in the scenario list
summary: >-  # one or two sentences a trainee reads before choosing it
  Alex had a rough night and wants to talk it through.
difficulty: 1  # 1 gentle, 2 moderate, 3 hard
skills: [paraphrasing, validation, boundaries]  # what this scenario mainly practises
content_notes: []  # topics a trainee may want to know about first; [] when there are none

persona:  # the role card, read by whoever plays the peer in pair practice
  name: Alex  # what the peer is called in the conversation
  pronouns: they/them
  background: >-
    Alex does street-based sex work and had a night where a regular didn't pay.
  wants: To be listened to without being told what to do.  # optional
  how_to_play: Tired and a bit flat; warm up when you feel heard.  # optional

nodes:  # the moments of the conversation; the first one listed is where it starts
  opening:
    direction: (sits down heavily)  # optional stage direction
    peer: "Last night a regular just walked off without paying. I'm so tired of it."
    key_points:  # what a good paraphrase picks up (each with optional alternatives)
      - point: a regular didn't pay
        alternatives: [he walked off without paying, you didn't get paid]
    feelings: [tired, angry, fed up]  # feelings a good reply notices and validates
    pitfalls:  # optional: replies that would cross a boundary at this moment
      - cues: [you should stop seeing him]
        flag: advice
        why: Telling Alex what to do takes the decision away from them.
    examples:  # at least one good and one poor reply, each saying why
      - reply: "He walked off without paying, and you're worn out by it happening again."
        quality: good
        why: Reflects what happened and the tiredness underneath.
        illustrates: [paraphrasing]
      - reply: "That sounds exhausting, and it makes sense you're fed up."
        quality: good
        why: Names the feeling and says it makes sense.
        illustrates: [validation]
      - reply: "You should stop seeing him."
        quality: poor
        why: Advice instead of listening.
        illustrates: [boundaries]
    transitions:  # tried in order; the first whose conditions all hold is taken
      - when: {{boundaries: breached}}
        to: ending_closed
      - when: {{paraphrasing: ">=1"}}  # quote values that start with > < * & ! % @ `
        to: ending_heard
      - when: {{validation: ">=1"}}
        to: ending_heard
    default: ending_closed  # where any other reply goes

  ending_heard:
    peer: "Yeah. Thanks for just listening."
    ending:  # a moment with 'ending' finishes the conversation
      title: Alex felt heard
      outcome: good  # good, mixed or closed: how it went for the peer
      debrief: Reflecting what happened and how it felt let Alex feel understood.
      questions:  # for the trainee to think about afterwards
        - What in your reply showed Alex you understood?

  ending_closed:
    peer: "Yeah. Anyway, I should go."
    ending:
      title: Alex closed up
      outcome: closed
      debrief: Advice came before Alex felt heard, so they stopped talking.
      questions:
        - What could you reflect before offering anything?
"""


def new_scenario_text(scenario_id: str, target: Path, source: Path | None = None) -> str:
    if not ID_PATTERN.match(scenario_id) or len(scenario_id) > 80:
        raise ScaffoldError(
            f"'{scenario_id}' can't be a scenario id; use lowercase letters, numbers, - and _ "
            "(e.g. rough-night)"
        )
    if source is None:
        title = scenario_id.replace("-", " ").replace("_", " ").capitalize()
        return TEMPLATE.format(
            modeline=modeline(target), name=target.name, id=scenario_id, title=title
        )
    try:
        text = read_regular(source).decode("utf-8")
    except Unreadable as exc:
        raise ScaffoldError(f"{source}: {exc.message}; {exc.hint}") from exc
    except UnicodeDecodeError as exc:
        raise ScaffoldError(f"{source}: the file is not UTF-8 text; save it as UTF-8") from exc
    if not _ID_LINE.search(text):
        raise ScaffoldError(f"{source}: no top-level 'id:' line to replace; is it a scenario?")
    text = _ID_LINE.sub(f"id: {scenario_id}", text, count=1)
    line = modeline(target)
    return _MODELINE.sub(line, text, count=1) if _MODELINE.search(text) else f"{line}\n{text}"


def write_new(target: Path, text: str) -> None:
    """Write `text` to a new file; never overwrite a facilitator's work."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError as exc:
        raise ScaffoldError(f"{target} already exists; choose another id or --output path") from exc
    except OSError as exc:
        raise ScaffoldError(f"cannot write {target}: {exc.strerror or exc}") from exc
