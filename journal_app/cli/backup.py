"""`journal-app backup [OUT]` and `journal-app restore FILE`: a verified backup, encrypted like the journal, and
putting one back (the journal as it was is backed up first)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from journal_app.cli import messages as say
from journal_app.cli.common import checked_path, data_dir_of, open_journal, out, stop_cleanly_on_signals
from journal_app.core.errors import InvalidInput, WrongPassphrase
from journal_app.core.i18n import QT_TRANSLATE_NOOP, trans
from journal_app.core.paths import refuse_inside_data_folder, shown

if TYPE_CHECKING:
    from journal_app.cli.common import Parser, Subparsers


def register(sub: Subparsers, common: Parser) -> None:
    p = sub.add_parser("backup", parents=[common], help=trans("cli help", "make a verified backup; prints its path"),
                       description=trans("cli help", "Make a verified backup, encrypted like the journal, and print "
                                         "its path. Without OUT it goes to the journal's backups folder (the newest "
                                         "ten are kept)."))
    p.set_defaults(handler=cmd_backup)
    p.add_argument("out", metavar="OUT", nargs="?",
                   help=trans("cli help", "write the backup to this new file instead (an existing file is never "
                              "overwritten)"))

    p = sub.add_parser("restore", parents=[common], help=trans("cli help", "replace the journal with a backup"),
                       description=trans("cli help", "Replace the journal with a backup file. The journal as it is "
                                         "now is backed up first. The backup must open with the journal's "
                                         "passphrase, or have none; the restored journal keeps your current "
                                         "passphrase."))
    p.set_defaults(handler=cmd_restore, writes="restoring a backup")
    p.add_argument("file", metavar="FILE", help=trans("cli help", "the backup file to restore"))


def cmd_backup(args: argparse.Namespace) -> int:
    from journal_app.services import backup  # when the command runs: see common's note

    if args.out is not None:  # the target is checked before the journal is opened
        args.out = checked_path(args.out, QT_TRANSLATE_NOOP("cli", "file name OUT"), database=True)
        refuse_inside_data_folder(args.out, data_dir_of(args), "backup")
    with stop_cleanly_on_signals(), open_journal(args) as journal:
        if args.out is None:
            path = backup.make_backup(journal, reason="manual").path
        else:
            path = backup.export_backup(journal, Path(args.out))
    out(shown(path))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from journal_app.services import backup

    source = Path(checked_path(args.file, QT_TRANSLATE_NOOP("cli", "file name FILE"), database=True))
    refuse_inside_data_folder(source, data_dir_of(args), "restore", allow_backups=True)
    if not source.is_file():
        raise InvalidInput(say.no_backup_file(shown(source)))
    with open_journal(args) as journal:
        try:
            note = backup.restore(journal, source)
        except InvalidInput as exc:
            if type(exc) is not InvalidInput:  # NotAJournal, NotFound: already clear, exit 2
                raise
            raise WrongPassphrase(say.backup_did_not_open(shown(source))) from None
    before = next((b.path for b in backup.list_backups(data_dir_of(args)) if b.reason == "before-restore"), None)
    out(say.restored(shown(source), shown(before) if before else None, note))
    return 0
