"""Plain editable tables: criteria, parties, positions, weight profiles and packages."""
