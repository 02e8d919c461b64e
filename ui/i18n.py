"""The UI language: Qt translators, QLocale formatting and the core's enum labels.

One :class:`Language` object is created at start-up and passed to every
widget that shows text. Switching installs the .qm catalogs of
``workbench/resources/i18n`` (package data; our own and Qt's standard dialogs) and emits
:attr:`Language.changed`, on which widgets call ``retranslate_ui()``.
Numbers and dates are formatted with the language's QLocale (1.234,56;
10 maart 2026); labels of the core's enumerations come from
:func:`workbench.i18n.label`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)

from workbench.i18n import Language as CoreLanguage
from workbench.i18n import label
from workbench.resources import resource_path

CATALOG_DIR = resource_path("i18n")


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark `source` for lupdate in `context` and return it unchanged.

    Does what PySide6's QT_TRANSLATE_NOOP does (lupdate matches the name), but
    is typed to return `str` where PySide6's stubs say `object`.
    """
    return source

# Texts of Qt's own file dialog that qtbase_nl.qm leaves in English: our catalog
# (installed after Qt's, so asked first) gives them in Dutch.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)

_LOCALES = {
    "nl": (QLocale.Language.Dutch, QLocale.Country.Netherlands),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


class Language(QObject):
    """The current UI language and its locale; emits `changed` after a switch."""

    changed = Signal(str)

    def __init__(self, code: str = "nl", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.code: CoreLanguage = "nl"
        self.locale = QLocale(*_LOCALES["nl"])
        self._translators: list[QTranslator] = []
        self.set(code)

    def set(self, code: str) -> None:
        """Switch to `code` ("nl" or "en"), installing its catalogs."""
        if code not in _LOCALES:
            raise ValueError(f"unknown language {code!r}")
        self.uninstall()
        app = QCoreApplication.instance()
        self.code = "en" if code == "en" else "nl"
        self.locale = QLocale(*_LOCALES[code])
        QLocale.setDefault(self.locale)
        if app is not None:
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            for name, folder in (
                (f"qtbase_{code}", qt_dir),
                (f"qt_{code}", qt_dir),
                (f"workbench_{code}", str(CATALOG_DIR)),
            ):
                tr = QTranslator(self)
                if tr.load(name, folder):
                    app.installTranslator(tr)
                    self._translators.append(tr)
        self.changed.emit(self.code)

    def uninstall(self) -> None:
        """Remove this object's catalogs from the application."""
        app = QCoreApplication.instance()
        if app is not None:
            for tr in self._translators:
                app.removeTranslator(tr)
        self._translators = []

    # -- formatting ------------------------------------------------------------
    def enum_label(self, prefix: str, value: object) -> str:
        """The core's label of an enumeration value, e.g. ("status", "in_draft")."""
        if value is None or value == "":
            return ""
        return label(f"{prefix}.{value}", self.code)

    def number(self, value: float | int | None, decimals: int | None = None) -> str:
        """A number in the locale's notation; integers without decimals."""
        if value is None:
            return ""
        if isinstance(value, int) and not isinstance(value, bool):
            return self.locale.toString(value)
        if decimals is not None:
            return self.locale.toString(float(value), "f", decimals)
        # Up to two decimals, trailing zeros dropped: 1.250 · 12,5 · 6,25.
        mag = abs(value)
        decimals = 0 if mag >= 1000 else 1 if mag >= 100 else 2
        text = self.locale.toString(float(value), "f", decimals)
        point = self.locale.decimalPoint()
        if point in text:
            text = text.rstrip("0").rstrip(point)
        return text

    def year(self, value: int | None) -> str:
        """Years never get a thousands separator."""
        return "" if value is None else str(value)

    def date(self, value: dt.date | None) -> str:
        if value is None:
            return ""
        return self.locale.toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")
