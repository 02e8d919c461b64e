"""The measure register: the central table of the main window and its columns."""
