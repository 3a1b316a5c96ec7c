"""Exceptions the services raise. Each carries a calm message meant for the user."""


class JournalError(Exception):
    """Base for every failure the app expects and explains."""

    exit_status = 1


class InvalidInput(JournalError, ValueError):
    """The user gave something the journal cannot accept (a bad date, an unknown trigger...)."""

    exit_status = 2


class NotAJournal(InvalidInput):
    """The folder or file is not a Relationship Patterns journal."""


class JournalExists(JournalError):
    """`init` was asked to create a journal where one already is."""

    exit_status = 2  # the person asked for something that cannot be done; nothing was changed


class StorageError(JournalError):
    """Reading or writing the journal file failed (disk full, read-only folder, I/O error)."""


class NotFound(InvalidInput):
    """An entry, trigger or person the caller named does not exist."""


class PassphraseRequired(JournalError):
    """The journal is encrypted and no passphrase was given."""


class WrongPassphrase(JournalError):
    """The passphrase did not open the journal (a damaged file looks the same)."""


class JournalInUse(JournalError):
    """Another window or command is changing the journal right now (one writer at a time)."""


class ReadOnlyJournal(StorageError):
    """The journal is open for reading only (its folder may not be written here): nothing can be saved."""
