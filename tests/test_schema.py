"""The committed JSON Schemas match the models, and the shipped files satisfy them."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from simulator.content.schema_export import SCHEMAS, render
from tests.helpers import ROOT


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_committed_schema_matches_the_models(name: str) -> None:
    committed = (ROOT / "schema" / name).read_text(encoding="utf-8")
    assert committed == render(SCHEMAS[name]), f"schema/{name} is out of date: run `make schema`"


def shipped() -> list[Path]:
    return sorted((ROOT / "scenarios").glob("*.yaml")) + sorted((ROOT / "rubrics").glob("*.yaml"))


@pytest.mark.parametrize("path", shipped(), ids=lambda p: p.name)
def test_shipped_files_carry_the_modeline_and_satisfy_the_schema(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    kind = "rubric" if path.parent.name == "rubrics" else "scenario"
    assert text.splitlines()[0] == f"# yaml-language-server: $schema=../schema/{kind}.schema.json"
    schema = json.loads((ROOT / "schema" / f"{kind}.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(yaml.safe_load(text), schema)


def test_schema_rejects_what_the_loader_rejects() -> None:
    schema = json.loads((ROOT / "schema" / "scenario.schema.json").read_text(encoding="utf-8"))
    data = yaml.safe_load(
        (ROOT / "scenarios" / "warm-up-long-week.yaml").read_text(encoding="utf-8")
    )
    data["difficulty"] = 4
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)
