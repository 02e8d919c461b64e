"""Shared fixtures: every test works in its own data folder, never the user's.

Test modules marked ``both_backends`` run every test that takes ``doc``,
``svc``, ``demo_target``, ``demo_doc`` or ``demo_svc`` (anything that asks
for ``backend``) twice: on a project file and on a project schema of the
test server (skipped, with the reason, when MAATWERK_TEST_PG is unset).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.server_project import BACKENDS, FIXTURE_USERS, PUSHER, TESTER, open_target
from workbench.services import ProjectService
from workbench.store import ProjectDocument

if TYPE_CHECKING:
    from tests.server_project import PgProject


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




def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "both_backends: run with `doc` on a file and on the team server"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    # A test marked both_backends gets `doc` (and so `svc`) or the demo on
    # SQLite and PostgreSQL: every fixture that depends on the back end asks for it.
    if "backend" in metafunc.fixturenames and metafunc.definition.get_closest_marker(
        "both_backends"
    ):
        metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def server_home() -> Iterator[PgProject]:
    """One project schema per test process, emptied for each test (tests/server_project.py)."""
    from tests.server_project import drop_project, make_project

    project = make_project(FIXTURE_USERS)
    yield project
    drop_project(project)


@pytest.fixture
def doc(
    project_path: Path, backend: str, request: pytest.FixtureRequest
) -> Iterator[ProjectDocument]:
    if backend == "postgres":
        yield from _server_doc(request)
        return
    d = ProjectDocument.create(project_path, title="Testdossier")
    yield d
    d.close()


def _server_doc(request: pytest.FixtureRequest) -> Iterator[ProjectDocument]:
    """A fresh (emptied) project schema, opened as `testgebruiker` (an editor), as a file is."""
    from tests.server_project import reset_project
    from workbench.store.server_document import ServerDocument

    home: PgProject = request.getfixturevalue("server_home")
    reset_project(home, title="Testdossier")
    d = ServerDocument.connect(home.url(TESTER))
    try:
        yield d
    finally:
        d.close()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo project, made once per test process; a test gets its own copy."""
    from workbench.interchange.demo import create_demo

    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("MAATWERK_DATA_DIR", str(folder))
        mp.setenv("MAATWERK_USER", "testgebruiker")
        create_demo(folder / "demo.mwb")
    return folder / "demo.mwb"


@pytest.fixture
def on_backend(backend: str, request: pytest.FixtureRequest) -> Callable[[Path], str]:
    """Put a project file on this test's back end: its path, or the server project's URL.

    On the server the file is pushed into the emptied schema, rows and audit
    log as they are in the file, so both back ends hold the same project.
    Either answer is accepted wherever a PROJECT is (open_target, the CLI).
    """

    def put(path: Path) -> str:
        if backend != "postgres":
            return str(path)
        from tests.server_project import reset_project
        from workbench.server.transfer import push

        home: PgProject = request.getfixturevalue("server_home")
        reset_project(home)
        push(path, home.url(PUSHER))
        return home.url(TESTER)

    return put


@pytest.fixture
def demo_target(
    on_backend: Callable[[Path], str], tmp_path: Path, demo_file: Path
) -> str:
    """The demo project for this test alone, on this test's back end (see on_backend)."""
    path = tmp_path / "demo.mwb"
    shutil.copyfile(demo_file, path)
    return on_backend(path)


@pytest.fixture
def doc_target(doc: ProjectDocument, project_path: Path) -> str:
    """Where `doc` is, for the CLI: the saved file's path or the server project's URL.

    The file is saved when this fixture is set up: ask for it after the
    fixtures that fill the project.
    """
    from workbench.store.server_document import ServerDocument

    if isinstance(doc, ServerDocument):
        sep = "&" if "?" in doc.target.url else "?"
        return f"{doc.target.url}{sep}schema={doc.target.schema}"
    doc.save()
    return str(project_path)


@pytest.fixture
def demo_doc(demo_target: str) -> Iterator[ProjectDocument]:
    d = open_target(demo_target)
    yield d
    d.close()


@pytest.fixture
def demo_svc(demo_doc: ProjectDocument) -> ProjectService:
    return ProjectService(demo_doc)


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
