"""Words the app says to people, in one place. Warm, plain, specific; patterns, never diagnoses.

Ready for translation without importing Qt (the command line never loads it): the fixed sentences the window
shows are marked with QT_TRANSLATE_NOOP("messages", ...), which pyside6-lupdate finds; the window shows them
through QCoreApplication.translate("messages", text) (journal_app/ui/common/i18n.py: message()). Sentences with
something filled in are Messages (journal_app.core.i18n.msg): a message id and its named arguments, worded in the
person's language where they are shown (str(message)), so an error raised on a worker reads the same as one
raised in the window."""

from __future__ import annotations

from journal_app.core.i18n import QT_TRANSLATE_NOOP, Message, msg

QT_SYSTEM_LIBS = (
    "libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 "
    "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-randr0 "
    "libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 libx11-xcb1 fonts-dejavu-core"
)
APT_LINE = f"sudo apt-get install -y {QT_SYSTEM_LIBS}"

SAVED = QT_TRANSLATE_NOOP("messages", "Saved")
SAVING = QT_TRANSLATE_NOOP("messages", "Saving…")
UNSAVED = QT_TRANSLATE_NOOP("messages", "Not saved yet")
NOTHING_TO_SAVE = QT_TRANSLATE_NOOP("messages", "Nothing written yet")

EMPTY_JOURNAL = QT_TRANSLATE_NOOP(
    "messages",
    "Your journal is empty.\n\nWhen a moment in a relationship stays with you, press Ctrl+N and write "
    "about it — a few words are enough. Everything stays on this computer."
)
NO_ENTRY_SELECTED = QT_TRANSLATE_NOOP("messages", "Choose an entry on the left, or press Ctrl+N to write a new one.")
NO_RESULTS = QT_TRANSLATE_NOOP("messages", "Nothing matches. Try fewer words, or clear the filters.")
TRASH_EMPTY = QT_TRANSLATE_NOOP("messages", "The Trash is empty.")
EMPTY_TRASH_QUESTION = QT_TRANSLATE_NOOP(
    "messages",
    "Delete the {n} entries in the Trash for good?\n\nThis cannot be undone. Their words are erased from the "
    "journal file and its search index. Backups made before now still hold them until newer backups replace them."
)
EMPTY_TRASH_QUESTION_ONE = QT_TRANSLATE_NOOP(
    "messages",
    "Delete the entry in the Trash for good?\n\nThis cannot be undone. Its words are erased from the journal "
    "file and its search index. Backups made before now still hold them until newer backups replace them."
)
MOVED_TO_TRASH = QT_TRANSLATE_NOOP("messages", "Moved to the Trash. You can restore it from Trash in the Journal menu.")
TRIGGER_BUILTIN_NOTE = QT_TRANSLATE_NOOP(
    "messages", "Built-in triggers can be hidden, not deleted; old entries keep them."
)
TRIGGER_ARCHIVE_NOTE = QT_TRANSLATE_NOOP("messages", "Archived triggers stay on the entries that already have them.")


def storage_failure(detail: str) -> Message:
    """A calm sentence for a failed read or write of the journal file."""
    low = (detail or "").lower()
    if "full" in low or "no space" in low:
        return msg("messages", "The journal could not be saved because the disk is full. Free some space on it and "
                   "try again. Your journal is unchanged.")
    elif "readonly" in low or "read-only" in low or "permission" in low:
        reason = msg("messages", "the journal's folder is read-only or not yours to write")
    elif "locked" in low or "busy" in low:
        reason = msg("messages", "another program is using the journal right now")
    elif "i/o" in low:
        reason = msg("messages", "the disk reported a read or write error")
    elif "malformed" in low or "not a database" in low:
        reason = msg("messages", "the journal file looks damaged")
    else:
        return msg("messages", "The journal could not be saved or read because {reason}. Your journal is unchanged.",
                   reason=detail or msg("messages", "an unknown problem"))
    return msg("messages", "The journal could not be saved or read because {reason}. Your journal is unchanged.",
               reason=reason)


def save_failed(reason: str | Message) -> Message:
    return msg("messages", "Not saved: {reason} Your text is still here; saving will try again.", reason=reason)


def no_journal(path: str) -> Message:
    return msg("messages", "There is no journal in {path} yet. Start the app once, or run `journal-app init`, to "
               "create one.", path=path)


def unknown_trigger(slug: str, valid: list[str]) -> Message:
    return msg("messages", "There is no trigger called {name}. Known triggers: {known}.", name=repr(slug),
               known=", ".join(valid) or msg("messages", "(none)"))


def bad_intensity(value: str) -> Message:
    return msg("messages", "Intensity {value} is not a whole number from 0 to 10.", value=repr(value))


LOCKED = msg("messages", "This journal is locked: set JOURNAL_APP_PASSPHRASE or run in a terminal to type the "
             "passphrase.")


def wrong_passphrase() -> Message:
    return msg("messages", "That passphrase did not open this journal. Please check it and try again (capital "
               "letters and spaces count). Nothing was changed. If you are certain it is right, the start of the "
               "file may be damaged: keep the folder as it is before trying a backup.")


PASSPHRASE_SET_INTRO = QT_TRANSLATE_NOOP(
    "messages",
    "Your journal is not encrypted yet. With a passphrase, the whole journal file is encrypted, and nobody "
    "can read it without the passphrase. Nobody can recover a forgotten passphrase, not even us, so choose "
    "one you will remember."
)
PASSPHRASE_CHANGE_INTRO = QT_TRANSLATE_NOOP(
    "messages",
    "The journal is copied under the new passphrase, checked, and only then put in place; a backup is made "
    "first. Nobody can recover a forgotten passphrase."
)
NO_PASSPHRASE_WARNING = QT_TRANSLATE_NOOP(
    "messages",
    "Without a passphrase, anyone who can open your files (or a copy of them) could read your journal."
)

# -- first run, unlock and lock (the window) ---------------------------------------------------------------
NO_PASSPHRASE_LATER = QT_TRANSLATE_NOOP("messages", "You can add a passphrase later from the Journal menu.")
NO_PASSPHRASE_CONFIRM = QT_TRANSLATE_NOOP(
    "messages",
    "To start without a passphrase, please tick the box that says you understand who could read your journal."
)
CHOOSE_PASSPHRASE = QT_TRANSLATE_NOOP("messages", "Please choose a passphrase, or tick “Start without a passphrase”.")
PASSPHRASES_DIFFER = QT_TRANSLATE_NOOP("messages", "The two passphrases are not the same. Please type them again.")
LOCKED_PAGE = QT_TRANSLATE_NOOP("messages", "Your journal is locked.\n\nNothing you wrote is shown while it is locked.")


def not_locked(reason: str | Message) -> Message:
    return msg("messages", "The journal was not locked, because the entry you are writing could not be saved. "
               "{reason}", reason=reason)


def backup_failed(reason: str | Message) -> Message:
    return msg("messages", "Today's backup could not be made: {reason} Your journal is open and unchanged.",
               reason=reason)


RECOVER_QUESTION = QT_TRANSLATE_NOOP(
    "messages",
    "If the journal file is damaged, the newest backup that opens with this passphrase can take its place.\n\n"
    "The current file is kept beside it (named journal-damaged-…), so nothing is deleted. Continue?"
)


DAMAGED = QT_TRANSLATE_NOOP(
    "messages",
    "Part of your journal file could not be read back: it looks damaged (a disk problem can do this). "
    "You can keep going, or put the newest backup that opens in its place; the damaged file is kept aside."
)


def recovered(damaged_name: str, backup_name: str) -> Message:
    return msg("messages", "Your journal now comes from the backup {backup}. The damaged file is kept as {damaged}.",
               backup=backup_name, damaged=damaged_name)


# -- opening: a full disk, damage, read-only folders, passphrase updates -------------------------------------
def disk_full_open() -> Message:
    return msg("messages", "The disk is full, so the journal could not be opened. Free some space on it and try "
               "again. Nothing was lost, and nothing was changed.")


def damaged_file(path: str) -> Message:
    return msg("messages", "The passphrase is right, but part of the journal file {path} could not be read: it "
               "looks damaged (a disk problem can do this). Nothing was changed. Keep the folder as it is; the newest "
               "backup can take the file's place, and the damaged file is kept aside.", path=path)


def read_only_unopenable(path: str) -> Message:
    return msg("messages", "The journal {path} could not be opened: its folder is read-only here, and its newest "
               "changes can only be read where the folder can be written. Copy the whole folder somewhere you can "
               "write, and open it there. Nothing was changed.", path=path)


READ_ONLY_NOTE = QT_TRANSLATE_NOOP(
    "messages",
    "This journal is read-only here (its folder cannot be written), so you can read it but nothing can be "
    "saved. Nothing in it was changed."
)


def read_only_write() -> Message:
    return msg("messages", "This journal is read-only here: its folder cannot be written, so nothing can be saved. "
               "Your journal is unchanged; open it from a folder you can write to make changes.")


def folder_open_to_others(path: str) -> Message:
    return msg("messages", "The journal folder {path} can be read by other people on this computer, and it could not "
               "be made private (it is not yours to change). Move the journal to a folder of your own.", path=path)


def passphrase_change_failed(reason: str | Message) -> Message:
    return msg("messages", "The passphrase was not changed: {reason} Your journal still opens with the old "
               "passphrase.", reason=reason)


def passphrase_changed_not_reopened(reason: str | Message) -> Message:
    return msg("messages", "The passphrase was changed, but the journal could not be opened again right away: "
               "{reason} Your journal is safe; open it with the new passphrase.", reason=reason)
