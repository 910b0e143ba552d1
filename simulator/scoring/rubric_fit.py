"""Fitting a rubric's criterion weights and level thresholds to labelled replies.

`peer-practice rubric fit RUBRIC --labelled FILE [--write]`. Word-level models don't carry
over to new wordings; which *criteria* fired does, so the model here is small: an ordinal
logistic regression (one weight per criterion, one threshold per level, as the rubric
itself scores) over the criteria that fired on each labelled reply. It is fitted by
gradient descent in plain Python (a few hundred distinct feature patterns at most), so
there is no new dependency, and nothing is learned at run time: the result is written back
into the rubric file, which stays the source of truth, with its comments and layout kept.

The weights are fitted in the rubric's own units and pulled towards the weights the file
has now (an L2 penalty whose strength is chosen by cross-validation on the fitting rows,
grouped by the peer's line), so a criterion keeps its hand-set weight unless the labels
clearly disagree: a small labelled set cannot swing the rubric into fitting its own rows.
Several files can be fitted together (`--labelled A --labelled B`); each file counts
equally, however many rows it has.

Agreement is reported before and after on held-back rows only, per file: those marked
`"split": "heldout"`; or, when the file has no split, every reply to a fifth of the
statements. Ids shaped `source:statement:reply` (as in the PAIR data) group replies by
statement, the same fifth `make bench-score` holds back; otherwise the peer's line groups
them. The same rows are held back on every run.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

from simulator.content.loading import RubricSet
from simulator.content.problems import Problem
from simulator.content.rubric import Rubric
from simulator.content.rubric_check import MAX_EXAMPLES_BYTES
from simulator.content.rubric_check import _rows as read_rows
from simulator.content.scenario import Node
from simulator.content.yaml_source import Unreadable, read_regular, read_yaml
from simulator.scoring import Scorer
from simulator.scoring.results import Evidence
from simulator.scoring.score_contract import MomentError, Moments
from simulator.scoring.weights import counted, weight_sum

#: A criterion must fire on at least this many fitting rows for its weight to be refitted.
MIN_FIRED = 3
#: Candidate strengths of the pull towards the current weights; cross-validation picks one.
PRIORS = (0.003, 0.03, 0.3, 3.0)
FOLDS = 3
STEPS = 700
TOP_THRESHOLD = 0.9
MIN_THRESHOLD = 0.05
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)")
#: `source:statement:reply` ids (the PAIR data): replies to one statement are held back together.
_GROUPED_ID = re.compile(r"^[^:\s]+:([^:\s]+):[^:\s]+$")
#: (criteria that fired, gold level) -> summed row weight.
Patterns = dict[tuple[frozenset[str], int], float]


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
    source: int = 0


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
    #: Per labelled file (when there are several): (name, before, after) on its held-back rows.
    per_source: list[tuple[str, Agreement, Agreement]] = field(default_factory=list)
    prior: float = 0.0  # the pull towards the current weights that cross-validation chose

    @property
    def changed(self) -> bool:
        return any(new is not None and new != now for now, new in self.weights.values()) or any(
            new != now for now, new in self.thresholds.values()
        )


# ----------------------------------------------------------------------- reading
def _in_heldout(response: str, context: str, row_id: object = None) -> bool:
    """A fixed fifth, grouped by statement (every reply to one statement falls on the same
    side, so the held-back part has statements the fit never saw). A `source:statement:reply`
    id names the statement, and the fifth is the one `make bench-score` holds back (crc32 of
    the statement); otherwise the peer's line is the statement."""
    grouped = _GROUPED_ID.match(row_id) if isinstance(row_id, str) else None
    if grouped is not None:
        return zlib.crc32(grouped.group(1).encode()) % 5 == 0
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
    path: Path, skill: str, moments: Moments, source: int = 0
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
    parsed: list[tuple[int, str, str, int, str | None, Node | None, object]] = []
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
            (
                number,
                context,
                response,
                level,
                split if isinstance(split, str) else None,
                node,
                item.get("id"),
            )
        )
    from_file = any(split is not None for *_, split, _, _ in parsed)
    rows = [
        Row(
            number,
            context,
            response,
            level,
            (split == "heldout") if from_file else _in_heldout(response, context, row_id),
            node,
            source,
        )
        for number, context, response, level, split, node, row_id in parsed
    ]
    return rows, from_file, problems


# ------------------------------------------------------------------------ fitting
def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


def _reachable(rubric: Rubric, fired: frozenset[str], k: int) -> bool:
    """Whether the weights can decide if a reply with `fired` reaches level k: its
    requires_any is met and no matched criterion caps the level below k."""
    lv = rubric.by_level[k]
    if lv.requires_any and not fired.intersection(lv.requires_any):
        return False
    return all(c.cap_level is None or c.cap_level >= k for c in rubric.criteria if c.id in fired)


def fit_ordinal(
    rubric: Rubric, patterns: Patterns, features: Sequence[str], prior: float
) -> tuple[dict[str, float], list[float]]:
    """Weights w (rubric units) and thresholds t₁ < … < t_top with
    P(level ≥ k) = σ(s·(Σ w·fired − t_k)), fitted by Adam on the summed binary log-losses of
    the levels the weights can decide, plus `prior`·Σ(w − current weight)²."""
    top = rubric.max_level
    now = {c.id: c.weight for c in rubric.criteria}
    index = {f: i for i, f in enumerate(features)}
    w = [now[f] for f in features]
    t = [lv.min_score for lv in rubric.by_level[1:]]
    log_s = math.log(8.0)
    total = sum(patterns.values()) or 1.0
    items = []
    for (fired, level), n in patterns.items():
        fixed = sum(now[c] for c in fired if c in now and c not in index)
        items.append(
            (
                [index[f] for f in fired if f in index],
                fixed,
                [
                    (k, 1.0 if level >= k + 1 else 0.0)
                    for k in range(top)
                    if _reachable(rubric, fired, k + 1)
                ],
                n / total,
            )
        )
    params = len(w) + top + 1
    m1, m2 = [0.0] * params, [0.0] * params
    rate, b1, b2 = 0.02, 0.9, 0.999
    for step in range(1, STEPS + 1):
        s = math.exp(log_s)
        g = [2 * prior * (w[i] - now[f]) for i, f in enumerate(features)] + [0.0] * (top + 1)
        for on, fixed, targets, share in items:
            score = fixed + sum(w[i] for i in on)
            for k, y in targets:
                error = (_sigmoid(s * (score - t[k])) - y) * share
                for i in on:
                    g[i] += error * s
                g[len(w) + k] -= error * s
                g[-1] += error * (score - t[k]) * s
        for j in range(params):
            m1[j] = b1 * m1[j] + (1 - b1) * g[j]
            m2[j] = b2 * m2[j] + (1 - b2) * g[j] * g[j]
            move = rate * (m1[j] / (1 - b1**step)) / (math.sqrt(m2[j] / (1 - b2**step)) + 1e-8)
            if j < len(w):
                w[j] -= move
            elif j < len(w) + top:
                t[j - len(w)] -= move
            else:
                log_s -= move
        for k in range(1, top):  # keep the thresholds in order
            t[k] = max(t[k], t[k - 1] + 0.01)
    return dict(zip(features, w, strict=True)), t


def _to_rubric_scale(
    weights: dict[str, float], thresholds: list[float]
) -> tuple[dict[str, float], list[float]]:
    """The same decisions within the rubric's bounds: weights in -1..1, thresholds in
    0.05..1 (everything scaled down together when the top threshold or a weight is too big)."""
    scale = 1.0
    if thresholds[-1] > 1.0:
        scale = TOP_THRESHOLD / thresholds[-1]
    biggest = max((abs(b) for b in weights.values()), default=0.0)
    if biggest * scale > 1:
        scale = 1 / biggest
    out = {f: round(b * scale, 2) + 0.0 for f, b in weights.items()}  # + 0.0: no "-0.00"
    levels: list[float] = []
    for t in thresholds:
        value = round(min(1.0, max(MIN_THRESHOLD, t * scale)), 2)
        if levels:
            value = max(value, round(levels[-1] + 0.01, 2))
        levels.append(value)
    return out, levels


def level_for(
    rubric: Rubric, weights: dict[str, float], thresholds: Sequence[float], fired: frozenset[str]
) -> int:
    """The level the scorer gives when `fired` criteria matched, with these numbers (the
    engine's rule: clipped sum of weights, each level's min_score and requires_any, caps)."""
    score = min(
        1.0,
        max(0.0, weight_sum(weights.get(c.id, c.weight) for c in rubric.criteria if c.id in fired)),
    )
    level = 0
    for lv in rubric.by_level[1:]:
        if score >= thresholds[lv.level - 1] and (
            not lv.requires_any or fired.intersection(lv.requires_any)
        ):
            level = lv.level
    caps = [c.cap_level for c in rubric.criteria if c.id in fired and c.cap_level is not None]
    return min([level, *caps])


def tune_thresholds(rubric: Rubric, weights: dict[str, float], patterns: Patterns) -> list[float]:
    """Thresholds (0.05 … 1.00, in order) that agree with the most fitting rows exactly: the
    logistic fit sets the weights, a search over the thresholds then maximises agreement.
    Among thresholds that agree equally, the ones nearest the current win (a threshold the
    rows don't pin down is not moved to the edge of the grid)."""
    grid = [round(0.05 + 0.01 * i, 2) for i in range(96)]
    top = rubric.max_level
    current = [lv.min_score for lv in rubric.by_level[1:]]

    def key(thresholds: list[float]) -> tuple[float, float]:
        distance = sum(abs(t - c) for t, c in zip(thresholds, current, strict=True))
        return (round(_right(rubric, weights, thresholds, patterns), 9), -distance)

    best = (key(current), current)

    def search(prefix: list[float]) -> None:
        nonlocal best
        if len(prefix) == top:
            scored = key(prefix)
            if scored > best[0]:
                best = (scored, list(prefix))
            return
        low = prefix[-1] if prefix else 0.0
        for t in (g for g in grid[::2] if g > low):
            search([*prefix, t])

    search([])
    return best[1]


def markers(rubric: Rubric) -> set[str]:
    """Criteria of weight 0 that other criteria read (in `unless` or `only_with`): they mark
    something ("asks a question") for those criteria and are no evidence of a level
    themselves, so the fit leaves them at 0."""
    read = {ref for c in rubric.criteria for ref in (*c.unless, *c.unless_near, *c.only_with)}
    return {c.id for c in rubric.criteria if c.weight == 0 and c.id in read}


def _fold(row: Row) -> int:
    """Cross-validation folds grouped by the peer's line, like the held-back split."""
    return zlib.crc32((row.context.strip() or row.response).encode()) % FOLDS


def _patterns(
    rows: Iterable[tuple[Row, frozenset[str]]], share: dict[int, float], top: int
) -> Patterns:
    out: Patterns = {}
    for row, fired in rows:
        key = (fired, min(max(row.level, 0), top))
        out[key] = out.get(key, 0.0) + share[row.source]
    return out


def _right(rubric: Rubric, w: dict[str, float], t: Sequence[float], patterns: Patterns) -> float:
    return sum(n for (fired, gold), n in patterns.items() if level_for(rubric, w, t, fired) == gold)


def choose_prior(
    rubric: Rubric,
    fitting: list[tuple[Row, frozenset[str]]],
    share: dict[int, float],
    features: Sequence[str],
) -> float:
    """The pull towards the current weights that agrees best with rows left out of the fit
    (grouped folds of the fitting rows; held-back rows play no part). Ties go to the
    stronger pull, the smaller change."""
    top = rubric.max_level
    best: tuple[float, float] = (-1.0, PRIORS[-1])
    for prior in sorted(PRIORS, reverse=True):
        right = 0.0
        for fold in range(FOLDS):
            train = _patterns(((r, f) for r, f in fitting if _fold(r) != fold), share, top)
            test = _patterns(((r, f) for r, f in fitting if _fold(r) == fold), share, top)
            if not train or not test:
                continue
            w, t = _to_rubric_scale(*fit_ordinal(rubric, train, features, prior))
            right += _right(rubric, w, t, test)
        if right > best[0] + 1e-9:
            best = (right, prior)
    return best[1]


def _fired(scorer: Scorer, skill: str, row: Row) -> frozenset[str]:
    result = scorer.score(row.context, row.response, row.node)
    return fired_criteria(scorer.rubrics.rubrics[skill], result.skills[skill].evidence)


def fired_criteria(rubric: Rubric, evidence: Sequence[Evidence]) -> frozenset[str]:
    """The criteria a result's evidence shows, as the engine weighs them: for a rubric whose
    words count once, without those found only in words another criterion credited (their
    weight did not count, so the fit does not weigh them either)."""
    fired = frozenset(e.criterion for e in evidence)
    if not rubric.words_count_once:
        return fired
    spans: dict[str, list[tuple[int, int]]] = {}
    for e in evidence:
        if e.source == "reply":
            spans.setdefault(e.criterion, []).append((e.start, e.end))
    return counted(
        [(c.id, c.weight, spans.get(c.id, ())) for c in rubric.criteria if c.id in fired]
    )


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
    rubric_set: RubricSet,
    skill: str,
    rows: list[Row],
    split_from_file: bool,
    sources: Sequence[str] = (),
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
    # Each labelled file counts equally, however many rows it has.
    per_file = Counter(r.source for r in fitting)
    share = {src: len(fitting) / (len(per_file) * n) for src, n in per_file.items()}
    fired_rows = [(row, _fired(scorer, skill, row)) for row in fitting]
    patterns = _patterns(fired_rows, share, top)
    counts: Counter[str] = Counter()
    for _, fired in fired_rows:
        counts.update(fired)
    features = [
        c.id for c in rubric.criteria if counts[c.id] >= MIN_FIRED and c.id not in markers(rubric)
    ]
    prior = choose_prior(rubric, fired_rows, share, features)
    fitted_w, fitted_t = _to_rubric_scale(*fit_ordinal(rubric, patterns, features, prior))
    weights = {c.id: fitted_w.get(c.id, c.weight) for c in rubric.criteria}
    thresholds = tune_thresholds(rubric, weights, patterns) or fitted_t

    current = [lv.min_score for lv in rubric.by_level[1:]]
    if _right(rubric, weights, thresholds, patterns) <= _right(rubric, {}, current, patterns):
        # Never propose numbers that agree less with the rows they were fitted on.
        weights, thresholds = {c.id: c.weight for c in rubric.criteria}, current
    fitted = _with(rubric, weights, thresholds)
    after = Scorer(RubricSet({**rubric_set.rubrics, skill: fitted}, rubric_set.lexicons))
    per_source = []
    if len(sources) > 1:
        for index, name in enumerate(sources):
            part = [r for r in heldout if r.source == index]
            per_source.append(
                (
                    name,
                    _agreement(scorer, skill, part, top),
                    _agreement(after, skill, part, top),
                )
            )
    return FitReport(
        skill,
        len(fitting),
        len(heldout),
        split_from_file,
        {
            c.id: (c.weight, weights.get(c.id) if c.id in features else None)
            for c in rubric.criteria
        },
        {
            lv.level: (lv.min_score, thresholds[lv.level - 1])
            for lv in rubric.by_level
            if lv.level > 0
        },
        _agreement(scorer, skill, heldout, top),
        _agreement(after, skill, heldout, top),
        fitted,
        per_source,
        prior,
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
    from simulator.content.rubric_check import rubric_set_with

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
            "(see each file below)"
            if report.per_source
            else "(marked heldout in the file)"
            if report.split_from_file
            else "(a fixed fifth of the statements, by hash)"
        ),
        "",
        f"{'criterion':<32}{'weight now':>11}{'fitted':>9}",
    ]
    marks = markers(report.fitted)
    for crit, (now, new) in report.weights.items():
        why = "a marker other criteria read" if crit in marks else "fired too rarely"
        shown = f"   (kept: {why})" if new is None else f"{new:>9.2f}"
        mark = "  *" if new is not None and new != now else ""
        out.append(f"{crit:<32}{now:>11.2f}{shown}{mark}")
    out.append("")
    for level, (now, new) in report.thresholds.items():
        mark = "  *" if new != now else ""
        out.append(f"{'level ' + str(level) + ' min_score':<32}{now:>11.2f}{new:>9.2f}{mark}")
    out += [
        "",
        f"Weights pulled towards the current ones with strength {report.prior:g} "
        "(chosen by cross-validation on the fitting rows).",
    ]
    blocks = [("", report.before, report.after)]
    if report.per_source:
        blocks = [(f" of {name}", b, a) for name, b, a in report.per_source] + blocks
        blocks[-1] = (" (all files)", report.before, report.after)
    for name, before, after in blocks:
        out += ["", f"Agreement on the {before.rows} held-back rows{name}:   before    after"]
        out.append(f"{'  exact level':<38}{before.exact:>7.0%}{after.exact:>9.0%}")
        for k in before.f1:
            out.append(
                f"{'  F1, level ' + str(k) + ' or higher':<38}"
                f"{before.f1[k]:>7.2f}{after.f1.get(k, 0.0):>9.2f}"
            )
    return out


def run_fit(
    scenarios: Path | None,
    rubric_path: Path,
    labelled: Sequence[Path],
    write: bool,
    echo: Callable[[str], Any],
    show_problems: Callable[[list[Problem]], None],
    fail: Callable[[str], NoReturn],
) -> None:
    """`peer-practice rubric fit`: read, fit, report and (with --write) update the file."""
    from simulator.content.paths import rubrics_dir
    from simulator.content.rubric_check import rubric_set_with

    if not rubric_path.exists() and not rubric_path.suffix:
        rubric_path = rubrics_dir() / f"{rubric_path}.yaml"  # a skill name
    if not rubric_path.is_file():
        fail(f"{rubric_path}: no such rubric file; give a path such as rubrics/paraphrasing.yaml")
    rubric_set, skill, problems = rubric_set_with(rubric_path)
    if rubric_set is None or skill is None:
        show_problems(problems)
        fail(f"{rubric_path} has problems; fix them (see above) and try again")
    rows: list[Row] = []
    from_file = True
    names: list[str] = []
    moments = Moments(scenarios, rubric_set)
    for source, path in enumerate(labelled):
        if not path.is_file():
            fail(f"{path}: no such file; give your labelled replies (.jsonl, .yaml or .csv)")
        found, marked, problems = read_labelled(path, skill, moments, source)
        if problems:
            show_problems(problems)
            fail(f"{path} has problems; fix them (see above) and try again")
        rows += found
        from_file = from_file and marked
        how = "marked heldout" if marked else "a fixed fifth of the statements"
        names.append(f"{path.name} ({how})")
    try:
        report = fit_rubric(rubric_set, skill, rows, from_file, names)
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
