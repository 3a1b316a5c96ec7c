"""A summary in the chosen format, as the bytes to write (the window and the command line use this)."""

from __future__ import annotations

from journal_app.services.exporting.summary import Summary


def render(summary: Summary, fmt: str, bom: bool = False) -> bytes:
    """`fmt` is 'pdf', 'md' or 'csv' (`bom`: a byte-order mark first, for spreadsheets)."""
    if fmt == "pdf":
        from journal_app.services.exporting.pdf import render_pdf  # Qt: only when a PDF is wanted

        return render_pdf(summary)
    if fmt == "csv":
        from journal_app.services.exporting.csv_export import render_csv

        return render_csv(summary, bom=bom)
    if fmt == "md":
        from journal_app.services.exporting.markdown import render_markdown

        return render_markdown(summary).encode("utf-8")
    raise ValueError(fmt)
