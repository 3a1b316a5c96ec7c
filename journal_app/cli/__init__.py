"""The `journal-app` command line (no Qt): `main` parses and dispatches; one module per command group."""
