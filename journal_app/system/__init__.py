"""Ties to the operating system that are not about the journal's contents: the one-writer instance lock and
the desktop entry (the applications menu)."""
