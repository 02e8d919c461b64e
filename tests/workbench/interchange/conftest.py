"""Fixtures for the interchange tests: an isolated data folder and load/dump helpers."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.server_project import open_target
from workbench.interchange import dumps, load_data
from workbench.services import ProjectService


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Working copies go to a temporary folder, never the user's data folder."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("MAATWERK_DATA_DIR", str(data))
    monkeypatch.setenv("MAATWERK_USER", "testgebruiker")
    return data


def dump_file(path: Path | str) -> str:
    """The dump of the project at a file's path or a server project's URL."""
    doc = open_target(str(path), read_only=True)
    try:
        return dumps(ProjectService(doc))
    finally:
        doc.close()


def without_stamp(text: str) -> dict[str, Any]:
    data = json.loads(text)
    data.pop("exported_at")
    return dict(data)


@pytest.fixture
def roundtrip(tmp_path: Path, on_backend: Callable[[Path], str]) -> Callable[[object], str]:
    """Load a document into a fresh project file, put it on the back end, return its dump."""
    counter = iter(range(10**6))

    def run(document: object) -> str:
        target = tmp_path / f"p{next(counter)}.mwb"
        load_data(document, target)
        return dump_file(on_backend(target))

    return run
