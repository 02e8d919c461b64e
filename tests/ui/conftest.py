"""GUI test fixtures: offscreen Qt, private settings and data folders, a sample project.

The environment is set before anything imports Qt, so no test touches the
real user's settings or data; prompts are answered by clicking the real
QMessageBox's buttons (found by object name) from a timer.
"""

from __future__ import annotations

import os
import tempfile

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("MAATWERK_DATA_DIR", tempfile.mkdtemp(prefix="mw-data-"))
# QSettings() (used by ui.app.main) reads XDG_CONFIG_HOME on Linux.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="mw-config-")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.sample import build_sample
from ui.i18n import Language
from ui.main_window import MainWindow
from ui.settings import Preferences


@pytest.fixture
def prefs(tmp_path: Path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def sample(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    path = tmp_path / "voorbeeld.mwb"
    return path, build_sample(path)


@pytest.fixture
def make_window(qtbot, prefs: Preferences) -> Iterator[Callable[..., MainWindow]]:  # type: ignore[no-untyped-def]
    made: list[MainWindow] = []

    def make(path: Path | None = None, lang: str = "nl") -> MainWindow:
        # Not qtbot.addWidget: pytest-qt would close the window before this
        # fixture drops the document, and the close would ask about unsaved work.
        window = MainWindow(prefs, Language(lang))
        window.resize(1300, 800)
        window.show()
        window.activateWindow()  # cell editors commit on Return only with focus
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
        if path is not None:
            assert window.open_path(path)
        made.append(window)
        return window

    yield make
    for window in made:
        # Drop the document without the "unsaved changes" prompt.
        window.controller.close()
        window.close()
        window.lang.uninstall()  # the next test's language starts from a clean app
        window.deleteLater()


@pytest.fixture
def window(make_window, sample) -> MainWindow:  # type: ignore[no-untyped-def]
    return make_window(sample[0])


def answer_prompt(
    name: str, button_text: str | None = None, standard: QMessageBox.StandardButton | None = None
) -> list[str]:
    """Click a button of the next modal QMessageBox named `name`; returns its text (later)."""
    seen: list[str] = []

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != name:
            QTimer.singleShot(20, poll)
            return
        seen.append(box.text())
        if standard is not None:
            box.button(standard).click()
            return
        for b in box.buttons():
            if b.text() == button_text:
                b.click()
                return
        raise AssertionError(f"no button {button_text!r} in {[b.text() for b in box.buttons()]}")

    QTimer.singleShot(0, poll)
    return seen
