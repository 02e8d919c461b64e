"""The main window's actions and menus, with their shortcuts and mnemonics.

:class:`WindowActions` creates every QAction once and builds the menu bar
and tool bar from them; :meth:`WindowActions.retranslate_ui` sets their
texts in the current language. The main window connects them to its slots.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar

SK = QKeySequence.StandardKey



class WindowActions(QObject):
    """Every action of the main window, and the menus that hold them."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        style = window.style()

        def act(
            shortcuts: list[QKeySequence] | None = None, icon: QStyle.StandardPixmap | None = None
        ) -> QAction:
            a = QAction(window)
            if shortcuts:
                a.setShortcuts(shortcuts)
            if icon is not None:
                a.setIcon(style.standardIcon(icon))
            return a

        sp = QStyle.StandardPixmap
        self.new = act([QKeySequence(SK.New)], sp.SP_FileIcon)
        self.open = act([QKeySequence(SK.Open)], sp.SP_DialogOpenButton)
        self.save = act([QKeySequence(SK.Save)], sp.SP_DialogSaveButton)
        self.save_as = act([QKeySequence("Ctrl+Shift+S")])
        self.revert = act()
        self.quit = act([QKeySequence("Ctrl+Q")])
        self.undo = act([QKeySequence("Ctrl+Z")], sp.SP_ArrowBack)
        self.redo = act([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")], sp.SP_ArrowForward)
        self.add_measure = act([QKeySequence("Ctrl+Shift+N")], sp.SP_FileDialogNewFolder)
        self.duplicate_measure = act([QKeySequence("Ctrl+D")])
        self.delete_measure = act([QKeySequence("Ctrl+Delete")], sp.SP_TrashIcon)
        self.find = act([QKeySequence(SK.Find)])
        self.about = act()
        self.export = act([QKeySequence("Ctrl+E")])
        self.import_ = act([QKeySequence("Ctrl+I")])
        self.merge = act()  # File > Merge a copy (docs/merge.md)
        self.copy_for_colleague = act()
        self.parameters = act()
        self.page_help = act([QKeySequence("F1")])  # what this page's figures mean
        self.page_help.setObjectName("pageHelpAction")
        self.shortcuts = act([QKeySequence("Shift+F1")])
        self.shortcuts.setObjectName("shortcutsAction")
        for a, name in (
            (self.export, "exportAction"),
            (self.import_, "importAction"),
            (self.merge, "mergeAction"),
            (self.copy_for_colleague, "copyForColleagueAction"),
            (self.parameters, "parametersAction"),
        ):
            a.setObjectName(name)
            a.setEnabled(False)  # until a project is open
        self.languages = QActionGroup(window)
        self.lang_nl = QAction("Nederlands", self.languages)
        self.lang_en = QAction("English", self.languages)
        for a, code in ((self.lang_nl, "nl"), (self.lang_en, "en")):
            a.setCheckable(True)
            a.setData(code)
        self.tabs: list[QAction] = []

        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        for a in (self.new, self.open):
            self.file_menu.addAction(a)
        self.recent_menu = QMenu(window)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        for a in (self.save, self.save_as, self.revert):
            self.file_menu.addAction(a)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.export)
        self.file_menu.addAction(self.import_)
        self.file_menu.addAction(self.merge)
        self.file_menu.addAction(self.copy_for_colleague)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo)
        self.edit_menu.addAction(self.redo)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find)
        self.measure_menu = bar.addMenu("")
        for a in (self.add_measure, self.duplicate_measure, self.delete_measure):
            self.measure_menu.addAction(a)
        self.view_menu = bar.addMenu("")
        self.language_menu = QMenu(window)
        self.language_menu.addAction(self.lang_nl)
        self.language_menu.addAction(self.lang_en)
        self.tabs_menu_anchor = self.view_menu.addSeparator()
        self.view_menu.addMenu(self.language_menu)
        self.tools_menu = bar.addMenu("")
        self.tools_menu.addAction(self.parameters)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.page_help)
        self.help_menu.addAction(self.shortcuts)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about)

        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("mainToolBar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for item in (
            self.open,
            self.save,
            None,
            self.undo,
            self.redo,
            None,
            self.add_measure,
            self.duplicate_measure,
            self.delete_measure,
        ):
            if item is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(item)
        window.addToolBar(self.toolbar)

    def add_meeting_actions(self, meeting: QAction, large_font: QAction) -> None:
        """Meeting mode and large text at the top of View; meeting mode in the tool bar."""
        first = self.view_menu.actions()[0]  # the menu always holds the tabs' anchor
        self.view_menu.insertAction(first, meeting)
        self.view_menu.insertAction(first, large_font)
        self.view_menu.insertSeparator(first)
        self.toolbar.addSeparator()
        self.toolbar.addAction(meeting)

    def all_actions(self) -> list[QAction]:
        """Every action in the menus, in menu order (for the shortcuts list)."""
        out: list[QAction] = []

        def walk(actions: list[QAction]) -> None:
            for a in actions:
                menu = a.menu()
                if isinstance(menu, QMenu):
                    walk(menu.actions())
                elif not a.isSeparator():
                    out.append(a)

        walk(self.window.menuBar().actions())
        return out

    def add_dock_action(self, action: QAction) -> None:
        """List a dock's show/hide action (from QDockWidget.toggleViewAction) in View."""
        action.setShortcut(QKeySequence("F4"))
        self.view_menu.insertAction(self.tabs_menu_anchor, action)

    def add_tab_action(self, index: int) -> QAction:
        """An action (Ctrl+1..9, Ctrl+0) that shows page `index`, listed in the View menu."""
        from ui.navigation import shortcut_for

        a = QAction(self.window)
        if not shortcut_for(index).isEmpty():
            a.setShortcut(shortcut_for(index))
        self.view_menu.insertAction(self.tabs_menu_anchor, a)
        self.tabs.append(a)
        return a

    def retranslate_ui(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.measure_menu.setTitle(self.tr("&Measure"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.tools_menu.setTitle(self.tr("E&xtra"))
        self.export.setText(self.tr("&Export…"))
        self.export.setToolTip(self.tr("Export the project for an audience (Excel or PDF)"))
        self.import_.setText(self.tr("&Import…"))
        self.import_.setToolTip(self.tr("Import a partner's filled-in workbook"))
        self.merge.setText(self.tr("&Merge a copy…"))
        self.copy_for_colleague.setText(self.tr("Copy for a co&lleague…"))
        self.parameters.setText(self.tr("&Health parameters…"))
        self.parameters.setToolTip(self.tr("Every coefficient of the health calculator"))
        self.shortcuts.setText(self.tr("&Keyboard shortcuts"))
        self.page_help.setText(self.tr("&Help on this page"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.recent_menu.setTitle(self.tr("&Recent files"))
        self.new.setText(self.tr("&New"))
        self.new.setToolTip(self.tr("Start a new, empty project"))
        self.open.setText(self.tr("&Open…"))
        self.open.setToolTip(self.tr("Open a project file"))
        self.save.setText(self.tr("&Save"))
        self.save.setToolTip(self.tr("Save the project"))
        self.save_as.setText(self.tr("Save &as…"))
        self.revert.setText(self.tr("Re&vert"))
        self.revert.setToolTip(self.tr("Discard all changes since the last save"))
        self.quit.setText(self.tr("E&xit"))
        self.find.setText(self.tr("&Find measure"))
        self.add_measure.setText(self.tr("&New measure"))
        self.add_measure.setToolTip(self.tr("Add a measure to the register"))
        self.duplicate_measure.setText(self.tr("&Duplicate measure"))
        self.delete_measure.setText(self.tr("De&lete measure"))
        self.about.setText(self.tr("&About Maatwerk Workbench"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))

    @staticmethod
    def icon(name: str) -> QIcon:
        return QIcon.fromTheme(name)

    def undo_texts(self, stack: QUndoStack) -> None:
        """Edit > Undo/Redo name the step they undo or redo."""
        undo, redo = stack.undoText(), stack.redoText()
        # the texts keep their catalog context, MainWindow
        undo_text = QCoreApplication.translate("MainWindow", "&Undo {what}")
        redo_text = QCoreApplication.translate("MainWindow", "&Redo {what}")
        self.undo.setText(
            undo_text.format(what=undo).strip()
            if undo else QCoreApplication.translate("MainWindow", "&Undo")
        )
        self.redo.setText(
            redo_text.format(what=redo).strip()
            if redo else QCoreApplication.translate("MainWindow", "&Redo")
        )
        self.undo.setEnabled(stack.canUndo())
        self.redo.setEnabled(stack.canRedo())

    def fill_recent(self, files: Sequence[Path], open_path: Callable[[Path], object]) -> None:
        menu = self.recent_menu
        menu.clear()
        for i, path in enumerate(files):
            act = menu.addAction(f"&{i + 1} {path.name}")
            act.setToolTip(str(path))
            act.triggered.connect(lambda _c=False, p=path: open_path(p))
        if not files:
            menu.addAction(QCoreApplication.translate("MainWindow", "(none)")).setEnabled(False)
