"""A reader never reads an internal text field of a row it may see: not by the program, not by SQL.

The demo project goes on the server (pushed by otto); then anna gives one
row a reader may see, of every entity with a text rule in
``audience.RULES``, a canary in each of its rule's texts and makes those
texts internal (through the services, so the audit log holds the canary
too). Rita (reader) must not find the canary anywhere: her own SQL reads
NULL (through the reader's views) or is refused (on the tables); her
program's data equals what the partners' audience sees on the same
project. Anna (editor) reads the texts.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from workbench.analysis.audience import RULES
from workbench.model import Base
from workbench.server.transfer import push
from workbench.services import ProjectService
from workbench.store.server_document import ServerDocument
from workbench.store.server_url import connect_raw, parse_target, reader_schema

from .conftest import PgProject

pytestmark = pytest.mark.postgres

CANARY = "KANARIE-0451-intern"
TEXT_RULES = {entity: rule for entity, rule in RULES.items() if rule.texts}


def _sql(pg: PgProject, user: str, query: str) -> list[tuple[object, ...]]:
    """`query` on the user's own connection, in the search path the program gives it."""
    conn = connect_raw(parse_target(pg.url(user)))
    try:
        return list(conn.execute(query).fetchall())
    finally:
        conn.close()


def _bare_sql(pg: PgProject, user: str, query: str) -> list[tuple[object, ...]]:
    """`query` on a plain psycopg connection of the user (no search path set by us)."""
    conn = psycopg.connect(parse_target(pg.url(user)).url)
    try:
        return list(conn.execute(query).fetchall())
    finally:
        conn.close()


@pytest.fixture
def canaries(pg: PgProject, demo_file: Path, tmp_path: Path) -> Iterator[dict[str, str]]:
    """Per entity with a text rule: the id of the reader-visible row holding the canary."""
    path = tmp_path / "demo.mwb"
    shutil.copyfile(demo_file, path)
    push(path, pg.url("otto"))
    ids: dict[str, str] = {}
    doc = ServerDocument.connect(pg.url("anna"))
    try:
        svc = ProjectService(doc)
        # The demo sets no health parameter: one, with a public source, as a team would.
        svc.create("health_parameter", {"key": "yll_per_death", "value": 12.0,
                                        "source": "RIVM 2024", "source_visibility": "public"})
        for entity, rule in TEXT_RULES.items():
            visible = _sql(pg, "rita", f"SELECT id FROM {entity} ORDER BY id LIMIT 1")
            assert visible, f"the demo has no {entity} a reader sees"
            ids[entity] = str(visible[0][0])
            changes: dict[str, object] = {text: CANARY for text in rule.texts}
            changes.update({vis: "internal" for vis in rule.texts.values()})
            svc.update(entity, ids[entity], changes)
    finally:
        doc.close()
    yield ids


def test_the_demo_covers_every_text_rule() -> None:
    # The canary test below is only as good as this list.
    assert set(TEXT_RULES) >= {"measure", "assessment", "stakeholder", "package", "draft",
                               "draft_term", "meeting", "health_parameter"}


def test_a_readers_own_sql_reads_every_internal_text_as_null(
    pg: PgProject, canaries: dict[str, str]
) -> None:
    views = f'"{reader_schema(pg.schema)}"'
    for entity, id_ in canaries.items():
        texts = list(TEXT_RULES[entity].texts)
        cols = ", ".join(texts)
        where = f"WHERE id = '{id_}'"
        assert _sql(pg, "anna", f"SELECT {cols} FROM {entity} {where}") == [
            tuple(CANARY for _ in texts)], entity
        # The row is there for the reader, its internal texts are not.
        assert _sql(pg, "rita", f"SELECT {cols} FROM {entity} {where}") == [
            tuple(None for _ in texts)], entity
        assert _bare_sql(pg, "rita", f"SELECT {cols} FROM {views}.{entity} {where}") == [
            tuple(None for _ in texts)], entity
        # Filtering on the text finds nothing either: the view masks before any WHERE.
        assert _sql(pg, "rita", f"SELECT count(*) FROM {entity} WHERE "
                                f"{texts[0]} LIKE '%KANARIE%'") == [(0,)], entity
        # The tables themselves are refused, every column.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            _bare_sql(pg, "rita", f'SELECT id FROM "{pg.schema}".{entity}')
    # Nothing a reader can read holds the canary, the audit log included; an editor's does.
    for t in Base.metadata.sorted_tables:
        rows = _sql(pg, "rita", f"SELECT x::text FROM {t.name} x")
        assert not any(CANARY in str(r[0]) for r in rows), t.name
    assert any(CANARY in str(r[0]) for r in _sql(pg, "anna", "SELECT x::text FROM audit_entry x"))


def test_row_security_filters_per_reader_through_the_views(
    pg: PgProject, canaries: dict[str, str]
) -> None:
    # The views run as the tables' owner, but the policies ask about the invoking user:
    # an editor reading the same view sees the internal measures a reader does not.
    views = f'"{reader_schema(pg.schema)}"'
    total = _sql(pg, "anna", "SELECT count(*) FROM measure")[0][0]
    hidden = _sql(pg, "anna", "SELECT count(*) FROM measure WHERE visibility = 'internal'")[0][0]
    assert isinstance(total, int) and isinstance(hidden, int) and hidden > 0
    assert _bare_sql(pg, "anna", f"SELECT count(*) FROM {views}.measure") == [(total,)]
    assert _bare_sql(pg, "rita", f"SELECT count(*) FROM {views}.measure") == [(total - hidden,)]
    assert _sql(pg, "rita", "SELECT count(*) FROM measure WHERE visibility = 'internal'") == [
        (0,)]


def test_a_readers_program_sees_what_the_partners_see_and_no_canary(
    pg: PgProject, canaries: dict[str, str]
) -> None:
    from workbench.analysis.build import analysis_for
    from workbench.analysis.data import ProjectData

    reader = ServerDocument.connect(pg.url("rita"))
    editor = ServerDocument.connect(pg.url("anna"))
    try:
        rsvc, esvc = ProjectService(reader), ProjectService(editor)
        assert reader.read_only
        theirs = ProjectData(esvc, "partners")
        for audience in ("internal", "partners"):
            mine = ProjectData(rsvc, audience)
            for entity in RULES:
                def key(r: dict[str, object]) -> str:
                    return str(r["id"])

                assert sorted(mine.rows(entity), key=key) == sorted(
                    theirs.rows(entity), key=key), (audience, entity)
            a = analysis_for(rsvc, audience, None, "nl")
            assert [m.code for m in a.register.measures] == [
                m.code for m in analysis_for(esvc, "partners", None, "nl").register.measures]
            assert CANARY not in repr(vars(a.register))
    finally:
        reader.close()
        editor.close()
