"""Meeting mode and projection: hide every internal item on a shared screen.

:class:`MeetingMode` owns the toggle (View menu and tool bar, Ctrl+Shift+M),
the coloured banner shown while it is on, and the large-font setting for a
projector. Turning it on is one click; leaving it needs a deliberate
confirmation, so a stray key press never shows internal notes to the other
side. While it is on, the editor's audience is "partners": every page reads the
partners' analysis (built by the one confidentiality rule in the core) and
is told by ``set_meeting_mode(on)`` to redraw from it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QWidget,
)

from ui.undo import Editor
from workbench.analysis.audience import Audience

BANNER_STYLE = (
    "background: #c0392b; color: white; font-weight: bold; padding: 6px 12px;"
    "border-bottom: 2px solid #7b241c"
)
LARGE_FONT_FACTOR = 1.5


class MeetingBanner(QLabel):
    """The red band across the window while internal information is hidden."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setVisible(False)


class MeetingMode(QObject):
    """The meeting-mode and large-font toggles, and who they apply to."""

    changed = Signal(bool)

    def __init__(
        self,
        window: QWidget,
        pages: Callable[[], Iterable[QObject]],
        banner: MeetingBanner,
        editor: Callable[[], Editor | None] = lambda: None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._pages = pages
        self._editor = editor
        self.banner = banner
        self.on = False
        self.toggle = QAction(window)
        self.toggle.setObjectName("meetingModeAction")
        self.toggle.setCheckable(True)
        self.toggle.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.toggle.triggered.connect(self._on_triggered)
        self.large_font = QAction(window)
        self.large_font.setObjectName("largeFontAction")
        self.large_font.setCheckable(True)
        self.large_font.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.large_font.toggled.connect(self.set_large_font)
        app = QApplication.instance()
        self._base_size = (
            app.font().pointSizeF() if isinstance(app, QApplication) else QFont().pointSizeF()
        )
        self.retranslate_ui()

    # -- meeting mode ----------------------------------------------------------
    def _on_triggered(self, checked: bool) -> None:
        if checked:
            self.set_on(True)
        elif self.confirm_leave():
            self.set_on(False)
        else:
            self.toggle.setChecked(True)

    @property
    def audience(self) -> Audience:
        """Who looks at the screen: the partners while meeting mode is on."""
        return "partners" if self.on else "internal"

    def confirm_leave(self) -> bool:
        """Ask before internal information reappears on a shared screen."""
        box = QMessageBox(self._window)
        box.setObjectName("leaveMeetingMode")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Leave meeting mode"))
        box.setText(
            self.tr(
                "Leaving meeting mode shows internal notes, conditions, red lines and "
                "internal measures again. Is the screen no longer shared?"
            )
        )
        show = box.addButton(self.tr("Show internal information"), QMessageBox.ButtonRole.YesRole)
        stay = box.addButton(self.tr("Stay in meeting mode"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.exec()
        return box.clickedButton() is show

    def set_on(self, on: bool) -> None:
        """Apply the mode (no confirmation: callers that need one ask first)."""
        self.on = on
        self.toggle.blockSignals(True)
        self.toggle.setChecked(on)
        self.toggle.blockSignals(False)
        self.banner.setVisible(on)
        self.apply()
        self.changed.emit(on)

    def apply(self) -> None:
        """Tell every page the current mode (also after a project is opened).

        The editor's audience becomes "partners": every page then reads the
        partners' analysis, the same one the partners' export is made from.
        """
        editor = self._editor()
        if editor is not None:
            editor.audience = self.audience
        for page in self._pages():
            setter = getattr(page, "set_meeting_mode", None)
            if callable(setter):
                setter(self.on)

    # -- projection --------------------------------------------------------------
    def set_large_font(self, on: bool) -> None:
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        size = self._base_size * (LARGE_FONT_FACTOR if on else 1.0)
        factor = size / app.font().pointSizeF()
        font = app.font()
        font.setPointSizeF(size)
        app.setFont(font)
        if abs(factor - 1.0) > 1e-6:
            self._scale_tables(factor)
        if self.large_font.isChecked() != on:
            self.large_font.setChecked(on)

    def _scale_tables(self, factor: float) -> None:
        # Column widths and row heights were sized from the old font: scale
        # them, instead of measuring every row of a 10,000-measure register.
        for view in self._window.findChildren(QTableView):
            rows = view.verticalHeader()
            rows.setDefaultSectionSize(round(rows.defaultSectionSize() * factor))
            header = view.horizontalHeader()
            for col in range(header.count()):
                if header.sectionResizeMode(col) == QHeaderView.ResizeMode.Interactive:
                    view.setColumnWidth(col, round(view.columnWidth(col) * factor))

    def retranslate_ui(self) -> None:
        self.toggle.setText(self.tr("&Meeting mode"))
        self.toggle.setToolTip(
            self.tr("Hide all internal information, for a shared screen or projector")
        )
        self.large_font.setText(self.tr("&Large text"))
        self.large_font.setToolTip(self.tr("Larger text for a projector"))
        self.banner.setText(self.tr("Meeting mode — internal information is hidden"))
