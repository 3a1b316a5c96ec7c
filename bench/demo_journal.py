"""Fill a journal folder with a dozen varied, realistic entries (for screenshots and trying the app).

    python bench/demo_journal.py DIR     (encrypted when JOURNAL_APP_PASSPHRASE is set)
"""

from __future__ import annotations

import os
import sys
from datetime import datetime, timedelta
from pathlib import Path

from journal_app.models.values import EntryForm, TriggerMark
from journal_app.services.journal import Journal

ENTRIES = [
    (2, 21, "He didn't text back", "Sam said he'd text after work. By 10 I had checked my phone maybe thirty times. "
     "I wrote three messages and deleted them. When he finally called I was short with him.",
     {"abandonment-fear": 8}, ["Sam"], True),
    (3, 19, "", "Mum asked about the holidays again and I just went quiet. I said I was busy and changed the "
     "subject. Afterwards I felt far away from everyone.", {"withdrawal": 6}, ["Mum"], False),
    (5, 23, "Pulled him close, then pushed", "We had a lovely evening and then I picked a fight about nothing. "
     "The closer it felt, the more I wanted to run. I noticed it this time, which is new.",
     {"push-pull": 7, "abandonment-fear": 5}, ["Sam"], True),
    (6, 14, "Coffee with Priya", "Priya cancelled last minute. Old me would have spiralled. I told her it was "
     "fine and, honestly, it mostly was. Breathing out slowly helped.", {"abandonment-fear": 3}, ["Priya"], False),
    (8, 9, "Team meeting", "My manager gave feedback in front of everyone. I felt my chest tighten and wanted to "
     "disappear. I didn't say anything for the rest of the day.", {"withdrawal": 5, "criticism": 7},
     ["Jordan"], False),
    (9, 22, "I asked for what I needed", "Told Sam directly: \"I need to hear from you when plans change.\" "
     "He said okay. It was so simple. Why does it feel so big?", {"abandonment-fear": 4}, ["Sam"], True),
    (11, 20, "", "Weekend at Dad's. Everyone talks over each other. I retreat to my room like I'm fifteen.",
     {"withdrawal": 6}, ["Dad"], False),
    (13, 18, "Session notes to self", "Dr. Lee asked where I first learned that needing people was dangerous. "
     "I don't know yet. Writing it down so I remember to come back to it.", {}, ["Dr. Lee"], True),
    (15, 23, "Jealous about the party photos", "Saw photos of Sam at the party I skipped. Felt left out and then "
     "angry at myself for feeling it.", {"abandonment-fear": 6, "jealousy": 7}, ["Sam"], False),
    (18, 8, "Good morning", "Woke up calm. Sam made coffee. Nothing happened and that's worth writing down too.",
     {}, ["Sam"], False),
    (21, 21, "Hot and cold with Alex", "Alex reached out after weeks of silence. I answered warmly, then "
     "ignored the next message. I want the friendship and I'm scared of it.", {"push-pull": 6}, ["Alex"], False),
    (24, 17, "Repair", "Apologised to Sam for Tuesday. We talked for an hour. I said I get scared when things "
     "go quiet. He held my hand. 🌱", {"abandonment-fear": 2}, ["Sam"], True),
]
PEOPLE = {"Sam": "partner", "Mum": "parent", "Dad": "parent", "Priya": "friend", "Jordan": "colleague",
          "Dr. Lee": "therapist", "Alex": "friend"}


def main(folder: str) -> None:
    passphrase = os.environ.get("JOURNAL_APP_PASSPHRASE") or None
    with Journal.open(Path(folder), create=True, passphrase=passphrase) as journal:
        for name in ("Criticism", "Jealousy"):
            journal.add_trigger(name)
        people = {name: journal.add_person(name, rel) for name, rel in PEOPLE.items()}
        now = datetime.now().astimezone().replace(minute=0, second=0, microsecond=0)
        for days_ago, hour, title, body, triggers, names, shared in ENTRIES:
            when = (now - timedelta(days=days_ago)).replace(hour=hour, minute=(days_ago * 7) % 60)
            journal.save(EntryForm(
                occurred_at=when, title=title, body=body, shared=shared,
                triggers=tuple(TriggerMark(journal.trigger(slug).id, level) for slug, level in triggers.items()),
                person_ids=tuple(people[n].id for n in names),
            ))


if __name__ == "__main__":
    main(sys.argv[1])
