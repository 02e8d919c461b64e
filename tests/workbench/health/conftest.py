"""Shared fixtures for the health calculator tests."""

from __future__ import annotations

import pytest

from workbench.health import ParameterSet, default_parameters


@pytest.fixture(scope="session")
def defaults() -> ParameterSet:
    return default_parameters()
