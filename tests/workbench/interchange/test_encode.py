"""The fast writer produces exactly what json.dumps(indent=2, ensure_ascii=False) does."""

from __future__ import annotations

import json
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


def test_non_finite_numbers_are_refused() -> None:
    with pytest.raises(ValueError):
        to_text([float("nan")])
