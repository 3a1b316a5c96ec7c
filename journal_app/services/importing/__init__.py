"""Reading other files into the journal (our own JSON export first)."""
