"""Issue 19's acceptance for German: with LANG=de_DE.UTF-8, `journal-app stats` prints German sentences and the
summary PDF is German throughout, read back with pypdf. The journal's own words (titles, texts, names) are
written in German here, so any English left in the output is the app's own."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from tests.cli.conftest import add, run_subprocess

# The app's English that has no place in a German summary or in German `stats` output: whole words, matched
# case-insensitively. (Names of things that stay as they are, such as "PDF", "CSV" or "TheraFocus", are not here.)
ENGLISH_WORDS = (
    "the", "and", "of", "to", "with", "you", "your", "this", "that", "were", "came", "up", "down",
    "entry", "entries", "moment", "moments", "trigger", "triggers", "period", "before", "since", "session",
    "summary", "between", "prepared", "page", "numbers", "change", "what", "stands", "out", "week", "weeks",
    "starting", "month", "day", "days", "often", "how", "intense", "intensity", "average", "people", "who",
    "named", "need", "repair", "repaired", "reassurance", "quiet", "pushed", "pulled", "abandonment", "fear",
    "withdrawal", "push-pull", "share", "shared", "chose", "private", "totals", "mean", "none", "nothing",
    "times", "once", "twice", "mar", "may", "jun", "jul", "oct", "dec", "january", "february", "march", "june",
    "july", "october", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "therapist", "client", "friend",
)  # words German also has ("in", "was", "Person", "Partner", "Nov") are left out
WORD = re.compile(r"[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß'-]*")
GERMAN_SIGNS = ("Einträge", "Auslöser", "Zeitraum", "kam ", " von ")

# what a person might write, in German (no word of it is in ENGLISH_WORDS)
MOMENTS = (
    ("Keine Antwort", "Er hat den ganzen Abend nicht zurückgeschrieben. Ich habe ständig aufs Handy geschaut.",
     "abandonment-fear:7", "sought-reassurance", "partly"),
    ("Still geworden", "Beim Essen wurde es laut, und ich habe einfach nichts mehr gesagt.",
     "withdrawal:5", "went-quiet", "not-yet"),
    ("Hin und her", "Erst wollte ich ihn nah bei mir, dann habe ich einen Streit angefangen.",
     "push-pull:6", "pushed-then-pulled", "yes"),
    ("Gesagt, was ich brauche", "Ich habe ruhig gesagt, dass ich mir eine kurze Nachricht wünsche.",
     "abandonment-fear:4", "named-my-need", "yes"),
)


@pytest.fixture
def german_journal(ready, monkeypatch):
    """A journal written in German across two 4-week periods, every entry marked to share; the runner then
    runs with LANG=de_DE.UTF-8 as a German user's shell would."""
    today = date.today()
    for days_ago in range(1, 62, 3):  # over 8 weeks: the 4 weeks before are compared
        title, text, trigger, response, repair = MOMENTS[days_ago % len(MOMENTS)]
        add(ready, text, "--title", title, "--trigger", trigger, "--response", response, "--repair", repair,
            "--person", "Sam" if days_ago % 2 else "Mia", "--share",
            "--at", (today - timedelta(days=days_ago)).isoformat() + "T20:00")
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    return ready


def english_left(text: str, own_words: str = "") -> list[str]:
    """The words of `text` that are app English (not counting words the journal's own texts contain)."""
    own = {w.casefold() for w in WORD.findall(own_words)}
    return sorted({w for w in WORD.findall(text) if w.casefold() in ENGLISH_WORDS and w.casefold() not in own})


def journal_words() -> str:
    return " ".join(" ".join(m[:2]) for m in MOMENTS) + " Sam Mia"


def test_stats_prints_german_sentences(german_journal):
    result = german_journal("stats", "--from", (date.today() - timedelta(days=27)).isoformat())
    assert result.code == 0, result.err
    sentences = [line for line in result.out.splitlines() if line.endswith(".")]
    assert len(sentences) >= 3, result.out
    text = "\n".join(sentences)
    for sign in ("Einträge", "kam ", "in den letzten 4 Wochen", "4 Wochen davor"):
        assert sign in text, (sign, result.out)
    assert english_left(text, journal_words()) == [], result.out
    # the table too: the triggers by their German names, not by the ids --trigger takes
    assert english_left(result.out, journal_words()) == [], result.out
    assert any(line.startswith("Verlustangst") for line in result.out.splitlines()), result.out


def test_stats_json_keeps_english_keys_and_says_its_sentences_in_german(german_journal):
    data = german_journal("stats", "--json").json()
    assert {"entries", "triggers", "insights"} <= set(data)  # keys stay English
    assert data["insights"] and all(english_left(s, journal_words()) == [] for s in data["insights"])


def test_the_summary_pdf_is_german_throughout(german_journal, data_dir, tmp_path):
    pypdf = pytest.importorskip("pypdf")
    out = tmp_path / "zusammenfassung.pdf"
    # in its own process, as a German user runs it (and so no Qt application is left behind in this one)
    result = run_subprocess(["--data-dir", str(data_dir), "export", "--from",
                             (date.today() - timedelta(days=27)).isoformat(), "--note", "Bitte über Sam reden.",
                             "--with-questions", str(out)], env_extra={"LANG": "de_DE.UTF-8"})
    assert result.code == 0, result.err
    reader = pypdf.PdfReader(str(out))
    pages = [page.extract_text() for page in reader.pages]
    text = " ".join("\n".join(pages).split())  # pypdf may put tabs between words
    for sign in GERMAN_SIGNS:
        assert sign in text, sign
    left = english_left(text, journal_words() + " Bitte über Sam reden")
    assert left == [], f"English words in the German summary: {left}"
    assert re.search(r"\b\d{2}\.\d{2}\.\d{4}\b", pages[0]), "German dates (14.03.2026) on page 1"
    assert re.search(r"Seite\s+1\s+von\s+\d", pages[0]), "German page numbers"


def test_list_writes_dates_the_german_way(german_journal):
    """`journal-app list` in German: 06.12.2026 20:00, not the English table's 2026-12-06."""
    day = date.today() - timedelta(days=1)
    result = german_journal("list", "--limit", "3")
    assert result.code == 0, result.err
    assert f"{day:%d.%m.%Y} 20:00" in result.out, result.out
    assert f"{day:%Y-%m-%d}" not in result.out
