"""Passphrase strength, in words a person can act on (zxcvbn), and the rules for accepting one."""

from __future__ import annotations

from dataclasses import dataclass

MIN_LENGTH = 8
MIN_SCORE = 3  # zxcvbn 0..4; 3 = "safely unguessable: moderate protection from offline attacks"
LABELS = ("Very weak", "Weak", "Fair", "Strong", "Very strong")
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
    from zxcvbn import zxcvbn

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
