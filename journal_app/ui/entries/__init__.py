"""Writing and finding entries: the list, the editor and its pickers, drafts and autosave, search, the
calendar, quick capture, templates, triggers and the Trash."""
