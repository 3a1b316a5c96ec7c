"""The bundle's program: the same entry point as the `journal-app` command (journal_app.__main__:main)."""

from journal_app.__main__ import main

if __name__ == "__main__":
    main()
