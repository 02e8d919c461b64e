"""Server GUI tests: no edit made in them may skip the stale-edit check.

An update command without the row version its editor read would silently
overwrite a colleague's newer value. Every GUI write path passes the version
(issue 16); :data:`workbench.commands.base.UNVERSIONED` is told of any that
does not, and this guard fails the test that made one.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from workbench.commands.base import UNVERSIONED


@pytest.fixture(autouse=True)
def _every_edit_carries_its_version(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    caplog.set_level(logging.DEBUG, logger=UNVERSIONED.name)
    yield
    unversioned = [r.getMessage() for r in caplog.records if r.name == UNVERSIONED.name]
    assert not unversioned, f"GUI edits without the version read: {unversioned}"
