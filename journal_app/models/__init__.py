"""Tables (SQLModel) and plain value types. Importing this package imports nothing heavy:
import `journal_app.models.tables` for the ORM tables, `journal_app.models.values` for plain types."""
