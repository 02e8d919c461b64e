"""The Bestand (File) menu's work: new, open, save, save as, revert, recent files.

Asks the questions a document application must ask: save unsaved changes
before they would be lost, recover work left by a crash, open read-only
when a colleague holds the file. Every prompt is a real QMessageBox with an
object name (tests find and answer it); core errors are shown through the
:class:`~ui.errors.ErrorPresenter` in the user's language.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ui.document import DocumentController
from ui.errors import ErrorPresenter
from ui.i18n import Language
from ui.settings import Preferences
from workbench.i18n import UserError
from workbench.store import (
    PROJECT_SUFFIX,
    ProjectDocument,
    ProjectLockedError,
    discard,
    find_recoverable,
    recover,
)
from workbench.store.lock import ProjectReadOnlyError, StaleLockError

Btn = QMessageBox.StandardButton


class FileActions(QObject):
    """Document workflows of the main window, with the prompts they need."""

    def __init__(
        self,
        window: QWidget,
        controller: DocumentController,
        prefs: Preferences,
        language: Language,
        errors: ErrorPresenter,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.prefs = prefs
        self.lang = language
        self.errors = errors

    # -- helpers ---------------------------------------------------------------
    def _fail(self, exc: UserError) -> None:
        self.errors.show(exc.text(self.lang.code))

    def _box(self, name: str, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, Btn.NoButton, self.window)
        box.setObjectName(name)
        return box

    def _filter(self) -> str:
        return QCoreApplication.translate(
            "FileActions", "Maatwerk projects (*{suffix});;All files (*)"
        ).format(suffix=PROJECT_SUFFIX)

    # -- unsaved work ------------------------------------------------------------
    def maybe_save(self) -> bool:
        """Offer to save unsaved changes; False when the user cancels."""
        if not self.controller.dirty:
            return True
        name = (
            self.controller.path.name
            if self.controller.path
            else QCoreApplication.translate("FileActions", "Untitled project")
        )
        box = self._box(
            "unsavedPrompt",
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("FileActions", "Unsaved changes"),
            QCoreApplication.translate(
                "FileActions", "{name} has unsaved changes. Save them first?"
            ).format(name=name),
        )
        box.setStandardButtons(Btn.Save | Btn.Discard | Btn.Cancel)
        box.setDefaultButton(Btn.Save)
        answer = box.exec()
        if answer == Btn.Save:
            return self.save()
        return answer == Btn.Discard

    # -- new / open ----------------------------------------------------------------
    def new_project(self) -> bool:
        if not self.maybe_save():
            return False
        try:
            doc = ProjectDocument.new(
                title=QCoreApplication.translate("FileActions", "New project"),
                user=self.prefs.user_name,
            )
        except UserError as exc:
            self._fail(exc)
            return False
        self.controller.adopt(doc)
        return True

    def ask_open(self) -> bool:
        if not self.maybe_save():
            return False
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("FileActions", "Open project"),
            str(self.prefs.last_dir),
            self._filter(),
        )
        return bool(name) and self.open_path(Path(name), ask_save=False)

    def open_path(self, path: Path, *, ask_save: bool = True) -> bool:
        """Open `path`; when someone holds it, say who and offer read-only."""
        if ask_save and not self.maybe_save():
            return False
        try:
            doc = self._open_document(path)
        except UserError as exc:
            self._fail(exc)
            if isinstance(exc, UserError) and exc.key in ("store.not_found",):
                self.prefs.remove_recent(path.resolve())
            return False
        if doc is None:
            return False
        self.controller.adopt(doc)
        self.prefs.add_recent(path)
        self.prefs.last_dir = path.resolve().parent
        return True

    def _open_document(self, path: Path) -> ProjectDocument | None:
        user = self.prefs.user_name
        try:
            return ProjectDocument.open(path, user=user)
        except StaleLockError as stale:
            choice = self.ask_take_over(stale)
            if choice is None:
                return None
            if choice == "take_over":
                return ProjectDocument.open(path, user=user, take_over=True)
            return ProjectDocument.open(path, read_only=True, user=user)
        except ProjectLockedError as locked:
            if not self.ask_read_only(locked):
                return None
            return ProjectDocument.open(path, read_only=True, user=user)
        except ProjectReadOnlyError as no_write:
            # A read-only folder, medium or file: the user may still read it.
            if not self.ask_read_only_place(no_write):
                return None
            return ProjectDocument.open(path, read_only=True, user=user)

    def ask_take_over(self, stale: StaleLockError) -> str | None:
        """An unreadable lock: take the file over, open it read-only, or cancel."""
        box = self._box(
            "staleLockPrompt",
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("FileActions", "Project in use"),
            stale.text(self.lang.code),
        )
        take = box.addButton(
            QCoreApplication.translate("FileActions", "&Take over"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        read_only = box.addButton(
            QCoreApplication.translate("FileActions", "Open &read-only"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(Btn.Cancel)
        box.setDefaultButton(read_only)
        box.exec()
        if box.clickedButton() is take:
            return "take_over"
        if box.clickedButton() is read_only:
            return "read_only"
        return None

    def ask_read_only_place(self, no_write: ProjectReadOnlyError) -> bool:
        box = self._box(
            "readOnlyPlacePrompt",
            QMessageBox.Icon.Information,
            QCoreApplication.translate("FileActions", "Read-only"),
            no_write.text(self.lang.code),
        )
        read_only = box.addButton(
            QCoreApplication.translate("FileActions", "Open &read-only"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(Btn.Cancel)
        box.setDefaultButton(read_only)
        box.exec()
        return box.clickedButton() is read_only

    def ask_read_only(self, locked: ProjectLockedError) -> bool:
        info = locked.info
        box = self._box(
            "lockPrompt",
            QMessageBox.Icon.Information,
            QCoreApplication.translate("FileActions", "Project in use"),
            QCoreApplication.translate(
                "FileActions",
                "{file} is in use by {user} on {host} since {since}.\n\n"
                "You can open it read-only: you will see everything but cannot change it.",
            ).format(
                file=locked.path.name, user=info.user, host=info.host, since=self._since(info.since)
            ),
        )
        read_only = box.addButton(
            QCoreApplication.translate("FileActions", "Open &read-only"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(Btn.Cancel)
        box.setDefaultButton(read_only)
        box.exec()
        return box.clickedButton() is read_only

    def _since(self, iso: str) -> str:
        try:
            when = dt.datetime.fromisoformat(iso)
        except ValueError:
            return iso or QCoreApplication.translate("FileActions", "an unknown time")
        return f"{self.lang.date(when.date())} {when:%H:%M}"

    # -- save ----------------------------------------------------------------------
    def save(self) -> bool:
        if self.controller.path is None or self.controller.read_only:
            return self.save_as()
        try:
            self.controller.save()
        except UserError as exc:
            self._fail(exc)
            return False
        return True

    def save_as(self) -> bool:
        stem = QCoreApplication.translate("FileActions", "Project")
        start = self.controller.path or self.prefs.last_dir / f"{stem}{PROJECT_SUFFIX}"
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("FileActions", "Save project as"),
            str(start),
            self._filter(),
        )
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() != PROJECT_SUFFIX:
            path = path.with_name(path.name + PROJECT_SUFFIX)
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        try:
            self.controller.save_as(path)
        except UserError as exc:
            self._fail(exc)
            return False
        self.prefs.add_recent(path)
        self.prefs.last_dir = path.resolve().parent
        return True

    def revert(self) -> bool:
        if self.controller.path is None:
            return False
        if self.controller.dirty:
            box = self._box(
                "revertPrompt",
                QMessageBox.Icon.Question,
                QCoreApplication.translate("FileActions", "Revert"),
                QCoreApplication.translate(
                    "FileActions", "Discard all changes since the last save?"
                ),
            )
            box.setStandardButtons(Btn.Discard | Btn.Cancel)
            box.setDefaultButton(Btn.Cancel)
            if box.exec() != Btn.Discard:
                return False
        try:
            self.controller.revert()
        except UserError as exc:
            self._fail(exc)
            return False
        return True

    # -- crash recovery --------------------------------------------------------------
    def offer_recovery(self) -> bool:
        """Offer the work a crashed session left; True when one was recovered and opened."""
        for cand in find_recoverable():
            name = (
                cand.target.name
                if cand.target
                else QCoreApplication.translate("FileActions", "an untitled project")
            )
            box = self._box(
                "recoveryPrompt",
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("FileActions", "Recover unsaved work"),
                QCoreApplication.translate(
                    "FileActions",
                    "Maatwerk Workbench was not closed properly. There are {n} unsaved "
                    "changes to {name} (session of {user}, started {since}).\n\n"
                    "Recover them, or discard them for good?",
                ).format(
                    n=cand.unsaved_edits, name=name, user=cand.user, since=self._since(cand.started)
                ),
            )
            recover_btn = box.addButton(
                QCoreApplication.translate("FileActions", "&Recover"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            discard_btn = box.addButton(
                QCoreApplication.translate("FileActions", "&Discard"),
                QMessageBox.ButtonRole.DestructiveRole,
            )
            box.addButton(
                QCoreApplication.translate("FileActions", "&Later"),
                QMessageBox.ButtonRole.RejectRole,
            )
            box.setDefaultButton(recover_btn)
            box.exec()
            if box.clickedButton() is discard_btn:
                discard(cand.working)
            elif box.clickedButton() is recover_btn:
                try:
                    doc = recover(cand, user=self.prefs.user_name)
                except UserError as exc:
                    self._fail(exc)
                    continue
                self.controller.adopt(doc, recovered=True)
                return True
        return False

    # -- team work: copies and merging (docs/merge.md) ----------------------------
    def _ask_project(self, title: str, *, save: bool) -> Path | None:
        ask = QFileDialog.getSaveFileName if save else QFileDialog.getOpenFileName
        kinds = self._filter()
        if not save:  # a copy or a change set (docs/merge.md)
            kinds = QCoreApplication.translate(
                "FileActions", "Copies and change sets (*{suffix} *.mwbc)"
            ).format(suffix=PROJECT_SUFFIX) + ";;" + kinds
        name, _ = ask(self.window, title, str(self.prefs.last_dir), kinds)
        if not name:
            return None
        path = Path(name)
        if save and path.suffix.lower() != PROJECT_SUFFIX:
            path = path.with_name(path.name + PROJECT_SUFFIX)
        return path

    def copy_for_colleague(self, path: Path | None = None) -> bool:
        """File > Copy for a colleague: the current state, with its lineage."""
        from workbench.merge import copy_for_colleague
        from workbench.merge.copy import give_history

        doc = self.controller.doc
        if doc is None:
            return False
        title = QCoreApplication.translate("FileActions", "Copy for a colleague")
        path = path or self._ask_project(title, save=True)
        if path is None:
            return False
        try:
            # a brand-new project first gets the entry its copies share (docs/merge.md)
            if give_history(self.controller.svc) and doc.path is not None:
                doc.save()
            copy_for_colleague(
                doc.working_path, path, user=doc.user, name=doc.path.name if doc.path else None
            )
        except UserError as exc:
            self._fail(exc)
            return False
        return True

    def merge_copy(self, path: Path | None = None) -> QWidget | None:
        """File > Merge a copy (or change set): one undo step, then the conflict review."""
        from ui.merge_status import review
        from workbench.merge import prepare
        from workbench.merge.effect import lines

        editor = self.controller.editor
        if editor is None or self.controller.read_only:
            return None
        title = QCoreApplication.translate("FileActions", "Merge a colleague's copy")
        path = path or self._ask_project(title, save=False)
        if path is None:
            return None
        try:
            cmd = prepare(editor.svc, path)
        except UserError as exc:
            self._fail(exc)
            return None
        if editor.push(cmd) is None or cmd.summary is None:
            return None
        summary = "\n".join([
            QCoreApplication.translate("FileActions", "Rows merged automatically: {n}").format(
                n=sum(cmd.summary.merged.values())),
            *(lines(cmd.summary.effect, editor.lang) if cmd.summary.effect else []),
        ])
        dialog = review(self.window, summary)  # type: ignore[arg-type]
        if dialog is not None:
            return dialog
        box = self._box("mergeDone", QMessageBox.Icon.Information, title, summary)
        box.setStandardButtons(Btn.Ok)
        box.open()
        return box
