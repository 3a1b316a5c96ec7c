"""Exports the person chooses to make: the therapist summary (PDF, Markdown, CSV, Print) and the complete JSON
backup. Renderers return bytes (or write to a stream); only exporting/files.py writes files."""
