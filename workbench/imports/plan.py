"""The change plan: what a returned workbook would change in the project, cell by cell.

:func:`plan_import` compares the cells a partner may edit -- raw low/best/high
estimates on Vergelijking, the ``weight_*`` cells on Toelichting (for the
weight profile named in the workbook's provenance) and the stance matrix on
Partijen -- with the project, and lists every difference as a
:class:`PlannedChange` with its cell reference. Every cell that cannot be
taken over (unknown code, wrong type, out of range, low > best > high, a
formula never calculated) becomes a :class:`Problem`; a plan with problems
is never applied. Empty cells never delete anything. Weights are exported
normalised, so they are read back on the profile's own scale: a cell the
partner left alone gives back exactly the stored number.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from workbench.analysis.register import register
from workbench.i18n import Language, UserError, clip, render
from workbench.imports.workbook import CellValue, Grid, PartnerWorkbook, cell_ref
from workbench.reports.audience import AUDIENCES, Audience, may_see
from workbench.reports.xlsx_layout import (
    ESTIMATES,
    FORMAT_TAG,
    NAME_AUDIENCE,
    NAME_FORMAT,
    estimate_key,
)
from workbench.services import ProjectService, queries
from workbench.services.queries import CriterionRow

_REL_TOL = 1e-12


def same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=_REL_TOL, abs_tol=1e-300)


@dataclass(frozen=True)
class Problem:
    cell: str
    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def text(self, language: Language = "nl") -> str:
        return render(self.key, language, cell=self.cell, **self.params)


@dataclass(frozen=True)
class PlannedChange:
    """One field that would change; `old`/`new` are stored values, `shown_*` as displayed."""

    entity: str  # assessment | weight | position
    code: str  # measure code (assessment, position) or profile key (weight)
    key: str  # criterion key or party key
    field: str  # low | best | high | weight | stance
    old: float | None
    new: float
    cell: str
    shown_old: str
    shown_new: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "cell": self.cell,
            "entity": self.entity,
            "code": self.code,
            "key": self.key,
            "field": self.field,
            "old": self.old,
            "new": self.new,
            "shown_old": self.shown_old,
            "shown_new": self.shown_new,
        }


@dataclass(frozen=True)
class ImportPlan:
    file: str
    profile: str | None
    changes: tuple[PlannedChange, ...]
    errors: tuple[Problem, ...]
    warnings: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return not self.errors

    def to_dict(self, language: Language = "nl") -> dict[str, Any]:
        return {
            "file": self.file,
            "profile": self.profile,
            "changes": [c.to_dict() for c in self.changes],
            "warnings": [w.text(language) for w in self.warnings],
            "errors": [e.text(language) for e in self.errors],
        }


def shown(x: float | None) -> str:
    if x is None:
        return "—"
    return str(int(x)) if float(x).is_integer() and abs(x) < 1e15 else repr(float(x))


def audience_of(book: PartnerWorkbook, trusted: Audience) -> Audience:
    """The audience whose view bounds this import: the workbook's, never wider than `trusted`.

    The workbook records the audience it was exported for; a partner can edit
    that cell, so it may only narrow what the caller trusts (by default the
    coalition partners), never widen it. A workbook without the record (made
    before it existed) is read as `trusted`.
    """
    cell = book.audience
    if cell is None or cell.value is None:
        return trusted
    recorded = str(cell.value).strip()
    if recorded not in AUDIENCES:
        raise UserError("import.no_audience", path=book.name,
                        detail=f"{cell.ref} = {clip(recorded)!r}, {NAME_AUDIENCE}")
    # AUDIENCES runs from the widest view to the narrowest.
    return max(recorded, trusted, key=AUDIENCES.index)


class _Planner:
    def __init__(self, svc: ProjectService, book: PartnerWorkbook, audience: Audience) -> None:
        self.svc = svc
        self.book = book
        self.audience = audience
        self.changes: list[PlannedChange] = []
        self.errors: list[Problem] = []
        self.warnings: list[Problem] = []
        reg = register(svc)
        self.criteria: dict[str, CriterionRow] = {c.key: c for c in reg.criteria}
        self.measures = {m.code: m for m in reg.measures}

    def error(self, cell: str, message: str, /, **params: Any) -> None:
        self.errors.append(Problem(cell, message, params))

    # -- cell types -------------------------------------------------------------
    def _cached(self, cv: CellValue | None) -> tuple[bool, Any]:
        """(usable, value); a formula without a result is an error, with one a warning."""
        if cv is None:
            return True, None
        if cv.formula:
            if cv.value is None:
                self.error(cv.ref, "import.uncached")
                return False, None
            self.warnings.append(Problem(cv.ref, "import.warn_formula", {"got": cv.value}))
        return True, cv.value

    def number(self, cv: CellValue | None) -> tuple[bool, float | None]:
        ok, value = self._cached(cv)
        if not ok or value is None or (isinstance(value, str) and not value.strip()):
            return ok, None
        assert cv is not None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.error(cv.ref, "import.cell_number", got=_show_raw(value))
            return False, None
        if not math.isfinite(float(value)):
            self.error(cv.ref, "import.cell_number", got=_show_raw(value))
            return False, None
        return True, float(value)

    def level(self, cv: CellValue | None, c: CriterionRow) -> tuple[bool, float | None]:
        ok, value = self._cached(cv)
        if not ok or value is None or (isinstance(value, str) and not value.strip()):
            return ok, None
        assert cv is not None
        levels = {str(lv["label"]): float(lv["value"]) for lv in c.scale["levels"]}
        text = value.strip() if isinstance(value, str) else None
        if text is None or text not in levels:
            self.error(cv.ref, "import.cell_level", got=_show_raw(value), choices=", ".join(levels))
            return False, None
        return True, levels[text]

    # -- sheets -------------------------------------------------------------------
    def codes(self, grid: Grid) -> list[tuple[str, int, dict[int, CellValue]]]:
        col = grid.keys.get("code")
        if col is None:
            self.error(grid.key_ref(1), "import.missing_column", key="code")
            return []
        out: list[tuple[str, int, dict[int, CellValue]]] = []
        seen: set[str] = set()
        for row, cells in grid.rows:
            cv = cells.get(col)
            if cv is None or cv.value is None or not str(cv.value).strip():
                continue
            value = cv.value
            code = (
                str(int(value))
                if isinstance(value, float) and value.is_integer()
                else str(value).strip()
            )
            if code not in self.measures:
                self.error(cv.ref, "import.unknown_code", got=code)
            elif not may_see(self.audience, self.measures[code].visibility):
                # A row for a measure this workbook's audience never saw.
                self.error(cv.ref, "import.hidden_measure", got=code)
            elif code in seen:
                self.error(cv.ref, "import.duplicate_code", got=code)
            else:
                seen.add(code)
                out.append((code, row, cells))
        return out

    def compare(self) -> None:
        grid = self.book.compare
        crits: list[CriterionRow] = []
        for k, col in grid.keys.items():
            if k.endswith(":best"):
                ckey = k[: -len(":best")]
                if ckey not in self.criteria:
                    self.error(grid.key_ref(col), "import.unknown_criterion", got=ckey)
                    continue
                missing = [
                    estimate_key(ckey, f)
                    for f in ESTIMATES
                    if estimate_key(ckey, f) not in grid.keys
                ]
                for m in missing:
                    self.error(grid.key_ref(col), "import.missing_column", key=m)
                if not missing:
                    crits.append(self.criteria[ckey])
        for code, row, cells in self.codes(grid):
            for c in crits:
                self.assessment(grid, code, row, cells, c)

    def assessment(
        self, grid: Grid, code: str, row: int, cells: dict[int, CellValue], c: CriterionRow
    ) -> None:
        cols = {f: grid.keys[estimate_key(c.key, f)] for f in ESTIMATES}
        refs = {f: cells.get(cols[f]) for f in ESTIMATES}
        read = self.level if c.scale["type"] == "levels" else None
        got: dict[str, float | None] = {}
        for f in ESTIMATES:
            ok, value = read(refs[f], c) if read else self.number(refs[f])
            if not ok:
                return
            got[f] = value
        if all(v is None for v in got.values()):
            return  # empty cells never delete an assessment
        ref = {f: cell_ref(grid.sheet, row, cols[f]) for f in ESTIMATES}
        old = self.measures[code].estimates.get(c.key)
        if old is not None and old.computed:
            if any(v is not None and not same(v, getattr(old, f)) for f, v in got.items()):
                changed = next(
                    f for f, v in got.items() if v is not None and not same(v, getattr(old, f))
                )
                self.warnings.append(Problem(ref[changed], "import.warn_computed"))
            return
        if old is None and got["best"] is None:
            self.error(ref["best"], "import.cell_best_required")
            return
        fallback = got["best"] if old is None else None
        new = {
            f: (got[f] if got[f] is not None else (fallback if old is None else getattr(old, f)))
            for f in ESTIMATES
        }
        if not new["low"] <= new["best"] <= new["high"]:  # type: ignore[operator]
            span = f"{ref['low']}:{ref['high'].split('!')[1]}"
            self.error(
                span,
                "import.cell_order",
                low=self._show(c, new["low"]),
                best=self._show(c, new["best"]),
                high=self._show(c, new["high"]),
            )
            return
        for f in ESTIMATES:
            before = None if old is None else float(getattr(old, f))
            after = new[f]
            assert after is not None
            if before is None or not same(before, after):
                self.changes.append(
                    PlannedChange(
                        "assessment",
                        code,
                        c.key,
                        f,
                        before,
                        after,
                        ref[f],
                        self._show(c, before),
                        self._show(c, after),
                    )
                )

    @staticmethod
    def _show(c: CriterionRow, value: float | None) -> str:
        label = c.level_label(value)
        return label if label is not None else shown(value)

    def weights(self) -> str | None:
        book = self.book
        if book.format is None or book.format.value != FORMAT_TAG:
            got = None if book.format is None else book.format.value
            raise UserError(
                "import.not_ours",
                path=book.name,
                detail=f"{NAME_FORMAT} = {got!r}, verwacht {FORMAT_TAG!r}",
            )
        if book.profile is None or not str(book.profile.value or "").strip():
            return None
        key = str(book.profile.value).strip()
        pid = self.svc.id_for("weight_profile", key)
        if pid is None:
            self.error(book.profile.ref, "import.unknown_profile", got=key)
            return key
        if not may_see(self.audience, self.svc.get("weight_profile", pid)["visibility"]):
            # The profile cell switched to a profile this audience cannot see.
            self.error(book.profile.ref, "import.hidden_profile", got=key)
            return key
        crit_id = {c["key"]: c["id"] for c in self.svc.rows("criterion")}
        stored = {c: 0.0 for c in crit_id}
        for wrow in self.svc.rows("weight", profile_id=pid):
            for ckey, cid in crit_id.items():
                if wrow["criterion_id"] == cid:
                    stored[ckey] = float(wrow["weight"])
        scale = sum(stored.values()) or 1.0
        read: dict[str, tuple[float, str]] = {}
        for ckey, cv in book.weights.items():
            if ckey not in crit_id:
                self.error(book.weight_keys[ckey].ref, "import.unknown_criterion", got=ckey)
                continue
            ok, value = self.number(cv)
            if not ok:
                continue
            if value is None or not 0.0 <= value <= 1e9:
                self.error(cv.ref, "import.cell_range", got=shown(value), low=0, high=1e9)
                continue
            read[ckey] = (value, cv.ref)
        if read and not any(v > 0 for v, _ in read.values()):
            self.error(next(iter(read.values()))[1], "import.weights_zero")
            return key
        changed = False
        for ckey, (value, ref) in read.items():
            new = value * scale
            if not same(stored[ckey], new):
                changed = True
                self.changes.append(
                    PlannedChange(
                        "weight",
                        key,
                        ckey,
                        "weight",
                        stored[ckey],
                        new,
                        ref,
                        shown(stored[ckey]),
                        shown(new),
                    )
                )
        method = str(self.svc.get("weight_profile", pid)["method"])
        if changed and method != "direct":
            self.warnings.append(
                Problem(book.profile.ref, "import.warn_method", {"profile": key, "method": method})
            )
        return key

    def positions(self) -> None:
        grid = self.book.parties
        if grid is None:
            return
        # A party without a visibility of its own is shown to every audience.
        party_ids = {
            p["key"]: p["id"]
            for p in self.svc.rows("stakeholder")
            if "visibility" not in p or may_see(self.audience, p["visibility"])
        }
        cols: dict[str, int] = {}
        for k, col in grid.keys.items():
            if k.startswith("stance:"):
                pkey = k[len("stance:") :]
                if pkey not in party_ids:
                    self.error(grid.key_ref(col), "import.unknown_party", got=pkey)
                else:
                    cols[pkey] = col
        if not cols:
            return
        current = queries.current_positions(self.svc)
        for code, _row, cells in self.codes(grid):
            mid = self.measures[code].id
            for pkey, col in cols.items():
                cv = cells.get(col)
                ok, value = self.number(cv)
                if not ok or value is None:
                    continue
                assert cv is not None
                if not value.is_integer() or not -2 <= value <= 2:
                    self.error(cv.ref, "import.cell_stance", got=_show_raw(cv.value))
                    continue
                now = current.get((party_ids[pkey], mid))
                if now is not None and not may_see(self.audience, now["visibility"]):
                    # The workbook showed this cell empty: the position is hidden.
                    self.error(cv.ref, "import.hidden_position", party=pkey, got=code)
                    continue
                before = None if now is None else int(now["stance"])
                if before is None or before != value:
                    self.changes.append(
                        PlannedChange(
                            "position",
                            code,
                            pkey,
                            "stance",
                            None if before is None else float(before),
                            value,
                            cv.ref,
                            shown(before),
                            shown(value),
                        )
                    )


def _show_raw(value: Any) -> str:
    return str(value)


def plan_import(
    svc: ProjectService, book: PartnerWorkbook, *, trusted: Audience = "partners"
) -> ImportPlan:
    """Every change the workbook would make, and every problem that blocks it.

    Only what the workbook's audience (see :func:`audience_of`) could see may
    change: a row for a measure it cannot see, a profile cell switched to a
    profile it cannot see or a stance over a hidden position is a problem
    naming the cell, so the plan is refused as a whole.
    """
    planner = _Planner(svc, book, audience_of(book, trusted))
    profile = planner.weights()
    planner.compare()
    planner.positions()
    return ImportPlan(
        book.name, profile, tuple(planner.changes), tuple(planner.errors), tuple(planner.warnings)
    )
