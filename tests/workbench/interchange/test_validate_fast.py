"""The one-pass check of ordinary assessments accepts exactly what the full path accepts."""

from __future__ import annotations

import copy
import sys
from typing import Any

import pytest

from workbench.i18n import UserError
from workbench.interchange import ProjectData, read_json, validate
from workbench.interchange.demo import demo_json_path

from .builders import minimal

validate_module = sys.modules["workbench.interchange.validate"]


def _full_path_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(validate_module._Validator, "_quick_assessment",
                        lambda self: (lambda _obj: None))


def _canonical(project: ProjectData) -> dict[str, list[dict[str, Any]]]:
    """The rows with every id replaced by (table, position): ids are fresh on each run,
    and so is the time a position without one is recorded at."""
    where = {r["id"]: (t, i) for t, rows in project.rows.items() for i, r in enumerate(rows)}
    return {
        t: [{k: where.get(v, v) if k == "id" or k.endswith("_id") else v
             for k, v in r.items() if k != "recorded_at"} for r in rows]
        for t, rows in project.rows.items()
    }


def _variety() -> dict[str, Any]:
    """Assessments in every ordinary and unusual form that is still valid."""
    doc = minimal()
    doc["assessments"] = [
        {"measure": "M01", "criterion": "health", "low": 12, "best": 20, "high": 31,
         "source": "rivm2023", "confidence": "high", "rationale": "RIVM – ‘ë’"},
        {"measure": "M01", "criterion": "feasibility", "best": "middel", "high": "hoog"},
        {"measure": "M02", "criterion": "health", "best": 2.5, "visibility": "public",
         "source": None, "confidence": None},
        {"measure": "M02", "criterion": "feasibility", "low": 0, "best": 0.5, "high": 1.0},
    ]
    return doc


@pytest.mark.parametrize("source", ["demo", "variety"])
def test_the_same_rows_as_the_full_path(source: str, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = read_json(demo_json_path()) if source == "demo" else _variety()
    quick = validate(copy.deepcopy(doc))
    _full_path_only(monkeypatch)
    full = validate(copy.deepcopy(doc))
    assert _canonical(quick) == _canonical(full)
    assert [set(r) for r in quick.rows["assessment"]] == [set(r) for r in full.rows["assessment"]]


BAD = [
    {"best": True},  # a boolean is no number
    {"best": 2**60},  # beyond what a float holds exactly: the full path decides
    {"best": 5, "low": 6},  # out of order
    {"best": "middel"},  # a label on a linear criterion
    {"source": "nope"},  # unknown source
    {"confidence": "sure"},  # not a confidence level
    {"rationale": 7},  # not text
    {"colour": "red"},  # unknown key
    {"measure": "M01", "criterion": "health"},  # the same pair twice
]


@pytest.mark.parametrize("change", BAD)
def test_an_unusual_row_gets_the_full_paths_message(
    change: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = minimal()
    row = {"measure": "M02", "criterion": "health", "best": 3.0, **change}
    doc["assessments"].append(row)
    try:
        validate(copy.deepcopy(doc))
        quick: str | None = None
    except UserError as exc:
        quick = str(exc)
    _full_path_only(monkeypatch)
    try:
        validate(copy.deepcopy(doc))
        full: str | None = None
    except UserError as exc:
        full = str(exc)
    assert quick == full
    if change != {"best": 2**60}:
        assert quick is not None and "assessments[2]" in quick
