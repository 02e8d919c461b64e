"""The visibility columns of issue 10 (finding 11) travel through dump and load."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.workbench.interchange.builders import minimal
from tests.workbench.interchange.conftest import dump_file
from workbench.interchange import load_data
from workbench.interchange.demo import create_demo, demo_json_path

pytestmark = pytest.mark.both_backends


def test_stakeholder_and_parameter_source_visibility_round_trip(
    roundtrip: Callable[[object], str],
) -> None:
    doc = minimal()
    doc["stakeholders"] = [
        {"key": "tata", "name": "Tata Steel Nederland", "kind": "company", "visibility": "public"},
        {"key": "stil", "name": "Een stille partij", "visibility": "partners"},
        {"key": "nieuw", "name": "Nog niet ingedeeld"},
    ]
    doc["health_parameters"] = [
        {"key": "rr_pm25_mortality", "value": 1.08, "low": 1.06, "high": 1.09,
         "source": "WHO 2021", "source_visibility": "public"},
    ]
    out = json.loads(roundtrip(doc))
    assert [(s["key"], s["visibility"]) for s in out["stakeholders"]] == [
        ("tata", "public"), ("stil", "partners"), ("nieuw", "internal")
    ]
    assert out["health_parameters"][0]["source_visibility"] == "public"


def test_a_missing_source_visibility_is_internal(
    tmp_path: Path, on_backend: Callable[[Path], str]
) -> None:
    doc = minimal()
    doc["health_parameters"] = [
        {"key": "rr_pm25_mortality", "value": 1.08, "source": "Brief van Tata, ongepubliceerd"}
    ]
    load_data(doc, tmp_path / "p.mwb")
    out = json.loads(dump_file(on_backend(tmp_path / "p.mwb")))
    assert out["health_parameters"][0]["source_visibility"] == "internal"


def test_the_demo_states_every_partys_visibility(tmp_path: Path) -> None:
    shipped = json.loads(demo_json_path().read_text(encoding="utf-8"))
    assert all("visibility" in s for s in shipped["stakeholders"])
    create_demo(tmp_path / "demo.mwb")
    out = {s["key"]: s["visibility"] for s in json.loads(dump_file(tmp_path / "demo.mwb"))[
        "stakeholders"]}
    # The parties at the table are public; the demo also tracks one party quietly.
    assert out["tata"] == out["kgg"] == out["nh"] == "public"
    assert "internal" in out.values()
