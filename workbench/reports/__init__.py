"""Exports for an audience: the audience-filtered report model and its writers.

:func:`~workbench.reports.model.build_report` loads only what the audience may
see (an allow-list), so no writer can leak what was never loaded. Writers are
pure functions from a :class:`~workbench.reports.model.Report` to bytes.
"""
