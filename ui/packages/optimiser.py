"""The optimiser dialog: the best package within a budget, as ``workbench portfolio`` finds it.

The user sets the budget (a Dutch number), the objective (value under a
profile, or health), measures that must be in or stay out, a year by which
measures must have started, and whose red lines to respect: every party
holding a red line is listed and ticked by default (red lines count unless
the user says otherwise, as in ``workbench portfolio``). "Propose" builds
the problem with :func:`~workbench.analysis.negotiation.optimiser_problem`
and solves it with :func:`~workbench.scoring.optimise`, the very calls of
the CLI; an infeasible problem lists its conflicting constraints in the UI
language, and when red lines collide the core's sentence naming them
(:func:`~workbench.analysis.red_lines.red_line_clash`) comes with a button
per party named to leave its red lines out and propose again. "Save as
package" adds the proposal as one undoable Macro.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import Language
from ui.money_box import MoneySpinBox
from ui.tables.configs import free_key
from ui.undo import Editor
from workbench.analysis.negotiation import OptimiserSettings, optimiser_problem
from workbench.analysis.packages import health_total
from workbench.analysis.red_lines import RedLineClash, red_line_clash, red_line_parties
from workbench.commands import CreateEntity, Macro
from workbench.i18n import UserError
from workbench.i18n.numbers import is_euros, money, money_exact
from workbench.scoring import PortfolioResult, optimise

NO_YEAR = 2019  # the spin box's "no year" value


def _checklist(items: list[tuple[str, str]], parent: QWidget) -> QListWidget:
    box = QListWidget(parent)
    for data, text in items:
        item = QListWidgetItem(text, box)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
    return box


def checked(box: QListWidget) -> tuple[str, ...]:
    return tuple(
        str(box.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(box.count())
        if box.item(i).checkState() == Qt.CheckState.Checked
    )


def checked_all(box: QListWidget) -> tuple[str, ...]:
    """Every item's data, ticked or not."""
    return tuple(str(box.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(box.count()))


def set_checked(box: QListWidget, values: set[str]) -> None:
    for i in range(box.count()):
        item = box.item(i)
        on = item.data(Qt.ItemDataRole.UserRole) in values
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


class OptimiserDialog(QDialog):
    """Settings, the proposed package or the conflicts, and saving it as a package."""

    def __init__(
        self,
        editor: Editor,
        language: Language,
        parent: QWidget | None = None,
        *,
        meeting: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("optimiserDialog")
        self.setWindowTitle(self.tr("Find the best package"))
        self.editor = editor
        self.lang = language
        self.proposal: PortfolioResult | None = None
        # the analysis of the screen's audience: in meeting mode the partners' one,
        # so the optimiser neither offers nor uses a measure they may not see
        analysis = editor.analysis()
        self.source = analysis.data
        pm = analysis.matrix
        assert pm is not None
        self.pm = pm
        health = next((c for c in pm.criteria if c.kind == "health"), None)
        self.health_unit = "" if health is None else health.unit
        self.code_ids = {m.code: m.id for m in pm.measures}
        self.titles = {m.code: m.title for m in pm.measures}
        cost = next((c for c in pm.criteria if c.kind == "cost"), None)
        unit = "" if cost is None else cost.unit

        if is_euros(unit):  # "€ 1,5 mld", typed as "1,5 mld" or "300 mln"
            self.budget: QDoubleSpinBox = MoneySpinBox(language.code, self)
        else:
            self.budget = QDoubleSpinBox(self)
            self.budget.setLocale(language.locale)
            self.budget.setDecimals(0)
            self.budget.setRange(0, 1e13)
            self.budget.setGroupSeparatorShown(True)
            self.budget.setSuffix(f" {unit}" if unit else "")
        self.budget.setObjectName("budget")
        if cost is not None:
            j = pm.matrix.criterion_index(cost.key)
            total = float(sum(x for x in pm.matrix.best[:, j] if not math.isnan(x)))
            # half the register's cost, rounded to what the box shows
            self.budget.setValue(float(f"{total / 2:.2g}"))
            self.budget.setSingleStep(max(1.0, float(f"{total / 20:.1g}")))
        self.objective = QComboBox(self)
        self.objective.setObjectName("objective")
        self.objective.addItem(self.tr("Value under a weight profile"), "value")
        self.objective.addItem(self.tr("Health gain (DALYs)"), "health")
        self.profile = QComboBox(self)
        self.profile.setObjectName("profile")
        for p in analysis.profiles:
            self.profile.addItem(p.name, p.key)
        self.objective.currentIndexChanged.connect(
            lambda _i: self.profile.setEnabled(self.objective.currentData() == "value")
        )
        self.by_year = QSpinBox(self)
        self.by_year.setObjectName("byYear")
        self.by_year.setRange(NO_YEAR, 2100)
        self.by_year.setSpecialValueText(self.tr("no limit"))
        self.by_year.setValue(NO_YEAR)
        del meeting  # the audience's analysis already holds only what it may see
        measures = [(m.code, f"{m.code}  {self.titles[m.code]}".rstrip()) for m in pm.measures]
        self.must = _checklist(measures, self)
        self.must.setObjectName("mustList")
        self.exclude = _checklist(measures, self)
        self.exclude.setObjectName("excludeList")
        # Red lines count by default: every party that holds one (in the audience's
        # data, so a red line the screen may not show is neither counted nor named).
        self.respect = _checklist(list(red_line_parties(self.source)), self)
        self.respect.setObjectName("respectList")
        set_checked(self.respect, set(checked_all(self.respect)))
        self.clash: RedLineClash | None = None

        form = QFormLayout()
        form.addRow(self.tr("&Budget:"), self.budget)
        form.addRow(self.tr("&Objective:"), self.objective)
        form.addRow(self.tr("&Weight profile:"), self.profile)
        form.addRow(self.tr("Started by &year:"), self.by_year)
        lists = QGridLayout()
        for col, (text, box) in enumerate(
            (
                (self.tr("Must be in"), self.must),
                (self.tr("Must stay out"), self.exclude),
                (self.tr("Respect the red lines of"), self.respect),
            )
        ):
            lists.addWidget(QLabel(f"<b>{text}</b>", self), 0, col)
            lists.addWidget(box, 1, col)

        self.propose_button = QPushButton(self.tr("&Propose a package"), self)
        self.propose_button.setObjectName("proposeButton")
        self.propose_button.setDefault(True)
        self.propose_button.clicked.connect(self.propose)
        self.status = QLabel(self)
        self.status.setObjectName("optimiserStatus")
        self.status.setWordWrap(True)
        self.outcome = QListWidget(self)
        self.outcome.setObjectName("optimiserOutcome")
        # "Leave out X's red lines" buttons, one per party a clash names
        self.untick_row = QHBoxLayout()
        self.untick_buttons: list[QPushButton] = []
        result_box = QGroupBox(self.tr("Proposal"), self)
        rl = QVBoxLayout(result_box)
        rl.addWidget(self.status)
        rl.addLayout(self.untick_row)
        rl.addWidget(self.outcome)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = buttons.addButton(
            self.tr("&Save as package"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setObjectName("saveAsPackage")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(lists, 1)
        layout.addWidget(self.propose_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(result_box, 1)
        layout.addWidget(buttons)
        self.resize(980, 720)

    def settings(self) -> OptimiserSettings:
        objective = str(self.objective.currentData())
        year = self.by_year.value()
        return OptimiserSettings(
            objective=objective,
            profile=str(self.profile.currentData()) if self.profile.count() else None,
            must=checked(self.must),
            exclude=checked(self.exclude),
            by_year=None if year == NO_YEAR else year,
            respect=checked(self.respect),
        )

    def propose(self) -> PortfolioResult | None:
        """Solve for the current settings and show the package or the conflicts."""
        self.outcome.clear()
        self.proposal = None
        self.clash = None
        self._show_untick(())
        self.save_button.setEnabled(False)
        try:
            problem = optimiser_problem(self.source, self.settings())
        except UserError as exc:
            self.status.setText(exc.text(self.lang.code))
            return None
        result = optimise(problem, self.budget.value())
        self.proposal = result
        self.clash = red_line_clash(self.source, problem, result, self.lang.code)
        if result.status == "optimal":
            self.status.setText(self.describe(result))
            self.status.setToolTip(money_exact(result.total_cost, self.lang.code))
            for code in result.selected:
                self.outcome.addItem(f"{code}  {self.titles.get(code, '')}")
            self.save_button.setEnabled(not self.editor.read_only)
        elif self.clash is not None:
            # the sentence names every conflicting requirement, parties by name
            self.status.setText(self.clash.sentence)
            self._show_untick(self.clash.parties)
        elif result.status == "infeasible":
            self.status.setText(
                self.tr("No package meets all requirements. These requirements conflict:")
            )
            for c in result.conflicts:
                self.outcome.addItem(c.describe(self.lang.code))
        else:
            self.status.setText(
                self.tr("The optimiser found no solution: {message}").format(message=result.message)
            )
        return result

    def _show_untick(self, parties: tuple[str, ...]) -> None:
        """One button per party of a clash: leave its red lines out and propose again."""
        while self.untick_row.count():
            item = self.untick_row.takeAt(0)
            widget = None if item is None else item.widget()
            if widget is not None:
                widget.deleteLater()
        self.untick_buttons = []
        for key, name in zip(parties, self._party_names(parties), strict=True):
            button = QPushButton(self.tr("Leave out the red lines of {party}").format(party=name))
            button.setObjectName(f"untick_{key}")
            button.clicked.connect(lambda _checked=False, k=key: self.untick(k))
            self.untick_row.addWidget(button)
            self.untick_buttons.append(button)
        if parties:
            self.untick_row.addStretch(1)

    def untick(self, party: str) -> PortfolioResult | None:
        """Stop counting ``party``'s red lines and propose again."""
        set_checked(self.respect, set(checked(self.respect)) - {party})
        return self.propose()

    def describe(self, result: PortfolioResult) -> str:
        """The proposal in words: measures, cost, its DALY total and the objective's unit."""
        lang, n = self.lang.code, self.lang.number
        health = health_total(self.pm, result.selected)
        dalys = (
            "—"
            if health is None
            else self.tr("{best} {unit} ({low}–{high})").format(
                best=n(health.best, 2), unit=self.health_unit,
                low=n(health.low, 2), high=n(health.high, 2),
            )
        )  # fmt: skip
        if result.objective == "health":
            goal = self.tr("the health gain itself")
        else:
            goal = self.tr("{value} (sum of the measures' scores 0-1 under “{profile}”)").format(
                value=n(result.objective_value, 2), profile=self.profile.currentText()
            )
        return self.tr(
            "Best package: {n} measures, cost {cost}, health gain {dalys}; objective value: {goal}."
        ).format(
            n=len(result.selected), cost=money(result.total_cost, lang), dalys=dalys, goal=goal
        )

    def settings_text(self) -> str:
        """The settings that made the proposal, for the saved package's description."""
        s = self.settings()
        none = "—"
        return self.tr(
            "Settings: budget {budget}; objective {objective}; started by {year}; must be in: "
            "{must}; must stay out: {exclude}; red lines respected of: {respect}."
        ).format(
            budget=money(self.budget.value(), self.lang.code),
            objective=self.objective.currentText()
            + (f" ({self.profile.currentText()})" if s.objective == "value" else ""),
            year=none if s.by_year is None else str(s.by_year),
            must=", ".join(s.must) or none,
            exclude=", ".join(s.exclude) or none,
            respect=", ".join(self._party_names(s.respect)) or none,
        )

    def _party_names(self, keys: tuple[str, ...]) -> list[str]:
        names = {str(p["key"]): str(p["name"]) for p in self.source.rows("stakeholder")}
        return [names.get(k, k) for k in keys]

    def save(self) -> str | None:
        """Save the proposal as a new package (one undo step); returns its id."""
        r = self.proposal
        if r is None or r.status != "optimal" or self.editor.read_only:
            return None
        svc = self.editor.svc
        name = self.tr("Optimiser proposal, budget {budget}").format(
            budget=money(self.budget.value(), self.lang.code)
        )
        fields = {
            "key": free_key(svc, "package", "optimaal"),
            "name": name,
            "description": self.describe(r) + "\n" + self.settings_text(),
        }
        package = CreateEntity("package", fields)
        members = [
            CreateEntity(
                "package_member", {"package_id": package.id, "measure_id": self.code_ids[c]}
            )
            for c in r.selected
        ]
        macro = Macro(
            ("Pakket uit optimalisatie opslaan", "Save optimised package"), [package, *members]
        )
        if self.editor.push(macro) is None:
            return None
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saved as package “{name}”.").format(name=name))
        return package.id
