"""The dialogs the main window's menus open: export, import, health parameters, shortcuts.

Each function takes the window's parts it needs (the document controller,
preferences, language, error presenter) and opens one dialog over the open
project; an edit a dialog makes goes through the window's
:class:`~ui.undo.Editor`, so it is one step on the undo stack.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ui.document import DocumentController
from ui.errors import ErrorPresenter
from ui.i18n import Language
from ui.settings import Preferences
from workbench.i18n import Language as CoreLanguage
from workbench.i18n import UserError


def open_export(
    parent: QWidget, controller: DocumentController, prefs: Preferences, lang: Language
) -> None:
    from ui.export_dialog import ExportDialog  # loads the report writers only when asked

    editor = controller.editor
    if editor is None:
        return
    path = controller.path
    directory = path.parent if path is not None else prefs.last_dir
    dialog = ExportDialog(
        editor.svc,
        language=lang.code,
        directory=directory,
        parent=parent,
        screen_audience=editor.audience,
    )
    dialog.open()


def ask_import_file(parent: QWidget, prefs: Preferences) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("MainWindow", "Import a partner workbook"),
        str(prefs.last_dir),
        QCoreApplication.translate("MainWindow", "Excel workbooks (*.xlsx)"),
    )
    return Path(name) if name else None


def open_import(
    parent: QWidget,
    controller: DocumentController,
    lang: Language,
    errors: ErrorPresenter,
    path: Path,
) -> QWidget | None:
    """Plan the import of `path` and show it; Apply pushes one undoable command."""
    from ui.import_dialog import ImportDialog

    editor = controller.editor
    if editor is None or editor.read_only:
        return None
    code: CoreLanguage = "en" if lang.code == "en" else "nl"
    try:
        dialog = ImportDialog.from_file(editor.svc, path, editor.push, code, parent)
    except UserError as exc:
        errors.show(exc.text(code))
        return None
    dialog.open()
    return dialog


def open_parameters(
    parent: QWidget, controller: DocumentController, lang: Language
) -> QWidget | None:
    from ui.parameters_dialog import ParametersDialog

    editor = controller.editor
    if editor is None:
        return None
    dialog = ParametersDialog(editor, lang, parent)
    dialog.open()
    return dialog


def show_about(parent: QWidget, app_name: str) -> None:
    QMessageBox.about(
        parent,
        app_name,
        QCoreApplication.translate(
            "MainWindow",
            "Maatwerk Workbench — a negotiation workbench for the IJmond maatwerkafspraak.",
        ),
    )


def show_shortcuts(parent: QWidget, actions: Iterable[QAction]) -> QWidget:
    from ui.help_dialog import ShortcutsDialog

    dialog = ShortcutsDialog(actions, parent)
    dialog.open()
    return dialog


def show_page_help(
    parent: QWidget, task: str, language: str, actions: Iterable[QAction]
) -> QWidget:
    from ui.help_dialog import PageHelpDialog

    dialog = PageHelpDialog(task, language, actions, parent)
    dialog.open()
    return dialog
