"""The JSON Schemas in `schema/`, generated from the file models.

Editors with the YAML language server read them (the modeline at the top of each shipped
file points there) to validate and autocomplete as a facilitator types. A test fails when
the committed files drift from the models; `make schema` writes them again.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from simulator.content.course import Course
from simulator.content.paths import schema_dir
from simulator.content.rubric import Rubric
from simulator.content.scenario import Scenario

SCHEMAS: dict[str, type[BaseModel]] = {
    "scenario.schema.json": Scenario,
    "rubric.schema.json": Rubric,
    "course.schema.json": Course,
}


def render(model: type[BaseModel]) -> str:
    schema: dict[str, Any] = model.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def write(folder: Path | None = None) -> list[Path]:
    target = folder or schema_dir()
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name, model in SCHEMAS.items():
        path = target / name
        path.write_text(render(model), encoding="utf-8", newline="\n")
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write():
        print(f"wrote {path}")
