"""The guidance articles (resources/guidance) and the guidance service: every article is complete, suggestions
follow what was tagged and written (and stay quiet for neutral text), search finds articles, and broken
files are reported by name while the rest still load."""

from __future__ import annotations

import logging
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from journal_app.models.values import BUILTIN_TRIGGERS
from journal_app.services.guidance import CRISIS_ID, TOPICS, Library, normalise, resources_dir


@pytest.fixture(scope="module")
def library() -> Library:
    return Library.load()


def test_all_articles_load_without_problems(library):
    assert library.problems == []
    assert len(library.articles()) >= 14


@pytest.mark.parametrize("trigger", BUILTIN_TRIGGERS, ids=lambda t: t.slug)
def test_every_builtin_trigger_has_at_least_two_articles(library, trigger):
    articles = library.for_trigger(trigger.slug)
    assert len(articles) >= 2
    assert articles[0].id == trigger.slug  # its own article first


def test_every_article_is_complete(library):
    ids = {a.id for a in library.articles()}
    for a in library.articles():
        assert a.title and a.summary and a.source, a.id
        assert len(a.prompts) >= 3 and all(p.endswith("?") for p in a.prompts), a.id
        assert a.related and set(a.related) <= ids and a.id not in a.related, a.id
        assert a.topic in TOPICS
        body = a.markdown()
        assert body.startswith(f"# {a.title}"), a.id
        assert "Source:" in body and "TheraFocus" in body, a.id  # credit in the footer
        for prompt in a.prompts:  # the questions are in the article too
            assert prompt in body, (a.id, prompt)


def test_the_required_topics_are_covered(library):
    ids = {a.id for a in library.articles()}
    assert {"abandonment-fear", "withdrawal", "push-pull", "attachment-styles", "secure-attachment",
            "internal-working-models", "why-patterns-repeat", "earned-security", "emotional-regulation",
            "therapist-secure-base", "therapy-approaches", "common-questions", "preparing-for-session"} <= ids


def test_figures_are_the_articles_and_credited(library):
    def text(article_id):
        return library.get(article_id).markdown()

    assert "70–75%" in text("therapy-approaches") or "70-75%" in text("therapy-approaches")
    assert "90%" in text("therapy-approaches")
    assert "25–30%" in text("earned-security") or "25-30%" in text("earned-security")
    assert "50%" in text("attachment-styles") or "half" in text("attachment-styles")


def test_no_diagnosing_words(library):
    for a in library.articles():
        words = normalise(a.markdown())
        for bad in (" you are anxiously attached ", " you have a disorder ", " you are avoidant ", " diagnosis "):
            assert bad not in words, (a.id, bad)


def test_crisis_page_says_it_is_not_an_emergency_service(library):
    crisis = library.crisis_markdown()
    assert crisis.startswith("# If you are in crisis")
    assert "988" in crisis and "116 123" in crisis and "emergency" in crisis.lower()


# -- suggestions ------------------------------------------------------------------------------------
SENTENCES = [
    ("He didn't text back all evening and I couldn't sleep.", "abandonment-fear"),
    ("She left me on read again, third time this week.", "abandonment-fear"),
    ("I was sure he was going to leave me after the argument.", "abandonment-fear"),
    ("When she raised her voice I just shut down and said nothing.", "withdrawal"),
    ("I told him I need space and went for a drive.", "withdrawal"),
    ("We had a perfect weekend and then I picked a fight on Sunday night.", "push-pull"),
    ("I pushed him away, then texted him at 2am begging him to come over.", "push-pull"),
    ("My heart was racing and I was about to send a long angry message.", "in-the-moment"),
    ("I snapped at her over the dishes and felt awful after.", "emotional-regulation"),
    ("Here we go again, it's the same pattern with every partner.", "why-patterns-repeat"),
    ("I don't remember much of my childhood, does that matter?", "common-questions"),
    ("Therapy tomorrow and I want to bring it up but I'm nervous.", "preparing-for-session"),
    ("We talked it through calmly, I handled it differently this time.", "earned-security"),
    ("I'm annoyed with my therapist for cancelling.", "therapist-secure-base"),
]


@pytest.mark.parametrize("sentence, expected", SENTENCES)
def test_keywords_suggest_the_expected_article(library, sentence, expected):
    found = library.suggest(sentence)
    assert found, sentence
    assert found[0].article.id == expected
    assert found[0].reason.startswith("Because you wrote \u201c")


@pytest.mark.parametrize("sentence", [
    "We had dinner and watched a film.",
    "Work was busy today, lots of meetings and a long commute.",
    "The weather was lovely so I went for a walk in the park.",
    "Bought groceries, cooked pasta, called the plumber about the leak.",
    "Left the office at six and took the train home.",
])
def test_neutral_text_suggests_nothing(library, sentence):
    assert library.suggest(sentence) == []


def test_tagged_triggers_come_first_with_their_reason(library):
    found = library.suggest("I need space", tagged=[("push-pull", "Push-pull")])
    assert found[0].article.id == "push-pull" and found[0].reason == "Because you tagged Push-pull"
    tagged = [s.article.id for s in found if s.reason.startswith("Because you tagged")]
    assert set(tagged) <= {a.id for a in library.for_trigger("push-pull")}
    assert any(s.article.id == "withdrawal" and "need space" in s.reason for s in found)
    assert len(found) <= 5 and len({s.article.id for s in found}) == len(found)


def test_custom_trigger_links_show_for_that_trigger(library):
    found = library.suggest("", tagged=[("jealousy", "Jealousy")],
                            links={"jealousy": ("why-patterns-repeat", "no-such-article")})
    assert [(s.article.id, s.reason) for s in found] == [("why-patterns-repeat", "Because you tagged Jealousy")]


def test_matching_ignores_case_apostrophes_and_partial_words(library):
    assert library.suggest("HE DIDNT TEXT BACK")[0].article.id == "abandonment-fear"
    assert library.suggest("He didn\u2019t text back")[0].article.id == "abandonment-fear"
    assert library.suggest("The theft was reported") == []  # "eft" is not inside other words


# -- search -----------------------------------------------------------------------------------------
def test_search_ranks_titles_first_and_needs_every_word(library):
    assert library.search("regulation")[0].id == "emotional-regulation"
    assert library.search("emotionally focused")[0].id == "therapy-approaches"
    assert library.search("earned secur")[0].id == "earned-security"  # the last word as a prefix
    assert library.search("zzzz nothing") == []
    assert len(library.search("")) == len(library.articles())


# -- broken files -----------------------------------------------------------------------------------
GOOD = """\
+++
id = "{id}"
title = "A good one"
summary = "Fine."
topic = "Your patterns"
triggers = ["withdrawal"]
keywords = ["went quiet"]
prompts = ["One?", "Two?", "Three?"]
related = [{related}]
source = "The article."
+++

# A good one

Words.
"""


def test_broken_files_are_reported_by_name_and_the_rest_load(tmp_path, caplog):
    folder = tmp_path / "guidance"
    folder.mkdir()
    (folder / "good.md").write_text(GOOD.format(id="good", related='"missing-one"'), encoding="utf-8")
    (folder / "other.md").write_text(GOOD.format(id="other", related='"good"'), encoding="utf-8")
    (folder / "no-front.md").write_text("# Just a heading\n", encoding="utf-8")
    (folder / "bad-toml.md").write_text("+++\nid = \"bad-toml\nTitle\n+++\n", encoding="utf-8")
    (folder / "no-title.md").write_text(GOOD.format(id="no-title", related="").replace('title = "A good one"\n', ""),
                                        encoding="utf-8")
    (folder / "bad-slug.md").write_text(GOOD.format(id="bad-slug", related="").replace('"withdrawal"', '"sulking"'),
                                        encoding="utf-8")
    (folder / "renamed.md").write_text(GOOD.format(id="something-else", related=""), encoding="utf-8")
    (folder / "few-prompts.md").write_text(GOOD.format(id="few-prompts", related="").replace(', "Three?"', ""),
                                           encoding="utf-8")
    (folder / "unclosed.md").write_text("+++\nid = \"unclosed\"\n", encoding="utf-8")
    (folder / "latin1.md").write_bytes("+++\nid = \"latin1\"\ntitle = \"caf\xe9\"\n+++\n".encode("latin-1"))

    with caplog.at_level(logging.WARNING, logger="journal_app.services.guidance"):
        lib = Library.load(folder)
    assert [a.id for a in lib.articles()] == ["good", "other"]
    assert lib.get("good").related == ()  # the unknown link was dropped, the article kept
    problems = "\n".join(lib.problems)
    for name, why in [("no-front.md", "+++"), ("bad-toml.md", "not valid TOML"), ("no-title.md", "no title"),
                      ("bad-slug.md", "unknown trigger(s): sulking"), ("renamed.md", "is not its file name"),
                      ("few-prompts.md", "at least 3"), ("unclosed.md", "no closing"),
                      ("latin1.md", "could not be read"), ("good.md", "unknown article(s): missing-one")]:
        assert f"{name}" in problems and why in problems, name
        assert any(name in r.getMessage() for r in caplog.records), name
    assert lib.suggest("I went quiet")[0].article.id == "good"


def test_a_missing_folder_is_a_problem_not_a_crash(tmp_path):
    lib = Library.load(tmp_path / "nowhere")
    assert lib.articles() == [] and lib.suggest("I need space") == []


def test_resources_dir_can_be_moved(monkeypatch, tmp_path):
    monkeypatch.setenv("JOURNAL_APP_RESOURCES", str(tmp_path))
    assert resources_dir() == tmp_path
    monkeypatch.delenv("JOURNAL_APP_RESOURCES")
    assert (resources_dir() / "guidance").is_dir() and (resources_dir() / f"{CRISIS_ID}.md").is_file()


def test_no_sentence_is_copied_from_the_source_article():
    """The project's own check (shared tooling; skipped where it is not present, e.g. on CI)."""
    root = Path(__file__).resolve().parents[2]
    tool = root.parent / "shared" / "tools" / "seed_overlap.py"
    if not tool.exists():
        pytest.skip("seed_overlap.py is not available here")
    done = subprocess.run([sys.executable, str(tool), str(root)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, textwrap.shorten(done.stdout, 2000)


def test_custom_trigger_links_are_kept_in_the_journal(journal):
    jealousy = journal.add_trigger("Jealousy")
    journal.link_guidance(jealousy.id, ["why-patterns-repeat", "abandonment-fear", "why-patterns-repeat"])
    assert journal.guidance_links() == {"jealousy": ("why-patterns-repeat", "abandonment-fear")}
    journal.link_guidance(jealousy.id, [])
    assert journal.guidance_links() == {}
