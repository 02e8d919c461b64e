"""The main window: the task side bar, one page per task, the detail dock.

Composes the panels, wires the actions, the document controller, the
change dispatcher and the language; knows nothing of the core beyond the
commands it pushes for adding, duplicating and deleting a measure.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import merge_status
from ui.actions import WindowActions
from ui.detail.panel import DetailPanel
from ui.document import DocumentController
from ui.errors import ErrorPresenter
from ui.file_actions import FileActions
from ui.i18n import Language
from ui.meeting import MeetingBanner, MeetingMode
from ui.navigation import ALIASES, TASKS, DockMemory, GlobalKeys, SideBar, TaskPage, task_title
from ui.register.measure_edits import MeasureEdits
from ui.register.view import RegisterView
from ui.server import install as install_server
from ui.settings import Preferences
from ui.tables.configs import (
    criteria_config,
    parties_config,
    profiles_config,
    weights_config,
)
from ui.tables.master_detail import MasterDetailPanel
from ui.tables.panel import EntityTablePanel
from ui.tables.positions import PositionsPanel
from ui.undo import ChangeDispatcher, Editor
from ui.views import view_specs
from ui.window_dialogs import (
    ask_import_file,
    open_export,
    open_import,
    open_parameters,
    show_about,
    show_shortcuts,
)
from ui.window_state import prefer_profile, restore_window, save_window, select_profile
from workbench.services import Change

APP_NAME = "Maatwerk Workbench"


class MainWindow(QMainWindow):
    """The workbench's one window."""

    def __init__(self, prefs: Preferences, language: Language) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.prefs = prefs
        self.lang = language
        self.errors = ErrorPresenter(self)
        self.dispatcher = ChangeDispatcher(self)
        self.controller = DocumentController(
            self.dispatcher, lambda: self.lang.code, self.errors.show, self
        )
        self.files = FileActions(self, self.controller, prefs, language, self.errors)
        self.actions_ = WindowActions(self)

        self.register = RegisterView(language, self)
        self.criteria = EntityTablePanel(criteria_config(), language, self)
        self.parties = EntityTablePanel(parties_config(), language, self)
        self.positions = PositionsPanel(language, self)
        self.profiles = MasterDetailPanel(profiles_config(), weights_config, language, self)
        # every part a task page may hold; the register is bound first
        self._pages: list[QWidget] = [
            self.register,
            self.criteria,
            self.parties,
            self.positions,
            self.profiles,
        ]
        self.view_specs = view_specs()
        self.view_pages: dict[str, QWidget] = {}
        for spec in self.view_specs:
            page = spec.factory(language, self)
            self.view_pages[spec.key] = page
            self._pages.append(page)
        parts: dict[str, QWidget] = {
            "register": self.register,
            "criteria": self.criteria,
            "party_list": self.parties,
            "positions": self.positions,
            "profiles": self.profiles,
            **self.view_pages,
        }
        # One page per task; the side bar is the tab bar (hidden).
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().hide()
        self.task_pages: list[TaskPage] = []
        for task in TASKS:
            present = [(key, parts[key]) for key in task.parts if key in parts]
            if present:
                self.task_pages.append(TaskPage(task, present, self))
        for i, task_page in enumerate(self.task_pages):
            self.tabs.addTab(task_page, "")
            self.actions_.add_tab_action(i).triggered.connect(
                lambda _c=False, i=i: self.tabs.setCurrentIndex(i)
            )
        self.sidebar = SideBar(self)
        self.sidebar.set_tasks([p.task for p in self.task_pages])
        self.sidebar.chosen.connect(self.tabs.setCurrentIndex)
        self.banner = MeetingBanner(self)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        row = QHBoxLayout()
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.tabs, 1)
        column.addLayout(row, 1)
        self.setCentralWidget(central)

        self.detail = DetailPanel(language, self)
        self.detail_dock = QDockWidget(self)
        self.detail_dock.setObjectName("detailDock")
        self.detail_dock.setWidget(self.detail)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.detail_dock)
        self.resizeDocks([self.detail_dock], [470], Qt.Orientation.Horizontal)
        self.actions_.add_dock_action(self.detail_dock.toggleViewAction())
        self.dock_memory = DockMemory(self.detail_dock, prefs.dock_pages)
        self.tabs.currentChanged.connect(self._page_changed)
        self.global_keys = GlobalKeys(self, self._shortcuts)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.global_keys)
        self.meeting = MeetingMode(
            self, lambda: [*self._pages, self.detail], self.banner, lambda: self.controller.editor
        )
        self.actions_.add_meeting_actions(self.meeting.toggle, self.meeting.large_font)

        self.path_label = QLabel(self)
        self.read_only_label = QLabel(self)
        self.read_only_label.setStyleSheet("color: #a40000; font-weight: bold")
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.read_only_label)
        # open merge conflicts: a status-bar badge and File > Conflicts… (docs/merge.md)
        self.conflict_status = merge_status.install(self)

        self.measure_edits = MeasureEdits(
            self.controller, self.register, self.statusBar, lambda: self.show_view("register")
        )
        self._connect()
        # File > Openen van server…, live updates, stale edits (docs/team-server.md)
        self.server = install_server(self)
        self.retranslate_ui()
        self._restore_geometry()
        self._connect_views()

    # -- wiring ------------------------------------------------------------------
    def _connect(self) -> None:
        a, f = self.actions_, self.files
        a.new.triggered.connect(f.new_project)
        a.open.triggered.connect(f.ask_open)
        a.save.triggered.connect(f.save)
        a.save_as.triggered.connect(f.save_as)
        a.revert.triggered.connect(f.revert)
        a.quit.triggered.connect(self.close)
        stack = self.controller.stack
        a.undo.triggered.connect(stack.undo)
        a.redo.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(a.undo.setEnabled)
        stack.canRedoChanged.connect(a.redo.setEnabled)
        stack.undoTextChanged.connect(lambda _t: self._undo_texts())
        stack.redoTextChanged.connect(lambda _t: self._undo_texts())
        a.add_measure.triggered.connect(self.add_measure)
        a.duplicate_measure.triggered.connect(self.duplicate_measure)
        a.delete_measure.triggered.connect(self.delete_measure)
        a.find.triggered.connect(self._focus_search)
        a.about.triggered.connect(lambda: show_about(self, APP_NAME))
        a.export.triggered.connect(
            lambda: open_export(self, self.controller, self.prefs, self.lang)
        )
        a.import_.triggered.connect(self.import_file)
        a.merge.triggered.connect(lambda: self.files.merge_copy())
        a.copy_for_colleague.triggered.connect(lambda: self.files.copy_for_colleague())
        a.parameters.triggered.connect(lambda: open_parameters(self, self.controller, self.lang))
        a.shortcuts.triggered.connect(lambda: show_shortcuts(self, self.actions_.all_actions()))
        a.page_help.triggered.connect(self._page_help)
        a.languages.triggered.connect(lambda act: self.set_language(str(act.data())))
        a.recent_menu.aboutToShow.connect(
            lambda: a.fill_recent(self.prefs.recent_files, self.files.open_path)
        )

        self.controller.opened.connect(self._bind)
        self.controller.state_changed.connect(self._update_title)
        self.dispatcher.changed.connect(self._on_change)
        self.register.current_changed.connect(self._on_current)
        self.lang.changed.connect(lambda _code: self.retranslate_ui())

    def _bind(self, editor: Editor) -> None:
        self._prefer_profile()
        # the audience first: a project opened in meeting mode is read as the partners see it
        editor.audience = self.meeting.audience
        self.register.bind(editor)
        for page in self._pages[1:]:
            page.bind(editor)  # type: ignore[attr-defined]
        self.detail.bind(editor)
        self.meeting.apply()
        self.register.table.selectRow(0)
        self._on_current(self.register.current_id())
        self._restore_profile()
        self._update_title()

    def _connect_views(self) -> None:
        # A view that reports a measure (a clicked bubble, a current row)
        # selects it in the register, so the detail panel follows.
        for page in self.view_pages.values():
            for name in ("measure_selected", "measure_activated"):
                signal = getattr(page, name, None)
                if signal is not None:
                    signal.connect(self.select_measure)

    def select_measure(self, measure_id: str) -> None:
        if self.register.select(str(measure_id)):
            self._on_current(str(measure_id))

    def _on_change(self, change: Change) -> None:
        # Each panel refreshes only for the entities it shows.
        self.register.on_change(change)
        for page in self._pages[1:]:
            page.on_change(change)  # type: ignore[attr-defined]
        self.detail.on_change(change)

    def _on_current(self, measure_id: str | None) -> None:
        if measure_id != self.detail.measure_id:
            self.detail.show_measure(measure_id)
        has = measure_id is not None and not self.controller.read_only
        self.actions_.duplicate_measure.setEnabled(has)
        self.actions_.delete_measure.setEnabled(has)

    # -- measures (ui/register/measure_edits.py) -------------------------------------
    def add_measure(self) -> None:
        self.measure_edits.add()

    def duplicate_measure(self) -> None:
        self.measure_edits.duplicate()

    def delete_measure(self) -> None:
        self.measure_edits.delete()

    def import_file(self, path: Path | None = None) -> QWidget | None:
        """File > Import: choose a partner workbook, review its changes, apply as one step."""
        if self.controller.editor is None or self.controller.read_only:
            return None
        path = path or ask_import_file(self, self.prefs)
        if path is None:
            return None
        return open_import(self, self.controller, self.lang, self.errors, path)

    def _focus_search(self) -> None:
        self.show_view("register")
        self.register.search.setFocus()
        self.register.search.selectAll()

    # -- language ------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        self.prefs.language = code
        self.lang.set(code)  # emits changed -> retranslate_ui

    def retranslate_ui(self) -> None:
        self.actions_.retranslate_ui()
        for a in (self.actions_.lang_nl, self.actions_.lang_en):
            a.setChecked(a.data() == self.lang.code)
        for i, task_page in enumerate(self.task_pages):
            name = task_title(task_page.task.key)
            self.tabs.setTabText(i, name)
            self.actions_.tabs[i].setText(name)
            task_page.retranslate_ui()
        self.sidebar.retranslate_ui()
        self.detail_dock.setWindowTitle(self.tr("Measure details"))
        self.register.retranslate_ui()
        for page in self._pages[1:]:
            page.retranslate_ui()  # type: ignore[attr-defined]
        self.detail.retranslate_ui()
        self.meeting.retranslate_ui()
        if self.controller.editor is not None:
            self.controller.editor.retranslate()
        self._undo_texts()
        self._update_title()

    def _undo_texts(self) -> None:
        self.actions_.undo_texts(self.controller.stack)

    # -- title and status --------------------------------------------------------------
    def _update_title(self) -> None:
        c = self.controller
        name = c.path.name if c.path is not None else self.tr("Untitled project")
        mark = "*" if c.dirty else ""
        ro = self.tr(" (read-only)") if c.read_only else ""
        self.setWindowTitle(f"{name}{mark}{ro} — {APP_NAME}")
        self.path_label.setText(str(c.path) if c.path else self.tr("Not saved yet"))
        self.read_only_label.setText(self.tr("Read-only") if c.read_only else "")
        editable = c.editor is not None and not c.read_only
        for act in (self.actions_.add_measure, self.actions_.revert):
            act.setEnabled(editable if act is self.actions_.add_measure else c.path is not None)
        self.actions_.save.setEnabled(c.doc is not None)
        self.actions_.export.setEnabled(c.editor is not None)
        self.actions_.parameters.setEnabled(c.editor is not None)
        self.actions_.import_.setEnabled(editable)
        self.actions_.merge.setEnabled(editable)
        self.actions_.copy_for_colleague.setEnabled(c.doc is not None)

    # -- window state ------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        restore_window(self)

    def _page_help(self) -> None:
        """F1: the help of the shown task page (Shift+F1: the keys)."""
        from ui.window_dialogs import show_page_help

        page = self.tabs.currentWidget()
        task = page.task.key if isinstance(page, TaskPage) else "register"
        show_page_help(self, task, self.lang.code, self.actions_.all_actions())

    def current_view(self) -> str:
        """The shown page's key, or its inner part's when that is not the first."""
        page = self.tabs.currentWidget()
        return page.current_part() if isinstance(page, TaskPage) else "register"

    def _restore_profile(self) -> None:
        select_profile(self.profiles.master, self.prefs.last_profile)

    def _prefer_profile(self) -> None:
        prefer_profile(self.view_pages.values(), self.prefs.last_profile)

    def _save_window_state(self) -> None:
        save_window(self)

    def view_names(self) -> list[str]:
        """The keys show_view takes: the tasks, then the parts inside them."""
        tasks = [p.task.key for p in self.task_pages]
        parts = [k for p in self.task_pages for k in p.parts if k not in tasks]
        return [*tasks, *parts]

    def show_view(self, key: str) -> bool:
        """Bring a page to the front by its key: a task ("register", "value", ...),
        a part of one ("criteria", "profiles", ...) or an older name ("charts")."""
        key = ALIASES.get(key, key)
        page = next((p for p in self.task_pages if p.task.key == key), None)
        page = page or next((p for p in self.task_pages if key in p.parts), None)
        if page is None:
            return False
        self.tabs.setCurrentWidget(page)
        page.show_part(key)
        self._page_changed(self.tabs.currentIndex())
        return True

    def _page_changed(self, index: int) -> None:
        self.sidebar.select_index(index)
        page = self.tabs.widget(index)
        if isinstance(page, TaskPage):
            self.dock_memory.page_shown(page.task.key)

    def _shortcuts(self) -> list[QKeySequence]:
        return [k for a in self.actions_.all_actions() for k in a.shortcuts()]

    def open_path(self, path: Path) -> bool:
        return self.files.open_path(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self._save_window_state()
        self.controller.close()
        event.accept()


def translate(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)
