"""The fast writer produces exactly what json.dumps(indent=2, ensure_ascii=False) does."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.interchange.encode import to_text
from workbench.model import Theme

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(JSON)
def test_same_text_as_the_standard_library(value: Any) -> None:
    assert to_text(value) == json.dumps(value, indent=2, ensure_ascii=False)


def test_enumeration_members_are_written_as_their_values() -> None:
    assert to_text({"theme": Theme.DUST, "list": [Theme.PAH]}) == json.dumps(
        {"theme": "dust", "list": ["pah"]}, indent=2)


def test_a_non_finite_number_alone_is_refused() -> None:
    with pytest.raises(ValueError):
        to_text(float("nan"))


@pytest.mark.parametrize("value", [1e-05, -3.2e-07, 1e-09, 0.0001, 5e-324, 1.5e16, 2**70])
def test_numbers_orjson_writes_differently_come_out_as_python_writes_them(value: Any) -> None:
    doc = {"a": [value, {"b": value, "note": "e-mail 0.00001: 1e-5"}], "e-": value}
    assert to_text(doc) == json.dumps(doc, indent=2, ensure_ascii=False)


def test_a_project_holding_an_infinite_number_is_not_dumped(tmp_path: Path) -> None:
    # orjson would write infinity as null: the dump checks every number it reads
    from workbench.interchange import dumps
    from workbench.interchange.demo import create_demo
    from workbench.services import ProjectService
    from workbench.store import ProjectDocument

    create_demo(tmp_path / "demo.mwb")
    with sqlite3.connect(tmp_path / "demo.mwb") as conn:
        conn.execute("UPDATE assessment SET high = 9e999 WHERE rowid = 1")
    doc = ProjectDocument.open(tmp_path / "demo.mwb", read_only=True)
    try:
        with pytest.raises(ValueError, match="inf"):
            dumps(ProjectService(doc))
    finally:
        doc.close()
