"""The ``--json`` writer: the stable text shape, null for what is not a number."""

from __future__ import annotations

import json

import numpy as np

from workbench.cli.output import json_bytes


def test_numpy_rows_and_python_values_read_back_as_the_stdlib_writes_them() -> None:
    rows = np.array([[0.25, np.nan], [np.inf, 1e-5]])
    data = {"a": dict(zip(["M1", "M2"], rows, strict=True)), "b": [1, 2.5, None, True],
            "t": ("x", "é"), "nan": float("nan")}
    back = json.loads(json_bytes(data))
    assert back == {"a": {"M1": [0.25, None], "M2": [None, 1e-5]}, "b": [1, 2.5, None, True],
                    "t": ["x", "é"], "nan": None}


def test_a_128_bit_seed_is_written_as_its_digits() -> None:
    seed = 66595002516509958632308416321705076369
    text = json_bytes({"seed": seed, "neg": -(2**70)}).decode()
    assert json.loads(text) == {"seed": seed, "neg": -(2**70)}


def test_two_space_indent_and_unescaped_text_as_before() -> None:
    data = {"title": "Maatregel ‘ë’", "counts": {"measure": 3}}
    assert json_bytes(data).decode() == json.dumps(data, ensure_ascii=False, indent=2)
