"""Roles per project schema: a reader cannot write, nor read internal rows by any SQL."""

from __future__ import annotations

import psycopg
import pytest

from workbench.i18n import UserError
from workbench.merge.lineage import CONFLICTS
from workbench.services import ProjectService
from workbench.store.server_document import ServerDocument
from workbench.store.server_url import connect_raw, parse_target

from .conftest import PgProject

pytestmark = pytest.mark.postgres


def _fill(pg: PgProject) -> dict[str, str]:
    doc = ServerDocument.connect(pg.url("anna"))
    try:
        svc = ProjectService(doc)
        ids = {
            "secret": svc.create("measure", {"code": "M01", "title": "Onze rode lijn",
                                             "visibility": "internal"}).created[0],
            "open": svc.create("measure", {"code": "M02", "title": "Overkapping",
                                           "visibility": "public"}).created[0],
        }
        svc.create("measure_note", {"measure_id": ids["open"], "text": "intern",
                                    "visibility": "internal"})
        svc.create("measure_note", {"measure_id": ids["open"], "text": "openbaar",
                                    "visibility": "public"})
        svc.create("measure_link", {"measure_id": ids["secret"], "other_id": ids["open"],
                                    "kind": "requires"})
        svc.set_option(CONFLICTS, [{"ours": "Onze rode lijn"}])
        return ids
    finally:
        doc.close()


def _sql(pg: PgProject, user: str, query: str) -> list[tuple[object, ...]]:
    """`query` on the user's own connection, in the search path the program gives it."""
    conn = connect_raw(parse_target(pg.url(user)))
    try:
        return list(conn.execute(query).fetchall())
    finally:
        conn.close()


def test_a_reader_reads_no_internal_row_even_with_its_own_sql(pg: PgProject) -> None:
    _fill(pg)
    assert _sql(pg, "anna", "SELECT code FROM measure ORDER BY code") == [("M01",), ("M02",)]
    assert _sql(pg, "rita", "SELECT code, title FROM measure") == [("M02", "Overkapping")]
    assert _sql(pg, "rita", "SELECT text FROM measure_note") == [("openbaar",)]
    # A row below an internal measure is hidden with it.
    assert _sql(pg, "anna", "SELECT count(*) FROM measure_link") == [(1,)]
    assert _sql(pg, "rita", "SELECT count(*) FROM measure_link") == [(0,)]
    # The merge's conflict list holds internal values: not for readers.
    assert _sql(pg, "rita", "SELECT key FROM project_option WHERE key LIKE 'merge.%'") == []
    # Old and new values in the audit log are not readable at all: NULL in the
    # reader's view, and the table itself is refused.
    assert {r for r in _sql(pg, "rita", "SELECT old, new FROM audit_entry")} == {(None, None)}
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        _sql(pg, "rita", f'SELECT new FROM "{pg.schema}".audit_entry')
    assert not any("rode lijn" in str(r) for r in _sql(
        pg, "rita", "SELECT id, seq, entity, field FROM audit_entry"))


def test_a_reader_cannot_write_by_the_program_or_by_sql(pg: PgProject) -> None:
    ids = _fill(pg)
    doc = ServerDocument.connect(pg.url("rita"))
    try:
        assert doc.read_only
        with pytest.raises(UserError) as err:
            ProjectService(doc).update("measure", ids["open"], {"title": "Weg"})
        assert err.value.key == "store.read_only"
    finally:
        doc.close()
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        _sql(pg, "rita", "UPDATE measure SET title = 'Weg'")
    assert _sql(pg, "anna", f"SELECT title FROM measure WHERE id = '{ids['open']}'") == [
        ("Overkapping",)]


def test_the_analysis_of_a_reader_has_no_internal_measure(pg: PgProject) -> None:
    from workbench.analysis.build import analysis_for

    _fill(pg)
    doc = ServerDocument.connect(pg.url("rita"))
    try:
        a = analysis_for(ProjectService(doc), "internal", None, "nl")
        assert [m.code for m in a.register.measures] == ["M02"]
    finally:
        doc.close()
