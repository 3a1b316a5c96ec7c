"""What the therapist sees: sessions and questions, the export dialog and its preview, and imports."""
