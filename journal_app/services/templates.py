"""Structured reflection: short prompts an entry can hold (toggled per entry), the built-in "Reflection"
set and the person's own sets, kept in templates.json in the data folder. Qt-free.

A template goes into the entry's body as one line per prompt, the question as it reads, with room to answer
under it (the editor shows prompt lines in bold; the text holds no Markdown markers the person would see):

    What happened?
    (the answer)

    What did I feel?

Entries written before this kept their prompts as bold Markdown (`**What happened?**`); those lines are
still recognised as prompts everywhere (`prompt_lines`).

Taking the prompts out again (`strip_unanswered`) removes only a prompt line of that template and the blank
lines under it, when nothing but blank lines follows it before the next prompt: whatever the person typed
stays.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from journal_app.core.errors import InvalidInput, StorageError
from journal_app.core.i18n import QT_TRANSLATE_NOOP, msg, translate

FILE_NAME = "templates.json"
SET_ASIDE_NAME = "templates-unreadable.json"
FORMAT_VERSION = 1
MAX_NAME_CHARS = 80
MAX_PROMPT_CHARS = 200
MAX_PROMPTS = 20
MAX_TEMPLATES = 100
MAX_FILE_BYTES = 1_000_000


@dataclass(frozen=True)
class Template:
    """A named set of prompts; `builtin` ones ship with the app and cannot be changed (only copied). `also`: the
    same prompts in the source language (a built-in shown in another language still finds the lines entries got
    in English)."""

    name: str
    prompts: tuple[str, ...]
    builtin: bool = False
    also: tuple[str, ...] = ()


# The built-in set, marked for translators (context "templates"); shown through reflection() / builtins()
REFLECTION = Template(
    QT_TRANSLATE_NOOP("templates", "Reflection"),
    (
        QT_TRANSLATE_NOOP("templates", "What happened?"),
        QT_TRANSLATE_NOOP("templates", "What did I feel?"),
        QT_TRANSLATE_NOOP("templates", "What was I afraid of?"),
        QT_TRANSLATE_NOOP("templates", "What did I do?"),
        QT_TRANSLATE_NOOP("templates", "What did I need?"),
        QT_TRANSLATE_NOOP("templates", "Was there repair, or is it still to come?"),
    ),
    builtin=True,
)
BUILTINS: tuple[Template, ...] = (REFLECTION,)  # in English; builtins() gives them in the person's language


def in_language(template: Template) -> Template:
    """A built-in template in the person's language (its English prompts still recognised); others as they are."""
    if not template.builtin:
        return template
    prompts = tuple(translate("templates", p) for p in template.prompts)
    also = template.prompts if prompts != template.prompts else ()
    return Template(translate("templates", template.name), prompts, True, also)


def reflection() -> Template:
    return in_language(REFLECTION)


def builtins() -> tuple[Template, ...]:
    return tuple(in_language(t) for t in BUILTINS)


# -- the body text -------------------------------------------------------------------------------------
def heading(prompt: str) -> str:
    """The prompt's line in the body: the question itself, as it reads."""
    return prompt


def bold_heading(prompt: str) -> str:
    """The line earlier versions wrote: bold Markdown, with any * or \\ in it escaped."""
    return "**" + prompt.replace("\\", "\\\\").replace("*", "\\*") + "**"


def prompt_lines(known: Iterable[Template]) -> dict[str, str]:
    """Every line (stripped) that stands for a prompt of the `known` templates, in either form, and the
    prompt it stands for."""
    lines: dict[str, str] = {}
    for template in known:
        for p in template.prompts:
            lines.setdefault(bold_heading(p), p)
            lines.setdefault(heading(p), p)
        for p, other in zip(template.prompts, template.also):
            lines.setdefault(bold_heading(other), p)
            lines.setdefault(heading(other), p)
    return lines


def render(template: Template) -> str:
    """The prompts, each on its own line with an empty line under it for the answer."""
    return "\n\n".join(heading(p) + "\n" for p in template.prompts)


def _headings(template: Template) -> set[str]:
    return set(prompt_lines((template,)))


def _present(body: str, template: Template) -> set[str]:
    """The template's prompts that have their line in the body (in either form)."""
    lines = prompt_lines((template,))
    return {lines[line.strip()] for line in body.split("\n") if line.strip() in lines}


def has_all_prompts(body: str, template: Template) -> bool:
    """Whether every prompt of the template has its line in the body (the entry "uses" the template)."""
    return bool(template.prompts) and _present(body, template) == set(template.prompts)


def insert(body: str, template: Template) -> tuple[str, int]:
    """The body with the template's prompts added at the end (after a blank line when there is text), leaving
    out prompts already there; and the position just under the first added prompt (for the cursor), or the
    end of the body when nothing was added."""
    present = _present(body, template)
    missing = Template(template.name, tuple(p for p in template.prompts if p not in present))
    if not missing.prompts:
        return body, len(body)
    if not body.strip():  # nothing written: the prompts start on a line of their own
        gap = "" if not body or body.endswith("\n") else "\n"
    else:  # after a blank line
        gap = "" if body.endswith("\n\n") else "\n" if body.endswith("\n") else "\n\n"
    start = len(body) + len(gap)
    return body + gap + render(missing), start + len(heading(missing.prompts[0])) + 1


def strip_unanswered(body: str, template: Template) -> str:
    """The body without the template's prompts that have no answer under them. A prompt is unanswered when
    only blank lines follow it up to the next prompt of the template (or the end). Nothing else changes,
    except that blank lines left at the very end, where removed prompts were, are trimmed."""
    lines = body.split("\n")
    wanted = _headings(template)
    marks = [i for i, line in enumerate(lines) if line.strip() in wanted]
    if not marks:
        return body
    drop: set[int] = set()
    for k, start in enumerate(marks):
        end = marks[k + 1] if k + 1 < len(marks) else len(lines)
        if all(not lines[j].strip() for j in range(start + 1, end)):
            drop.update(range(start, end))
    if not drop:
        return body
    kept = [line for i, line in enumerate(lines) if i not in drop]
    if len(lines) - 1 in drop:  # prompts removed at the end: take the blank lines left before them too
        while kept and not kept[-1].strip():
            kept.pop()
    return "\n".join(kept)


def without_prompts(body: str, known: Iterable[Template]) -> str:
    """The body without the prompt lines of the `known` templates (answers and all else kept)."""
    headings = prompt_lines(known)
    return "\n".join(line for line in body.split("\n") if line.strip() not in headings)


# -- checking a template ------------------------------------------------------------------------------
def parse_prompts(text: str) -> tuple[str, ...]:
    """Prompts written one per line; empty lines are skipped."""
    return tuple(line.strip() for line in (text or "").splitlines() if line.strip())


def clean_template(name: str, prompts: Iterable[str]) -> Template:
    """A user template from a name and prompts, or InvalidInput saying calmly what to change."""
    name = " ".join(str(name or "").split())
    if not name:
        raise InvalidInput(msg("templates", "The template needs a name."))
    if len(name) > MAX_NAME_CHARS:
        raise InvalidInput(msg("templates", "The template name is longer than {max_name_chars} characters; please "
                               "shorten it.",
                               max_name_chars=MAX_NAME_CHARS))
    cleaned = tuple(" ".join(str(p).split()) for p in prompts)
    cleaned = tuple(p for p in cleaned if p)
    if not cleaned:
        raise InvalidInput(msg("templates", "“{name}” needs at least one prompt (one per line).",
                               name=name))
    if len(cleaned) > MAX_PROMPTS:
        raise InvalidInput(msg("templates", "“{name}” has more than {max_prompts} prompts; please keep it to "
                               "{max_prompts}.",
                               name=name, max_prompts=MAX_PROMPTS))
    for prompt in cleaned:
        if len(prompt) > MAX_PROMPT_CHARS:
            raise InvalidInput(msg("templates", "A prompt in “{name}” is longer than {max_prompt_chars} characters; "
                                   "please shorten it.",
                                   name=name, max_prompt_chars=MAX_PROMPT_CHARS))
        if any(ord(ch) < 32 or 0xD800 <= ord(ch) <= 0xDFFF for ch in prompt):
            raise InvalidInput(msg("templates", "A prompt in “{name}” holds a character that cannot be stored; "
                                   "please retype it.",
                                   name=name))
    if any(0xD800 <= ord(ch) <= 0xDFFF or ord(ch) < 32 for ch in name):
        raise InvalidInput(msg("templates", "The template name holds a character that cannot be stored; please "
                               "retype it."))
    return Template(name, cleaned)


def check_names(templates: Sequence[Template]) -> None:
    """InvalidInput when two templates (or one and a built-in) share a name."""
    seen = {t.name.casefold() for t in (*BUILTINS, *builtins())}
    for t in templates:
        key = t.name.casefold()
        if key in seen:
            raise InvalidInput(msg("templates", "There is already a template called “{name}”; please choose another "
                                   "name.", name=t.name))
        seen.add(key)
    if len(templates) > MAX_TEMPLATES:
        raise InvalidInput(msg("templates", "There can be at most {max_templates} templates of your own.",
                               max_templates=MAX_TEMPLATES))


# -- the file -----------------------------------------------------------------------------------------
class TemplateStore:
    """The person's templates in `data_dir`/templates.json (written all at once, owner-only), with the
    built-ins always first. A file that cannot be read leaves the built-ins available and sets `problem` to a
    calm message naming the file; it is set aside (never lost) before the first save over it."""

    def __init__(self, data_dir: Path | str) -> None:
        self.data_dir = Path(data_dir)
        self._problem: str | None = None
        self._own: tuple[Template, ...] | None = None
        self._unreadable = False

    @property
    def problem(self) -> str | None:
        """Why the person's own templates could not be read (None when they could, or there are none)."""
        self.own()
        return self._problem

    @property
    def path(self) -> Path:
        return self.data_dir / FILE_NAME

    def templates(self) -> tuple[Template, ...]:
        """Built-ins, then the person's own, in the order they were saved (read once, then kept)."""
        return builtins() + self.own()

    def own(self) -> tuple[Template, ...]:
        if self._own is None:
            self._own = self._load()
        return self._own

    def find(self, name: str) -> Template | None:
        return next((t for t in self.templates() if t.name == name), None)

    def reload(self) -> tuple[Template, ...]:
        self._own = None
        return self.templates()

    def _load(self) -> tuple[Template, ...]:
        self._problem, self._unreadable = None, False
        try:
            size = self.path.stat().st_size
        except FileNotFoundError:
            return ()
        except OSError as exc:
            return self._failed(exc.strerror or str(exc))
        if size > MAX_FILE_BYTES:
            return self._failed("it is larger than a template file can be")
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            return _from_json(raw)
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            return self._failed(getattr(exc, "strerror", None) or "it is not readable template data")
        except InvalidInput as exc:
            return self._failed(str(exc))

    def _failed(self, why: str) -> tuple[Template, ...]:
        self._unreadable = True
        self._problem = (f"Your own templates could not be read from {self.path} ({why.rstrip('.')}). "
                        "The built-in Reflection prompts are still here, and the file was left as it is.")
        return ()

    def save(self, templates: Sequence[Template]) -> None:
        """Replace the person's own templates (built-ins passed in are ignored). InvalidInput for a bad
        template or a repeated name; StorageError when the file cannot be written (the old one stays)."""
        from journal_app.core.files import write_atomic

        own = tuple(clean_template(t.name, t.prompts) for t in templates if not t.builtin)
        check_names(own)
        data = {"version": FORMAT_VERSION,
                "templates": [{"name": t.name, "prompts": list(t.prompts)} for t in own]}
        try:
            self.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            if self._unreadable and self.path.exists():
                self._set_aside()
        except OSError as exc:
            raise StorageError(msg("templates", "Your templates were not saved: {reason}. The ones you had are "
                                   "unchanged.",
                                   reason=exc.strerror or exc)) from None
        write_atomic(self.path, (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
        self._own, self._problem, self._unreadable = own, None, False

    def _set_aside(self) -> Path:
        """Rename the unreadable file to a free templates-unreadable[-N].json beside it (none overwritten)."""
        stem, n = Path(SET_ASIDE_NAME).stem, 1
        target = self.data_dir / SET_ASIDE_NAME
        while target.exists():
            n += 1
            target = self.data_dir / f"{stem}-{n}.json"
        os.replace(self.path, target)
        return target


def _from_json(raw: object) -> tuple[Template, ...]:
    if not isinstance(raw, dict) or raw.get("version") != FORMAT_VERSION or not isinstance(
            raw.get("templates"), list):
        raise InvalidInput(msg("templates", "it is not a template file this version of the app understands"))
    out = []
    for item in raw["templates"]:
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not isinstance(
                item.get("prompts"), list) or not all(isinstance(p, str) for p in item["prompts"]):
            raise InvalidInput(msg("templates", "a template in it is missing its name or prompts"))
        out.append(clean_template(item["name"], item["prompts"]))
    check_names(out)
    return tuple(out)
