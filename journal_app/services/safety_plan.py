"""A personal safety plan: what the person (ideally with their therapist) has written down to turn to when
things get very hard. Qt-free.

Where it is kept is the person's choice, made when the plan is first saved and changeable later:
- READABLE_LOCKED: a file of its own in the journal's folder (safety-plan.json, 0600, written atomically).
  It is NOT encrypted, so it opens while the journal is locked (the unlock dialog, the locked window, the tray,
  quick capture, `journal-app safety-plan --show`), and anyone who can open this person's files can read it.
- IN_JOURNAL: one row inside the journal (table safety_plan), encrypted with everything else; it opens after
  unlocking.
Changing the choice moves the plan: it is written to the new place first, then taken out of the old one, so a
failure halfway leaves it readable in one place and never lost; a removed file is overwritten before it is
unlinked (best effort: a disk may still keep old blocks).

The plan's words are private even from the rest of the app: no export, summary, statistic, search or guidance
suggestion reads them. The whole journal's file backups (backup.py) copy the in-journal row like any other, so
restoring one restores the plan; the plaintext JSON backup leaves it out."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from journal_app.core.errors import InvalidInput, StorageError
from journal_app.core.files import write_atomic
from journal_app.core.i18n import QT_TRANSLATE_NOOP, medium_date, msg, trans, translate
from journal_app.core.messages import storage_failure
from journal_app.core.paths import refuse_inside_data_folder, shown
from journal_app.core.timeutil import now_utc, to_utc
from journal_app.store import safety_plan_queries as q

if TYPE_CHECKING:
    from journal_app.services.journal import Journal

FILE_NAME = "safety-plan.json"
FORMAT = 1
READABLE_LOCKED = "file"  # its own unencrypted file: readable while the journal is locked
IN_JOURNAL = "journal"  # inside the encrypted journal: readable after unlocking
MAX_SECTION_CHARS = 4_000



@dataclass(frozen=True)
class Section:
    key: str
    title: str
    prompt: str  # one gentle line under the title


# the words are marked for translators (context SafetyPlanDialog); the window translates them where it shows them
SECTIONS: tuple[Section, ...] = (
    Section("warning_signs", QT_TRANSLATE_NOOP("SafetyPlanDialog", "Warning signs"), QT_TRANSLATE_NOOP(
        "SafetyPlanDialog", "The thoughts, feelings or moments that tell me things are starting to get harder.")),
    Section("on_my_own", QT_TRANSLATE_NOOP("SafetyPlanDialog", "Things I can do on my own"), QT_TRANSLATE_NOOP(
        "SafetyPlanDialog", "Small things that have helped me ride out a hard hour before, even a little.")),
    Section("people_places", QT_TRANSLATE_NOOP("SafetyPlanDialog", "People and places that help me feel better"),
            QT_TRANSLATE_NOOP("SafetyPlanDialog",
                              "Who I can be around, and where I can go, to take my mind somewhere else for a while.")),
    Section("ask_for_help", QT_TRANSLATE_NOOP("SafetyPlanDialog", "People I can ask for help"), QT_TRANSLATE_NOOP(
        "SafetyPlanDialog", "People I can tell that I am struggling, with a way to reach each of them.")),
    Section("professionals", QT_TRANSLATE_NOOP("SafetyPlanDialog", "Professionals and services"), QT_TRANSLATE_NOOP(
        "SafetyPlanDialog", "My therapist, my doctor, a crisis line and the emergency number, each with its number.")),
    Section("surroundings", QT_TRANSLATE_NOOP("SafetyPlanDialog", "Making my surroundings safer"), QT_TRANSLATE_NOOP(
        "SafetyPlanDialog", "What I can put away, give to someone to keep, or stay away from while things are hard.")),
    Section("what_matters", QT_TRANSLATE_NOOP("SafetyPlanDialog", "What matters to me"), QT_TRANSLATE_NOOP(
        "SafetyPlanDialog", "People, plans and reasons that are worth staying safe for.")),
)
KEYS = tuple(s.key for s in SECTIONS)

CHOICE_LOCKED_TEXT = QT_TRANSLATE_NOOP(
    "SafetyPlanDialog",
    "It is kept in a separate file in your journal's folder, readable only by your user account, so it opens "
    "from the unlock window, the tray and the command line without your passphrase. That file is not "
    "encrypted: anyone who can open your files (someone using your account, or with your unlocked computer) "
    "could read it.",
)
CHOICE_JOURNAL_TEXT = QT_TRANSLATE_NOOP(
    "SafetyPlanDialog",
    "It is kept inside your journal, encrypted with your passphrase like your entries. While the journal is "
    "locked it cannot be opened, even by you; the crisis page still can.",
)
NONE_READABLE = QT_TRANSLATE_NOOP(
    "SafetyPlanDialog",
    "There is no safety plan that can be read while the journal is locked. If you keep one inside your "
    "journal, it opens after you unlock it; you can write one there too, ideally with your therapist. If you "
    "need help now, the crisis page opens without unlocking.",
)


@dataclass(frozen=True)
class SafetyPlan:
    sections: dict[str, str] = field(default_factory=dict)  # key -> text; keys from KEYS only
    saved_at: datetime | None = None  # UTC, aware; None until saved

    def text(self, key: str) -> str:
        return self.sections.get(key, "")

    @property
    def is_empty(self) -> bool:
        return not any(self.text(k).strip() for k in KEYS)


def clean(sections: dict[str, str]) -> dict[str, str]:
    """The sections as they will be kept: known keys only, NUL removed, trailing space trimmed. Raises
    InvalidInput (nothing saved) for a section that is too long or holds a character that cannot be stored."""
    kept: dict[str, str] = {}
    for section in SECTIONS:
        value = (sections.get(section.key) or "").replace("\x00", "").replace("\r\n", "\n").rstrip()
        if any("\ud800" <= ch <= "\udfff" for ch in value):
            raise InvalidInput(msg("safety_plan", "“{title}” holds a broken character that cannot be stored; please "
                                   "retype it. Nothing was saved.",
                                   title=section.title))
        if len(value) > MAX_SECTION_CHARS:
            raise InvalidInput(msg("safety_plan", "“{title}” is longer than {max_section_chars:,} characters; please "
                                   "shorten it. Nothing was saved.",
                                   title=section.title, max_section_chars=MAX_SECTION_CHARS))
        if value:
            kept[section.key] = value
    return kept


def _encode(plan: SafetyPlan) -> str:
    saved = plan.saved_at.isoformat() if plan.saved_at else None
    return json.dumps({"v": FORMAT, "sections": plan.sections, "saved_at": saved}, ensure_ascii=False,
                      indent=1)


def _decode(data: str, fallback_saved: datetime | None = None) -> SafetyPlan | None:
    try:
        raw = json.loads(data)
    except ValueError:
        return None
    if not isinstance(raw, dict) or not isinstance(raw.get("sections"), dict):
        return None
    sections = {k: v for k, v in raw["sections"].items() if k in KEYS and isinstance(v, str) and v}
    saved = fallback_saved
    if isinstance(raw.get("saved_at"), str):
        try:
            saved = to_utc(datetime.fromisoformat(raw["saved_at"]))
        except ValueError:
            pass
    return SafetyPlan(sections, saved)


# -- the file (readable while locked) -------------------------------------------------------------------
def file_path(data_dir: Path | str) -> Path:
    return Path(data_dir) / FILE_NAME


def read_file(data_dir: Path | str) -> SafetyPlan | None:
    """The plan kept readable while locked, or None when there is none. Needs no journal and no passphrase.
    A file that cannot be read or understood raises StorageError saying so (it is left as it is)."""
    path = file_path(data_dir)
    try:
        data = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise StorageError(msg("safety_plan", "Your safety plan ({path}) could not be read: {reason}. It was left as "
                               "it is.",
                               path=shown(path), reason=getattr(exc, 'strerror', None) or exc)) from None
    plan = _decode(data)
    if plan is None:
        raise StorageError(msg("safety_plan", "Your safety plan ({path}) is not in a form this app can read. It was "
                               "left as it is; you can open it in a text editor.",
                               path=shown(path)))
    return plan


def _write_file(data_dir: Path, plan: SafetyPlan) -> None:
    path = file_path(data_dir)
    try:
        write_atomic(path, _encode(plan).encode("utf-8"))
        os.chmod(path, 0o600)
    except OSError as exc:
        raise StorageError(storage_failure(exc.strerror or str(exc))) from None


def _remove_file(data_dir: Path) -> None:
    """Take the file away: overwritten with zeros, synced, then unlinked (best effort against old blocks)."""
    path = file_path(data_dir)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    try:
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0))
        try:
            os.write(fd, b"\0" * size)
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        pass  # unlinking below is what matters
    try:
        path.unlink()
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StorageError(
            msg("safety_plan", "The file {path} that kept your safety plan readable while locked could not be "
                "removed: {reason}. Your plan is kept inside the journal as well; please delete that file yourself.",
                path=shown(path), reason=exc.strerror or exc)) from None


# -- inside the journal -----------------------------------------------------------------------------------
def _read_row(journal: Journal) -> SafetyPlan | None:
    with journal.reading() as conn:
        row: tuple[str, datetime | None] | None = q.get(conn)
    if row is None:
        return None
    data, saved_at = row
    return _decode(data, saved_at) or SafetyPlan({}, saved_at)


def _has_row(journal: Journal) -> bool:
    with journal.reading() as conn:
        return q.get(conn) is not None


# -- the use cases --------------------------------------------------------------------------------------
def where(journal: Journal) -> str | None:
    """READABLE_LOCKED, IN_JOURNAL, or None when there is no plan yet."""
    if file_path(journal.data_dir).exists():
        return READABLE_LOCKED
    return IN_JOURNAL if _has_row(journal) else None


def load(journal: Journal) -> SafetyPlan | None:
    """The plan, wherever it is kept (the file first: it is where the latest choice put it). Restoring a
    backup made while the plan was inside the journal can bring an older row back beside the file: the row
    is then taken out, so the plan is never kept in two places."""
    found = read_file(journal.data_dir)
    if found is None:
        return _read_row(journal)
    if not journal.read_only and _has_row(journal):
        with journal.writing() as conn:
            q.clear(conn)
    return found


def save(journal: Journal, sections: dict[str, str], *, readable_when_locked: bool) -> SafetyPlan:
    """Keep the plan in the chosen place, and nowhere else."""
    saved_at = now_utc()
    plan = SafetyPlan(clean(sections), saved_at)
    data_dir = journal.data_dir
    if readable_when_locked:
        if journal.read_only:
            raise InvalidInput(msg("safety_plan", "This journal's folder cannot be written here, so the plan could "
                                   "not be saved. Nothing was changed."))
        _write_file(data_dir, plan)
        with journal.writing() as conn:
            q.clear(conn)
    else:
        with journal.writing() as conn:
            q.put(conn, _encode(plan), saved_at)
        _remove_file(data_dir)
    return plan


def delete(journal: Journal) -> None:
    """Remove the plan from both places."""
    with journal.writing() as conn:
        q.clear(conn)
    _remove_file(journal.data_dir)


def refuse_target(target: Path | str, data_dir: Path | str) -> None:
    """A printed copy is never written into the journal's own folder (InvalidInput, nothing written)."""
    refuse_inside_data_folder(target, data_dir, "export")


# -- as text (the command line, the PDF) ------------------------------------------------------------------
def heading_lines(plan: SafetyPlan) -> list[str]:
    when = trans("safety plan", "Last changed {date}.", date=medium_date(to_utc(plan.saved_at).astimezone().date())
                 ) if plan.saved_at else ""
    return [trans("safety plan", "My safety plan"), when]


def section_words(section: Section) -> tuple[str, str]:
    """A section's title and prompt in the person's language."""
    return translate("SafetyPlanDialog", section.title), translate("SafetyPlanDialog", section.prompt)


def plain_text(plan: SafetyPlan) -> str:
    """The plan for a terminal: each section's title and what is written there (or that it is empty)."""
    lines = [line for line in heading_lines(plan) if line]
    for section in SECTIONS:
        title = section_words(section)[0]
        lines += ["", title, "-" * len(title)]
        lines.append(plan.text(section.key) or trans("safety plan", "(nothing written here yet)"))
    lines += ["", trans("safety plan", "If you are in danger now, call your local emergency number. The crisis "
                        "page: journal-app crisis")]
    return "\n".join(lines) + "\n"


def page_size() -> str:
    """Letter where the locale's country uses it (US, CA), else A4."""
    from journal_app.services import crisis

    return "Letter" if crisis.normalise(crisis.country_from_environment()) in ("US", "CA") else "A4"
