"""Every kind of bad document: one clear message naming the JSON path, and no file."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from workbench.i18n import UserError
from workbench.interchange import ProjectData, load_data, load_file, reading, validate
from workbench.store import ProjectDocument

from .builders import minimal

Doc = dict[str, Any]


def _set(path: str, value: Any) -> Callable[[Doc], None]:
    """A mutation setting `value` at a dotted path such as ``measures.1.deadline_year``."""

    def mutate(doc: Doc) -> None:
        *parents, last = path.split(".")
        node: Any = doc
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        node[int(last) if last.isdigit() else last] = value

    return mutate


def _append(section: str, row: Any) -> Callable[[Doc], None]:
    return lambda doc: doc.setdefault(section, []).append(row)


def _nested(depth: int) -> list[Any]:
    value: list[Any] = []
    for _ in range(depth):
        value = [value]
    return value


CASES: list[tuple[str, Callable[[Doc], None], str, str]] = [
    # (id, mutation, expected start of the message, message key)
    ("wrong_type", _set("measures.1.deadline_year", "soon"),
     'measures[1].deadline_year: verwacht een geheel getal, maar kreeg "soon".', "value.type"),
    ("bool_for_int", _set("measures.0.start_year", True),
     "measures[0].start_year: verwacht een geheel getal", "value.type"),
    ("unknown_enum", _set("measures.0.theme", "smog"),
     'measures[0].theme: onbekende waarde "smog"', "value.choice"),
    ("unknown_visibility", _set("measures.0.notes.0.visibility", "geheim"),
     "measures[0].notes[0].visibility: onbekende waarde", "value.choice"),
    ("year_range", _set("measures.0.deadline_year", 3000),
     "measures[0].deadline_year: 3000 ligt buiten 1990 .. 2100", "value.range"),
    ("start_after_deadline", _set("measures.0.start_year", 2030),
     "measures[0].start_year: het startjaar (2030)", "value.years"),
    ("duplicate_code", _set("measures.1.code", "M01"),
     'measures[1].code: "M01" is al in gebruik', "value.duplicate"),
    ("duplicate_criterion_key", _set("criteria.1.key", "health"),
     'criteria[1].key: "health" is al in gebruik', "value.duplicate"),
    ("empty_title", _set("measures.0.title", "  "),
     "measures[0].title: mag niet leeg zijn", "value.required"),
    ("code_too_long", _set("measures.0.code", "M" * 40),
     "measures[0].code: de tekst is 40 tekens lang; maximaal 32 tekens per veld",
     "value.too_long"),
    ("unknown_key", _set("measures.0.deadline_yaer", 2028),
     "measures[0].deadline_yaer: onbekende sleutel", "json.unknown_key"),
    ("unknown_top_key", _set("maatregelen", []),
     "maatregelen: onbekende sleutel", "json.unknown_key"),
    ("section_not_list", _set("measures", {"code": "M01"}),
     "measures: verwacht een lijst, maar kreeg een object", "value.type"),
    ("row_not_object", _set("measures.1", "M02"),
     'measures[1]: verwacht een object, maar kreeg "M02"', "value.type"),
    ("requires_unknown_measure", _set("measures.0.requires", ["M99"]),
     'measures[0].requires[0]: maatregel "M99" bestaat niet', "value.unknown_ref"),
    ("self_link", _set("measures.1.excludes", ["M02"]),
     "measures[1].excludes[0]: een maatregel kan niet naar zichzelf verwijzen",
     "value.self_link"),
    ("duplicate_link", _set("measures.0.requires", ["M02", "M02"]),
     'measures[0].requires[1]: "M02" is al in gebruik', "value.duplicate"),
    ("assessment_unknown_measure", _set("assessments.0.measure", "M99"),
     'assessments[0].measure: maatregel "M99" bestaat niet', "value.unknown_ref"),
    ("assessment_unknown_criterion", _set("assessments.0.criterion", "helth"),
     'assessments[0].criterion: criterium "helth" bestaat niet', "value.unknown_ref"),
    ("assessment_unknown_source", _set("assessments.0.source", "rivm2099"),
     'assessments[0].source: bron "rivm2099" bestaat niet', "value.unknown_ref"),
    ("assessment_order", _set("assessments.0.low", 25),
     "assessments[0]: laag ≤ beste ≤ hoog is vereist (kreeg 25.0, 20.0, 31.0)", "value.order"),
    ("assessment_without_best", lambda d: d["assessments"][0].pop("best"),
     "assessments[0].best: mag niet leeg zijn", "value.required"),
    ("unknown_level_label", _set("assessments.1.best", "matig"),
     'assessments[1].best: onbekend niveau "matig"; kies uit laag, middel, hoog',
     "value.level"),
    ("level_value_not_a_level", _set("assessments.1.best", 0.3),
     "assessments[1].best: onbekend niveau 0.3", "value.level"),
    ("duplicate_assessment", _append("assessments", {"measure": "M01", "criterion": "health",
                                                     "best": 3}),
     'assessments[2]: "M01/health" is al in gebruik', "value.duplicate"),
    ("stance_range", _set("positions.0.stance", 3),
     "positions[0].stance: 3 ligt buiten -2 .. 2", "value.range"),
    ("position_unknown_party", _set("positions.0.stakeholder", "shell"),
     'positions[0].stakeholder: partij "shell" bestaat niet', "value.unknown_ref"),
    ("position_bad_date", _set("positions.0.date", "10-03-2026"),
     'positions[0].date: verwacht een datum (JJJJ-MM-DD), maar kreeg "10-03-2026"',
     "value.type"),
    ("position_without_date", lambda d: d["positions"][0].pop("date"),
     "positions[0].date: mag niet leeg zijn", "value.required"),
    ("weight_unknown_criterion", _set("weight_profiles.0.weights.helth", 0.1),
     'weight_profiles[0].weights.helth: criterium "helth" bestaat niet', "value.unknown_ref"),
    ("weight_negative", _set("weight_profiles.0.weights.health", -1),
     "weight_profiles[0].weights.health: -1.0 ligt buiten 0 .. 1000000000", "value.range"),
    ("package_unknown_measure", _set("packages.0.measures", ["M01", "M77"]),
     'packages[0].measures[1]: maatregel "M77" bestaat niet', "value.unknown_ref"),
    ("meeting_unknown_party", _set("meetings.0.parties", ["fnv"]),
     'meetings[0].parties[0]: partij "fnv" bestaat niet', "value.unknown_ref"),
    ("meeting_bad_due_date", _set("meetings.0.action_items.0.due", "morgen"),
     'meetings[0].action_items[0].due: verwacht een datum', "value.type"),
    ("draft_term_twice", lambda d: d["drafts"][0]["terms"].append({"measure": "M01"}),
     'drafts[0].terms[1].measure: "M01" is al in gebruik', "value.duplicate"),
    ("bad_scale", _set("criteria.0.scale", {"type": "linear", "worst": 5, "best": 5}),
     "criteria[0].scale: ongeldige schaal: 'worst' en 'best' zijn gelijk", "value.scale"),
    ("scale_too_deep", _set("criteria.0.scale", {"type": "linear", "worst": 0, "best": 1,
                                                 "x": _nested(40)}),
     "criteria[0].scale.x", "json.too_deep"),
    ("exposure_unknown_population",
     _append("exposure_changes", {"measure": "M01", "population": "ijmuiden", "agent": "pm25",
                                  "low": -1, "best": -0.5, "high": 0}),
     'exposure_changes[0].population: bevolkingsgroep', "value.unknown_ref"),
    ("noise_without_baseline",
     lambda d: (d.__setitem__("populations", [{"key": "waz", "name": "Wijk aan Zee",
                                               "size": 2400, "baseline_mortality": 0.009}]),
                d.__setitem__("exposure_changes", [{"measure": "M01", "population": "waz",
                                                    "agent": "lden", "low": -3, "best": -2,
                                                    "high": -1}])),
     "exposure_changes[0].baseline", "health.noise_baseline"),
    ("emission_unknown_substance",
     _append("emission_changes", {"measure": "M02", "substance": "fijnstof", "low": -1,
                                  "best": -1, "high": -1}),
     'emission_changes[0].substance: onbekende waarde "fijnstof"', "value.choice"),
    ("population_size", _append("populations", {"key": "x", "name": "X", "size": 0,
                                                "baseline_mortality": 0.01}),
     "populations[0].size: 0 ligt buiten 1 .. 10000000000", "value.range"),
    ("wrong_format", _set("format", "iets-anders"),
     "format: dit is geen Maatwerk-uitwisselbestand", "json.format"),
    ("newer_version", _set("version", 2),
     "version: versie 2 wordt niet ondersteund (tot 1)", "json.version"),
    ("language", _set("project.language", "de"),
     'project.language: onbekende waarde "de"', "value.choice"),
    ("missing_title", lambda d: d["project"].pop("title"),
     "project.title: verwacht tekst, maar kreeg null", "value.type"),
]


@pytest.mark.parametrize(("mutate", "message", "key"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_each_error_names_its_path_and_writes_nothing(
    tmp_path: Path, mutate: Callable[[Doc], None], message: str, key: str
) -> None:
    doc = minimal()
    mutate(doc)
    target = tmp_path / "p.mwb"
    with pytest.raises(UserError) as err:
        load_data(doc, target)
    assert err.value.key == key
    assert str(err.value).startswith(message), str(err.value)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_the_unmodified_document_is_valid() -> None:
    """The base of the cases above is itself valid, so each case tests only its change."""
    data = validate(minimal())
    assert isinstance(data, ProjectData)
    assert data.counts()["measure"] == 2 and data.counts()["measure_link"] == 1


def test_message_in_english_keeps_the_path() -> None:
    doc = minimal()
    doc["measures"][1]["deadline_year"] = "soon"
    with pytest.raises(UserError) as err:
        validate(doc)
    assert err.value.text("en").startswith("measures[1].deadline_year: expected ")


def _write(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "in.json"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def _load_error(src: Path, target: Path) -> UserError:
    with pytest.raises(UserError) as err:
        load_file(src, target)
    assert not target.exists()
    return err.value


def test_malformed_json_names_line_and_column(tmp_path: Path) -> None:
    src = _write(tmp_path, '{\n  "format": "maatwerk-workbench",\n  "version": ,\n}')
    err = _load_error(src, tmp_path / "p.mwb")
    assert err.key == "json.malformed"
    assert str(err).startswith("in.json: geen geldige JSON (regel 3, kolom 14")


def test_duplicate_key_in_an_object_is_refused(tmp_path: Path) -> None:
    text = json.dumps(minimal()).replace('"code": "M02"', '"code": "M02", "code": "M03"')
    err = _load_error(_write(tmp_path, text), tmp_path / "p.mwb")
    assert err.key == "json.duplicate_key"
    assert str(err).startswith("measures[1].code: deze sleutel komt twee keer voor")


def test_infinite_number_is_refused(tmp_path: Path) -> None:
    text = json.dumps(minimal()).replace('"best": 20', '"best": 1e999')
    err = _load_error(_write(tmp_path, text), tmp_path / "p.mwb")
    assert str(err).startswith("assessments[0].best: verwacht een eindig getal")


def test_not_utf8_is_refused(tmp_path: Path) -> None:
    raw = json.dumps(minimal(), ensure_ascii=False).replace("Testdossier", "Té").encode("latin-1")
    err = _load_error(_write(tmp_path, raw), tmp_path / "p.mwb")
    assert err.key == "json.invalid" and "UTF-8" in str(err)


def test_too_large_file_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reading, "MAX_BYTES", 100)
    err = _load_error(_write(tmp_path, json.dumps(minimal())), tmp_path / "p.mwb")
    assert err.key == "json.too_large" and "maximaal 100" in str(err)


def test_absurd_nesting_is_refused(tmp_path: Path) -> None:
    err = _load_error(_write(tmp_path, "[" * 100_000 + "]" * 100_000), tmp_path / "p.mwb")
    assert err.key in ("json.too_deep", "value.type")


def test_existing_target_is_refused_and_left_alone(tmp_path: Path) -> None:
    target = tmp_path / "p.mwb"
    ProjectDocument.create(target, title="Bestaand").close()
    before = target.read_bytes()
    src = _write(tmp_path, json.dumps(minimal()))
    with pytest.raises(UserError) as err:
        load_file(src, target)
    assert err.value.key == "store.exists"
    assert target.read_bytes() == before


def test_failure_while_writing_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    def broken_save_as(self: ProjectDocument, path: Path) -> None:
        raise UserError("store.save_failed", path=path, detail="schijf vol")

    monkeypatch.setattr(ProjectDocument, "save_as", broken_save_as)
    target = tmp_path / "p.mwb"
    with pytest.raises(UserError, match="schijf vol"):
        load_data(minimal(), target)
    assert not target.exists()
    assert list((data_dir / "working").glob("*.mwb")) == []  # the working copy is gone too
