"""Start-up: command line, QApplication, language, recovery, the first document.

``python main.py [PROJECT] [--demo] [--screenshot OUT.png] [--view KEY] [--lang nl|en]``.
Errors reach the user as one clear message (a dialog, or one line on
stderr in screenshot mode), never as a traceback; unexpected exceptions
are logged to ``<data>/logs/workbench.log``. Heavy libraries (scipy,
openpyxl, reportlab, pyqtgraph) are not imported on this path.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

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
    from ui.main_window import MainWindow
    from ui.settings import Preferences

    prefs = Preferences()
    language = Language(args.lang or prefs.language)
    window = MainWindow(prefs, language)
    headless = args.screenshot is not None
    errors: list[str] = []
    if headless:
        # No one to click a dialog: errors go to stderr as one line.
        # (list.append takes its argument positionally only, show by name too)
        window.errors.show = errors.append  # type: ignore[method-assign,assignment]
    _install_excepthook(None if headless else window.errors.show)

    if headless:
        window.resize(1500, 860)
    window.show()
    recovered = False if headless else window.files.offer_recovery()
    opened = recovered or _open_first(window, args, errors)
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

    if headless:
        return _screenshot(app, window, args.screenshot, errors)
    return app.exec()


def _open_first(window: object, args: argparse.Namespace, errors: list[str]) -> bool:
    from ui.demo import DemoUnavailable, create_demo_copy
    from ui.main_window import MainWindow
    from workbench.i18n import UserError

    assert isinstance(window, MainWindow)
    if args.demo:
        try:
            path = create_demo_copy(fresh=args.fresh)
        except DemoUnavailable:
            window.errors.show(
                QCoreApplication.translate(
                    "App", "The demo project is not available in this installation."
                )
            )
            return False
        except UserError as exc:
            window.errors.show(exc.text(window.lang.code))
            return False
        return window.open_path(path)
    if args.project is not None:
        return window.open_path(args.project)
    return False


def _screenshot(app: QApplication, window: object, out: Path, errors: list[str]) -> int:
    from ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    if errors:
        print(f"maatwerk-workbench: {errors[0]}", file=sys.stderr)
        window.controller.close()
        return 1
    # Let layouts settle and the first paint happen before grabbing.
    QTimer.singleShot(0, app.quit)
    app.exec()
    ok = window.grab().save(str(out), "PNG")
    window.controller.close()
    if not ok:
        print(f"maatwerk-workbench: kan {out} niet schrijven", file=sys.stderr)
        return 1
    return 0
