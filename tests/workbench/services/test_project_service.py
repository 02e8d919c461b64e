"""Services: validation with clear messages, audit in the same transaction, delete/restore."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from workbench.i18n import UserError
from workbench.model import AuditEntry
from workbench.services import ProjectService

pytestmark = pytest.mark.both_backends


def _audit(svc: ProjectService) -> list[AuditEntry]:
    with svc.doc.session() as s:
        return list(s.scalars(select(AuditEntry).order_by(AuditEntry.seq)))


def test_update_is_audited_with_field_old_new_and_user(
    svc: ProjectService, basics: dict[str, str]
) -> None:
    n = len(_audit(svc))
    change = svc.update("measure", basics["m1"], {"deadline_year": 2029})
    assert change.entities == {"measure"} and basics["m1"] in change.ids
    new = _audit(svc)[n:]
    assert [(e.action, e.entity, e.field, e.old, e.new, e.user) for e in new] == [
        ("update", "measure", "deadline_year", "2028", "2029", "testgebruiker")
    ]


def test_unchanged_value_writes_no_audit(svc: ProjectService, basics: dict[str, str]) -> None:
    n = len(_audit(svc))
    assert svc.update("measure", basics["m1"], {"deadline_year": 2028}).empty
    assert len(_audit(svc)) == n


@pytest.mark.parametrize(
    ("values", "fragment"),
    [
        ({"deadline_year": "binnenkort"}, "maatregel M01.deadline_year: verwacht een geheel getal"),
        ({"deadline_year": 2026}, "startjaar (2027) ligt na de deadline (2026)"),
        ({"theme": "lawaai"}, 'maatregel M01.theme: onbekende waarde "lawaai"'),
        ({"code": "M02"}, "maatregel M02.code: M02 is al in gebruik"),
        ({"title": "   "}, "maatregel M01.title: mag niet leeg zijn"),
        ({"color": "rood"}, "maatregel M01.color: onbekend veld"),
        # PostgreSQL cannot store a NUL; refused on a file too, so every project can move
        ({"title": "Kooks\x00fabriek"}, "maatregel M01.title: de tekst bevat een nulteken"),
    ],
)
def test_bad_edit_names_field_and_changes_nothing(
    svc: ProjectService, basics: dict[str, str], values: dict[str, object], fragment: str
) -> None:
    before = svc.get("measure", basics["m1"])
    n = len(_audit(svc))
    with pytest.raises(UserError) as err:
        svc.update("measure", basics["m1"], values)
    assert fragment in str(err.value)
    assert svc.get("measure", basics["m1"]) == before
    assert len(_audit(svc)) == n


def test_messages_render_in_english_too(svc: ProjectService, basics: dict[str, str]) -> None:
    with pytest.raises(UserError) as err:
        svc.update("measure", basics["m1"], {"deadline_year": "soon"})
    assert err.value.text("en") == 'measure M01.deadline_year: expected an integer, got "soon".'


def test_assessment_order_and_levels_are_enforced(
    svc: ProjectService, basics: dict[str, str]
) -> None:
    with pytest.raises(UserError) as err:
        svc.update("assessment", basics["a1"], {"low": 25.0})
    assert "beoordeling M01/health" in str(err.value)
    with pytest.raises(UserError) as err:
        svc.create(
            "assessment",
            {
                "measure_id": basics["m1"],
                "criterion_id": basics["feas"],
                "low": 0.3,
                "best": 0.3,
                "high": 0.3,
            },
        )
    assert "onbekend niveau" in str(err.value) and "middel" in str(err.value)


def test_stance_outside_range_is_refused(svc: ProjectService, basics: dict[str, str]) -> None:
    with pytest.raises(UserError) as err:
        svc.create(
            "position", {"stakeholder_id": basics["party"], "measure_id": basics["m1"], "stance": 3}
        )
    assert "3 ligt buiten -2 .. 2" in str(err.value)


def test_unknown_reference_is_refused(svc: ProjectService, basics: dict[str, str]) -> None:
    with pytest.raises(UserError) as err:
        svc.create("measure_note", {"measure_id": "bestaat-niet", "text": "x"})
    assert "maatregel bestaat-niet bestaat niet" in str(err.value)


def test_self_link_is_refused(svc: ProjectService, basics: dict[str, str]) -> None:
    with pytest.raises(UserError):
        svc.create(
            "measure_link",
            {"measure_id": basics["m1"], "other_id": basics["m1"], "kind": "requires"},
        )


def test_delete_cascades_and_restore_brings_back_identical_rows(
    svc: ProjectService, basics: dict[str, str]
) -> None:
    m1 = basics["m1"]
    svc.create("measure_note", {"measure_id": m1, "text": "Intern: niet delen"})
    svc.create("measure_link", {"measure_id": basics["m2"], "other_id": m1, "kind": "requires"})
    svc.create(
        "position",
        {"stakeholder_id": basics["party"], "measure_id": m1, "stance": -2, "red_line": True},
    )
    tables = ("measure", "measure_note", "measure_link", "assessment", "position")
    before = {t: svc.rows(t) for t in tables}
    change, snap = svc.delete("measure", m1)
    assert {"measure", "measure_note", "measure_link", "assessment", "position"} <= change.entities
    assert svc.rows("measure_note") == [] and svc.rows("position") == []
    assert svc.rows("measure_link") == []
    svc.restore(snap)
    assert {t: svc.rows(t) for t in tables} == before


def test_delete_of_a_source_unlinks_and_restore_relinks(
    svc: ProjectService, basics: dict[str, str]
) -> None:
    src = svc.create("source", {"key": "rivm2023", "title": "RIVM 2023"}).created[0]
    svc.update("assessment", basics["a1"], {"source_id": src})
    _change, snap = svc.delete("source", src)
    assert svc.get("assessment", basics["a1"])["source_id"] is None
    svc.restore(snap)
    assert svc.get("assessment", basics["a1"])["source_id"] == src


def test_deleted_row_is_kept_in_the_audit_log(svc: ProjectService, basics: dict[str, str]) -> None:
    svc.delete("measure", basics["m2"])
    deleted = [e for e in _audit(svc) if e.action == "delete" and e.entity_id == basics["m2"]]
    assert len(deleted) == 1
    assert json.loads(deleted[0].old or "{}")["code"] == "M02"


def test_batch_is_all_or_nothing(svc: ProjectService, basics: dict[str, str]) -> None:
    with pytest.raises(UserError), svc.batch() as tx:
        tx.create("measure", {"code": "M10", "title": "Eerste"})
        tx.create("measure", {"code": "M10", "title": "Dubbel"})
    assert svc.id_for("measure", "M10") is None
