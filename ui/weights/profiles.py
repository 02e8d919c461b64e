"""A combo box of the usable weight profiles an analysis offers, shared by the pages.

Lists :attr:`workbench.analysis.build.Analysis.profiles` by name: the
partners' analysis in meeting mode holds no internal profile (e.g. the
team's estimate of another party's weights). Keeps the chosen profile
across refreshes by key.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from workbench.analysis.build import Analysis
from workbench.analysis.matrix import Profile


class ProfileCombo(QComboBox):
    """Usable profiles by name; `current_profile()` is the chosen one or None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileCombo")
        self.setMinimumContentsLength(22)
        self._profiles: list[Profile] = []
        self.meeting = False
        # The profile chosen in an earlier session, used until the user picks one.
        self.preferred: str | None = None

    def load(self, analysis: Analysis) -> None:
        keep = self.current_key() or self.preferred
        found = list(analysis.profiles)
        self._profiles = found
        self.blockSignals(True)
        self.clear()
        for p in found:
            self.addItem(p.name, p.key)
        i = self.findData(keep) if keep is not None else -1
        self.setCurrentIndex(i if i >= 0 else (0 if found else -1))
        self.blockSignals(False)

    def current_key(self) -> str | None:
        data = self.currentData()
        return None if data is None else str(data)

    def current_profile(self) -> Profile | None:
        key = self.current_key()
        return next((p for p in self._profiles if p.key == key), None)

    def all(self) -> list[Profile]:
        return list(self._profiles)

    def select(self, key: str) -> bool:
        i = self.findData(key)
        if i >= 0:
            self.setCurrentIndex(i)
        return i >= 0
