"""Tampered project files are refused before anything reads them (issue 10, finding 1).

A trigger, a view in place of a table, an extra table or an altered column
is named in one message by open, `workbench info` and `workbench dump`; the
file stays byte-identical and a hostile trigger never fires.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from workbench.cli.main import main
from workbench.i18n import UserError
from workbench.services import ProjectService
from workbench.store import ProjectDocument
from workbench.store.paths import working_dir
from workbench.store.sqlite import make_engine, raw_connect

SECRET = "Interne notitie: onze ondergrens is 40 procent"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "dossier.mwb"
    doc = ProjectDocument.create(path, title="Vertrouwelijk")
    try:
        svc = ProjectService(doc)
        mid = svc.create(
            "measure", {"code": "M01", "title": "Afdekken ertsparken", "theme": "dust"}
        ).created[0]
        svc.create("measure_note", {"measure_id": mid, "text": SECRET})
        doc.save()
    finally:
        doc.close()
    return path


def _tamper(path: Path, *sql: str) -> None:
    conn = sqlite3.connect(path)
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()


TRIGGER = (
    "CREATE TRIGGER leak AFTER UPDATE ON measure BEGIN "
    "UPDATE measure SET visibility = 'public', description_visibility = 'public'; "
    "UPDATE measure_note SET visibility = 'public'; END"
)

# case -> (statements, the object the message must name, the message key)
HOSTILE: dict[str, tuple[tuple[str, ...], str, str]] = {
    "trigger": ((TRIGGER,), "leak", "store.schema_extra"),
    "view_in_place_of_a_table": (
        (
            "DROP TABLE source",
            "CREATE VIEW source AS SELECT id, code AS key, title, '' AS publisher, "
            "NULL AS year, '' AS url, description AS citation, 'public' AS visibility "
            "FROM measure",
        ),
        "source",
        "store.schema_replaced",
    ),
    "extra_table": (("CREATE TABLE exfil (payload TEXT)",), "exfil", "store.schema_extra"),
    "altered_column": (
        ("ALTER TABLE measure_note RENAME COLUMN text TO tekst",),
        "measure_note",
        "store.schema_changed",
    ),
    "added_column": (
        ("ALTER TABLE stakeholder ADD COLUMN secret TEXT",),
        "stakeholder",
        "store.schema_changed",
    ),
    "extra_index": (
        ("CREATE INDEX ix_sneaky ON measure (title)",),
        "ix_sneaky",
        "store.schema_extra",
    ),
    "dropped_index": (("DROP INDEX ix_audit_entry_seq",), "ix_audit_entry_seq",
                      "store.schema_missing"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_open_refuses_a_tampered_schema_naming_the_object(project: Path, case: str) -> None:
    statements, name, key = HOSTILE[case]
    _tamper(project, *statements)
    before = project.read_bytes()
    with pytest.raises(UserError) as err:
        ProjectDocument.open(project)
    assert err.value.key == key
    assert name in str(err.value) and "\n" not in str(err.value)
    assert project.read_bytes() == before
    assert not any(working_dir().iterdir()), "no working copy may be left behind"
    assert not (project.parent / (project.name + ".lock")).exists()


@pytest.mark.parametrize("command", ["info", "dump", "measures"])
@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_cli_refuses_a_tampered_schema_in_one_line(
    project: Path, case: str, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    statements, name, _key = HOSTILE[case]
    _tamper(project, *statements)
    before = sorted(p.name for p in project.parent.iterdir())
    data = project.read_bytes()
    assert main([command, str(project)]) == 1
    out, err = capsys.readouterr()
    assert SECRET not in out
    assert err.startswith("fout: ") and err.count("\n") == 1 and name in err
    assert "interne fout" not in err
    assert project.read_bytes() == data
    assert sorted(p.name for p in project.parent.iterdir()) == before


def _visibilities(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT visibility FROM measure UNION ALL "
                            "SELECT visibility FROM measure_note").fetchall()
    finally:
        conn.close()
    return [r[0] for r in rows]


def _edit_and_save(path: Path) -> None:
    """What a user does next: an ordinary edit, then Save (fires an UPDATE trigger)."""
    doc = ProjectDocument.open(path)
    try:
        svc = ProjectService(doc)
        mid = svc.id_for("measure", "M01") or ""
        svc.update("measure", mid, {"title": "Ertsparken overkappen"})
        doc.save()
    finally:
        doc.close()


def test_a_hostile_trigger_never_fires(project: Path) -> None:
    _tamper(project, TRIGGER)
    assert _visibilities(project) == ["internal", "internal"]
    attempts: list[Callable[[], object]] = [
        lambda: _edit_and_save(project),
        lambda: ProjectDocument.open(project, read_only=True),
        lambda: main(["dump", str(project)]),
        lambda: main(["info", str(project)]),
    ]
    for attempt in attempts:
        with contextlib.suppress(UserError):
            attempt()
    assert _visibilities(project) == ["internal", "internal"]


def test_every_connection_distrusts_the_schema(project: Path) -> None:
    conn = raw_connect(project, read_only=True)
    try:
        assert conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    finally:
        conn.close()
    engine = make_engine(project, read_only=True)
    try:
        with engine.connect() as c:
            assert c.exec_driver_sql("PRAGMA trusted_schema").scalar() == 0
    finally:
        engine.dispose()


def test_an_untampered_file_of_an_older_schema_still_opens(tmp_path: Path) -> None:
    """The expected schema follows the file's own version, not only the newest."""
    from tests.workbench.store.test_migrations import _baseline_file

    path = tmp_path / "oud.mwb"
    _baseline_file(path)
    doc = ProjectDocument.open(path, read_only=True)
    try:
        assert [r["code"] for r in ProjectService(doc).rows("measure")] == ["M01"]
    finally:
        doc.close()


def test_an_older_file_with_a_trigger_is_refused_too(tmp_path: Path) -> None:
    from tests.workbench.store.test_migrations import _baseline_file

    path = tmp_path / "oud.mwb"
    _baseline_file(path)
    _tamper(path, TRIGGER)
    before = path.read_bytes()
    with pytest.raises(UserError, match="leak"):
        ProjectDocument.open(path)
    assert path.read_bytes() == before


def test_the_schema_cached_at_creation_is_the_migrations_own(project: Path) -> None:
    """The expectation is derived from the code, whichever way it was first computed."""
    import json

    from workbench.store import guard, schema

    cached = guard._cache_path(schema.SCHEMA_VERSION)
    assert cached is not None and cached.exists()
    built = json.loads(json.dumps(guard._build(schema.SCHEMA_VERSION), sort_keys=True))
    assert json.loads(cached.read_text(encoding="utf-8")) == built
    for version in schema.REVISIONS.values():
        assert "alembic_version" in guard.expected(version)
