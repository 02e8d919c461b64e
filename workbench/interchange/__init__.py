"""The JSON interchange: a whole project as one JSON document, and back.

:func:`dumps` writes everything a project holds except ids and the audit
log, with user-facing keys (measure codes, criterion keys) for references;
:func:`load_file` validates an untrusted document completely and then
creates a project from it in one transaction. dump -> load -> dump gives
the same text apart from ``exported_at``. The format is described in
``docs/interchange.md``; :mod:`.demo` builds the shipped demo project.
"""

from __future__ import annotations

from workbench.interchange.dump import dump_project, dumps
from workbench.interchange.load import load_data, load_file
from workbench.interchange.reading import MAX_BYTES, MAX_DEPTH, JsonPath, parse_json, read_json
from workbench.interchange.sections import FORMAT, VERSION
from workbench.interchange.validate import ProjectData, validate

__all__ = [
    "FORMAT",
    "MAX_BYTES",
    "MAX_DEPTH",
    "VERSION",
    "JsonPath",
    "ProjectData",
    "dump_project",
    "dumps",
    "load_data",
    "load_file",
    "parse_json",
    "read_json",
    "validate",
]
