"""`journal-app export summary.pdf --cycle` (issue 20): the PDF has the cycle's page, people as chosen (no full
name with initials), and only entries marked "may share" counted; without --cycle it has none."""

from __future__ import annotations

import unicodedata

from pypdf import PdfReader

from tests.cli.conftest import add


def _moment(cli, when: str, strength: int, *more: str) -> int:
    return add(cli, "He didn't text back.", "--at", when, "--trigger", "abandonment-fear:7",
               "--belief", f"They'll leave:{strength}", "--response", "kept-checking", "--their-move", "Sam=went-quiet",
               *more)


def _text(path) -> str:
    words = " ".join(page.extract_text() for page in PdfReader(str(path)).pages)
    return " ".join(unicodedata.normalize("NFKC", words).split())


def test_export_pdf_with_the_cycle(ready, tmp_path):
    for week in range(3):
        _moment(ready, f"2026-03-{2 + 7 * week:02d}T10:00", 90 - 10 * week, "--share")
    _moment(ready, "2026-03-25T10:00", 20, "--belief", "Owls count my calls:50")  # private: not counted
    target = tmp_path / "summary.pdf"
    result = ready("export", str(target), "--from", "2026-03-01", "--to", "2026-03-31", "--cycle",
                   "--people", "initial")
    assert result.code == 0, result.err
    text = _text(target)
    cycle = text[text.index("The cycle"):text.rindex("Entries")]
    assert "With S., this came back most often, in 3 of 3 moments" in cycle
    assert "With S." in cycle and "They'll leave 3 90% 70%" in cycle
    assert "Owls count my calls" not in text and "Sam" not in text
    plain = tmp_path / "plain.pdf"
    assert ready("export", str(plain), "--from", "2026-03-01", "--to", "2026-03-31").code == 0
    assert "The cycle" not in _text(plain)
