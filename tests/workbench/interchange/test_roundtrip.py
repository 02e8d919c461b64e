"""dump -> load -> dump is identical: the demo, a small document and generated projects."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from workbench.interchange import load_file
from workbench.interchange.demo import demo_json_path
from workbench.model import AuditEntry
from workbench.store import ProjectDocument

from .builders import minimal
from .conftest import dump_file, without_stamp

pytestmark = pytest.mark.both_backends

VISIBILITIES = ["public", "partners", "internal"]


def test_demo_round_trip_is_identical(
    tmp_path: Path, on_backend: Callable[[Path], str]
) -> None:
    first = tmp_path / "a.mwb"
    load_file(demo_json_path(), first)
    text1 = dump_file(on_backend(first))
    (tmp_path / "a.json").write_text(text1, encoding="utf-8")
    second = tmp_path / "b.mwb"
    load_file(tmp_path / "a.json", second)
    text2 = dump_file(second)
    assert without_stamp(text1) == without_stamp(text2)
    assert text1.split("\n", 4)[4] == text2.split("\n", 4)[4]  # byte-identical after the stamp


def test_demo_file_is_its_own_canonical_dump(
    tmp_path: Path, on_backend: Callable[[Path], str]
) -> None:
    """The shipped file is written exactly as dump writes it (so diffs stay small)."""
    target = tmp_path / "demo.mwb"
    load_file(demo_json_path(), target)
    shipped = json.loads(demo_json_path().read_text(encoding="utf-8"))
    shipped.pop("exported_at")
    assert without_stamp(dump_file(on_backend(target))) == shipped


def test_minimal_document_fills_defaults_and_keeps_values(
    roundtrip: Callable[[object], str],
) -> None:
    out = json.loads(roundtrip(minimal()))
    m1 = out["measures"][0]
    assert m1["code"] == "M01" and m1["requires"] == ["M02"] and m1["excludes"] == []
    assert m1["visibility"] == "internal"  # absent means internal
    assert out["measures"][1]["notes"] == []
    feas = out["assessments"][1]
    assert (feas["low"], feas["best"], feas["high"]) == ("middel", "middel", "middel")
    health = out["assessments"][0]
    assert (health["low"], health["best"], health["high"], health["source"]) == (
        12.0, 20.0, 31.0, "rivm2023")
    assert out["weight_profiles"][0]["weights"] == {"health": 0.7, "feasibility": 0.3}
    assert out["meetings"][0]["action_items"][0]["due"] == "2026-03-20"
    assert out["project"]["title"] == "Testdossier"


def test_load_is_audited_once_with_the_file_name(tmp_path: Path) -> None:
    src = tmp_path / "bron.json"
    src.write_text(json.dumps(minimal()), encoding="utf-8")
    target = tmp_path / "p.mwb"
    load_file(src, target, user="laadgebruiker")
    doc = ProjectDocument.open(target, read_only=True)
    try:
        with doc.session() as s:
            entries = s.scalars(select(AuditEntry).where(AuditEntry.field == "load")).all()
    finally:
        doc.close()
    assert [(e.entity, e.user, json.loads(e.new or "null")) for e in entries] == [
        ("project", "laadgebruiker", "bron.json")]


def test_position_history_keeps_every_row_in_order(roundtrip: Callable[[object], str]) -> None:
    doc = minimal()
    doc["positions"] = [
        {"stakeholder": "tata", "measure": "M01", "stance": 1, "date": "2026-03-10"},
        {"stakeholder": "tata", "measure": "M01", "stance": -2, "date": "2025-11-05",
         "red_line": True},
        {"stakeholder": "tata", "measure": "M01", "stance": 0, "date": "2026-03-10"},
    ]
    out = json.loads(roundtrip(doc))["positions"]
    # Oldest first; on the same date the order of the file decides (recorded_at).
    assert [(p["date"], p["stance"]) for p in out] == [
        ("2025-11-05", -2), ("2026-03-10", 1), ("2026-03-10", 0)]
    assert out[1]["recorded_at"] < out[2]["recorded_at"]


# -- generated projects ----------------------------------------------------------
DUTCH = st.sampled_from(["é", "ë", "ij", "IJ", "’", "‘", '"', "'", "\n", "\r\n", "\t", "=",
                         "+", "-", "@", "€", "–", "µg/m³", " ", "a", "Z", "0", "\\", "\u00a0"])
# Any character a text field may hold: no lone surrogate, no NUL (both refused on load).
TEXT = st.lists(DUTCH | st.characters(exclude_categories=("Cs",), exclude_characters="\x00"),
                max_size=12).map("".join)
NAME = TEXT.filter(lambda s: s.strip() != "").map(lambda s: s[:60])
VIS = st.sampled_from(VISIBILITIES)


@st.composite
def projects(draw: st.DrawFn) -> dict[str, Any]:
    n = draw(st.integers(1, 4))
    codes = [f"M{i}{draw(st.sampled_from(['', 'é', '-ij', '=1']))}" for i in range(n)]
    crits = [
        {"key": "health", "name": draw(NAME), "kind": "health", "unit": "DALY/jaar",
         "description": draw(TEXT), "computed": draw(st.booleans()),
         "scale": {"type": "linear", "worst": 0, "best": 60}},
        {"key": "haalbaar", "name": draw(NAME), "kind": "feasibility",
         "scale": {"type": "levels", "levels": [{"label": "laag", "value": 0.0},
                                                {"label": "hoog", "value": 1.0}]}},
    ]
    measures = []
    for i, code in enumerate(codes):
        measures.append({
            "code": code, "title": draw(NAME), "visibility": draw(VIS),
            "description": draw(TEXT), "description_visibility": draw(VIS),
            "theme": draw(st.sampled_from(["dust", "pah", "noise", "co2", "other"])),
            "above_statutory": draw(st.booleans()), "statutory_baseline": draw(TEXT),
            "status": draw(st.sampled_from(["idea", "agreed", "parked"])),
            "requires": [codes[i - 1]] if i and draw(st.booleans()) else [],
            "notes": [{"text": draw(TEXT), "visibility": draw(VIS)}
                      for _ in range(draw(st.integers(0, 2)))],
        })
    assessments = []
    for code in codes:
        if draw(st.booleans()):
            a, b, c = sorted(draw(st.lists(st.floats(-1e6, 1e6), min_size=3, max_size=3)))
            assessments.append({"measure": code, "criterion": "health", "low": a, "best": b,
                                "high": c, "rationale": draw(TEXT), "visibility": draw(VIS)})
        if draw(st.booleans()):
            assessments.append({"measure": code, "criterion": "haalbaar",
                                "low": "laag", "best": draw(st.sampled_from(["laag", "hoog"])),
                                "high": "hoog", "visibility": draw(VIS)})
    positions = [
        {"stakeholder": "p1", "measure": draw(st.sampled_from(codes)),
         "stance": draw(st.integers(-2, 2)), "red_line": draw(st.booleans()),
         "conditions": draw(TEXT), "visibility": draw(VIS),
         "date": draw(st.dates().map(lambda d: d.isoformat()))}
        for _ in range(draw(st.integers(0, 3)))
    ]
    return {
        "format": "maatwerk-workbench", "version": 1,
        "project": {"title": draw(NAME), "language": draw(st.sampled_from(["nl", "en"])),
                    "notitie": draw(TEXT)},
        "criteria": crits, "measures": measures, "assessments": assessments,
        "stakeholders": [{"key": "p1", "name": draw(NAME), "notes": draw(TEXT),
                          "notes_visibility": draw(VIS)}],
        "positions": positions,
        "weight_profiles": [{"key": "w", "name": draw(NAME), "visibility": draw(VIS),
                             "description": draw(TEXT), "weights": {"health": 1.0}}],
        "packages": [{"key": "k", "name": draw(NAME), "visibility": draw(VIS),
                      "description": draw(TEXT), "description_visibility": draw(VIS),
                      "measures": codes[:1]}],
        "drafts": [{"key": "d", "name": draw(NAME), "visibility": draw(VIS),
                    "terms": [{"measure": codes[0], "wording": draw(TEXT),
                               "wording_visibility": draw(VIS), "comment": draw(TEXT),
                               "comment_visibility": draw(VIS)}]}],
        "meetings": [{"key": "o", "title": draw(NAME), "date": "2026-03-12",
                      "notes": draw(TEXT), "notes_visibility": draw(VIS),
                      "decisions": draw(TEXT), "decisions_visibility": draw(VIS),
                      "parties": ["p1"], "measures": codes[-1:],
                      "action_items": [{"text": draw(TEXT), "visibility": draw(VIS)}]}],
    }


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(doc=projects())
def test_generated_projects_round_trip(doc: dict[str, Any],
                                       roundtrip: Callable[[object], str]) -> None:
    text1 = roundtrip(doc)
    text2 = roundtrip(json.loads(text1))
    assert without_stamp(text1) == without_stamp(text2)
    out = json.loads(text1)
    # Every text and visibility arrives as given.
    assert [(m["code"], m["title"], m["description"], m["visibility"],
             m["description_visibility"], m["notes"]) for m in out["measures"]] == [
        (m["code"], m["title"], m["description"], m["visibility"],
         m["description_visibility"], m["notes"]) for m in doc["measures"]]
    assert out["project"]["notitie"] == doc["project"]["notitie"]
    term = out["drafts"][0]["terms"][0]
    given_term = doc["drafts"][0]["terms"][0]
    assert {k: term[k] for k in given_term} == given_term
    meeting, given_meeting = out["meetings"][0], doc["meetings"][0]
    for key in ("notes", "notes_visibility", "decisions", "decisions_visibility"):
        assert meeting[key] == given_meeting[key]
    assert len(out["positions"]) == len(doc["positions"])
