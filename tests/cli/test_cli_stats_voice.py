"""`journal-app stats` speaks to the person ("you"), as the Patterns view does; only the therapist summary says
"What stands out" in their own first person (services/insights.py, voice "me")."""

from __future__ import annotations

import re

from journal_app.services import insights
from tests.cli.conftest import add

YOU = re.compile(r"\byou(?:r)?\b", re.IGNORECASE)


def test_stats_says_you(ready):
    moments = (("2026-01-06", "named-my-need", "yes"), ("2026-01-08", "kept-checking", "not-yet"),
               ("2026-01-12", "named-my-need", "partly"), ("2026-01-15", "went-quiet", "yes"),
               ("2026-01-20", "named-my-need", "yes"), ("2026-01-22", "kept-checking", "not-needed"))
    for day, response, repair in moments:
        add(ready, "a moment", "--trigger", "withdrawal:5", "--response", response, "--repair", repair,
            "--at", f"{day}T12:00")
    data = ready("stats", "--json", "--from", "2026-01-05", "--to", "2026-01-25").json()
    said = data["insights"]
    assert any(s.startswith("In the triggered moments where you noted what you did") for s in said), said
    assert any(YOU.search(s) for s in said)
    assert not any(re.search(r"\b(?:I|my)\b", s) for s in said), said
    assert insights.NOTHING_RECORDED_MINE not in said
