"""SQLite storage: engine and PRAGMAs, transactions, migrations, FTS5 and the repository queries.
Nothing here imports Qt; nothing above the services imports this package."""
