"""The facilitator's commands, driven as a facilitator runs them: `map`, `playtest`, `new
scenario`, and the checks `validate` gained for transitions that silently never fire."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from simulator.content.loading import load_library, require_rubrics
from simulator.content.paths import scenarios_dir
from tests.helpers import CLI, ROOT, cli_env, run_cli

FIXTURES = ROOT / "tests" / "data" / "studio"
SHIPPED = [s.id for s in load_library(scenarios_dir(), require_rubrics()).scenarios]


def test_map_shows_layers_conditions_endings_with_outcomes_and_unreachable_moments(
    tmp_path: Path,
) -> None:
    result = run_cli(tmp_path, "map", str(FIXTURES / "mislabelled.yaml"))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Step 1" in out and "● opening  (start)" in out
    assert "if validation >=1 and boundaries held → heard" in out
    assert "otherwise → ending_closed  (ending, closed)" in out
    assert "■ ending_good: ending, good: Ari felt heard" in out
    unreachable = out.split("Never reached from the start", 1)[1]
    assert "aside  (UNREACHABLE)" in unreachable
    assert "keep this scenario from being played" in result.stderr


def test_map_marks_loops(tmp_path: Path) -> None:
    text = (FIXTURES / "mislabelled.yaml").read_text(encoding="utf-8")
    looped = text.replace(
        "    default: ending_good",
        "    transitions:\n      - when: {validation: none}\n        to: opening\n    default: ending_good",
    )
    path = tmp_path / "looped.yaml"
    path.write_text(looped, encoding="utf-8")
    out = run_cli(tmp_path, "map", str(path)).stdout
    assert "Loop 1: opening → heard → opening" in out
    assert "if validation none → opening  ↺ loops back" in out


@pytest.mark.parametrize("scenario_id", SHIPPED)
def test_every_shipped_map_renders_in_the_terminal_and_as_mermaid(
    tmp_path: Path, scenario_id: str
) -> None:
    text = run_cli(tmp_path, "map", scenario_id)
    assert text.returncode == 0, text.stderr
    assert "■ " in text.stdout and "(start)" in text.stdout and "Never reached" not in text.stdout
    mermaid = run_cli(tmp_path, "map", scenario_id, "--format", "mermaid")
    assert mermaid.returncode == 0, mermaid.stderr
    lines = mermaid.stdout.splitlines()
    assert lines[0] == "flowchart TD"
    assert sum("-->" in line or "-.->" in line for line in lines) >= 4


def test_map_as_dot_for_graphviz(tmp_path: Path) -> None:
    out = run_cli(tmp_path, "map", "warm-up-long-week", "--format", "dot").stdout
    assert out.startswith('digraph "warm-up-long-week" {')
    assert '"opening" -> "shrug" [label="otherwise", style=dashed];' in out
    assert out.rstrip().endswith("}")


def test_map_of_an_unknown_scenario_is_one_message(tmp_path: Path) -> None:
    result = run_cli(tmp_path, "map", "warm-up-long-wek")
    assert result.returncode == 2
    assert "Did you mean 'warm-up-long-week'?" in result.stderr
    assert "Traceback" not in result.stderr


def test_playtest_catches_a_mislabelled_example_an_unreachable_moment_and_poor_to_good(
    tmp_path: Path,
) -> None:
    result = run_cli(tmp_path, "playtest", str(FIXTURES / "mislabelled.yaml"))
    assert result.returncode == 1
    out = result.stdout
    assert (
        "MISMATCH good example 2 (validation, boundaries): “You should set an alarm next time.”"
        in out
    )
    assert "✗ boundaries: a good example should score held, got breached" in out
    assert "scored paraphrasing none, validation none, boundaries breached → ending_closed" in out
    assert "✗ aside can never be reached from the start" in out
    assert "a poor reply still reaches the good ending ending_good" in out
    # The findings are file:line:col rows too, pointing at the example.
    assert "mislabelled.yaml:26:9: good example 2 in 'opening' scores against its label" in out
    assert "did not pass the playtest" in result.stderr


@pytest.mark.parametrize("scenario_id", SHIPPED)
def test_every_shipped_scenario_passes_playtest(tmp_path: Path, scenario_id: str) -> None:
    result = run_cli(tmp_path, "playtest", scenario_id)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 against their label" in result.stdout


def test_playtest_of_a_folder_reports_each_scenario(tmp_path: Path) -> None:
    result = run_cli(tmp_path, "playtest", "scenarios/")
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr
    assert result.stdout.count("Playtest: ") == len(SHIPPED)
    assert f"All {len(SHIPPED)} scenario(s) passed the playtest." in result.stdout


def test_full_coverage_fails_on_a_moment_no_example_reaches(tmp_path: Path) -> None:
    text = (FIXTURES / "silent.yaml").read_text(encoding="utf-8")
    text = text.replace("{flags: advise}", "{flags: judgment}").replace(
        '        to: ending_closed\n      - when: {validation: ">=1"}',
        '        to: judged\n      - when: {validation: ">=1"}',
    )
    text = text.replace("      - when: {validation: 2}\n        to: ending_closed\n", "")
    text += (
        "  judged:\n    peer: That felt like a judgement.\n    examples:\n"
        "      - {reply: You felt judged., quality: good, why: Reflects., illustrates: [validation]}\n"
        "    default: ending_closed\n"
    )
    path = tmp_path / "gap.yaml"
    path.write_text(text, encoding="utf-8")
    plain = run_cli(tmp_path, "playtest", str(path))
    assert plain.returncode == 0, plain.stdout + plain.stderr
    assert "○ coverage: moment judged is never reached by any example reply" in plain.stdout
    full = run_cli(tmp_path, "playtest", str(path), "--full-coverage")
    assert full.returncode == 1


def test_validate_strict_runs_the_playtest(tmp_path: Path) -> None:
    text = (FIXTURES / "mislabelled.yaml").read_text(encoding="utf-8")
    start, end = text.index("  aside:"), text.index("  heard:")
    path = tmp_path / "mislabelled.yaml"
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    lenient = run_cli(tmp_path, "validate", str(path))
    assert "scores against its label" not in lenient.stdout
    strict = run_cli(tmp_path, "validate", "--strict", str(path))
    assert strict.returncode == 1
    assert "good example 2 in 'opening' scores against its label" in strict.stdout
    assert "still reaches 'ending_good', an ending whose outcome is 'good'" in strict.stdout


def test_validate_catches_transitions_that_never_fire(tmp_path: Path) -> None:
    result = run_cli(tmp_path, "validate", str(FIXTURES / "silent.yaml"))
    assert result.returncode == 1
    assert "silent.yaml:23:23: no rubric raises the flag 'advise'" in result.stdout
    assert "did you mean 'advice'?" in result.stdout
    assert (
        "silent.yaml:27:9: warning: transition 3 in 'opening' can never fire: transition 2"
        in result.stdout
    )


def test_validate_names_an_unknown_skill_in_a_condition(tmp_path: Path) -> None:
    text = (FIXTURES / "silent.yaml").read_text(encoding="utf-8")
    path = tmp_path / "skill.yaml"
    path.write_text(text.replace("{validation: 2}", "{empathy: 2}"), encoding="utf-8")
    out = run_cli(tmp_path, "validate", str(path)).stdout
    assert "unknown skill 'empathy' in a transition" in out
    assert "use one of: boundaries, paraphrasing, validation, flags" in out


@pytest.mark.parametrize("value", [">=1", "*x", "!x", "%x", "@x", "`x", "<1"])
def test_validate_says_to_quote_a_value_yaml_reserves(tmp_path: Path, value: str) -> None:
    text = (FIXTURES / "silent.yaml").read_text(encoding="utf-8")
    path = tmp_path / "quote.yaml"
    path.write_text(
        text.replace('{validation: ">=1"}', f"{{validation: {value}}}"), encoding="utf-8"
    )
    result = run_cli(tmp_path, "validate", str(path))
    if value == "<1":  # YAML reads it as text; nothing to say about quoting
        assert "quotes" not in result.stdout
        return
    assert result.returncode == 1
    assert "quote.yaml:25:" in result.stdout
    assert f"put it in quotes: '{value}'" in result.stdout


def run_in(folder: Path, data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`peer-practice ARGS` run from a facilitator's own folder."""
    return subprocess.run(
        [*CLI, *args],
        cwd=folder,
        env=cli_env(data_dir),
        text=True,
        capture_output=True,
        timeout=60,
        check=False,
    )


def test_new_scenario_writes_a_file_that_validates_strictly_and_plays(tmp_path: Path) -> None:
    work = tmp_path / "mine"
    work.mkdir()
    made = run_in(work, tmp_path, "new", "scenario", "rough-night")
    assert made.returncode == 0, made.stderr
    path = work / "rough-night.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=")
    schema = (work / text.splitlines()[0].split("$schema=", 1)[1]).resolve()
    assert schema == (ROOT / "schema" / "scenario.schema.json").resolve()
    for field in (
        "id:",
        "title:",
        "summary:",
        "difficulty:",
        "skills:",
        "content_notes:",
        "persona:",
        "nodes:",
    ):
        assert field in text
    assert text.count("ending:") == 2 and "# " in text.split("nodes:", 1)[1]
    strict = run_cli(tmp_path, "validate", "--strict", str(path))
    assert strict.returncode == 0, strict.stdout + strict.stderr
    played = run_cli(
        tmp_path,
        "play",
        str(path),
        "--plain",
        input="He walked off without paying, and you're worn out by it happening again.\n",
    )
    assert "Ending: Alex felt heard" in played.stdout, played.stdout + played.stderr
    again = run_in(work, tmp_path, "new", "scenario", "rough-night")
    assert again.returncode == 2 and "already exists" in again.stderr
    assert path.read_text(encoding="utf-8") == text  # never overwritten


def test_new_scenario_from_an_existing_one(tmp_path: Path) -> None:
    out = tmp_path / "copy.yaml"
    made = run_cli(
        tmp_path, "new", "scenario", "my-warm-up", "--from", "warm-up-long-week", "-o", str(out)
    )
    assert made.returncode == 0, made.stderr
    text = out.read_text(encoding="utf-8")
    assert "\nid: my-warm-up\n" in text and text.startswith("# yaml-language-server: $schema=")
    assert run_cli(tmp_path, "validate", str(out)).returncode == 0


def test_new_scenario_refuses_a_bad_id(tmp_path: Path) -> None:
    result = run_in(tmp_path, tmp_path, "new", "scenario", "Rough Night")
    assert result.returncode == 2
    assert "can't be a scenario id" in result.stderr and "Traceback" not in result.stderr


def test_studio_of_a_missing_folder_or_without_a_terminal_is_one_message(tmp_path: Path) -> None:
    missing = run_cli(tmp_path, "studio", str(tmp_path / "nowhere"))
    assert missing.returncode == 2 and "no such folder" in missing.stderr
    piped = run_cli(tmp_path, "studio", str(tmp_path))
    assert piped.returncode == 2 and "needs a terminal" in piped.stderr
    assert "Traceback" not in missing.stderr + piped.stderr


def test_map_of_a_folder_asks_for_one_scenario(tmp_path: Path) -> None:
    result = run_cli(tmp_path, "map", "scenarios/")
    assert result.returncode == 2 and "name one scenario" in result.stderr


def test_playtest_of_a_folder_without_scenarios_says_so(tmp_path: Path) -> None:
    result = run_cli(tmp_path, "playtest", "rubrics/")
    assert result.returncode == 2 and "no scenario files there" in result.stderr


def test_playtest_lets_a_trainee_recover_but_not_reach_a_good_ending_on_poor_replies(
    tmp_path: Path,
) -> None:
    text = (FIXTURES / "mislabelled.yaml").read_text(encoding="utf-8")
    start, end = text.index("  aside:"), text.index("  heard:")
    text = text[:start] + text[end:]
    text = text.replace("    default: ending_closed\n  heard:", "    default: heard\n  heard:", 1)
    poor = text.index("      - reply: \"Don't be so hard on yourself")
    recover = text[:poor] + text[text.index("    default: ending_good") :]
    path = tmp_path / "recover.yaml"
    path.write_text(recover, encoding="utf-8")
    out = run_cli(tmp_path, "playtest", str(path)).stdout
    # A poor reply, then a good one, ending well is a recovery, not a finding.
    assert "still reaches the good ending" not in out
    good = recover.index("      - reply: \"You're disappointed")
    only_poor = (
        recover[:good]
        + '      - reply: "Don\'t be so hard on yourself, everyone forgets things."\n'
        + "        quality: poor\n        why: Brushes it aside.\n        illustrates: [validation]\n"
        + recover[recover.index("    default: ending_good") :]
    )
    path.write_text(only_poor, encoding="utf-8")
    out = run_cli(tmp_path, "playtest", str(path)).stdout
    assert "✗ a poor reply still reaches the good ending ending_good: opening —" in out


def test_playtest_refuses_a_good_example_that_breaches_whatever_it_illustrates(
    tmp_path: Path,
) -> None:
    """Issue 11: a good example that shows validation but promises secrecy is still a
    problem, at its file:line, in `playtest` and in `validate --strict`."""
    text = (FIXTURES / "mislabelled.yaml").read_text(encoding="utf-8")
    good = "You're really frustrated with yourself for missing it again. That makes sense."
    assert good in text
    breaching = "You're really frustrated with yourself for missing it; no one else will ever know."
    text = text[: text.index("  aside:")] + text[text.index("  heard:") :]  # loads cleanly
    path = tmp_path / "secret.yaml"
    path.write_text(text.replace(good, breaching), encoding="utf-8")
    line = 1 + text[: text.index(good)].count("\n")
    result = run_cli(tmp_path, "playtest", str(path))
    assert result.returncode == 1
    out = result.stdout
    assert "MISMATCH good example 1 (validation)" in out, out
    assert "✗ boundaries: a good example never breaches a boundary, whatever it illustrates" in out
    assert "secrecy" in out
    assert f"secret.yaml:{line}:9: good example 1 in 'opening' scores against its label" in out
    strict = run_cli(tmp_path, "validate", "--strict", str(path))
    assert strict.returncode == 1
    assert f"secret.yaml:{line}:9: good example 1 in 'opening'" in strict.stdout
    assert "never breaches a boundary" in strict.stdout
    assert "Traceback" not in result.stderr + strict.stderr
