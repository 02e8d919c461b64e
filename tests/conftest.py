"""Shared fixtures: every test works in its own data folder, never the user's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from workbench.services import ProjectService
from workbench.store import ProjectDocument


@pytest.fixture(autouse=True)
def _isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("MAATWERK_DATA_DIR", str(data))
    monkeypatch.setenv("MAATWERK_USER", "testgebruiker")
    return data


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return tmp_path / "dossier.mwb"


BACKENDS = ("sqlite", pytest.param("postgres", marks=pytest.mark.postgres))


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "both_backends: run with `doc` on a file and on the team server"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    # A test marked both_backends gets `doc` (and so `svc`) on SQLite and PostgreSQL.
    if "doc" in metafunc.fixturenames and metafunc.definition.get_closest_marker(
        "both_backends"
    ):
        metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def doc(project_path: Path, backend: str) -> Iterator[ProjectDocument]:
    if backend == "postgres":
        yield from _server_doc()
        return
    d = ProjectDocument.create(project_path, title="Testdossier")
    yield d
    d.close()


def _server_doc() -> Iterator[ProjectDocument]:
    """A fresh project schema, opened as `testgebruiker` (an editor), as a file would be."""
    from tests.server_project import drop_project, make_project
    from workbench.store.server_document import ServerDocument

    project = make_project((("testgebruiker", "editor"),), title="Testdossier")
    d = ServerDocument.connect(project.url("testgebruiker"))
    try:
        yield d
    finally:
        d.close()
        drop_project(project)


@pytest.fixture
def svc(doc: ProjectDocument) -> ProjectService:
    return ProjectService(doc)


@pytest.fixture
def basics(svc: ProjectService) -> dict[str, str]:
    """A criterion of each scale type, two measures with assessments; returns ids."""
    ids: dict[str, str] = {}
    ids["health"] = svc.create(
        "criterion",
        {
            "key": "health",
            "name": "Gezondheidswinst",
            "kind": "health",
            "unit": "DALY/jaar",
            "scale": {"type": "linear", "worst": 0, "best": 60},
        },
    ).created[0]
    ids["feas"] = svc.create(
        "criterion",
        {
            "key": "feasibility",
            "name": "Haalbaarheid",
            "kind": "feasibility",
            "scale": {
                "type": "levels",
                "levels": [
                    {"label": "laag", "value": 0.0},
                    {"label": "middel", "value": 0.5},
                    {"label": "hoog", "value": 1.0},
                ],
            },
        },
    ).created[0]
    ids["m1"] = svc.create(
        "measure",
        {
            "code": "M01",
            "title": "Kooksfabriek 2 eerder sluiten",
            "theme": "pah",
            "start_year": 2027,
            "deadline_year": 2028,
        },
    ).created[0]
    ids["m2"] = svc.create(
        "measure", {"code": "M02", "title": "Ertsopslag overkappen", "theme": "dust"}
    ).created[0]
    ids["a1"] = svc.create(
        "assessment",
        {
            "measure_id": ids["m1"],
            "criterion_id": ids["health"],
            "low": 12.0,
            "best": 20.0,
            "high": 31.0,
            "rationale": "illustratief",
        },
    ).created[0]
    ids["party"] = svc.create(
        "stakeholder", {"key": "tata", "name": "Tata Steel Nederland", "kind": "company"}
    ).created[0]
    return ids
