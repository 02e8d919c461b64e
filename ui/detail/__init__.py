"""The detail panel: every field of the selected measure, its notes, links and draft terms."""
