"""An amount of euros typed and shown the way the rest of the program writes it.

Shows ``€ 1,5 mld`` / ``€ 250 mln`` (workbench.i18n.numbers.money, the one
number module of every face) and accepts what a user types: "1,5 mld",
"300 mln", "2.500.000", "€ 800.000". The exact amount is on hover.
"""

from __future__ import annotations

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QWidget

from workbench.i18n.catalog import Language
from workbench.i18n.numbers import money, money_exact, parse_money


class MoneySpinBox(QDoubleSpinBox):
    """A budget in euros; the value is in euros, the text compact and Dutch."""

    def __init__(self, lang_code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang: Language = "en" if lang_code == "en" else "nl"
        self.setDecimals(0)
        self.setRange(0, 1e13)
        self.setKeyboardTracking(False)
        self.valueChanged.connect(self._hover)
        self._hover(self.value())

    def _hover(self, value: float) -> None:
        self.setToolTip(money_exact(value, self._lang))

    def textFromValue(self, value: float) -> str:
        return money(value, self._lang)

    def valueFromText(self, text: str) -> float:
        value = parse_money(text, self._lang)
        return self.value() if value is None else value

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if parse_money(text, self._lang) is not None:
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos

    def fixup(self, text: str) -> str:
        return self.textFromValue(self.value())
