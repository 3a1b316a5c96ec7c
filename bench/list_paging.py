"""List and search speed on a big journal (not a test: run by hand, compare numbers).

    python bench/list_paging.py [--entries 100000]
    python bench/list_paging.py --journal DIR [--passphrase P]     a copy of an existing journal (e.g. /tmp/jbench)

Times, through the same service calls the window makes: the first page, a page deep in the journal
(keyset paging), a trigger-filtered page, and searches as someone types ("c", "cr", "criti", "criticised"),
two-word searches, a word
that is nowhere (the substring fallback scans), and an emoji. Then the counted list's calls (issue 17): the
count of each list, and a page read by position (the end, the middle; what dragging the scroll bar or End
asks for), all on the window's worker. Medians of 5.
"""

from __future__ import annotations

import argparse
import shutil
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


def counted(journal: Journal) -> None:
    """The counted list: counts, and pages read by position, as the window's worker reads them."""
    tid = journal.trigger("withdrawal").id
    for label, flt in (("every entry", EntryFilter()), ("a trigger", EntryFilter(trigger_ids=(tid,))),
                       ("search 'quiet'", EntryFilter(text="quiet")), ("search 'criticised'",
                                                                      EntryFilter(text="criticised"))):
        total = journal.count(flt)
        print(f"count, {label} ({total:,} rows): {timed(lambda: journal.count(flt)):.1f} ms")
        for where, position in (("the end", max(total - 100, 0)), ("the middle", total // 2)):
            ms = timed(lambda: journal.page_at(flt, position, total=total))
            print(f"  page at {where} (row {position:,}): {ms:.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--journal", type=Path, help="time a copy of this journal folder instead of building one")
    parser.add_argument("--passphrase", help="the journal's passphrase, when it is encrypted")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "journal"
        t = time.perf_counter()
        if args.journal:
            folder.mkdir()
            shutil.copy2(args.journal / "journal.db", folder / "journal.db")  # the cached journal stays as built
        else:
            build(folder, args.entries)
            print(f"built {args.entries} entries in {time.perf_counter() - t:.1f} s")
        with Journal.open(folder, passphrase=args.passphrase) as journal:
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
            counted(journal)


if __name__ == "__main__":
    main()
