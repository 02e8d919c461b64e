"""File > Export: the dialog that makes a position paper (PDF) or comparison workbook (xlsx).

The user picks the audience, the weighting and packages that audience may
see, the language, the format and the target file. The dialog builds the
audience's report through the core (:func:`workbench.reports.model.build_report`),
hands it to the pure writer (``to_pdf`` / ``to_xlsx``) on a worker thread
with a progress bar, writes the bytes atomically and, if asked, opens the
file. A preview of the paper's first pages is rendered in the background
with ``pdftoppm`` (QtPdf is not part of PySide6-Essentials); without it the
preview lists the paper's outline. Building the report stays on the GUI
thread (the project's database connection belongs to it); writers and the
page rendering get only the frozen report, so they are safe off it.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workbench.analysis.audience import AUDIENCES, Audience, within
from workbench.analysis.build import analysis_for
from workbench.i18n import UserError
from workbench.reports.model import Report, build_report
from workbench.services import ProjectService
from workbench.store.files import write_bytes_atomic

_W = TypeVar("_W", bound=QWidget)
PREVIEW_PAGES = 6
PREVIEW_DPI = 40


def render_pages(pdf: bytes, pages: int = PREVIEW_PAGES, dpi: int = PREVIEW_DPI) -> list[QImage]:
    """The first `pages` pages as images via pdftoppm; [] when it is not installed."""
    exe = shutil.which("pdftoppm")
    if exe is None:
        return []
    with tempfile.TemporaryDirectory(prefix="mw-preview-") as tmp:
        src = Path(tmp) / "paper.pdf"
        src.write_bytes(pdf)
        subprocess.run(
            [exe, "-png", "-r", str(dpi), "-f", "1", "-l", str(pages), str(src), f"{tmp}/p"],
            check=True,
            capture_output=True,
            timeout=60,
        )
        return [QImage(str(p)) for p in sorted(Path(tmp).glob("p-*.png"))]


def _emit(signal: Any, *args: Any) -> None:
    """Emit from a worker thread; a dialog closed (and deleted) meanwhile is no error."""
    with contextlib.suppress(RuntimeError):
        signal.emit(*args)


def _named(widget: _W, name: str) -> _W:
    widget.setObjectName(name)
    return widget


class _Relay(QObject):
    """Carries a worker thread's results to the GUI thread (queued signals)."""

    progress = Signal(int, float)  # job, fraction
    exported = Signal(int, object)  # job, bytes
    previewed = Signal(int, object)  # job, list[QImage]
    failed = Signal(int, str)
    preview_failed = Signal(int, str)


_WRITING = threading.Lock()  # one writer at a time: reportlab keeps module-level state


def _write(report: Report, fmt: str, progress: Callable[[float], None]) -> bytes:
    with _WRITING:
        if fmt == "pdf":
            from workbench.reports.pdf import to_pdf

            return to_pdf(report, progress=progress)
        from workbench.reports.xlsx import to_xlsx

        data = to_xlsx(report)
        progress(1.0)
        return data


class ExportDialog(QDialog):
    """Export the open project for an audience; the result is a file the caller never sees."""

    def __init__(
        self,
        svc: ProjectService,
        *,
        language: str = "nl",
        directory: Path | None = None,
        open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl,
        parent: QWidget | None = None,
        screen_audience: Audience = "internal",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.svc = svc
        # In meeting mode the screen is shared: only audiences that see no more than the
        # screen's own are offered (no internal export from a projected screen).
        self._audiences = [a for a in AUDIENCES if within(a, screen_audience)]
        self._open_url = open_url
        self._job = 0  # the newest export; older results are dropped
        self._preview_job = 0  # the newest preview, likewise
        self._relay = _Relay(self)
        self._relay.progress.connect(self._on_progress)
        self._relay.exported.connect(self._on_exported)
        self._relay.previewed.connect(self._on_previewed)
        self._relay.failed.connect(self._on_failed)
        self._relay.preview_failed.connect(self._on_preview_failed)
        self.last_written: Path | None = None
        self.preview_images: list[QImage] = []
        self.outline: list[str] = []

        self.audience = _named(QComboBox(), "audience")
        self.profile = _named(QComboBox(), "profile")
        self.packages = _named(QListWidget(), "packages")
        self.packages.setMaximumHeight(80)
        self.language = _named(QComboBox(), "language")
        self.format = _named(QComboBox(), "format")
        self.target = _named(QLineEdit(), "target")
        self.browse = _named(QPushButton(), "browse")
        self.open_when_done = _named(QCheckBox(), "openWhenDone")
        self.open_when_done.setChecked(True)
        self.progress = _named(QProgressBar(), "progress")
        self.progress.setRange(0, 100)
        self.status = _named(QLabel(), "status")
        self.status.setWordWrap(True)
        self.pages = QWidget()
        self.pages_row = QHBoxLayout(self.pages)
        self.pages_row.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.preview = _named(QScrollArea(), "preview")
        self.preview.setWidget(self.pages)
        self.preview.setWidgetResizable(True)
        self.preview.setMinimumHeight(200)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)

        self.form = QFormLayout()
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(self.browse)
        self._labels = [QLabel() for _ in range(6)]
        fields = (self.audience, self.profile, self.packages, self.language, self.format)
        for lab, field in zip(self._labels, fields, strict=False):
            self.form.addRow(lab, field)
        self.form.addRow(self._labels[-1], target_row)
        self.form.addRow("", self.open_when_done)
        self.preview_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        for code in self._audiences:
            self.audience.addItem("", code)
        self.audience.setCurrentIndex(self._audiences.index("partners"))
        for lang in ("nl", "en"):
            self.language.addItem("", lang)
        self.language.setCurrentIndex(0 if language != "en" else 1)
        for fmt in ("pdf", "xlsx"):
            self.format.addItem("", fmt)
        self._directory = directory or Path.home()
        self.retranslate_ui()
        self._fill_choices()

        self._debounce = QTimer(self, singleShot=True, interval=400)
        self._debounce.timeout.connect(self.refresh_preview)
        self.audience.currentIndexChanged.connect(self._on_audience)
        for w in (self.profile, self.language):
            w.currentIndexChanged.connect(self._options_changed)
        self.format.currentIndexChanged.connect(self._suggest_target)
        self.packages.itemChanged.connect(self._options_changed)
        self.browse.clicked.connect(self._choose_target)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.reject)
        self._suggest_target()
        self._debounce.start()

    def done(self, result: int) -> None:
        """Closing drops whatever is still running: its results are ignored."""
        self._debounce.stop()
        self._job += 1
        self._preview_job += 1
        super().done(result)

    # -- texts -----------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Export"))
        for lab, text in zip(
            self._labels,
            (
                self.tr("Audience"),
                self.tr("Weighting"),
                self.tr("Packages"),
                self.tr("Language"),
                self.tr("Format"),
                self.tr("File"),
            ),
            strict=True,
        ):
            lab.setText(text)
        names = {
            "internal": self.tr("Internal (IJmond team)"),
            "partners": self.tr("Coalition partners"),
            "public": self.tr("Public"),
        }
        for i in range(self.audience.count()):
            self.audience.setItemText(i, names[self.audience.itemData(i)])
        self.language.setItemText(0, self.tr("Dutch"))
        self.language.setItemText(1, self.tr("English"))
        self.format.setItemText(0, self.tr("Position paper (PDF)"))
        self.format.setItemText(1, self.tr("Comparison workbook (Excel)"))
        self.browse.setText(self.tr("Browse…"))
        self.open_when_done.setText(self.tr("Open the file when done"))
        self.preview_label.setText(self.tr("Preview of the position paper"))
        self.export_button.setText(self.tr("Export"))

    # -- choices ---------------------------------------------------------------
    def selected_audience(self) -> Any:
        return self.audience.currentData()

    def selected_packages(self) -> list[str]:
        items = (self.packages.item(i) for i in range(self.packages.count()))
        return [
            str(it.data(Qt.ItemDataRole.UserRole))
            for it in items
            if it.checkState() == Qt.CheckState.Checked
        ]

    def _fill_choices(self) -> None:
        """Only the profiles and packages the chosen audience may see are offered."""
        aud = self.selected_audience()
        current = self.profile.currentData()
        self.profile.blockSignals(True)
        self.profile.clear()
        # the chosen audience's own data: the one rule decided what is in it
        data = analysis_for(self.svc, aud).data
        for p in data.rows("weight_profile"):
            self.profile.addItem(str(p["name"]), p["key"])
        index = self.profile.findData(current)
        self.profile.setCurrentIndex(max(index, 0))
        self.profile.blockSignals(False)
        self.packages.blockSignals(True)
        self.packages.clear()
        for p in data.rows("package"):
            item = QListWidgetItem(str(p["name"]))
            item.setData(Qt.ItemDataRole.UserRole, p["key"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.packages.addItem(item)
        self.packages.blockSignals(False)

    def _on_audience(self) -> None:
        self._fill_choices()
        self._suggest_target()
        self._options_changed()

    def _options_changed(self) -> None:
        self._debounce.start()

    def _suggest_target(self) -> None:
        title = str(self.svc.option("title", "") or "dossier")
        stem = "".join(c if c.isalnum() or c in "-_" else "_" for c in title).strip("_")[:40]
        name = f"{stem or 'dossier'}-{self.selected_audience()}.{self.format.currentData()}"
        self.target.setText(str(self._directory / name))

    def _choose_target(self) -> None:
        fmt = self.format.currentData()
        pattern = "PDF (*.pdf)" if fmt == "pdf" else "Excel (*.xlsx)"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.target.text(), pattern
        )
        if path:
            self.target.setText(path)

    def build(self) -> Report | None:
        """The report for the current choices, or None (the reason shown in the status)."""
        try:
            return build_report(
                self.svc,
                self.selected_audience(),
                profile_key=self.profile.currentData(),
                package_keys=self.selected_packages(),
                language=self.language.currentData(),
            )
        except UserError as exc:
            self.status.setText(exc.text(self.language.currentData()))
            return None

    # -- preview ---------------------------------------------------------------
    def refresh_preview(self) -> None:
        report = self.build()
        if report is None:
            self._show_pages([])
            return
        self._preview_job += 1
        job, relay = self._preview_job, self._relay
        self.outline = _outline(report)

        def work() -> None:
            try:
                images = render_pages(_write(report, "pdf", lambda _f: None))
                _emit(relay.previewed, job, images)
            except Exception as exc:  # shown to the user, never a crash in a thread
                _emit(relay.preview_failed, job, str(exc))

        threading.Thread(target=work, name="export-preview", daemon=True).start()

    def _on_previewed(self, job: int, images: list[QImage]) -> None:
        if job == self._preview_job:
            self._show_pages(images)

    def _on_preview_failed(self, job: int, message: str) -> None:
        if job == self._preview_job:
            self._show_pages([])
            self.status.setText(self.tr("No preview: {error}").format(error=message))

    def _show_pages(self, images: list[QImage]) -> None:
        self.preview_images = images
        while self.pages_row.count():
            item = self.pages_row.takeAt(0)
            w = None if item is None else item.widget()
            if w is not None:
                w.deleteLater()
        if not images:
            text = QLabel("\n".join(self.outline) or self.tr("No preview available."))
            text.setObjectName("outline")
            self.pages_row.addWidget(text)
            return
        for image in images:
            page = QLabel()
            height = max(160, self.preview.viewport().height() - 24)
            pixmap = QPixmap.fromImage(image)
            page.setPixmap(
                pixmap.scaledToHeight(height, Qt.TransformationMode.SmoothTransformation)
            )
            page.setStyleSheet("border: 1px solid #B8C4D6; background: white;")
            self.pages_row.addWidget(page)

    # -- export ----------------------------------------------------------------
    def export(self) -> None:
        target = Path(self.target.text()).expanduser()
        if not self.target.text().strip() or not target.parent.is_dir():
            self.status.setText(self.tr("Choose a file in an existing folder."))
            return
        report = self.build()
        if report is None:
            return
        self._job += 1
        job, relay, fmt = self._job, self._relay, str(self.format.currentData())
        self._busy(True)
        self.status.setText(self.tr("Exporting…"))
        self._pending = target

        def work() -> None:
            try:
                data = _write(report, fmt, lambda f: _emit(relay.progress, job, f))
                _emit(relay.exported, job, data)
            except Exception as exc:
                _emit(relay.failed, job, str(exc))

        threading.Thread(target=work, name="export", daemon=True).start()

    def _busy(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy)
        for w in (self.audience, self.profile, self.packages, self.language, self.format):
            w.setEnabled(not busy)
        self.progress.setValue(0 if busy else self.progress.value())

    def _on_progress(self, job: int, fraction: float) -> None:
        if job == self._job:
            self.progress.setValue(round(fraction * 100))

    def _on_exported(self, job: int, data: bytes) -> None:
        if job != self._job:
            return
        self._busy(False)
        try:
            write_bytes_atomic(self._pending, data)
        except OSError as exc:
            self.status.setText(
                self.tr("Could not write {path}: {error}").format(
                    path=self._pending, error=exc.strerror or exc
                )
            )
            return
        self.progress.setValue(100)
        self.last_written = self._pending
        self.status.setText(self.tr("Written: {path}").format(path=self._pending))
        if self.open_when_done.isChecked():
            self._open_url(QUrl.fromLocalFile(str(self._pending)))

    def _on_failed(self, job: int, message: str) -> None:
        if job == self._job:
            self._busy(False)
            self.status.setText(self.tr("Export failed: {error}").format(error=message))


def _outline(report: Report) -> list[str]:
    """The paper's headings and measures, shown when pages cannot be rendered."""
    from workbench.reports.pdf_text import t

    lang = report.provenance.language
    keys = ("sec.summary", "sec.method", "sec.ranking", "sec.charts", "sec.measures")
    lines = [t(k, lang) for k in keys]
    lines[-1:] = [lines[-1], *(f"    {m.code} – {m.title}" for m in report.measures)]
    return [*lines, t("sec.annex", lang)]
