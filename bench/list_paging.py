"""List and search speed on a big journal (not a test: run by hand, compare numbers).

    python bench/list_paging.py [--entries 100000]

Times, through the same service calls the window makes: the first page, a page deep in the journal
(keyset paging), a trigger-filtered page, and searches as someone types ("c", "cr", "criti", "criticised"),
two-word searches, a word
that is nowhere (the substring fallback scans), and an emoji.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from startup import build

from journal_app.models.values import EntryFilter
from journal_app.services.journal import Journal


def timed(fn, repeat=5) -> float:
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "journal"
        t = time.perf_counter()
        build(folder, args.entries)
        print(f"built {args.entries} entries in {time.perf_counter() - t:.1f} s")
        with Journal.open(folder) as journal:
            first = journal.page()
            print(f"first page ({len(first.rows)} rows): {timed(journal.page):.1f} ms")
            cursor = first.next_cursor
            for _ in range(200):  # scroll 20,000 rows down
                cursor = journal.page(cursor=cursor).next_cursor
            print(f"page after 20,000 rows: {timed(lambda: journal.page(cursor=cursor)):.1f} ms")
            tid = journal.trigger("withdrawal").id
            print(f"trigger-filtered first page: {timed(lambda: journal.page(EntryFilter(trigger_ids=(tid,)))):.1f} ms")
            for query in ("c", "cr", "criti", "criticised", "text back", "quiet dinner", "zebra", "😔"):
                ms = timed(lambda: journal.page(EntryFilter(text=query)))
                print(f"search {query!r}: {ms:.1f} ms")


if __name__ == "__main__":
    main()
