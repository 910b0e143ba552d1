"""Fitting a rubric's criterion weights and level thresholds to labelled replies.

`peer-practice rubric fit RUBRIC --labelled FILE [--write]`. Word-level models don't carry
over to new wordings; which *criteria* fired does, so the model here is small: an ordinal
logistic regression (one weight per criterion, one threshold per level, as the rubric
itself scores) over the criteria that fired on each labelled reply. It is fitted by
gradient descent in plain Python (a few hundred distinct feature patterns at most), so
there is no new dependency, and nothing is learned at run time: the result is written back
into the rubric file, which stays the source of truth, with its comments and layout kept.

Agreement is reported before and after on held-back rows only: those marked
`"split": "heldout"`, or, when the file has no split, a fixed fifth chosen by a hash of the
reply (so the same rows are held back on every run).
"""

from __future__ import annotations

import hashlib
import math
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

from simulator.loading import RubricSet
from simulator.problems import Problem
from simulator.rubric import Rubric
from simulator.rubric_check import MAX_EXAMPLES_BYTES
from simulator.rubric_check import _rows as read_rows
from simulator.scenario import Node
from simulator.score_contract import MomentError, Moments
from simulator.scoring import Scorer
from simulator.yaml_source import Unreadable, read_regular, read_yaml

#: A criterion must fire on at least this many fitting rows for its weight to be refitted.
MIN_FIRED = 3
L2 = 0.5
STEPS = 3000
TOP_THRESHOLD = 0.9
MIN_THRESHOLD = 0.05
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)")


class FitError(Exception):
    """The fit can't be made (wrong kind of rubric, too little data); says how to fix it."""


@dataclass(frozen=True)
class Row:
    line: int
    context: str
    response: str
    level: int
    heldout: bool
    node: Node | None = None


@dataclass
class Agreement:
    rows: int = 0
    exact: float = 0.0
    f1: dict[int, float] = field(default_factory=dict)


@dataclass
class FitReport:
    skill: str
    fit_rows: int
    heldout_rows: int
    split_from_file: bool
    weights: dict[str, tuple[float, float | None]]  # criterion -> (now, fitted or None)
    thresholds: dict[int, tuple[float, float]]  # level -> (now, fitted)
    before: Agreement
    after: Agreement
    fitted: Rubric

    @property
    def changed(self) -> bool:
        return any(new is not None and new != now for now, new in self.weights.values()) or any(
            new != now for now, new in self.thresholds.values()
        )


# ----------------------------------------------------------------------- reading
def _in_heldout(response: str, context: str) -> bool:
    """A fixed fifth, grouped by the peer's line (every reply to one line falls on the same
    side, so the held-back part has statements the fit never saw)."""
    digest = hashlib.sha256((context.strip() or response).encode()).digest()
    return digest[0] % 5 == 0


def _level_of(item: dict[str, Any], skill: str) -> Any:
    """The row's label for `skill`: `labels.<skill>`, `level`, or (for paraphrasing) the
    development data's `skills.reflection` and `skills.reflection_type`."""
    labels = item.get("labels")
    if isinstance(labels, dict) and skill in labels:
        return labels[skill]
    if "level" in item:
        return item["level"]
    skills = item.get("skills")
    if skill == "paraphrasing" and isinstance(skills, dict):
        if skills.get("reflection") is None:
            return None
        return 2 if skills.get("reflection_type") == "complex" else int(bool(skills["reflection"]))
    return None


def read_labelled(
    path: Path, skill: str, moments: Moments
) -> tuple[list[Row], bool, list[Problem]]:
    """Rows labelled for `skill` (from `labels.<skill>` or `level`), whether the file said
    which rows are held back, and the problems met."""
    try:
        # The same reader as `rubric check`: a FIFO or a device is refused, not read forever.
        text = read_regular(path, MAX_EXAMPLES_BYTES).decode("utf-8")
    except Unreadable as exc:
        return [], False, [Problem(path, 1, 1, exc.message, exc.hint)]
    except UnicodeDecodeError:
        return [], False, [Problem(path, 1, 1, "the file is not UTF-8 text", "save it as UTF-8")]
    raw, problems = read_rows(path, text)
    parsed: list[tuple[int, str, str, int, str | None, Node | None]] = []
    for number, item in raw:
        if not isinstance(item, dict):
            problems.append(Problem(path, number, 1, "each row must be an object"))
            continue
        response = item.get("response")
        level = _level_of(item, skill)
        if not isinstance(response, str) or not response.strip():
            problems.append(Problem(path, number, 1, "missing 'response' (the reply)"))
            continue
        if level is None:
            continue  # not labelled for this skill
        try:
            level = int(str(level).strip())
        except ValueError:
            problems.append(
                Problem(path, number, 1, f"the {skill} label must be a whole number, got {level!r}")
            )
            continue
        try:
            node = moments.find(item.get("scenario"), item.get("moment"))
        except MomentError as exc:
            problems.append(Problem(path, number, 1, str(exc), "or leave out scenario and moment"))
            continue
        context = item.get("context")
        if not isinstance(context, str):
            context = " ".join(node.peer) if node is not None else ""
        split = item.get("split")
        parsed.append(
            (number, context, response, level, split if isinstance(split, str) else None, node)
        )
    from_file = any(split is not None for *_, split, _ in parsed)
    rows = [
        Row(
            number,
            context,
            response,
            level,
            (split == "heldout") if from_file else _in_heldout(response, context),
            node,
        )
        for number, context, response, level, split, node in parsed
    ]
    return rows, from_file, problems


# ------------------------------------------------------------------------ fitting
def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


def fit_ordinal(
    patterns: Counter[tuple[frozenset[str], int]], features: Sequence[str], top: int
) -> tuple[dict[str, float], list[float]]:
    """Weights β and thresholds θ₁ < … < θ_top with P(level ≥ k) = σ(Σβ·fired − θ_k),
    fitted by gradient descent on the summed binary log-losses (L2 on β)."""
    beta = dict.fromkeys(features, 0.0)
    theta = [float(k) for k in range(1, top + 1)]
    total = sum(patterns.values()) or 1
    rate = 0.5
    items = list(patterns.items())
    for _ in range(STEPS):
        g_beta = {f: L2 * beta[f] / total for f in features}
        g_theta = [0.0] * top
        for (fired, level), count in items:
            score = sum(beta[f] for f in fired if f in beta)
            for k in range(top):
                p = _sigmoid(score - theta[k])
                error = (p - (1.0 if level >= k + 1 else 0.0)) * count / total
                for f in fired:
                    if f in g_beta:
                        g_beta[f] += error
                g_theta[k] -= error
        for f in features:
            beta[f] -= rate * g_beta[f]
        for k in range(top):
            theta[k] -= rate * g_theta[k]
        for k in range(1, top):  # keep the thresholds in order
            theta[k] = max(theta[k], theta[k - 1] + 1e-3)
    return beta, theta


def _to_rubric_scale(
    beta: dict[str, float], theta: list[float]
) -> tuple[dict[str, float], list[float]]:
    """The same decisions on the rubric's scale: weights in -1..1, thresholds in 0..1."""
    scale = TOP_THRESHOLD / theta[-1] if theta[-1] > 0 else 1.0
    biggest = max((abs(b) for b in beta.values()), default=0.0)
    if biggest * scale > 1:
        scale = 1 / biggest
    weights = {f: round(b * scale, 2) for f, b in beta.items()}
    thresholds: list[float] = []
    for t in theta:
        value = round(min(1.0, max(MIN_THRESHOLD, t * scale)), 2)
        if thresholds:
            value = max(value, round(thresholds[-1] + 0.01, 2))
        thresholds.append(value)
    return weights, thresholds


def level_for(
    rubric: Rubric, weights: dict[str, float], thresholds: Sequence[float], fired: frozenset[str]
) -> int:
    """The level the scorer gives when `fired` criteria matched, with these numbers (the
    engine's rule: clipped sum of weights, each level's min_score and requires_any, caps)."""
    score = min(
        1.0, max(0.0, sum(weights.get(c.id, c.weight) for c in rubric.criteria if c.id in fired))
    )
    level = 0
    for lv in rubric.by_level[1:]:
        if score >= thresholds[lv.level - 1] and (
            not lv.requires_any or fired.intersection(lv.requires_any)
        ):
            level = lv.level
    caps = [c.cap_level for c in rubric.criteria if c.id in fired and c.cap_level is not None]
    return min([level, *caps])


def tune_thresholds(
    rubric: Rubric, weights: dict[str, float], patterns: Counter[tuple[frozenset[str], int]]
) -> list[float]:
    """Thresholds (0.05 … 1.00, in order) that agree with the most fitting rows exactly: the
    logistic fit sets the weights, a search over the thresholds then maximises agreement."""
    grid = [round(0.05 + 0.01 * i, 2) for i in range(96)]
    top = rubric.max_level
    best: tuple[int, list[float]] = (-1, [])

    def search(prefix: list[float]) -> None:
        nonlocal best
        if len(prefix) == top:
            right = sum(
                n
                for (fired, gold), n in patterns.items()
                if level_for(rubric, weights, prefix, fired) == gold
            )
            if right > best[0]:
                best = (right, list(prefix))
            return
        low = prefix[-1] if prefix else 0.0
        for t in (g for g in grid[::2] if g > low):
            search([*prefix, t])

    search([])
    return best[1]


def _fired(scorer: Scorer, skill: str, row: Row) -> frozenset[str]:
    result = scorer.score(row.context, row.response, row.node)
    return frozenset(e.criterion for e in result.skills[skill].evidence)


def _agreement(scorer: Scorer, skill: str, rows: Iterable[Row], top: int) -> Agreement:
    pairs = [
        (row.level, scorer.score(row.context, row.response, row.node).skills[skill].level)
        for row in rows
    ]
    out = Agreement(len(pairs))
    if not pairs:
        return out
    out.exact = sum(g == p for g, p in pairs) / len(pairs)
    for k in range(1, top + 1):
        tp = sum(g >= k and p >= k for g, p in pairs)
        fp = sum(g < k <= p for g, p in pairs)
        fn = sum(p < k <= g for g, p in pairs)
        out.f1[k] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return out


def _with(rubric: Rubric, weights: dict[str, float], thresholds: list[float]) -> Rubric:
    data = rubric.model_dump(exclude_defaults=True)
    for crit in data["criteria"]:
        if crit["id"] in weights:
            crit["weight"] = weights[crit["id"]]
    for level in data["levels"]:
        if level["level"] > 0:
            level["min_score"] = thresholds[level["level"] - 1]
    return Rubric.model_validate(data)


def fit_rubric(
    rubric_set: RubricSet, skill: str, rows: list[Row], split_from_file: bool
) -> FitReport:
    rubric = rubric_set.rubrics[skill]
    if rubric.scale != "higher_is_better":
        raise FitError(
            f"the {skill} rubric sets levels by each criterion's severity, not by weights and "
            "thresholds; `rubric fit` works on paraphrasing and validation"
        )
    fitting = [r for r in rows if not r.heldout]
    heldout = [r for r in rows if r.heldout]
    if len(fitting) < 20 or not heldout:
        raise FitError(
            f"{len(fitting)} rows to fit on and {len(heldout)} held back; label at least 20 "
            'replies for this skill (and keep some with "split": "heldout")'
        )
    top = rubric.max_level
    scorer = Scorer(rubric_set)
    patterns: Counter[tuple[frozenset[str], int]] = Counter(
        (_fired(scorer, skill, row), min(max(row.level, 0), top)) for row in fitting
    )
    counts: Counter[str] = Counter()
    for (fired, _), n in patterns.items():
        counts.update({f: n for f in fired})
    ids = [c.id for c in rubric.criteria]
    features = [c for c in ids if counts[c] >= MIN_FIRED]
    beta, theta = fit_ordinal(patterns, features, top)
    weights, thresholds = _to_rubric_scale(beta, theta)
    weights = {c.id: weights.get(c.id, c.weight) for c in rubric.criteria}
    thresholds = tune_thresholds(rubric, weights, patterns) or thresholds

    def right(w: dict[str, float], t: Sequence[float]) -> int:
        return sum(
            n for (fired, gold), n in patterns.items() if level_for(rubric, w, t, fired) == gold
        )

    current = [lv.min_score for lv in rubric.by_level[1:]]
    if right(weights, thresholds) <= right({}, current):
        # Never propose numbers that agree less with the rows they were fitted on.
        weights, thresholds = {c.id: c.weight for c in rubric.criteria}, current
    fitted = _with(rubric, weights, thresholds)
    after_set = RubricSet({**rubric_set.rubrics, skill: fitted}, rubric_set.lexicons)
    return FitReport(
        skill,
        len(fitting),
        len(heldout),
        split_from_file,
        {c.id: (c.weight, weights.get(c.id)) for c in rubric.criteria},
        {
            lv.level: (lv.min_score, thresholds[lv.level - 1])
            for lv in rubric.by_level
            if lv.level > 0
        },
        _agreement(scorer, skill, heldout, top),
        _agreement(Scorer(after_set), skill, heldout, top),
        fitted,
    )


# ------------------------------------------------------------------------ writing
def _replace_number(line: str, col: int, value: float) -> str | None:
    match = _NUMBER.match(line, col)
    if match is None:
        return None
    return line[: match.start()] + f"{value:g}" + line[match.end() :]


def write_fit(path: Path, report: FitReport) -> list[Problem]:
    """Put the fitted weights and thresholds into the rubric file, line by line, so every
    comment and the layout stay as they were; re-read it to check, and restore on failure."""
    doc, problems = read_yaml(path)
    if doc is None or not isinstance(doc.data, dict):
        return problems or [Problem(path, 1, 1, "not a rubric file")]
    original = path.read_text(encoding="utf-8")
    lines = original.splitlines(keepends=True)
    edits: list[tuple[int, str, tuple[str | int, ...], float]] = []  # (line, kind, loc, value)
    for i, crit in enumerate(doc.data.get("criteria", [])):
        now, new = report.weights.get(crit.get("id"), (None, None))
        if new is not None and new != now:
            edits.append((0, "criteria", ("criteria", i), new))
    for j, level in enumerate(doc.data.get("levels", [])):
        now_new = report.thresholds.get(level.get("level"))
        if now_new is not None and now_new[1] != now_new[0]:
            edits.append((0, "levels", ("levels", j), now_new[1]))
    key = {"criteria": "weight", "levels": "min_score"}
    anchor = {"criteria": "id", "levels": "level"}
    placed: list[
        tuple[int, int, str | None, float, str]
    ] = []  # (line index, col, mode, value, key)
    for _, kind, loc, value in edits:
        field_loc = (*loc, key[kind])
        if field_loc in doc.value_pos:
            line, col = doc.value_pos[field_loc]
            placed.append((line - 1, col - 1, "replace", value, key[kind]))
        else:
            line, col = doc.key_pos[(*loc, anchor[kind])]
            placed.append((line - 1, col - 1, "insert", value, key[kind]))
    for index, col, mode, value, name in sorted(placed, reverse=True):
        if mode == "replace":
            new_line = _replace_number(lines[index], col, value)
            if new_line is None:
                return [Problem(path, index + 1, col + 1, f"'{name}' here is not a plain number")]
            lines[index] = new_line
        else:
            newline = "\n" if lines[index].endswith("\n") else ""
            if not newline:
                lines[index] += "\n"
            lines.insert(index + 1, " " * col + f"{name}: {value:g}\n")
    tmp = path.with_name(f".{path.name}.fit-tmp")
    tmp.write_text("".join(lines), encoding="utf-8")
    os.replace(tmp, path)
    from simulator.rubric_check import rubric_set_with

    check, skill, found = rubric_set_with(path)
    if check is None or skill is None or not _same(check.rubrics[skill], report.fitted):
        path.write_text(original, encoding="utf-8")
        return found or [
            Problem(
                path, 1, 1, "the edited file did not read back as fitted; it was left unchanged"
            )
        ]
    return []


def _same(a: Rubric, b: Rubric) -> bool:
    return [c.weight for c in a.criteria] == [c.weight for c in b.criteria] and [
        lv.min_score for lv in a.by_level
    ] == [lv.min_score for lv in b.by_level]


def format_report(report: FitReport, rubric_path: Path) -> list[str]:
    out = [
        f"Rubric: {rubric_path} ({report.skill})   fitted on {report.fit_rows} rows, "
        f"{report.heldout_rows} held back "
        + (
            "(marked heldout in the file)" if report.split_from_file else "(a fixed fifth, by hash)"
        ),
        "",
        f"{'criterion':<32}{'weight now':>11}{'fitted':>9}",
    ]
    for crit, (now, new) in report.weights.items():
        shown = "   (kept: fired too rarely)" if new is None else f"{new:>9.2f}"
        mark = "  *" if new is not None and new != now else ""
        out.append(f"{crit:<32}{now:>11.2f}{shown}{mark}")
    out.append("")
    for level, (now, new) in report.thresholds.items():
        mark = "  *" if new != now else ""
        out.append(f"{'level ' + str(level) + ' min_score':<32}{now:>11.2f}{new:>9.2f}{mark}")
    out += ["", f"Agreement on the {report.before.rows} held-back rows:   before    after"]
    out.append(f"{'  exact level':<38}{report.before.exact:>7.0%}{report.after.exact:>9.0%}")
    for k in report.before.f1:
        out.append(
            f"{'  F1, level ' + str(k) + ' or higher':<38}"
            f"{report.before.f1[k]:>7.2f}{report.after.f1.get(k, 0.0):>9.2f}"
        )
    return out


def run_fit(
    scenarios: Path | None,
    rubric_path: Path,
    labelled: Path,
    write: bool,
    echo: Callable[[str], Any],
    show_problems: Callable[[list[Problem]], None],
    fail: Callable[[str], NoReturn],
) -> None:
    """`peer-practice rubric fit`: read, fit, report and (with --write) update the file."""
    from simulator.paths import rubrics_dir
    from simulator.rubric_check import rubric_set_with

    if not rubric_path.exists() and not rubric_path.suffix:
        rubric_path = rubrics_dir() / f"{rubric_path}.yaml"  # a skill name
    if not rubric_path.is_file():
        fail(f"{rubric_path}: no such rubric file; give a path such as rubrics/paraphrasing.yaml")
    rubric_set, skill, problems = rubric_set_with(rubric_path)
    if rubric_set is None or skill is None:
        show_problems(problems)
        fail(f"{rubric_path} has problems; fix them (see above) and try again")
    if not labelled.is_file():
        fail(f"{labelled}: no such file; give your labelled replies (.jsonl, .yaml or .csv)")
    rows, from_file, problems = read_labelled(labelled, skill, Moments(scenarios, rubric_set))
    if problems:
        show_problems(problems)
        fail(f"{labelled} has problems; fix them (see above) and try again")
    try:
        report = fit_rubric(rubric_set, skill, rows, from_file)
    except FitError as exc:
        fail(str(exc))
    for line in format_report(report, rubric_path):
        echo(line)
    if not report.changed:
        echo("\nThe rubric already fits these labels; nothing to change.")
    elif not write:
        echo(f"\nNothing written (* marks a change); add --write to update {rubric_path}.")
    else:
        problems = write_fit(rubric_path, report)
        if problems:
            show_problems(problems)
            fail(f"could not update {rubric_path}; it is unchanged")
        echo(f"\nWrote the fitted values into {rubric_path} (comments and layout kept).")
