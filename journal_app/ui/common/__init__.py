"""Parts every area shares: the operations layer (work off the UI thread), widgets, formatting, theme and
icons, preferences, file targets, translation helpers."""
