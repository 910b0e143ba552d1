"""How far could a learned model go on the dev sets? An upper bound for the #3 targets.

Not part of the product (the scorer stays rules from the rubric files). This asks: if we
let a supervised model learn from the very data it is measured on, how well could it
agree with the human labels? Three logistic regressions, each cross-validated in five
folds that keep a statement (PAIR) or a dialogue (ESConv) in one fold, with the decision
threshold picked afterwards on the test folds (so the figures are, if anything, flattering):

- rules:  which rubric criteria fired and the levels (re-weighting what the rubrics see),
- words:  TF-IDF of word uni- and bigrams of the reply (no rubric at all),
- both.

If even these stay below a target, no re-weighting of explainable rules will reach it on
this data. Needs scikit-learn (`make bench-ceiling` installs it into .venv) and the dev
sets in ../shared/data/dev (skips cleanly without them).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEV = ROOT.parent / "shared" / "data" / "dev"
TARGETS = {
    ("pair", "reflection"): 0.85,
    ("pair", "advice"): 0.85,
    ("esconv_failed", "reflection"): 0.60,
    ("esconv_failed", "validation"): 0.65,
    ("esconv_failed", "advice"): 0.70,
}


def main() -> None:
    if not DEV.is_dir():
        print(f"Skipped: {DEV} is not present on this machine.")
        return
    try:
        import numpy as np
        from scipy.sparse import hstack
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.metrics import f1_score
        from sklearn.model_selection import GroupKFold, cross_val_predict
    except ImportError:
        print("Skipped: needs scikit-learn (make bench-ceiling installs it).")
        return
    from simulator.content.loading import require_rubrics
    from simulator.scoring import Scorer

    scorer = Scorer(require_rubrics())
    print(f"{'set':<15}{'skill':<12}{'n':>6}  {'rules':>6} {'words':>6} {'both':>6}  target")
    for name in ("pair", "esconv_failed"):
        rows = [json.loads(line) for line in (DEV / f"{name}.jsonl").open(encoding="utf-8")]
        features = []
        for row in rows:
            result = scorer.score(row["context"] or "", row["response"])
            fired: dict[str, int] = {f"flag:{f}": 1 for f in result.flags}
            for skill, scored in result.skills.items():
                fired[f"{skill}:level{scored.level}"] = 1
                for evidence in scored.evidence:
                    fired[f"{skill}:{evidence.criterion}"] = 1
            features.append(fired)
        x_rules = DictVectorizer().fit_transform(features)
        x_words = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True).fit_transform(
            [r["response"] for r in rows]
        )
        x_both = hstack([x_rules, x_words]).tocsr()
        groups = np.array([r["id"].split(":")[1] for r in rows])
        for skill in ("reflection", "validation", "advice"):
            keep = [i for i, r in enumerate(rows) if r["skills"].get(skill) is not None]
            y = np.array([int(rows[i]["skills"][skill]) for i in keep])
            if not keep or y.sum() == 0:
                continue
            scores = []
            for x in (x_rules, x_words, x_both):
                model = LogisticRegression(max_iter=3000, C=2.0, class_weight="balanced")
                p = cross_val_predict(
                    model, x[keep], y, groups=groups[keep], cv=GroupKFold(5), method="predict_proba"
                )[:, 1]
                scores.append(max(f1_score(y, p >= t) for t in np.arange(0.2, 0.85, 0.05)))
            target = TARGETS.get((name, skill))
            print(
                f"{name:<15}{skill:<12}{len(y):>6}  "
                + " ".join(f"{s:6.3f}" for s in scores)
                + (f"  {target:.2f}" if target else "")
            )


if __name__ == "__main__":
    main()
