"""The learned layer of the gentle safety cue (issue 18, item 4): a small regularised logistic regression over the
words of one sentence, for the indirect phrasings the word rules in `safety_cue` miss (plans and preparations,
goodbye letters, giving things away, "if I just didn't wake up", a rope in the garage, pills kept "for that").

Pure Python, no dependencies, deterministic. A sentence (already folded by `safety_cue`: lower case, accents and
apostrophes gone, single spaces) becomes a set of features:
- `w:` word stems and `b:` pairs of neighbouring stems;
- `c:` concepts from a small word-family lexicon (`_CONCEPTS`: means and places, finality and preparations,
  absence from the future, a wish, harm to the body, a person, violence, fear, negation, media and accident
  words), and `p:` pairs of concepts found in the same sentence (a means and the writer, finality and the
  writer, a person and violence), which carry the idea to words the labelled sentences never used.
The weights are trained offline by bench/train_safety_cue.py from the labelled files tests/services/
safety_cue_*.txt and, as ordinary sentences that should not show it, the app's own guidance and help articles
(`fit`), saved as resources/safety_cue_model.json, and read once, on first use (`load`). Nothing
is written, logged or kept about the text.
"""

from __future__ import annotations

import json
import math
import random
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise

MODEL_RESOURCE = "safety_cue_model.json"

# word families: each word (or two-word phrase, "_" for the space) names one concept
_FAMILIES = {
    "SELF": "i im ive id ill me my myself mine",
    "METHOD": (
        "rope ropes noose belt ligature cord pills pill tablets tablet paracetamol painkillers painkiller "
        "overdose overdosing overdosed od prescription prescriptions bottles bottle meds medication medications "
        "stockpile stockpiling stockpiled stash stashed hoard hoarding hoarded insulin sleeping_pills "
        "bridge bridges ledge cliff cliffs edge roof rooftop balcony drop height heights jump jumping "
        "train trains tracks railway platform motorway traffic lorry bus river sea lake water drown drowning "
        "blade blades razor razors knife knives scissors glass gun guns shotgun bullet rifle bleach poison "
        "antifreeze hang hanging hanged hook beam garage exhaust hose carbon_monoxide fumes lethal dose "
        "means method methods ways_to"
    ),
    "FINALITY": (
        "goodbye goodbyes farewell letter letters note notes will plan plans planned planning date dates "
        "give_away giving_away gave_away given_away rehome rehomed rehoming affairs in_order arrangements "
        "insurance funeral last final finally forever one_last sorted passwords pin decided decision "
        "ready prepared preparing preparations tidy tidied everything_sorted deadline countdown"
    ),
    "ABSENCE": (
        "gone not_here wont_be not_be not_around without_me better_off no_longer wake_up woke_up never_wake "
        "disappear disappeared vanish exist existing burden after_im when_im miss_me around_much "
        "anymore any_more much_longer still_here still_alive stop_existing not_wake wasnt_here"
    ),
    "DEATH": (
        "die dying died dead death deaths suicide suicidal kill killing killed end ending ended alive "
        "life live living grave lethal survive end_it end_things"
    ),
    "WISH": (
        "want wanted wanting wish wishing wished hope hoping hoped pray praying tempting tempted rather "
        "urge urges thinking think thought thoughts imagine imagining fantasise fantasize peaceful easier "
        "relief"
    ),
    "HARM": (
        "cut cuts cutting burn burned burnt burning scratch scratched scratching bleed bled bleeding blood "
        "scar scars wound wounds bruise bruises bruised punish punishing relapse relapsed clean self_harm "
        "harm harming hurt hurting hurts injure injury"
    ),
    "PERSON": (
        "he hes she shes they him her them partner husband wife boyfriend girlfriend bf gf ex dad father "
        "stepdad mum mom mother brother sister son flatmate roommate uncle landlord fiance"
    ),
    "VIOLENCE": (
        "hit hits hitting punch punched punches slap slapped kick kicked choke choked choking strangle "
        "strangled shove shoved push pushed grab grabbed grabbing pinned threw throw thrown threat threats "
        "threaten threatened threatening beat beating attack attacked rape raped weapon smashed dragged "
        "bruises locked cornered stalk stalking followed follows tracking"
    ),
    "FEAR": "scared afraid terrified frightened fear fears unsafe safe hide hiding shelter escape",
    "NEG": "not never dont didnt wont cant nothing no nobody wouldnt isnt",
    "GUARD": (
        "film movie show book novel news game character documentary episode podcast series article "
        "accident accidentally cooking kitchen shaving oven joke joking lol haha kidding meme football "
        "gym workout playing played teasing laughing"
    ),
}
_CONCEPTS: dict[str, str] = {word.replace("_", " "): concept for concept, words in _FAMILIES.items()
                             for word in words.split()}
_PHRASE_STARTS = frozenset(word.split()[0] for word in _CONCEPTS if " " in word)
_SUFFIXES = ("ing", "ed", "es", "s", "ly")


def stem(word: str) -> str:
    """A crude, deterministic stem: one common ending dropped from words longer than four letters."""
    if len(word) > 4 and word[-1] in "sgdy":
        for suffix in _SUFFIXES:
            if word.endswith(suffix):
                return word[: -len(suffix)]
    return word


def features(words: list[str], known: dict[str, tuple[str, str]] | None = None) -> set[str]:
    """The features of one folded sentence given as its words. `known` (word -> its stem and concept) may be
    shared by the sentences of one text, so that each distinct word is looked up once."""
    known = {} if known is None else known
    stems, concepts = [], set()
    for word in words:
        if word not in known:
            s = stem(word)
            known[word] = (s, _CONCEPTS.get(word) or _CONCEPTS.get(s, ""))
        s, concept = known[word]
        stems.append(s)
        concepts.add(concept)
    found = {"bias", *["w:" + s for s in stems], *["b:" + a + "_" + b for a, b in pairwise(stems)]}
    concepts.update(_CONCEPTS.get(words[i - 1] + " " + word, "") for i, word in enumerate(words)
                    if i and words[i - 1] in _PHRASE_STARTS)
    concepts.discard("")
    found.update("c:" + c for c in concepts)
    ordered = sorted(concepts)
    found.update(f"p:{a}+{b}" for i, a in enumerate(ordered) for b in ordered[i + 1:])
    return found


@dataclass(frozen=True)
class Model:
    """Weights by feature name and the probability above which the cue shows."""

    weights: dict[str, float]
    threshold: float

    def probability(self, found: set[str]) -> float:
        """The probability that the sentence with these features should show the cue."""
        get = self.weights.get
        z = sum(get(f, 0.0) for f in found)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def reasons(self, found: set[str], count: int = 3) -> list[str]:
        """The features that pushed hardest towards showing, strongest first (for `model:<...>` names)."""
        pushing = sorted((-self.weights.get(f, 0.0), f) for f in found if f != "bias" and self.weights.get(f, 0.0) > 0)
        return [f for _w, f in pushing[:count]]


def fit(examples: list[tuple[set[str], bool]], *, l2: float = 1e-3, epochs: int = 30, rate: float = 0.2,
        min_count: int = 2, seed: int = 18) -> dict[str, float]:
    """Logistic regression by stochastic gradient descent in a fixed (seeded) order, L2-regularised; features
    seen in fewer than `min_count` examples are dropped. Deterministic: the same examples give the same weights."""
    counts: dict[str, int] = {}
    for found, _label in examples:
        for f in found:
            counts[f] = counts.get(f, 0) + 1
    kept = [([f for f in sorted(found) if counts[f] >= min_count or f == "bias"], label) for found, label in examples]
    weights: dict[str, float] = {}
    order = list(range(len(kept)))
    shuffler = random.Random(seed)
    for epoch in range(epochs):
        shuffler.shuffle(order)
        step = rate / (1.0 + epoch * 0.2)
        for index in order:
            names, label = kept[index]
            z = sum(weights.get(f, 0.0) for f in names)
            error = (1.0 if label else 0.0) - 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            for f in names:
                w = weights.get(f, 0.0)
                weights[f] = w + step * (error - l2 * w)
    return {f: round(w, 4) for f, w in sorted(weights.items()) if abs(w) >= 5e-4}


def to_json(weights: dict[str, float], threshold: float, notes: dict[str, str]) -> str:
    """The resource's text: stable key order, one line per weight, so a retrain shows as a readable diff."""
    body = {"threshold": threshold, "notes": notes, "weights": weights}
    return json.dumps(body, indent=0, sort_keys=True, ensure_ascii=True) + "\n"


@cache
def load() -> Model:
    """The trained model, read once from the package's resources."""
    text = resources.files("journal_app").joinpath("resources", MODEL_RESOURCE).read_text(encoding="utf-8")
    body = json.loads(text)
    weights = {str(k): float(v) for k, v in body["weights"].items()}
    return Model(weights=weights, threshold=float(body["threshold"]))
