"""Relationship Patterns Journal: a private desktop journal for attachment-focused therapy."""

__version__ = "0.1.0"
APP_NAME = "Relationship Patterns Journal"
APP_ID = "journal-app"
