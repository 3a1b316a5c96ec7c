"""`journal-app` and `python -m journal_app`: the window when no command is given, else the CLI.

Only this module imports the window (`journal_app.app`), and only when it is needed, so the command
line never loads Qt.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

from journal_app import cli


def _open_window(data_dir: Path) -> int:
    from journal_app import app

    return app.run(data_dir)


def main(argv: list[str] | None = None) -> NoReturn:
    cli.use_utf8_streams()
    args = cli.build_parser().parse_args(argv)  # usage errors exit 2 with one line; --help exits 0
    if args.command is None:
        sys.exit(cli.guarded(lambda: _open_window(cli.data_dir_of(args))))
    sys.exit(cli.run(args))


if __name__ == "__main__":
    main()
