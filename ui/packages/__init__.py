"""The Packages page: package editing, comparison, optimiser, frontier."""
