"""A demo project with record canaries: internal notes, commitments and action items."""

from __future__ import annotations

import datetime as dt

from workbench.services import ProjectService

CANARIES = ("KANARIE_NOTITIE", "KANARIE_BESLUIT", "KANARIE_TOEZEGGING", "KANARIE_ACTIE")
MEETING = "o2026-02-20"


def add_record(svc: ProjectService) -> dict[str, str]:
    """Partner-visible meeting with internal notes/decisions, a commitment of each kind."""
    mid = svc.id_for("meeting", MEETING)
    assert mid is not None
    svc.update("meeting", mid, {"visibility": "partners", "notes": "KANARIE_NOTITIE",
                                "notes_visibility": "internal", "decisions": "KANARIE_BESLUIT",
                                "decisions_visibility": "internal", "kind": "bilateral",
                                "delegation": "wethouder Velsen"})
    # a party the partners see (the demo tracks Tata Steel itself internally)
    tata = next(str(r["id"]) for r in svc.rows("stakeholder")
                if getattr(r["visibility"], "value", r["visibility"]) == "partners")
    m05 = svc.id_for("measure", "M05")
    ids = {"meeting": mid}
    ids["secret"] = svc.create("commitment", {
        "meeting_id": mid, "stakeholder_id": tata, "measure_id": m05,
        "text": "KANARIE_TOEZEGGING", "due": dt.date(2026, 3, 1)}).created[0]
    ids["shared"] = svc.create("commitment", {
        "meeting_id": mid, "stakeholder_id": tata, "measure_id": m05,
        "text": "MEETPLAN_GEDEELD", "due": dt.date(2026, 3, 1),
        "visibility": "partners"}).created[0]
    ids["action"] = svc.create("action_item", {
        "meeting_id": mid, "text": "KANARIE_ACTIE", "owner": "team",
        "due": dt.date(2026, 3, 1)}).created[0]
    return ids
