"""Start-up: command line, QApplication, language, recovery, the first document.

``python main.py [PROJECT] [--demo] [--screenshot OUT.png] [--view KEY] [--lang nl|en]``.
Errors reach the user as one clear message (a dialog, or one line on
stderr in screenshot mode), never as a traceback; unexpected exceptions
are logged to ``<data>/logs/workbench.log``. Heavy libraries (scipy,
openpyxl, reportlab, pyqtgraph) are not imported on this path.

A project file (or the demo copy) whose first screen is the register is
shown first in a light window read with plain sqlite3 (ui/first_paint.py,
ui/light_register.py); the full window is built once that has painted,
takes its place, and prepares the other pages in idle time.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from ui.first_paint import LightWindow
    from ui.i18n import Language
    from ui.main_window import MainWindow
    from ui.settings import Preferences

ORGANISATION = "Maatwerk"
APPLICATION = "Maatwerk Workbench"


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="maatwerk-workbench",
        description="Maatwerk Workbench: onderhandelwerkbank voor de IJmond-maatwerkafspraak.",
    )
    p.add_argument("project", nargs="?", type=Path, help="dossier (.mwb) om te openen")
    p.add_argument("--demo", action="store_true", help="open een kopie van het demodossier")
    p.add_argument(
        "--fresh",
        action="store_true",
        help="met --demo: altijd een nieuwe kopie (niet de laatste ongewijzigde)",
    )
    p.add_argument(
        "--screenshot",
        type=Path,
        metavar="OUT.png",
        help="toon het hoofdvenster, schrijf een PNG en stop",
    )
    p.add_argument(
        "--view",
        metavar="VIEW",
        help="toon deze weergave: register, drafts, positions, meetings, matrix, weights,"
        " value, uncertainty, parties, packages, criteria, profiles, party_list, ranking"
        " of health",
    )
    p.add_argument("--lang", choices=("nl", "en"), help="taal van de gebruikersinterface")
    return p.parse_args(argv)


def _log_path() -> Path:
    from workbench.store import data_dir

    folder = data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "workbench.log"


def _install_excepthook(show: object) -> None:
    """Unexpected errors: a short message for the user, the traceback in the log."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        import traceback

        try:
            with _log_path().open("a", encoding="utf-8") as fh:
                fh.write("".join(traceback.format_exception(kind, exc, tb)))
        except OSError:
            pass
        text = QCoreApplication.translate(
            "App",
            "Something went wrong: {error}. The project was not changed by this step; "
            "details are in {log}.",
        ).format(error=exc, log=_log_path())
        if callable(show):
            show(text)
        else:
            print(text, file=sys.stderr)

    sys.excepthook = hook


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if QApplication.instance() is None:
        import os

        from ui.display import display_problem

        problem = display_problem(os.environ, lang=args.lang or "nl")  # Qt would abort
        if problem is not None:
            print(problem, file=sys.stderr)
            return 1
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)

    from ui.i18n import Language
    from ui.settings import Preferences

    prefs = Preferences()
    language = Language(args.lang or prefs.language)
    headless = args.screenshot is not None
    errors: list[str] = []
    _install_excepthook(None)  # until the window can show it: one line on stderr, and the log
    target, problem = _first_target(args)
    # The register painted from a plain read first; the full window (ORM,
    # model, every page) is built once it shows (see ui/first_paint.py).
    light = _light_window(args, prefs, language, target, headless)

    from ui.main_window import MainWindow

    window = MainWindow(prefs, language)
    if headless:
        # No one to click a dialog: errors go to stderr as one line.
        # (list.append takes its argument positionally only, show by name too)
        window.errors.show = errors.append  # type: ignore[method-assign,assignment]
    _install_excepthook(None if headless else window.errors.show)

    if headless:
        window.resize(1500, 860)
    if not headless:
        _mark_when_painted(window, first=light is None)
    if light is not None:
        from ui.first_paint import take_over

        take_over(light, window)
    else:
        window.show()
    recovered = False if headless else window.files.offer_recovery()
    if problem is not None:
        window.errors.show(problem)
    opened = recovered or (target is not None and window.open_path(target))
    if not opened and window.controller.doc is None:
        window.files.new_project()
    if headless and args.view is None:
        window.show_view("register")  # the same picture whatever was open last
    if args.view is not None and not window.show_view(args.view):
        known = ", ".join(window.view_names())
        print(
            f"maatwerk-workbench: onbekende weergave {args.view!r}; kies uit: {known}",
            file=sys.stderr,
        )
        window.controller.close()
        return 2
    if light is not None and opened:
        _carry_over(light.current_id(), light.table.hasFocus(), window)
    if headless:
        return _screenshot(app, window, args.screenshot, errors, first=light is None)
    from ui.first_paint import prepare_pages

    prepare_pages(window)  # in idle time: the first click on another page stays quick
    return app.exec()


def _first_target(args: argparse.Namespace) -> tuple[Path | None, str | None]:
    """The file to open first (the project, or the demo copy), or the message why none."""
    if args.demo:
        from ui.demo import DemoUnavailable, create_demo_copy
        from workbench.i18n import UserError

        try:
            return create_demo_copy(fresh=args.fresh), None
        except DemoUnavailable:
            return None, QCoreApplication.translate(
                "App", "The demo project is not available in this installation."
            )
        except UserError as exc:
            return None, exc.text(args.lang or "nl")
    return args.project, None


def _light_window(
    args: argparse.Namespace,
    prefs: Preferences,
    language: Language,
    target: Path | None,
    headless: bool,
) -> LightWindow | None:
    """The light window, shown and painted, when the first screen is the register of a file."""
    from ui.first_paint import LightWindow, wait_for_paint
    from ui.light_register import read_register, start_audience

    if target is None or "://" in str(target) or _recovery_pending():
        return None
    first = args.view or ("register" if headless else prefs.last_view)
    if first != "register":
        return None  # the real window would open on another page
    reg = read_register(target.resolve(), language, start_audience())
    if reg is None:
        return None  # the full open says what is wrong, as always
    light = LightWindow(reg, large_font=prefs.large_font)
    if headless:
        light.resize(1500, 860)
    elif prefs.geometry is not None:
        light.restoreGeometry(prefs.geometry)
    else:
        light.resize(1400, 820)
    light.show()
    wait_for_paint(light)
    return light


def _recovery_pending() -> bool:
    """Whether a dead session left a working copy (the real window then offers recovery)."""
    from workbench.store.paths import working_dir

    records = list(working_dir().glob("*.json"))
    if not records:
        return False
    import json

    from workbench.store.lock import pid_alive

    for meta in records:
        try:
            pid = int(json.loads(meta.read_text(encoding="utf-8")).get("pid", -1))
        except (OSError, ValueError, TypeError, AttributeError):
            return True
        if not pid_alive(pid):
            return True
    return False


def _carry_over(measure_id: str | None, focused: bool, window: MainWindow) -> None:
    """The light window's selected measure and keyboard focus, in the real register."""
    if measure_id is not None and window.current_view() == "register":
        window.select_measure(measure_id)
    if focused:
        window.register.table.setFocus()


def _mark_when_painted(window: MainWindow, *, first: bool) -> None:
    """MAATWERK_PAINT_MARK: note when the full window's register has painted."""
    import os

    from PySide6.QtCore import QEvent, QObject

    from ui.first_paint import PAINT_MARK_ENV

    if not os.environ.get(PAINT_MARK_ENV):
        return
    viewport = window.register.table.viewport()
    names = ("register", "ready") if first else ("ready",)

    class _Once(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            rows = window.register.model.rowCount()
            if event.type() == QEvent.Type.Paint and obj is viewport and rows:
                viewport.removeEventFilter(self)
                # after this paint event has been handled
                QTimer.singleShot(0, lambda: _marks(names))
            return False

    watcher = _Once(window)
    viewport.installEventFilter(watcher)


def _marks(names: tuple[str, ...]) -> None:
    from ui.first_paint import paint_mark

    for name in names:
        paint_mark(name)


def _screenshot(
    app: QApplication, window: object, out: Path, errors: list[str], *, first: bool = True
) -> int:
    from ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    if errors:
        print(f"maatwerk-workbench: {errors[0]}", file=sys.stderr)
        window.controller.close()
        return 1
    # Let layouts settle and the first paint happen before grabbing. A local loop:
    # QApplication.quit() would first close the window (Qt 6), saving its state as
    # a user's close does and leaving parts that read when shown unread.
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    loop.exec()
    shot = window.grab()
    from ui.first_paint import paint_mark

    for name in ("register", "ready") if first else ("ready",):
        paint_mark(name)  # the full window is drawn (MAATWERK_PAINT_MARK)
    ok = shot.save(str(out), "PNG")
    window.controller.close()
    if not ok:
        print(f"maatwerk-workbench: kan {out} niet schrijven", file=sys.stderr)
        return 1
    return 0
