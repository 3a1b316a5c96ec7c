"""The ground floor, with no knowledge of the journal: errors, user-facing messages, i18n markers, time, the
palette, paths and settings on disk, and the one careful file writer. Imports nothing else from journal_app."""
