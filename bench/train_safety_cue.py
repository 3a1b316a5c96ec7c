"""Train, cross-validate and save the safety cue's learned layer (journal_app/services/safety_cue_model.py).

    python bench/train_safety_cue.py            # cross-validate, choose the threshold, write the resource
    python bench/train_safety_cue.py --check    # retrain and say whether the saved resource is the same
    python bench/train_safety_cue.py --history  # also the honest measure: each check set against the rules
                                                # frozen before it was written plus a model trained on the
                                                # files written before it (needs git)

The labelled files are tests/services/safety_cue_*.txt (the blind set cue_blind_holdout_1.txt is never read).
Cross-validation leaves one file out at a time, so each fold is scored on text the model has not seen.
Deterministic: the same files give the same weights and threshold.
"""

from __future__ import annotations

import re
import subprocess
import sys
import types
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from journal_app.services import safety_cue, safety_cue_model

TESTS = ROOT / "tests" / "services"
RESOURCE = ROOT / "journal_app" / "resources" / safety_cue_model.MODEL_RESOURCE
THRESHOLDS = [round(0.05 * i, 2) for i in range(6, 20)] + [0.97, 0.98, 0.99]
MAX_ORDINARY_SHOWN = 0.002  # an entry of 25 ordinary sentences should almost never show the cue
MIN_MODEL_PRECISION = 0.95  # the model alone, out of fold: it only adds to the rules, and text written blind (other
# styles, several sentences a line) makes it less sure than these files do, so it must rarely be wrong here
# the check sets in the order they were written, with the commit the rules were frozen at before each
HISTORY = [("safety_cue_check.txt", "026828d"), ("safety_cue_check2.txt", "df3ff01"),
           ("safety_cue_check3.txt", "caeae11"), ("safety_cue_check4.txt", "01e9b64"),
           ("safety_cue_check5.txt", "8c4a335"), ("safety_cue_check6.txt", "eb27349"),
           ("safety_cue_check7.txt", "aaea86c"), ("safety_cue_check8.txt", "bee584d"),
           ("safety_cue_check9.txt", "f53ebc6"), ("safety_cue_check10.txt", "9611c33"),
           ("safety_cue_check11.txt", "fe5c0fa")]

Example = tuple[bool, str]


def labelled(path: Path) -> list[Example]:
    return [(line[0] == "+", line[2:].strip()) for line in path.read_text(encoding="utf-8").splitlines()
            if line[:2] in ("+ ", "- ")]


def files() -> dict[str, list[Example]]:
    return {p.name: labelled(p) for p in sorted(TESTS.glob("safety_cue_*.txt"))}


ARTICLES = sorted((ROOT / "journal_app" / "resources").glob("guidance/*.md")) + sorted(
    (ROOT / "journal_app" / "resources").glob("help/*.md"))
_MARKUP = re.compile(r"[#*_`>\[\]()|]+|^\s*[-+] |\w+ = ")


@cache
def background() -> list[Example]:
    """Ordinary sentences that should not show the cue, for training only: the app's own guidance and help
    articles (feelings, partners, fear of being left, therapy; the crisis page is left out), so the model does
    not learn that everyday words lean towards showing it."""
    out = []
    for path in ARTICLES:
        for line in path.read_text(encoding="utf-8").splitlines():
            for sentence in re.split(r"(?<=[.!?])\s+", _MARKUP.sub(" ", line)):
                if len(sentence.split()) >= 4:
                    out.append((False, sentence.strip()))
    return out


def line_features(text: str) -> set[str]:
    """A labelled line's features for training: the union over its sentences."""
    found: set[str] = set()
    for words in safety_cue.sentences(text):
        found |= safety_cue_model.features(words)
    return found


def train(examples: list[Example], ordinary: list[Example] | None = None) -> dict[str, float]:
    """Weights from labelled examples plus ordinary sentences (all the articles' unless given)."""
    ordinary = background() if ordinary is None else ordinary
    return safety_cue_model.fit([(line_features(t), s) for s, t in examples + ordinary])


def probability(weights: dict[str, float], text: str) -> float:
    """As the cue asks it: the highest probability over the text's sentences, media, jokes and play left out."""
    return safety_cue.model_score(text, safety_cue_model.Model(weights=weights, threshold=1.0))[0]


def pr(pairs: list[tuple[bool, bool]]) -> tuple[float, float]:
    tp = sum(s and d for s, d in pairs)
    fp = sum(d and not s for s, d in pairs)
    fn = sum(s and not d for s, d in pairs)
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)


def out_of_fold(data: dict[str, list[Example]]) -> dict[str, list[tuple[bool, float, bool]]]:
    """For each file: (label, model probability from a model trained on the other files, rules fire)."""
    out = {}
    for name, examples in data.items():
        weights = train([e for other, rows in data.items() if other != name for e in rows])
        out[name] = [(s, probability(weights, t), bool(safety_cue.rule_matches(t))) for s, t in examples]
    return out


def ordinary_out_of_fold(data: dict[str, list[Example]]) -> list[float]:
    """The model's probability for each article sentence, from a model trained on the labelled files and the
    other half of the articles (two folds: the sentences of even and odd lines of the article list)."""
    ordinary = background()
    out = []
    for half in (0, 1):
        weights = train([e for rows in data.values() for e in rows],
                        [e for i, e in enumerate(ordinary) if i % 2 != half])
        out += [probability(weights, t) for i, (_s, t) in enumerate(ordinary) if i % 2 == half]
    return out


def choose_threshold(oof: dict[str, list[tuple[bool, float, bool]]], ordinary: list[float]) -> float:
    """The lowest threshold at which the model alone, out of fold and pooled, keeps MIN_MODEL_PRECISION on the
    labelled files and shows it for at most MAX_ORDINARY_SHOWN of the ordinary sentences."""
    pooled = [row for rows in oof.values() for row in rows]
    for t in THRESHOLDS:
        precision, _recall = pr([(s, p >= t) for s, p, _r in pooled])
        if precision >= MIN_MODEL_PRECISION and sum(p >= t for p in ordinary) <= MAX_ORDINARY_SHOWN * len(ordinary):
            return t
    return THRESHOLDS[-1]


def report(oof: dict[str, list[tuple[bool, float, bool]]], ordinary: list[float], threshold: float) -> None:
    print(f"threshold {threshold}  (model alone | rules OR model; rules are in-sample on these files)")
    pooled = []
    for name, rows in oof.items():
        pooled += rows
        mp, mr = pr([(s, p >= threshold) for s, p, _r in rows])
        cp, cr = pr([(s, r or p >= threshold) for s, p, r in rows])
        print(f"  {name:28} model P {mp:.3f} R {mr:.3f} | combined P {cp:.3f} R {cr:.3f}")
    for t in THRESHOLDS:
        mp, mr = pr([(s, p >= t) for s, p, _r in pooled])
        cp, cr = pr([(s, r or p >= t) for s, p, r in pooled])
        shown = sum(p >= t for p in ordinary)
        print(f"  pooled at {t:.2f}: model P {mp:.3f} R {mr:.3f} | combined P {cp:.3f} R {cr:.3f} | "
              f"ordinary sentences shown {shown}/{len(ordinary)}")


def old_rules(commit: str) -> types.ModuleType:
    source = subprocess.run(["git", "-C", str(ROOT), "show", f"{commit}:journal_app/services/safety_cue.py"],
                            check=True, capture_output=True, text=True).stdout
    module = types.ModuleType(f"safety_cue_{commit}")
    sys.modules[module.__name__] = module  # dataclasses look the module up
    exec(compile(source, module.__name__, "exec"), module.__dict__)
    return module


def history(data: dict[str, list[Example]], threshold: float) -> None:
    """Each check set scored as it was when fresh: rules frozen before it, a model trained on earlier files."""
    seen = ["safety_cue_cases.txt", "safety_cue_dev.txt"]
    totals: dict[str, list[tuple[bool, bool]]] = {"rules": [], "model": [], "both": []}
    for name, commit in HISTORY:
        rules = old_rules(commit)
        weights = train([e for n in seen for e in data[n]])
        rows = [(s, bool(rules.shows_cue(t)), probability(weights, t) >= threshold) for s, t in data[name]]
        for key, pick in (("rules", lambda r, m: r), ("model", lambda r, m: m), ("both", lambda r, m: r or m)):
            totals[key] += [(s, pick(r, m)) for s, r, m in rows]
        line = "  ".join(f"{k} P {p:.3f} R {rc:.3f}" for k, (p, rc) in
                         ((k, pr([(s, f(r, m)) for s, r, m in rows])) for k, f in
                          (("rules", lambda r, m: r), ("model", lambda r, m: m), ("both", lambda r, m: r or m))))
        print(f"  {name:24} at {commit}, trained on {len(seen)} files: {line}")
        seen.append(name)
    print("  pooled: " + "  ".join(f"{k} P {pr(v)[0]:.3f} R {pr(v)[1]:.3f}" for k, v in totals.items()))


Built = tuple[str, dict[str, list[tuple[bool, float, bool]]], list[float], float]


def build(data: dict[str, list[Example]]) -> Built:
    """Cross-validate, choose the threshold, train on everything: (resource text, out-of-fold rows, out-of-fold
    probabilities of the article sentences, threshold)."""
    oof, ordinary = out_of_fold(data), ordinary_out_of_fold(data)
    threshold = choose_threshold(oof, ordinary)
    return final_text(data, threshold), oof, ordinary, threshold


def final_text(data: dict[str, list[Example]], threshold: float) -> str:
    """The resource: the weights trained on every labelled file and article sentence, and the threshold."""
    weights = train([e for rows in data.values() for e in rows])
    notes = {"trained_on": " ".join(data) + f" and {len(background())} sentences of the guidance and help articles",
             "examples": str(sum(len(r) for r in data.values())),
             "threshold_rule": f"lowest of {THRESHOLDS[0]}..{THRESHOLDS[-1]} with pooled leave-one-file-out "
                               f"model precision >= {MIN_MODEL_PRECISION} and at most {MAX_ORDINARY_SHOWN:.1%} of "
                               "the article sentences shown (two folds)",
             "script": "bench/train_safety_cue.py"}
    return safety_cue_model.to_json(weights, threshold, notes)


def main(argv: list[str]) -> int:
    data = files()
    text, oof, ordinary, threshold = build(data)
    if "--check" in argv:
        same = RESOURCE.read_text(encoding="utf-8") == text
        print("the saved model is reproduced" if same else "the saved model differs from a retrain")
        return 0 if same else 1
    report(oof, ordinary, threshold)
    if "--history" in argv:
        history(data, threshold)
    RESOURCE.write_text(text, encoding="utf-8")
    print(f"wrote {RESOURCE.relative_to(ROOT)} ({len(text):,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
