"""The gentle safety cue (issue 18, item 4): precision and recall on a labelled set written for it, and the
matcher's folding, negation and idiom guards. The numbers are printed (pytest -s shows them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal_app.services.safety_cue import CUE_LINE, clauses, fold, matches, shows_cue

CASES = Path(__file__).with_name("safety_cue_cases.txt")
TARGET_PRECISION = 0.9
TARGET_RECALL = 0.9


def labelled() -> dict[str, list[tuple[bool, str]]]:
    """{section: [(should show, sentence)]} from the cases file."""
    sections: dict[str, list[tuple[bool, str]]] = {}
    section = None
    for line in CASES.read_text(encoding="utf-8").splitlines():
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            sections[section] = []
        elif line[:2] in ("+ ", "- "):
            assert section is not None, f"a sentence before any [section]: {line}"
            sections[section].append((line[0] == "+", line[2:].strip()))
    return sections


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


def test_the_labelled_set_is_big_enough_and_has_no_duplicates():
    sections = labelled()
    assert set(sections) == {"tuning", "holdout"}
    tuning, holdout = sections["tuning"], sections["holdout"]
    assert sum(s for s, _ in tuning) >= 80 and sum(not s for s, _ in tuning) >= 80
    assert sum(s for s, _ in holdout) >= 20 and sum(not s for s, _ in holdout) >= 20
    everything = [fold(t) for _s, t in tuning + holdout]
    assert len(everything) == len(set(everything)), "a sentence is in the set twice"


# Holdout set 4, measured once after the rules were frozen (sets 1-3 were each measured once, then folded into
# tuning; their numbers are in the cases file): the rules do not reach the targets on sentences they were not
# written from. These are the honest numbers; the floor keeps them from getting worse unnoticed.
HOLDOUT_MEASURED = (0.667, 0.100)


def _report(section: str) -> tuple[float, float, list[str]]:
    cases = labelled()[section]
    precision, recall, wrong = measure(cases)
    positives = sum(s for s, _ in cases)
    print(f"\nsafety cue, {section} set ({positives} should show, {len(cases) - positives} should not): "
          f"precision {precision:.3f}, recall {recall:.3f}")
    for line in wrong:
        print("  " + line)
    return precision, recall, wrong


def test_precision_and_recall_meet_the_targets_on_the_labelled_set():
    precision, recall, wrong = _report("tuning")
    assert precision >= TARGET_PRECISION and recall >= TARGET_RECALL, wrong


def test_holdout_numbers_are_reported_and_do_not_get_worse():
    precision, recall, _wrong = _report("holdout")
    assert precision >= HOLDOUT_MEASURED[0] - 1e-3 and recall >= HOLDOUT_MEASURED[1] - 1e-3


@pytest.mark.xfail(strict=True, reason="word rules miss most new phrasings (holdout recall 0.10-0.36); when this "
                                       "passes, write a fresh holdout set: this one has been seen")
def test_holdout_meets_the_targets():
    precision, recall, wrong = _report("holdout")
    assert precision >= TARGET_PRECISION and recall >= TARGET_RECALL, wrong


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
                 "I cut myself a slice of bread.", "It hit me that I miss her.", "She beat me at cards."):
        assert not shows_cue(text), (text, matches(text))


def test_a_negation_in_another_sentence_does_not_hide_it():
    assert shows_cue("I'm not sure why. I want to die.")
    assert shows_cue("Nothing helped today; he hit me again.")


def test_one_sentence_among_many_is_enough():
    text = "Work was fine. We had pasta.\n\nLater he grabbed me by the throat.\nThen I went to bed."
    assert shows_cue(text)
    assert not shows_cue(text.replace("Later he grabbed me by the throat.", "Later we watched a film."))


def test_empty_and_plain_text():
    assert not shows_cue("")
    assert not shows_cue("   \n  ")
    assert not shows_cue("A quiet day. We talked it through and made up after.")


def test_the_calm_line():
    assert CUE_LINE == ("If you are thinking about hurting yourself, or you are not safe with someone, "
                        "help is there now.")
    assert "!" not in CUE_LINE
