"""`journal-app` and `python -m journal_app`: the window when no command is given, else the CLI.

Only this module imports the window (`journal_app.app`), and only when it is needed, so the command
line never loads Qt. `--install-desktop-entry` and `--uninstall-desktop-entry` (journal_app.system.desktop_entry)
are handled here too, without Qt and without opening the journal.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    import argparse



def _window_only(argv: list[str]) -> tuple[bool, str | None]:
    """(True, folder or None) when the arguments only ask for the window: none, or just --data-dir DIR.
    Then the command-line parser (and everything the commands import) is not loaded before the window."""
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--data-dir" and argv[1] and not argv[1].startswith("-"):
        return True, argv[1]
    if len(argv) == 1 and argv[0].startswith("--data-dir=") and len(argv[0]) > len("--data-dir="):
        return True, argv[0].split("=", 1)[1]
    return False, None


def _open_window(data_dir: Path) -> int:
    from journal_app import app

    return app.run(data_dir)


def _desktop_entry(install: bool) -> int:
    from journal_app.system import desktop_entry

    notes: list[str] = []
    if install:
        lines = desktop_entry.installed(desktop_entry.install(note=notes.append))
    else:
        lines = desktop_entry.uninstalled(desktop_entry.uninstall(note=notes.append))
    sys.stdout.write("".join(line + "\n" for line in lines + notes))
    return 0


def _menu_flag(parser: argparse.ArgumentParser, args: argparse.Namespace) -> bool | None:
    """True for --install-desktop-entry, False for --uninstall-desktop-entry, None for neither."""
    if not (args.install_desktop_entry or args.uninstall_desktop_entry):
        return None
    flag = "--install-desktop-entry" if args.install_desktop_entry else "--uninstall-desktop-entry"
    if args.command is not None:
        parser.error(f"{flag} goes on its own, without a command")
    if args.data_dir is not None:
        parser.error(f"{flag} does not take --data-dir: the menu entry opens your usual journal")
    return bool(args.install_desktop_entry)


def main(argv: list[str] | None = None) -> NoReturn:
    from journal_app.cli import messages as cli_messages

    cli_messages.use_utf8_streams()
    from journal_app.core import i18n

    i18n.set_language(i18n.system_locale())  # LC_ALL / LC_MESSAGES / LANG (the window follows its setting)
    window, folder = _window_only(sys.argv[1:] if argv is None else argv)
    if window:
        from journal_app.core.paths import resolve_data_dir

        sys.exit(cli_messages.guarded(lambda: _open_window(resolve_data_dir(folder))))
    from journal_app.cli import main as cli

    parser = cli.build_parser(sys.argv[1:] if argv is None else argv)  # (only the named command's group)
    args = parser.parse_args(argv)  # usage errors exit 2 with one line; --help exits 0
    install = _menu_flag(parser, args)
    if install is not None:
        sys.exit(cli_messages.guarded(lambda: _desktop_entry(install)))
    if args.command is None:
        sys.exit(cli_messages.guarded(lambda: _open_window(cli.data_dir_of(args))))
    status = cli.run(args)
    if argv is None:  # the process's own command line: a quick command ends without the teardown
        cli.end(status, args)
    sys.exit(status)


if __name__ == "__main__":
    main()
