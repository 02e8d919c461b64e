"""Two to four packages side by side: totals from the core, measures in and out, red lines.

:class:`PackageComparison` shows, per chosen package, the totals of
:attr:`~workbench.analysis.build.Analysis.packages` (cost, health, value
under each profile, whose red lines it crosses; see workbench.analysis.packages) and then every
measure of any chosen package, marked in or out; rows where the packages
differ are shaded. It formats, it does not compute.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ui.i18n import Language
from workbench.analysis.negotiation import PackageTotals
from workbench.i18n.numbers import is_euros, money, money_exact

DIFFERS = QColor("#fff3cd")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class PackageComparison(QTableWidget):
    """Rows: totals, then measures; columns: the chosen packages."""

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packageComparison")
        self.lang = language
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.totals: list[PackageTotals] = []
        self.party_names: dict[str, str] = {}  # key -> name

    def show_totals(
        self,
        totals: list[PackageTotals],
        titles: dict[str, str],
        profile_names: dict[str, str],
        units: tuple[str, str],
        meeting: bool,
        hidden: frozenset[str] = frozenset(),
    ) -> None:
        """Fill from the core's totals; `titles` by code, `units` = (cost, health).

        Measures in `hidden` (internal ones in meeting mode) get no row.
        """
        self.totals = totals
        self.clear()
        # Measures on which the packages differ first: that is what a negotiator looks for.
        codes = sorted(
            {c for t in totals for c in t.codes} - hidden,
            key=lambda c: (all(c in t.codes for t in totals), c),
        )
        labels = [
            self.tr("Cost ({unit})").format(unit=units[0])
            if units[0] and not is_euros(units[0])
            else self.tr("Cost"),
            self.tr("Health ({unit})").format(unit=units[1]) if units[1] else self.tr("Health"),
        ]
        labels += [self.tr("Value: {profile}").format(profile=n) for n in profile_names.values()]
        if not meeting:
            labels.append(self.tr("Red lines crossed"))
        labels.append(self.tr("Number of measures"))
        fixed = len(labels)
        labels += [f"{c}  {titles.get(c, '')}" for c in codes]
        self.setRowCount(len(labels))
        self.setColumnCount(len(totals))
        self.setVerticalHeaderLabels(labels)
        self.setHorizontalHeaderLabels([t.name for t in totals])
        bold = QFont()
        bold.setBold(True)
        for j, t in enumerate(totals):
            cells = [
                self._money(math.nan if t.cost is None else t.cost.best, t.missing_cost),
                self._number(math.nan if t.dalys is None else t.dalys.best, t.missing_dalys, 1),
            ]
            cells += [
                self._value(t.values.get(k, math.nan), t.unscored.get(k, ()))
                for k in profile_names
            ]
            if not meeting:
                cells.append(self._violations(t))
            cells.append((str(len(t.codes)), ""))
            for i, (text, tip) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                item.setFont(bold)
                item.setTextAlignment(RIGHT)
                if not meeting and i == fixed - 2 and t.violations:
                    item.setForeground(QBrush(QColor("#b2182b")))
                self.setItem(i, j, item)
        for r, code in enumerate(codes, start=fixed):
            inside = [code in t.codes for t in totals]
            for j, is_in in enumerate(inside):
                item = QTableWidgetItem("✓" if is_in else "—")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if len(set(inside)) > 1:
                    item.setBackground(QBrush(DIFFERS))
                self.setItem(r, j, item)
        self.horizontalHeader().setDefaultSectionSize(190)
        self.horizontalHeader().setStretchLastSection(False)
        # Red-line names and long package names wrap instead of being cut off.
        self.setWordWrap(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.resizeRowsToContents()

    def _money(self, value: float, missing: tuple[str, ...]) -> tuple[str, str]:
        """"€ 5,8 mld" in the cell, the exact amount (and what is not counted) on hover."""
        if math.isnan(value):
            return "–", self._missing(missing)
        code = self.lang.code
        tip = "\n".join(t for t in (money_exact(value, code), self._missing(missing)) if t)
        return money(value, code), tip

    def _value(self, value: float, unscored: tuple[str, ...]) -> tuple[str, str]:
        text = "–" if math.isnan(value) else self.lang.number(value, 2)
        if not unscored:
            return text, ""
        return text, self.tr("Not counted (incompletely assessed): {codes}").format(
            codes=", ".join(unscored)
        )

    def _number(self, value: float, missing: tuple[str, ...], decimals: int) -> tuple[str, str]:
        text = "–" if math.isnan(value) else self.lang.number(value, decimals)
        return text, self._missing(missing)

    def _missing(self, missing: tuple[str, ...]) -> str:
        if not missing:
            return ""
        return self.tr("Not counted (no estimate): {codes}").format(codes=", ".join(missing))

    def _violations(self, t: PackageTotals) -> tuple[str, str]:
        if not t.violations:
            return self.tr("none"), ""
        tips = []
        for v in t.violations:
            parts = []
            if v.refused_included:
                parts.append(self.tr("refuses {codes}").format(codes=", ".join(v.refused_included)))
            if v.insisted_missing:
                parts.append(
                    self.tr("insists on {codes}").format(codes=", ".join(v.insisted_missing))
                )
            tips.append(f"{self.party_names.get(v.party, v.party)}: {'; '.join(parts)}")
        names = ", ".join(self.party_names.get(v.party, v.party) for v in t.violations)
        return names, "\n".join(tips)
