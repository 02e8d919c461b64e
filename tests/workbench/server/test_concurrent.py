"""Two people on one server project: a stale write is refused with the other's value."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from workbench.i18n import UserError
from workbench.model import AuditEntry
from workbench.services import ProjectService
from workbench.services.project import StaleEdit
from workbench.store import ProjectDocument
from workbench.store.server_document import ServerDocument

from .conftest import PgProject

pytestmark = pytest.mark.postgres


def test_the_second_edit_of_the_same_field_is_refused_with_the_first_value(
    pg: PgProject,
) -> None:
    anna = ServerDocument.connect(pg.url("anna"))
    otto = ServerDocument.connect(pg.url("otto"))
    try:
        a, o = ProjectService(anna), ProjectService(otto)
        mid = a.create("measure", {"code": "M01", "title": "Cokesfabriek sluiten"}).created[0]
        seen_by_anna = a.get("measure", mid)["row_version"]
        seen_by_otto = o.get("measure", mid)["row_version"]
        a.update("measure", mid, {"title": "Cokesfabriek 2 sluiten"}, version=seen_by_anna)
        with pytest.raises(StaleEdit) as err:
            o.update("measure", mid, {"title": "Cokesfabriek eerder sluiten"},
                     version=seen_by_otto)
        assert err.value.current["title"] == "Cokesfabriek 2 sluiten"
        assert err.value.by == "anna"
        assert "Cokesfabriek 2 sluiten" in err.value.text("en")
        # Nothing lost: the first value stands, and a fresh read lets otto write.
        assert o.get("measure", mid)["title"] == "Cokesfabriek 2 sluiten"
        fresh = o.get("measure", mid)["row_version"]
        o.update("measure", mid, {"title": "Cokesfabriek eerder sluiten"}, version=fresh)
        with anna.engine.connect() as conn:
            users = conn.execute(
                select(AuditEntry.user, AuditEntry.new)
                .where(AuditEntry.entity_id == mid, AuditEntry.field == "title")
                .order_by(AuditEntry.seq)
            ).all()
        # The audit log names the database users, not the laptops' login names.
        assert [u for u, _ in users] == ["anna", "anna", "otto"]
    finally:
        anna.close()
        otto.close()


def test_a_project_url_opens_through_the_store_as_its_database_user(pg: PgProject) -> None:
    doc = ProjectDocument.open(pg.url("anna"))  # type: ignore[arg-type]
    try:
        assert isinstance(doc, ServerDocument)
        assert doc.user == "anna" and not doc.read_only and not doc.modified
    finally:
        doc.close()


def test_the_administrator_is_refused_as_a_working_user(pg: PgProject) -> None:
    # Row-level security does not hold for a superuser: the app never works as one.
    with pytest.raises(UserError) as err:
        ServerDocument.connect(pg.admin)
    assert err.value.key == "server.admin_user"


def test_an_unknown_schema_is_named(pg: PgProject) -> None:
    with pytest.raises(UserError) as err:
        ServerDocument.connect(pg.url("anna").replace(pg.schema, "bestaat_niet"))
    assert err.value.key == "server.not_initialised"
