"""Structured-reflection templates (journal_app/services/templates.py): the body text they make, taking unanswered
prompts out again without ever losing what was typed, and the person's own templates in templates.json."""

from __future__ import annotations

import json
import stat

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from journal_app.core.errors import InvalidInput
from journal_app.services import templates as tpl
from journal_app.services.templates import REFLECTION, Template, TemplateStore


def test_render_is_plain_prompt_lines_with_room_to_answer():
    t = Template("Two", ("What happened?", "Was it *really* so?"))
    assert tpl.render(t) == "What happened?\n\n\nWas it *really* so?\n"
    assert "**" not in tpl.render(REFLECTION)


def test_insert_after_a_blank_line_and_cursor_under_the_first_prompt():
    body, cursor = tpl.insert("", REFLECTION)
    assert body == tpl.render(REFLECTION)
    assert body[:cursor] == "What happened?\n"
    body, cursor = tpl.insert("We argued.", REFLECTION)
    assert body.startswith("We argued.\n\nWhat happened?\n")
    assert body[:cursor].endswith("What happened?\n")
    assert tpl.insert("We argued.\n", REFLECTION)[0].startswith("We argued.\n\nWhat")
    assert tpl.insert("We argued.\n\n", REFLECTION)[0].startswith("We argued.\n\nWhat")


def test_insert_skips_prompts_already_there():
    answered = "What happened?\nA call went unanswered.\n"
    body, _ = tpl.insert(answered, REFLECTION)
    assert body.count("What happened?") == 1
    assert tpl.has_all_prompts(body, REFLECTION)
    assert tpl.insert(body, REFLECTION) == (body, len(body))


def test_prompts_written_as_bold_markdown_by_earlier_versions_are_still_prompts():
    old = "Before.\n\n**What happened?**\nShe was late\n\n**What did I feel?**\n\n"
    body, _ = tpl.insert(old, REFLECTION)
    assert body.count("What happened?") == 1 and body.count("What did I feel?") == 1
    assert tpl.has_all_prompts(body, REFLECTION)
    assert tpl.strip_unanswered(body, REFLECTION) == "Before.\n\n**What happened?**\nShe was late"
    assert tpl.without_prompts(old, [REFLECTION]).split() == ["Before.", "She", "was", "late"]
    escaped = Template("Odd", ("Was it *really* so?",))
    assert tpl.has_all_prompts("**Was it \\*really\\* so?**\n", escaped)


def test_strip_keeps_answers_and_removes_the_rest():
    body, _ = tpl.insert("Before.", REFLECTION)
    body = body.replace("What did I feel?\n", "What did I feel?\nSmall, and scared.\n")
    out = tpl.strip_unanswered(body, REFLECTION)
    assert out == "Before.\n\nWhat did I feel?\nSmall, and scared."
    assert tpl.strip_unanswered(out, REFLECTION) == out
    assert not tpl.has_all_prompts(out, REFLECTION)
    assert tpl.strip_unanswered(tpl.insert("Only this.", REFLECTION)[0], REFLECTION) == "Only this."
    assert tpl.strip_unanswered("No prompts here.\n\n", REFLECTION) == "No prompts here.\n\n"


def test_an_answer_on_the_prompts_own_line_is_kept():
    body = tpl.render(REFLECTION).replace("What did I do?", "What did I do? I left the room.")
    out = tpl.strip_unanswered(body, REFLECTION)
    assert "What did I do? I left the room." in out
    assert "What happened?" not in out


_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)
_prompts = st.lists(st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30)
                    .filter(lambda p: p.strip()), min_size=1, max_size=6)


def _line_at(body: str, line: str, start: int) -> int:
    """Where `line` stands as a whole line in `body`, at or after `start` (not inside other text: a plain
    prompt "0" is also in "00")."""
    at = start
    while True:
        found = body.index(line + "\n", at)
        if found == 0 or body[found - 1] == "\n":
            return found
        at = found + 1


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prefix=_text, prompts=st.one_of(st.just(list(REFLECTION.prompts)), _prompts), data=st.data())
def test_strip_never_loses_typed_text(prefix, prompts, data):
    t = tpl.clean_template("Mine", prompts) if prompts != list(REFLECTION.prompts) else REFLECTION
    heads = set(tpl.prompt_lines([t]))
    assume(len({tpl.heading(p) for p in t.prompts}) == len(t.prompts))
    n = len(t.prompts)
    answers = data.draw(st.lists(st.one_of(st.none(), _text), min_size=n, max_size=n))
    typed = [prefix, *[a or "" for a in answers]]
    assume(not any(line.strip() in heads for a in typed for line in a.split("\n")))

    body, _ = tpl.insert(prefix, t)
    # type each answer just under its prompt, the way the cursor lands there
    for prompt, answer in reversed(list(zip(t.prompts, answers, strict=True))):
        at = _line_at(body, tpl.heading(prompt), len(prefix)) + len(tpl.heading(prompt)) + 1
        body = body[:at] + (answer or "") + body[at:]
    out = tpl.strip_unanswered(body, t)
    lines = [line.strip() for line in out.split("\n")]

    assert out.startswith(prefix.rstrip())
    for prompt, answer in zip(t.prompts, answers, strict=True):
        if answer and answer.strip():
            assert answer.strip() in out
            assert tpl.heading(prompt) in lines
        else:
            assert tpl.heading(prompt) not in lines
    assert tpl.strip_unanswered(out, t) == out
    if not any(a and a.strip() for a in answers) and prefix == prefix.rstrip():
        assert out == prefix  # toggling on and off again leaves the entry exactly as it was


@pytest.mark.parametrize(("name", "prompts", "says"), [
    ("", ["a"], "needs a name"),
    ("x" * 81, ["a"], "longer than 80"),
    ("Mine", ["", "  "], "at least one prompt"),
    ("Mine", ["p"] * 21, "more than 20"),
    ("Mine", ["p" * 201], "longer than 200"),
])
def test_clean_template_says_what_to_change(name, prompts, says):
    with pytest.raises(InvalidInput, match=says):
        tpl.clean_template(name, prompts)


def test_parse_prompts_one_per_line():
    assert tpl.parse_prompts("  One?\n\nTwo?  \r\n") == ("One?", "Two?")


def test_store_round_trip_private_file(tmp_path):
    store = TemplateStore(tmp_path)
    assert store.templates() == (REFLECTION,) and store.problem is None
    mine = Template("After a fight", ("What did I want to say?", "What do I want now?"))
    store.save([REFLECTION, mine])  # the built-in is never written
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert json.loads(store.path.read_text("utf-8"))["templates"] == [
        {"name": "After a fight", "prompts": ["What did I want to say?", "What do I want now?"]}]
    again = TemplateStore(tmp_path)
    assert again.templates() == (REFLECTION, mine)
    assert again.find("After a fight") == mine
    assert not list(tmp_path.glob("*.partial"))


def test_store_refuses_a_repeated_or_builtin_name(tmp_path):
    store = TemplateStore(tmp_path)
    with pytest.raises(InvalidInput, match="already a template"):
        store.save([Template("reflection", ("a",))])
    with pytest.raises(InvalidInput, match="already a template"):
        store.save([Template("Mine", ("a",)), Template("MINE", ("b",))])
    assert not store.path.exists()


@pytest.mark.parametrize("content", [
    b"{not json",
    b"\xff\xfe garbage",
    b"[]",
    b'{"version": 99, "templates": []}',
    b'{"version": 1, "templates": [{"name": "A"}]}',
    b'{"version": 1, "templates": [{"name": "A", "prompts": [1, 2]}]}',
    b'{"version": 1, "templates": [{"name": "A", "prompts": []}]}',
    b'{"version": 1, "templates": [{"name": "Reflection", "prompts": ["a"]}]}',
])
def test_a_malformed_file_leaves_the_builtins_and_names_the_file(tmp_path, content):
    (tmp_path / "templates.json").write_bytes(content)
    store = TemplateStore(tmp_path)
    assert store.templates() == (REFLECTION,)
    assert str(store.path) in store.problem and "still here" in store.problem
    assert (tmp_path / "templates.json").read_bytes() == content  # left as it is


def test_saving_over_an_unreadable_file_sets_it_aside(tmp_path):
    (tmp_path / "templates.json").write_bytes(b"{broken")
    (tmp_path / "templates-unreadable.json").write_bytes(b"older")
    store = TemplateStore(tmp_path)
    assert store.problem
    store.save([Template("Mine", ("One?",))])
    assert store.problem is None
    assert (tmp_path / "templates-unreadable-2.json").read_bytes() == b"{broken"
    assert (tmp_path / "templates-unreadable.json").read_bytes() == b"older"
    assert TemplateStore(tmp_path).templates() == (REFLECTION, Template("Mine", ("One?",)))


def test_a_huge_file_is_not_read(tmp_path):
    (tmp_path / "templates.json").write_bytes(b" " * (tpl.MAX_FILE_BYTES + 1))
    store = TemplateStore(tmp_path)
    assert store.templates() == (REFLECTION,) and "larger" in store.problem


def test_without_prompts_keeps_only_what_was_written():
    body = "Title line\n\n" + tpl.render(REFLECTION).replace("What did I do?\n", "What did I do?\nLeft.\n")
    out = tpl.without_prompts(body, [REFLECTION])
    assert "Left." in out and "Title line" in out and "What" not in out and "repair" not in out
