"""Issue 10, findings 4, 5 and 7 for `load`: what the calculator refuses, too-long text,
huge numbers, lone surrogates, non-ISO dates, non-regular files; every message one line.

Each case was accepted (or failed with an internal error) before the fix.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from workbench.i18n import UserError, clip, render
from workbench.interchange import load_data, load_file, validate
from workbench.services.fields import MAX_TEXT_CHARS

from .builders import minimal

Doc = dict[str, Any]


def _refused(mutate: Callable[[Doc], None]) -> UserError:
    doc = minimal()
    mutate(doc)
    # Through text, as a file would arrive (lone surrogates survive as escapes).
    data = json.loads(json.dumps(doc))
    with pytest.raises(UserError) as info:
        validate(data)
    return info.value


def _override(**row: Any) -> Callable[[Doc], None]:
    return lambda doc: doc.__setitem__("health_parameters", [{"source": "eigen studie", **row}])


@pytest.mark.parametrize(
    ("mutate", "where", "words"),
    [
        (_override(key="rr_unknown", value=1.1), "health_parameters[0].key", "onbekende parameter"),
        (_override(key="rr_pm25_mortality", value=1.08, low=1.2, high=1.0),
         "health_parameters[0]", "laag ≤ best ≤ hoog"),
        (_override(key="rr_pm25_mortality", value=0.9), "health_parameters[0].value",
         "minstens 1"),
    ],
    ids=["unknown_key", "low_above_high", "rr_below_one"],
)
def test_health_overrides_the_calculator_refuses_are_refused_by_load(
    mutate: Callable[[Doc], None], where: str, words: str
) -> None:
    err = _refused(mutate)
    text = err.text("nl")
    assert text.startswith(where + ": ") and words in text
    assert "\n" not in text
    assert "\n" not in err.text("en") and err.text("en").startswith(where + ": ")


def test_a_valid_override_still_loads(tmp_path: Path) -> None:
    doc = minimal()
    doc["health_parameters"] = [{"key": "rr_pm25_mortality", "value": 1.1, "low": 1.05,
                                 "high": 1.15, "source": "eigen studie"}]
    load_data(doc, tmp_path / "p.mwb")
    assert (tmp_path / "p.mwb").is_file()


@pytest.mark.parametrize(
    ("path", "value", "start"),
    [
        (("assessments", 0, "best"), 10**400, "assessments[0].best: het getal is te groot"),
        (("measures", 0, "start_year"), 10**400, "measures[0].start_year: het getal is te groot"),
        (("positions", 0, "stance"), -(10**309), "positions[0].stance: het getal is te groot"),
        (("criteria", 0, "scale", "best"), 10**400,
         "criteria[0].scale.best: het getal is te groot"),
        (("measures", 0, "title"), "Kooks\ud800fabriek",
         "measures[0].title: de tekst bevat een ongeldig teken (\\ud800"),
        (("project", "intro"), "\udfff", "project.intro: de tekst bevat een ongeldig teken"),
        (("meetings", 0, "date"), "20260312",
         'meetings[0].date: verwacht een datum (JJJJ-MM-DD), maar kreeg "20260312"'),
        (("meetings", 0, "date"), "2026-W10-1", "meetings[0].date: verwacht een datum"),
        (("positions", 0, "date"), "2026-071", "positions[0].date: verwacht een datum"),
        (("measures", 0, "description"), "x" * (MAX_TEXT_CHARS + 1),
         f"measures[0].description: de tekst is {MAX_TEXT_CHARS + 1} tekens lang; "
         f"maximaal {MAX_TEXT_CHARS}"),
        (("measures", 0, "notes", 0, "text"), "y" * (MAX_TEXT_CHARS + 5),
         "measures[0].notes[0].text: de tekst is"),
        (("project", "intro"), "z" * (MAX_TEXT_CHARS + 1), "project.intro: de tekst is"),
        (("measures", 0, "title"), "Kooks\x00fabriek",
         "measures[0].title: de tekst bevat een nulteken (\\u0000)"),
    ],
    ids=["float_overflow", "int_overflow", "stance_overflow", "scale_overflow", "surrogate",
         "surrogate_option", "date_basic", "date_week", "date_ordinal", "long_description",
         "long_note", "long_option", "nul"],
)
def test_values_that_used_to_pass_or_crash_are_named_validation_errors(
    path: tuple[Any, ...], value: Any, start: str
) -> None:
    def mutate(doc: Doc) -> None:
        node: Any = doc
        for part in path[:-1]:
            node = node[part]
        node[path[-1]] = value

    err = _refused(mutate)
    assert err.text("nl").startswith(start)
    for lang in ("nl", "en"):
        text = err.text(lang)  # type: ignore[arg-type]
        assert "\n" not in text and len(text) < 300
        text.encode("utf-8")  # no lone surrogate reaches a terminal


def test_text_at_the_limit_loads(tmp_path: Path) -> None:
    doc = minimal()
    doc["measures"][0]["description"] = "x" * MAX_TEXT_CHARS
    load_data(doc, tmp_path / "p.mwb")


@pytest.mark.parametrize(
    "value", ["a\nb" * 2_000_000, "regel1\nregel2\r\nregel3\u2028", "\x00\x1b[31m"]
)
def test_messages_repeat_a_value_on_one_short_line(value: str) -> None:
    err = _refused(lambda doc: doc["measures"][0].__setitem__("theme", value))
    text = err.text("nl")
    assert "\n" not in text and "\r" not in text and "\u2028" not in text and "\x1b" not in text
    assert len(text) < 400
    assert text.startswith('measures[0].theme: onbekende waarde "')


def test_clip_quotes_cuts_and_escapes() -> None:
    assert clip('"' + "a" * 100 + '"') == '"' + "a" * 57 + '…"'
    assert clip("x\ny") == "x\\ny"
    assert clip("\ud800") == "\\ud800"
    assert "\n" not in render("value.type", "nl", where="a", expected="b", got="c\n" * 1000)


@pytest.mark.timeout(10)
def test_load_from_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "dossier.json"
    os.mkfifo(fifo)
    with pytest.raises(UserError) as info:
        load_file(fifo, tmp_path / "p.mwb")
    assert info.value.key == "file.not_regular"
    assert "FIFO" in info.value.text("nl") and "\n" not in info.value.text("nl")
    assert not (tmp_path / "p.mwb").exists()


@pytest.mark.timeout(10)
@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_load_from_a_device_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UserError) as info:
        load_file(Path("/dev/zero"), tmp_path / "p.mwb")
    assert info.value.key == "file.not_regular"
