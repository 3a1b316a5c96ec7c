"""Passphrase strength, in words a person can act on (zxcvbn), and the rules for accepting one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from journal_app.core.errors import InvalidInput
from journal_app.core.i18n import QT_TRANSLATE_NOOP, msg
from journal_app.services import backup
from journal_app.services.journal import Journal

MIN_LENGTH = 8
MIN_SCORE = 3  # zxcvbn 0..4; 3 = "safely unguessable: moderate protection from offline attacks"
# shown in the window through i18n.message(label)
LABELS = (QT_TRANSLATE_NOOP("messages", "Very weak"), QT_TRANSLATE_NOOP("messages", "Weak"),
          QT_TRANSLATE_NOOP("messages", "Fair"), QT_TRANSLATE_NOOP("messages", "Strong"),
          QT_TRANSLATE_NOOP("messages", "Very strong"))
_SCORED_CHARS = 72  # zxcvbn refuses longer input; the first 72 characters decide the score


@dataclass(frozen=True)
class Assessment:
    score: int  # 0..4
    acceptable: bool
    label: str
    reason: str  # why it is refused, or "" when acceptable
    hints: tuple[str, ...] = ()
    crack_time: str = ""


def assess(passphrase: str, user_inputs: tuple[str, ...] = ("journal", "relationship", "patterns")) -> Assessment:
    if "\x00" in passphrase:
        return Assessment(0, False, LABELS[0], "A passphrase cannot contain a NUL character.")
    if len(passphrase) < MIN_LENGTH:
        return Assessment(
            0, False, LABELS[0],
            f"Use at least {MIN_LENGTH} characters. A few unrelated words, like “lantern orbit pickle”, are "
            "easy to remember and hard to guess.",
        )
    from zxcvbn import zxcvbn  # type: ignore[import-untyped]  # zxcvbn ships no type hints

    result = zxcvbn(passphrase[:_SCORED_CHARS], user_inputs=list(user_inputs))
    score = int(result["score"])
    feedback = result.get("feedback") or {}
    hints = tuple(h for h in feedback.get("suggestions") or () if h)
    crack = str(result.get("crack_times_display", {}).get("offline_slow_hashing_1e4_per_second", ""))
    crack = crack.removeprefix("less than ").strip()
    if score >= MIN_SCORE:
        return Assessment(score, True, LABELS[score], "", hints, crack)
    warning = (feedback.get("warning") or "").strip()
    reason = warning.rstrip(".") + ". " if warning else ""
    reason += "Someone with a copy of the file could guess it" + (f" within {crack}" if crack else "") + "."
    if not hints:
        hints = ("Add another word or two that have nothing to do with each other.",)
    return Assessment(score, False, LABELS[score], reason, hints, crack)


def change_passphrase(journal: Journal, new_passphrase: str | None,
                      backup_folder: Path | str | None = None) -> None:
    """Set a new passphrase, remove it (None), or encrypt a plain journal. A backup is made first; the new
    file is written, verified and swapped in atomically, so a crash at any moment leaves one whole journal
    that opens with the old or the new passphrase. Callers check `assess()` first for new passphrases.
    After encrypting, the old unencrypted backups are removed: the journal's own, and those in
    `backup_folder` (the folder chosen in Settings, if any; only files named like our backups there)."""
    new_key = new_passphrase or None
    if new_key is not None and "\x00" in new_key:
        raise InvalidInput(msg("security", "A passphrase cannot contain a NUL character."))
    was_plain = not journal.encrypted
    # encrypting a plain journal: its safety copy is encrypted too, so no new plaintext lands on disk
    backup.make_backup(journal, reason="before-passphrase-change", key=new_key if was_plain else True)
    journal.rewrite_with_key(new_key)
    if was_plain and new_key:
        backup.remove_plaintext_backups(journal.data_dir, backup_folder)
