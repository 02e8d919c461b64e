"""Project-aware analyses: read a project through the services and feed the
pure kernels of :mod:`workbench.scoring` and :mod:`workbench.health`.

The kernels know nothing of the database; these modules know nothing of the
formulas. Everything returned is plain, frozen data for the CLI, the GUI and
the exports.
"""
