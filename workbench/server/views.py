"""The views through which a reader reads a project: internal text fields are NULL there.

Row-level security hides whole rows; a row a reader may see can still hold
an internal text (a partners-visible measure's internal description, a
meeting's internal notes). So a reader gets no SELECT on the project's
tables at all: every table has a view of the same name in the reader's
schema ``S-lezer`` (:func:`workbench.store.server_url.reader_schema`),
owned by the tables' owner, ``security_barrier``, where each text of
:data:`workbench.analysis.audience.RULES` is NULL unless its visibility
column allows the ``partners`` audience (the reader's audience), a text
option (:data:`~workbench.analysis.audience.TEXT_OPTIONS`) is left out
unless its visibility does, and the audit log's old and new values are
always NULL. The views run with their owner's privileges, but row-level
security is FORCEd for the owner too and its policies ask about
``current_user``, the reader: rows stay filtered per reader.

A reader's connection puts ``S-lezer`` first on its ``search_path``
(:func:`workbench.store.server_url.connect_raw`), so the program's own reads
work unchanged; a hand-written query reads the same views (or is refused on
the tables themselves).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Table

from workbench.analysis.audience import ALLOWED, RULES, TEXT_OPTIONS, Audience
from workbench.model import Base
from workbench.store.server_guard import quote, sql_str
from workbench.store.server_url import reader_schema

READER: Audience = "partners"  # the audience a reader role is
# Columns of the audit log a reader never reads: the values, which may be internal.
AUDIT_VALUES = ("old", "new")


def _allowed() -> str:
    return ", ".join(sql_str(v) for v in sorted(ALLOWED[READER]))


def masked(t: Table) -> dict[str, str]:
    """Per masked column of `t`: the SQL expression the reader's view shows instead."""
    if t.name == "audit_entry":
        return {c: "NULL::text" for c in AUDIT_VALUES}  # both Text in the model
    rule = RULES.get(t.name)
    if rule is None:
        return {}
    return {text: f"CASE WHEN {quote(vis)} IN ({_allowed()}) THEN {quote(text)} END"
            for text, vis in rule.texts.items()}


def view_sql(t: Table, schema: str) -> str:
    """The SELECT of the reader's view of table `t` in project schema `schema`."""
    masks = masked(t)
    cols = [f"{masks[c.name]} AS {quote(c.name)}" if c.name in masks else quote(c.name)
            for c in t.columns]
    sql = f"SELECT {', '.join(cols)} FROM {quote(schema)}.{quote(t.name)}"
    if t.name == "project_option":
        keys = ", ".join(sql_str(k) for k in sorted(TEXT_OPTIONS))
        sql += (f" WHERE NOT (key IN ({keys}) AND COALESCE(value ->> 'visibility', "
                f"'internal') NOT IN ({_allowed()}))")
    return sql


def create_views(run: Callable[[str], object], schema: str) -> None:
    """(Re)create every reader view; `run(sql)` executes as the tables' owner."""
    view_schema = quote(reader_schema(schema))
    for t in Base.metadata.sorted_tables:
        run(f"CREATE VIEW {view_schema}.{quote(t.name)} WITH (security_barrier) AS "
            f"{view_sql(t, schema)}")


def drop_views(run: Callable[[str], object], schema: str) -> None:
    """Drop the reader views (before a migration changes the tables under them)."""
    view_schema = quote(reader_schema(schema))
    for t in Base.metadata.sorted_tables:
        run(f"DROP VIEW IF EXISTS {view_schema}.{quote(t.name)}")
