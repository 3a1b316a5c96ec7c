"""Use cases on one journal: the only door the window and the CLI use to reach the store."""

from __future__ import annotations

import unicodedata
import uuid as uuid_mod
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Literal, Self

from journal_app.core import messages
from journal_app.core.errors import InvalidInput, JournalError, NotFound, ReadOnlyJournal, StorageError
from journal_app.core.i18n import msg
from journal_app.core.palette import is_hex_colour, next_colour
from journal_app.core.timeutil import local_day_bounds, now_utc, to_utc
from journal_app.models import limits
from journal_app.models.types import utc_text
from journal_app.models.values import (
    DAY_DOTS,
    RELATIONSHIP_KEYS,
    REPAIR_KEYS,
    RESPONSE_KEYS,
    DayMarks,
    EntryDetail,
    EntryFilter,
    EntryForm,
    JournalStats,
    Page,
    PageCursor,
    PersonInfo,
    TriggerInfo,
    TriggerMark,
)
from journal_app.services.journal_cycle import CycleDoor, checked_cycle, missing_cycle_parts
from journal_app.services.naming import SURROGATE as _SURROGATE
from journal_app.services.naming import clean_name, slugify
from journal_app.store import (
    calendar_queries,
    copies,
    driver,
    session,
)
from journal_app.store import (
    catalog_queries as catalog,
)
from journal_app.store import (
    entry_queries as entries,
)
from journal_app.store import (
    listing_queries as listing,
)
from journal_app.store import (
    stats_queries as stats,
)
from journal_app.store.database import Database, journal_state
from journal_app.store.sql import Conn

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

PAGE_SIZE = 100
MONTH_VIEW_MAX_DAYS = 62  # a month view shows six weeks at most; two months leave room
__all__ = ["Journal", "clean_name", "slugify"]  # the names other modules take from here
def check_intensity(value: int | None) -> None:
    if limits.intensity_problem(value):
        raise InvalidInput(messages.bad_intensity(str(value)))


def _reason(exc: BaseException) -> str:
    """A failure in words for a message (the store's own sentence, or the driver's / OS's reason)."""
    if isinstance(exc, JournalError):
        return str(exc)
    detail = getattr(exc, "strerror", None) or str(exc)
    return str(messages.storage_failure(detail))


class Journal(CycleDoor):
    """An open journal. Create with `Journal.open(folder)`; close when done."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._engine = db.engine

    # -- lifecycle ---------------------------------------------------------------------------------
    @classmethod
    def open(cls, data_dir: Path | str, *, passphrase: str | None = None, create: bool = False,
             lean: bool = False, full_when_needed: bool = False) -> Journal:
        """Open the journal in `data_dir` (creating it when `create`; encrypted when a passphrase is given).
        An encrypted journal raises PassphraseRequired without a passphrase, WrongPassphrase with a wrong one;
        either way its files are not touched. `lean` (the quick CLI commands): an up-to-date journal is read
        and written without SQLAlchemy (store/lean.py), with the same checks; reading() and writing() are
        then not available, only the methods built on the query modules; with `full_when_needed` (the window)
        they are, and the first of them loads SQLAlchemy."""
        return cls(Database.open(Path(data_dir), key=passphrase or None, create=create, lean=lean,
                                 full_when_needed=full_when_needed))

    @classmethod
    def init(cls, data_dir: Path | str, *, passphrase: str | None = None) -> Journal:
        """Create a new journal (encrypted with `passphrase` if given); refuses when one already exists."""
        return cls(Database.open(Path(data_dir), key=passphrase or None, create=True, must_be_new=True))

    @staticmethod
    def state(data_dir: Path | str) -> str:
        """'missing', 'plain' or 'encrypted': what is in the folder, read without opening it."""
        return journal_state(Path(data_dir))

    @property
    def encrypted(self) -> bool:
        return self._db.encrypted

    @property
    def data_dir(self) -> Path:
        return self._db.data_dir

    @property
    def read_only(self) -> bool:
        """True when the journal's folder cannot be written here: it can be read, nothing can be saved
        (every write raises ReadOnlyJournal with a calm message). The window and the CLI say so once."""
        return self._db.read_only

    @property
    def open_warning(self) -> str | None:
        """A sentence worth showing once after opening (the folder is open to others and is not ours)."""
        return self._db.warning

    @property
    def path(self) -> Path:
        return self._db.path

    def close(self) -> None:
        self._db.close()

    def reopen(self) -> Journal:
        """The same journal opened again, with the passphrase it was open with (after `close()`, e.g. once
        a damaged file was replaced by a backup: see backup.recover_closed)."""
        return type(self)(Database.open(self._db.data_dir, key=self._db.key))

    # -- units of work (the only way services reach the store) -------------------------------------
    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A connection that sees one consistent snapshot; nothing it does is kept."""
        with session.read(self._full_engine()) as conn:
            yield conn

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """One write transaction (`BEGIN IMMEDIATE ... COMMIT`, rolled back on any exception). A journal
        whose folder is read-only raises ReadOnlyJournal (with a calm message) before anything is written."""
        with session.write(self._full_engine()) as conn:
            yield conn

    @contextmanager
    def querying(self) -> Iterator[Conn]:
        """A read snapshot for the store's query modules only (`store/*_queries`, which take the small `Conn`
        interface): it works on a journal opened lean too, so the quick commands can report (analytics)."""
        with session.read(self._engine) as conn:
            yield conn

    @contextmanager
    def changing(self) -> Iterator[Conn]:
        """One write transaction for the query modules only, lean or not (see `querying`)."""
        with session.write(self._engine) as conn:
            yield conn

    def _full_engine(self) -> Engine:
        """The SQLAlchemy engine, for reading() and writing(); a journal opened lean (see `open`) has none
        (unless opened `full_when_needed`: then it is made now, and the query modules use it too from then on)."""
        full = self._db.full_engine()
        self._engine = full
        return full

    # -- the file as a whole (passphrase, backups, restore) ------------------------------------------
    def health_problem(self) -> str | None:
        """Read the whole file back (PRAGMA quick_check; with encryption every page's HMAC is checked too).
        None when it is healthy, else a calm sentence saying it looks damaged. Changes nothing."""
        try:
            with session.read(self._engine) as conn:
                rows = [str(r.quick_check) for r in conn.exec_driver_sql("PRAGMA quick_check").fetchall()]
        except StorageError:
            rows = ["unreadable page"]
        return None if rows == ["ok"] else messages.DAMAGED

    def replace_file(self, make_copy: Callable[[Path], object], new_key: str | Literal[True] | None = True,
                     *, changing_key: bool = False) -> None:
        """Swap the journal for a verified copy, crash-safely: `make_copy(dest)` writes the copy (encrypted
        with `new_key`; True: the journal's own passphrase) to `dest`; the copy is checked to open with
        `new_key`, the journal is closed, the copy renamed into place, and reopened. If anything fails before the
        rename, the journal stays exactly as it was (opening with the old passphrase) and is reopened; the
        message says which happened."""
        db, dest = self._db, self._db.path.with_name(self._db.path.name + ".new")
        key = self._resolve(new_key)
        if db.read_only:
            raise ReadOnlyJournal(messages.read_only_write())
        try:
            make_copy(dest)
            copies.verify(dest, key)  # opens with the new key (derived by us) before anything is swapped
        except BaseException as exc:
            dest.unlink(missing_ok=True)
            if isinstance(exc, (JournalError, driver.Error, OSError)) and changing_key:
                raise StorageError(messages.passphrase_change_failed(_reason(exc))) from None
            raise
        db.close()
        try:
            copies.swap_in(db.path, dest, db.conn_key)
        except BaseException as exc:
            dest.unlink(missing_ok=True)
            self._db = Database.open(db.data_dir, key=db.key)
            self._engine = self._db.engine
            if isinstance(exc, (JournalError, driver.Error, OSError)) and changing_key:
                raise StorageError(messages.passphrase_change_failed(_reason(exc))) from None
            raise
        try:
            self._db = Database.open(db.data_dir, key=key)
        except JournalError as exc:
            if changing_key:
                raise StorageError(messages.passphrase_changed_not_reopened(str(exc))) from None
            raise
        self._engine = self._db.engine

    def rewrite_with_key(self, new_key: str | None) -> None:
        """Re-encrypt the whole journal with `new_key` (None: unencrypted) through a verified copy swapped in
        atomically (see security.change_passphrase, which also makes the backup first). The new key is derived
        by us (NFC, PBKDF2, a new salt): the passphrase text never reaches SQLCipher."""
        with session.translate_errors():
            self.replace_file(
                lambda dest: copies.write_verified_copy(self.path, self._db.conn_key, dest, new_key), new_key,
                changing_key=True,
            )

    # The passphrase never leaves the journal: the methods below take `True` for "the journal's own".
    def _resolve(self, key: str | Literal[True] | None) -> str | None:
        return self._db.key if key is True else key

    def opens_with(self, passphrase: str | None) -> bool:
        """Whether the journal is open with this passphrase (composed and decomposed accents are the same
        passphrase: keys are derived from the NFC form). An unencrypted journal opens with none (None or "")."""
        own = self._db.key
        if own is None or not passphrase:
            return own is None and not passphrase
        return unicodedata.normalize("NFC", passphrase) == unicodedata.normalize("NFC", own)

    def copy_to(self, dest: Path, *, key: str | Literal[True] | None = True) -> Path:
        """A verified copy of the journal at `dest`, encrypted exactly like the journal (or with `key`)."""
        with session.translate_errors():
            return copies.write_verified_copy(self.path, self._db.conn_key, Path(dest), self._resolve(key),
                                              src_target=self._db.read_target)

    def check_copy(self, source: Path, passphrase: str | Literal[True] | None = True) -> None:
        """Raise unless the journal file `source` opens with `passphrase` (True: this journal's own; None: it
        is unencrypted) and reads back whole. `source` is not changed."""
        copies.verify(source, self._resolve(passphrase))

    def copy_in(self, source: Path, dest: Path, passphrase: str | Literal[True] | None = True) -> None:
        """A verified copy of the journal file `source` (opened with `passphrase`, as in check_copy) at
        `dest`, encrypted exactly like this journal: ready to take its place (see replace_file)."""
        copies.write_verified_copy(source, self._resolve(passphrase), dest, self._db.key)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # -- triggers ----------------------------------------------------------------------------------
    def triggers(self, *, with_counts: bool = False) -> list[TriggerInfo]:
        with session.read(self._engine) as conn:
            return catalog.list_triggers(conn, with_counts=with_counts)

    def trigger(self, slug: str) -> TriggerInfo:
        with session.read(self._engine) as conn:
            found = catalog.trigger_by_slug(conn, slug)
            if found is None:
                valid = [t.slug for t in catalog.list_triggers(conn)]
                raise InvalidInput(messages.unknown_trigger(slug, valid))
            return found

    def add_trigger(self, name: str, *, colour: str | None = None, description: str = "") -> TriggerInfo:
        name = clean_name(name, "trigger")
        problem = limits.description_problem(description.strip())
        if problem:
            raise limits.refusal(problem)
        if colour is not None and not is_hex_colour(colour):
            raise InvalidInput(msg("journal", "{colour!r} is not a colour like #0072B2.",
                                   colour=colour))
        with session.write(self._engine) as conn:
            if catalog.trigger_name_taken(conn, name):
                raise InvalidInput(msg("journal", "There is already a trigger called {name!r}.",
                                       name=name))
            base = slugify(name) or "trigger"
            slug, n = base, 2
            while catalog.slug_exists(conn, slug):
                slug, n = f"{base}-{n}", n + 1
            trigger_id = catalog.insert_trigger(
                conn, slug=slug, name=name, colour=(colour or next_colour(catalog.used_colours(conn))).upper(),
                description=description.strip(),
            )
            return self._require_trigger(conn, trigger_id)

    def guidance_links(self) -> dict[str, tuple[str, ...]]:
        """{trigger slug: ids of the guidance articles the person linked to it}."""
        with session.read(self._engine) as conn:
            slugs = {t.id: t.slug for t in catalog.list_triggers(conn)}
            return {slugs[tid]: ids for tid, ids in catalog.guidance_links(conn).items() if tid in slugs}

    def link_guidance(self, trigger_id: int, article_ids: Iterable[str]) -> None:
        """Replace the articles linked to a trigger (ids as in resources/guidance; duplicates dropped)."""
        ids = tuple(dict.fromkeys(str(a).strip() for a in article_ids if str(a).strip()))
        if any(len(a) > 80 for a in ids):
            raise InvalidInput(msg("journal", "That is not the id of a guidance article."))
        with session.write(self._engine) as conn:
            self._require_trigger(conn, trigger_id)
            catalog.set_guidance_links(conn, trigger_id, ids)

    def rename_trigger(self, trigger_id: int, name: str) -> TriggerInfo:
        name = clean_name(name, "trigger")
        with session.write(self._engine) as conn:
            self._require_trigger(conn, trigger_id)
            if catalog.trigger_name_taken(conn, name, except_id=trigger_id):
                raise InvalidInput(msg("journal", "There is already a trigger called {name!r}.",
                                       name=name))
            catalog.update_trigger(conn, trigger_id, name=name)
            return self._require_trigger(conn, trigger_id)

    def recolour_trigger(self, trigger_id: int, colour: str) -> TriggerInfo:
        if not is_hex_colour(colour):
            raise InvalidInput(msg("journal", "{colour!r} is not a colour like #0072B2.",
                                   colour=colour))
        with session.write(self._engine) as conn:
            self._require_trigger(conn, trigger_id)
            catalog.update_trigger(conn, trigger_id, colour=colour.upper())
            return self._require_trigger(conn, trigger_id)

    def set_trigger_archived(self, trigger_id: int, archived: bool) -> TriggerInfo:
        """Archive (custom) or hide (built-in): no longer offered for new entries, kept on old ones."""
        with session.write(self._engine) as conn:
            self._require_trigger(conn, trigger_id)
            catalog.update_trigger(conn, trigger_id, archived=int(bool(archived)))
            return self._require_trigger(conn, trigger_id)

    @staticmethod
    def _require_trigger(conn: Conn, trigger_id: int) -> TriggerInfo:
        found = catalog.trigger_by_id(conn, trigger_id)
        if found is None:
            raise NotFound(msg("journal", "That trigger no longer exists."))
        return found

    # -- people ------------------------------------------------------------------------------------
    def people(self) -> list[PersonInfo]:
        with session.read(self._engine) as conn:
            return catalog.list_people(conn)

    def person(self, name: str) -> PersonInfo:
        with session.read(self._engine) as conn:
            found = catalog.person_by_name(conn, " ".join(name.split()))
        if found is None:
            raise InvalidInput(msg("journal", "There is nobody called {name!r} in this journal yet.",
                                   name=name))
        return found

    def add_person(self, name: str, relationship: str = "other") -> PersonInfo:
        """The person with this name (any case), created with `relationship` if new."""
        name = clean_name(name, "person")
        if relationship not in RELATIONSHIP_KEYS:
            raise InvalidInput(
                msg("journal", "{relationship!r} is not a relationship type; choose one of {join}.",
                    relationship=relationship, join=', '.join(RELATIONSHIP_KEYS))
            )
        with session.write(self._engine) as conn:
            existing = catalog.person_by_name(conn, name)
            if existing is not None:
                return existing
            return catalog.insert_person(conn, name, relationship)

    def update_person(self, person_id: int, *, name: str, relationship: str) -> PersonInfo:
        name = clean_name(name, "person")
        if relationship not in RELATIONSHIP_KEYS:
            raise InvalidInput(msg("journal", "{relationship!r} is not a relationship type.",
                                   relationship=relationship))
        with session.write(self._engine) as conn:
            other = catalog.person_by_name(conn, name)
            if other is not None and other.id != person_id:
                raise InvalidInput(msg("journal", "There is already someone called {name!r}.",
                                       name=name))
            if not catalog.update_person(conn, person_id, name=name, relationship=relationship):
                raise NotFound(msg("journal", "That person is no longer in this journal."))
            return PersonInfo(person_id, name, relationship)

    # -- entries -----------------------------------------------------------------------------------
    def validate(self, form: EntryForm) -> EntryForm:
        """The form checked against the journal's limits (models/limits.py: the same checks every importer
        and the restore make) and tidied (time in UTC, repeats dropped). InvalidInput names the field and
        the limit: "The title is 301 characters long; titles can be up to 300. Nothing was saved." """
        if not isinstance(form.occurred_at, datetime):
            raise InvalidInput(msg("journal", "The entry needs a date and time. Nothing was saved."))
        problem = limits.entry_problem(form.occurred_at, form.title, form.body)
        if problem:
            raise limits.refusal(problem)
        for what, value in (("title", form.title), ("text", form.body)):
            broken = _SURROGATE.search(value)
            if broken:
                raise InvalidInput(
                    msg("journal", "The {what} holds a broken character (U+{ord:04X}, at character {value:,}) that "
                        "cannot be stored. Please delete or retype it; nothing was saved.",
                        what=what, ord=ord(broken.group()), value=broken.start() + 1)
                )
        seen: dict[int, TriggerMark] = {}
        for mark in form.triggers:
            check_intensity(mark.intensity)
            seen[mark.trigger_id] = mark
        unknown = [r for r in form.responses if r not in RESPONSE_KEYS]
        if unknown:
            raise InvalidInput(msg("journal", "{value!r} is not a response this journal knows; choose from {join}.",
                                   value=unknown[0], join=', '.join(RESPONSE_KEYS)))
        if form.repair is not None and form.repair not in REPAIR_KEYS:
            raise InvalidInput(msg("journal", "{repair!r} is not a repair answer; choose from {join}.",
                                   repair=form.repair, join=', '.join(REPAIR_KEYS)))
        return checked_cycle(replace(form, occurred_at=to_utc(form.occurred_at), triggers=tuple(seen.values()),
                                     person_ids=tuple(dict.fromkeys(form.person_ids)),
                                     responses=tuple(dict.fromkeys(form.responses))))

    def save(self, form: EntryForm) -> EntryDetail | None:
        """Create or update one entry in one transaction. A blank new entry is not saved (returns None)."""
        if form.id is None and form.is_blank():
            return None
        form = self.validate(form)
        now = now_utc()
        try:
            with session.write(self._engine) as conn:
                # Checked here because session.write turns a driver IntegrityError into a StorageError
                # ("could not be saved") before it could reach the except clause below.
                if catalog.missing_trigger_ids(conn, [m.trigger_id for m in form.triggers]) or \
                        catalog.missing_person_ids(conn, form.person_ids):
                    raise InvalidInput(
                        msg("journal", "A trigger or person on this entry no longer exists; please choose again.")
                    )
                if missing_cycle_parts(conn, form):
                    raise InvalidInput(msg("errors", "A belief or move on this entry no longer exists; please "
                                                     "choose again. Nothing was saved."))
                if form.id is None:
                    entry_id = entries.insert_entry(conn, form, uuid=str(uuid_mod.uuid4()), now=now)
                else:
                    entry_id = form.id
                    if not entries.update_entry(conn, form, now=now):
                        raise NotFound(msg("journal", "This entry no longer exists (it may have been emptied from "
                                           "the Trash)."))
                return entries.get_entry(conn, entry_id)
        except session.integrity_errors():
            raise InvalidInput(msg("journal", "A trigger or person on this entry no longer exists; please choose "
                                   "again.")) from None

    def get(self, entry_id: int) -> EntryDetail:
        with session.read(self._engine) as conn:
            found = entries.get_entry(conn, entry_id)
        if found is None:
            raise NotFound(msg("journal", "There is no entry {entry_id}.", entry_id=entry_id))
        return found

    def page(self, flt: EntryFilter = EntryFilter(), cursor: PageCursor = None, limit: int = PAGE_SIZE) -> Page:
        lo, hi = local_day_bounds(flt.start, flt.end)
        with session.read(self._engine) as conn:
            return listing.fetch_page(conn, flt, lo, hi, cursor, limit)

    def count(self, flt: EntryFilter = EntryFilter()) -> int:
        """How many rows the entry list has for `flt` (what its pages hold, one after another)."""
        lo, hi = local_day_bounds(flt.start, flt.end)
        with session.read(self._engine) as conn:
            return listing.count_rows(conn, flt, lo, hi)

    def page_at(self, flt: EntryFilter = EntryFilter(), position: int = 0, cursor: PageCursor = None, *,
                total: int | None = None, limit: int = PAGE_SIZE) -> Page:
        """The page of the entry list that starts at row `position`: through `cursor` when the caller has the
        one the page before gave (the cheapest), else found from the position (`total`, the count, when known,
        lets a browse near the end count from the end)."""
        if cursor is not None or position <= 0:
            return self.page(flt, cursor if position > 0 else None, limit)
        lo, hi = local_day_bounds(flt.start, flt.end)
        with session.read(self._engine) as conn:
            return listing.fetch_page_at(conn, flt, lo, hi, position, limit, total)

    def people_names(self, entry_ids: list[int]) -> dict[int, tuple[str, ...]]:
        with session.read(self._engine) as conn:
            return entries.people_for(conn, entry_ids)

    def move_to_trash(self, entry_id: int) -> None:
        with session.write(self._engine) as conn:
            if not entries.set_deleted(conn, entry_id, now_utc()):
                raise NotFound(msg("journal", "There is no entry {entry_id}.", entry_id=entry_id))

    def restore(self, entry_id: int) -> None:
        with session.write(self._engine) as conn:
            if not entries.set_deleted(conn, entry_id, None):
                raise NotFound(msg("journal", "There is no entry {entry_id}.", entry_id=entry_id))

    def trash_count(self) -> int:
        with session.read(self._engine) as conn:
            return entries.count_trash(conn)

    def entry_count(self) -> int:
        with session.read(self._engine) as conn:
            return entries.count_live(conn)

    def empty_trash(self) -> int:
        """Delete every entry in the Trash for good, their words in the search index too, and fold the
        write-ahead log into the file so no old copy of their pages stays in it. Returns how many."""
        with session.write(self._engine) as conn:
            removed = entries.purge_trash(conn)
        if removed:
            with session.translate_errors(), self._engine.connect() as conn:  # outside any transaction
                entries.checkpoint_away(conn)
        return removed

    # -- numbers -----------------------------------------------------------------------------------
    def stats(self, start: date | None = None, end: date | None = None) -> JournalStats:
        lo, hi = local_day_bounds(start, end)
        with session.read(self._engine) as conn:
            return stats.journal_stats(conn, lo, hi)

    def month_marks(self, first: date, last: date) -> dict[date, DayMarks]:
        """The calendar's dots for the local days [first, last] (a month, or the weeks a month view shows):
        each day with entries not in the Trash, with its count and one colour per entry for the first few.
        Each day is bounded the way the list's date filter bounds it, so both always agree."""
        if last < first:
            raise InvalidInput(msg("journal", "The start date is after the end date; please swap them."))
        if (last - first).days > MONTH_VIEW_MAX_DAYS:
            raise InvalidInput(msg("journal", "The calendar shows at most {month_view_max_days} days at a time.",
                                   month_view_max_days=MONTH_VIEW_MAX_DAYS))
        days = []
        for i in range((last - first).days + 1):
            day = first + timedelta(days=i)
            lo, hi = local_day_bounds(day, day)
            assert lo is not None and hi is not None  # a day given on both sides has both bounds
            days.append([day.isoformat(), utc_text(lo), utc_text(hi)])
        with session.read(self._engine) as conn:
            rows = calendar_queries.day_dots(conn, days, DAY_DOTS)
        counts: dict[date, int] = {}
        colours: dict[date, list[str | None]] = {}
        for day_text, count, colour in rows:
            day = date.fromisoformat(day_text)
            counts[day] = count
            colours.setdefault(day, []).append(colour)
        return {day: DayMarks(day, counts[day], tuple(colours[day])) for day in counts}
