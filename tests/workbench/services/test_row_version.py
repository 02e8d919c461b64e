"""Row versions on a project file: every update raises it; a stale one is refused."""

from __future__ import annotations

import pytest

from workbench.services import ProjectService
from workbench.services.project import StaleEdit

pytestmark = pytest.mark.both_backends


def test_an_update_against_an_older_version_is_refused_and_changes_nothing(
    svc: ProjectService,
) -> None:
    mid = svc.create("measure", {"code": "M01", "title": "Een"}).created[0]
    assert svc.get("measure", mid)["row_version"] == 1
    svc.update("measure", mid, {"title": "Twee"}, version=1)
    assert svc.get("measure", mid)["row_version"] == 2
    before = svc.doc.audit_seq()
    with pytest.raises(StaleEdit) as err:
        svc.update("measure", mid, {"title": "Drie"}, version=1)
    assert err.value.current["title"] == "Twee"
    assert err.value.by == "testgebruiker"
    assert svc.get("measure", mid)["title"] == "Twee"
    assert svc.doc.audit_seq() == before


def test_the_row_version_is_not_a_field_of_the_audit_log_or_the_dump(
    svc: ProjectService,
) -> None:
    from workbench.interchange import dumps

    mid = svc.create("measure", {"code": "M01", "title": "Een"}).created[0]
    svc.update("measure", mid, {"title": "Twee"})
    fields = {e["field"] for e in _audit(svc)}
    assert "row_version" not in fields
    assert "row_version" not in dumps(svc)


def _audit(svc: ProjectService) -> list[dict[str, object]]:
    from sqlalchemy import select

    from workbench.model import AuditEntry

    with svc.doc.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(select(AuditEntry.field))]
