"""Alembic migrations of the project file (batch mode, for SQLite)."""
