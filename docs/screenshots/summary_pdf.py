"""Re-make docs/screenshots/summary-pdf-page-1-dark-theme.png: page 1 of a therapist summary exported while the
window's dark theme is on (paper stays dark on white), from a realistic journal of eight weeks.

    .venv/bin/python docs/screenshots/summary_pdf.py      (needs pdftoppm: apt-get install poppler-utils)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots" / "summary-pdf-page-1-dark-theme.png"


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from journal_app.services.exporting.build import build_summary
    from journal_app.services.exporting.render import render
    from journal_app.services.exporting.summary import SummaryOptions
    from journal_app.services.journal import Journal
    from journal_app.models.analytics_values import DateRange
    from journal_app.ui.common.theme import apply_appearance
    from tests.builders import realistic_journal

    app = QApplication(["summary-pdf"])
    apply_appearance(app, "dark", 100)  # the window's dark theme, as Settings ▸ Display sets it
    today = date(2026, 11, 27)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "journal"
        realistic_journal(folder, days=56, per_day=1.2, end=today, seed=15)
        with Journal.open(folder) as journal:
            options = SummaryOptions(DateRange(today - timedelta(days=27), today), "The last 4 weeks",
                                     people="initial", questions=("Why do I check my phone so much?",))
            pdf = Path(tmp) / "summary.pdf"
            pdf.write_bytes(render(build_summary(journal, options, today=today), "pdf"))
        subprocess.run(["pdftoppm", "-r", "110", "-f", "1", "-l", "1", "-png", "-singlefile", str(pdf),
                        str(OUT.with_suffix(""))], check=True)
    print(OUT)
    del app


if __name__ == "__main__":
    main()
