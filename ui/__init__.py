"""The PySide6 desktop face of Maatwerk Workbench.

Everything here adapts the Qt-free core (:mod:`workbench`) to widgets: item
models over the core's read models, the undo adapter over the core's
commands, the file menu over :class:`workbench.store.ProjectDocument`, and
the translations. No business logic, SQL or sessions live in this package.
"""
