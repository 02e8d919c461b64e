"""A project schema with an object added by hand is refused on open, with one message.

As for files (tests/workbench/store/test_guard*.py): a trigger, rule or
view could change or show rows behind the program's back, so the schema
must be exactly what ``workbench server init`` built. Also: ``workbench
info URL`` answers for a server project.
"""

from __future__ import annotations

import json

import pytest

from workbench.cli.main import main
from workbench.i18n import UserError
from workbench.store.server_document import ServerDocument
from workbench.store.server_url import connect_raw, parse_target

from .conftest import PgProject

pytestmark = pytest.mark.postgres


def _admin(pg: PgProject, *sql: str) -> None:
    conn = connect_raw(parse_target(pg.admin), autocommit=True)
    try:
        for statement in sql:
            conn.execute(statement)
    finally:
        conn.close()


TAMPERING = {
    "view": (["CREATE VIEW {s}.everything AS SELECT * FROM {s}.measure"], "view", "everything"),
    "table": (["CREATE TABLE {s}.stash (x int)"], "table", "stash"),
    "column": (["ALTER TABLE {s}.measure ADD COLUMN leak text"], "table", "measure"),
    "trigger": ([
        "CREATE FUNCTION {s}.mw_evil() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN NEW.visibility := 'public'; RETURN NEW; END $$",
        "CREATE TRIGGER publish BEFORE UPDATE ON {s}.measure "
        "FOR EACH ROW EXECUTE FUNCTION {s}.mw_evil()",
    ], "trigger", "publish"),
    "rule": (["CREATE RULE keep AS ON DELETE TO {s}.measure DO INSTEAD NOTHING"],
             "rule", "keep"),
    "function": (["CREATE FUNCTION {s}.helper() RETURNS int LANGUAGE sql AS 'SELECT 1'"],
                 "function", "helper"),
    "policy": (["CREATE POLICY open_all ON {s}.measure FOR SELECT USING (true)"],
               "policy", "open_all"),
    "notify body": ([
        "CREATE OR REPLACE FUNCTION {s}.mw_notify() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN UPDATE {s}.measure SET visibility = 'public'; RETURN NULL; END $$",
    ], "function", "mw_notify"),
}


@pytest.mark.parametrize("case", list(TAMPERING))
def test_an_object_added_by_hand_is_refused_by_name(pg: PgProject, case: str) -> None:
    statements, kind, name = TAMPERING[case]
    _admin(pg, *(s.format(s=f'"{pg.schema}"') for s in statements))
    with pytest.raises(UserError) as err:
        ServerDocument.connect(pg.url("anna"))
    text = err.value.text("en")
    assert f"{kind} {name}" in text or f"{name} is a {kind}" in text, text
    assert pg.schema in text
    assert "\n" not in text


def test_a_view_in_place_of_a_table_is_named_as_replaced(pg: PgProject) -> None:
    s = f'"{pg.schema}"'
    _admin(pg, f"DROP TABLE {s}.meeting_measure CASCADE",
           f"CREATE VIEW {s}.meeting_measure AS SELECT * FROM {s}.measure")
    with pytest.raises(UserError) as err:
        ServerDocument.connect(pg.url("anna"))
    assert err.value.key == "store.schema_replaced"
    assert "meeting_measure" in err.value.text("en")


def test_info_by_url_reports_the_server_project(
    pg: PgProject, capsys: pytest.CaptureFixture[str]
) -> None:
    url = pg.url("anna")
    doc = ServerDocument.connect(url)
    try:
        from workbench.services import ProjectService

        ProjectService(doc).create("measure", {"code": "M01", "title": "Een"})
    finally:
        doc.close()
    assert main(["info", url, "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["counts"]["measure"] == 1
    assert info["schema_version"] >= 6
    assert info["integrity"] == "ok"
    assert pg.schema in info["path"]


def test_info_by_url_on_a_tampered_schema_is_one_line_and_exit_1(
    pg: PgProject, capsys: pytest.CaptureFixture[str]
) -> None:
    _admin(pg, f'CREATE VIEW "{pg.schema}".everything AS SELECT 1')
    assert main(["info", pg.url("anna")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "everything" in err


READER_TAMPERING = {
    # a view that shows the table's texts unmasked, owned by an administrator
    "extra view": (["CREATE VIEW {v}.everything AS SELECT * FROM {s}.measure"],
                   "view", "everything"),
    "view owner": (["ALTER VIEW {v}.measure OWNER TO CURRENT_USER"], "view", "measure"),
    "no barrier": (["ALTER VIEW {v}.measure RESET (security_barrier)"], "view", "measure"),
    "missing view": (["DROP VIEW {v}.meeting"], "view", "meeting"),
    "table for view": (["DROP VIEW {v}.meeting", "CREATE TABLE {v}.meeting (id text)"],
                       "table", "meeting"),
    "reads another table": ([
        "CREATE OR REPLACE VIEW {v}.source WITH (security_barrier) AS SELECT s.* FROM "
        "{s}.source s LEFT JOIN {s}.audit_entry a ON a.id = s.id",
        "ALTER VIEW {v}.source OWNER TO {tables}",
    ], "view", "source"),
    "function": (["CREATE FUNCTION {v}.lower(text) RETURNS text LANGUAGE sql AS 'SELECT $1'"],
                 "function", "lower"),
    "reader grant": (["GRANT SELECT (description) ON {s}.measure TO {reader}"],
                     "privilege", "measure"),
}


@pytest.mark.parametrize("case", list(READER_TAMPERING))
def test_the_readers_views_are_exactly_those_of_init(pg: PgProject, case: str) -> None:
    from workbench.store.server_url import reader_schema

    statements, kind, name = READER_TAMPERING[case]
    names = {"s": f'"{pg.schema}"', "v": f'"{reader_schema(pg.schema)}"',
             "tables": f'"mw_{pg.schema}_tables"', "reader": f'"mw_{pg.schema}_reader"'}
    _admin(pg, *(s.format(**names) for s in statements))
    try:
        for user in ("anna", "rita"):
            with pytest.raises(UserError) as err:
                ServerDocument.connect(pg.url(user))
            text = err.value.text("en")
            assert kind in text and name in text, text
            assert "\n" not in text
    finally:  # what the administrator made there is theirs, not the project's: drop it
        _admin(pg, f"DROP SCHEMA {names['v']} CASCADE")


def test_the_reader_views_of_a_project_match_init_again(pg: PgProject) -> None:
    # Running init again (an upgrade) rebuilds the views and grants: still accepted.
    from workbench.server.setup import init

    init(pg.admin)
    ServerDocument.connect(pg.url("rita")).close()
