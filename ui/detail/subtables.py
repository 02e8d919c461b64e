"""Table configurations inside the detail panel: notes, links, draft terms, assessments.

Each is built around a callable giving the selected measure's id, so the
same :class:`~ui.tables.panel.EntityTablePanel` follows the selection.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from ui.i18n import QT_TRANSLATE_NOOP, Language
from ui.models.columns import (
    RIGHT,
    ColumnSpec,
    EditorKind,
    choice_column,
    enum_choices,
    update,
    version_of,
)
from ui.tables.configs import remover, visibility_column
from ui.tables.panel import TableConfig
from workbench.analysis.data import ProjectData
from workbench.analysis.register import criteria_of as criteria
from workbench.commands import Command, CreateEntity, DeleteEntity, UpdateEntity
from workbench.i18n import Language as CoreLanguage
from workbench.i18n.numbers import is_euros, money, num, scale_decimals
from workbench.model import Confidence, LinkKind, Visibility
from workbench.services import NO_CHANGE, Change, ProjectService

CurrentId = Callable[[], str | None]


def notes_config(measure_id: CurrentId) -> TableConfig:
    e = "measure_note"

    def add(_svc: ProjectService) -> Command | None:
        mid = measure_id()
        return (
            None
            if mid is None
            else CreateEntity(
                e,
                {"measure_id": mid, "text": QCoreApplication.translate("DetailPanel", "New note")},
            )
        )

    return TableConfig(
        columns=lambda _svc: (
            ColumnSpec(
                "text",
                QT_TRANSLATE_NOOP("Columns", "Note"),
                lambda r: r["text"],
                edit=update(e, "text"),
                editor=EditorKind.TEXT,
                width=30,
            ),
            visibility_column(e),
        ),
        rows=lambda svc: [] if measure_id() is None else svc.rows(e, measure_id=measure_id()),
        concerns=(e,),
        add=add,
        remove=remover(e),
        add_text=lambda: QCoreApplication.translate("DetailPanel", "Add &note"),
        remove_text=lambda: QCoreApplication.translate("DetailPanel", "Remove note"),
    )


def links_config(measure_id: CurrentId) -> TableConfig:
    e = "measure_link"

    def rows(svc: ProjectData) -> list[dict[str, Any]]:
        mid = measure_id()
        if mid is None:
            return []
        out = []
        for link in svc.rows(e, measure_id=mid):
            other = svc.get("measure", str(link["other_id"]))
            out.append(
                {
                    **link,
                    "other_text": f"{other['code']} {other['title']}",
                    "other_visibility": other["visibility"],
                }
            )
        return out

    def columns(svc: ProjectData) -> tuple[ColumnSpec, ...]:
        def choices(_lang: Any) -> list[tuple[Any, str]]:
            # Read when the editor opens, not on every refresh (10,000 measures).
            mid = measure_id()
            return [
                (str(m["id"]), f"{m['code']} {m['title']}")
                for m in svc.rows("measure")
                if str(m["id"]) != mid
            ]

        return (
            choice_column(
                e, "kind", QT_TRANSLATE_NOOP("Columns", "Link"), "link", LinkKind, width=10
            ),
            ColumnSpec(
                "other_id",
                QT_TRANSLATE_NOOP("Columns", "Other measure"),
                lambda r: r["other_id"],
                edit=update(e, "other_id"),
                editor=EditorKind.CHOICE,
                fmt=lambda _l, v: "",
                choices=choices,
                width=30,
                display=lambda r: r["other_text"],
            ),
        )

    def add(svc: ProjectService) -> Command | None:
        mid = measure_id()
        if mid is None:
            return None
        linked = {str(r["other_id"]) for r in svc.rows(e, measure_id=mid)}
        free = [str(m["id"]) for m in svc.rows("measure") if str(m["id"]) not in linked | {mid}]
        if not free:
            return None
        return CreateEntity(e, {"measure_id": mid, "other_id": free[0], "kind": "requires"})

    return TableConfig(
        columns=columns,
        rows=rows,
        concerns=(e, "measure"),
        add=add,
        remove=remover(e),
        add_text=lambda: QCoreApplication.translate("DetailPanel", "Add &link"),
        remove_text=lambda: QCoreApplication.translate("DetailPanel", "Remove link"),
    )


def terms_config(measure_id: CurrentId) -> TableConfig:
    """One row per draft: the measure's clause, target, deadline and wording in it."""
    e = "draft_term"
    fields = (
        "clause",
        "target",
        "deadline_year",
        "wording",
        "wording_visibility",
        "comment",
        "comment_visibility",
    )

    def rows(svc: ProjectData) -> list[dict[str, Any]]:
        mid = measure_id()
        if mid is None:
            return []
        terms = {str(t["draft_id"]): t for t in svc.rows(e, measure_id=mid)}
        out = []
        for d in svc.rows("draft"):
            t = terms.get(str(d["id"]))
            row = {
                "id": str(t["id"]) if t else f"draft:{d['id']}",
                "term": t is not None,
                "draft_id": str(d["id"]),
                "measure_id": mid,
                "draft": d["name"],
                "visibility": d["visibility"],
            }
            row.update({f: (t[f] if t else None) for f in fields})
            row["row_version"] = t["row_version"] if t else None
            out.append(row)
        return out

    def edit(field: str) -> Callable[[dict[str, Any], Any], Command | None]:
        def make(row: dict[str, Any], value: Any) -> Command | None:
            if value == row[field]:
                return None
            if row["term"]:
                return UpdateEntity(e, row["id"], {field: value}, version=version_of(row))
            if value in (None, ""):
                return None
            return CreateEntity(
                e, {"draft_id": row["draft_id"], "measure_id": row["measure_id"], field: value}
            )

        return make

    def text(field: str, header: str, width: int) -> ColumnSpec:
        return ColumnSpec(
            field, header, lambda r: r[field], edit=edit(field), editor=EditorKind.TEXT, width=width
        )

    def remove(row: dict[str, Any]) -> Command:
        return DeleteEntity(e, row["id"]) if row["term"] else _Nothing()

    return TableConfig(
        columns=lambda _svc: (
            ColumnSpec(
                "draft", QT_TRANSLATE_NOOP("Columns", "Draft"), lambda r: r["draft"], width=14
            ),
            text("clause", QT_TRANSLATE_NOOP("Columns", "Clause"), 7),
            text("target", QT_TRANSLATE_NOOP("Columns", "Target"), 18),
            ColumnSpec(
                "deadline_year",
                QT_TRANSLATE_NOOP("Columns", "Deadline"),
                lambda r: r["deadline_year"],
                edit=edit("deadline_year"),
                editor=EditorKind.YEAR,
                align=RIGHT,
                fmt=lambda lang, v: lang.year(v),
                bounds=(1990, 2100),
                width=8,
            ),
            text("wording", QT_TRANSLATE_NOOP("Columns", "Wording"), 30),
            ColumnSpec(
                "wording_visibility",
                QT_TRANSLATE_NOOP("Columns", "Wording visible to"),
                lambda r: r["wording_visibility"],
                edit=edit("wording_visibility"),
                editor=EditorKind.CHOICE,
                fmt=lambda lang, v: lang.enum_label("visibility", v),
                choices=enum_choices("visibility", Visibility),
                width=12,
            ),
            text("comment", QT_TRANSLATE_NOOP("Columns", "Comment"), 20),
        ),
        rows=rows,
        concerns=(e, "draft"),
        remove=remove,
        remove_text=lambda: QCoreApplication.translate("DetailPanel", "Remove from draft"),
    )


class _Nothing:
    """A command that changes nothing (removing a term that does not exist)."""

    def do(self, svc: ProjectService) -> Change:
        return NO_CHANGE

    undo = do

    def label(self, language: str = "nl") -> str:
        return ""


def _levels(row: dict[str, Any]) -> bool:
    return bool(row["criterion"].scale.get("type") == "levels")


def _level_choices(row: dict[str, Any]) -> list[tuple[float, str]] | None:
    """A levels criterion's estimate is picked from its levels (laag/middel/hoog)."""
    if not _levels(row):
        return None
    return [(float(lv["value"]), str(lv["label"])) for lv in row["criterion"].scale["levels"]]


def number(crit: Any, value: float | None, lang: CoreLanguage) -> str:
    """An estimate in the register's notation: amounts compact, one precision per criterion."""
    if value is None:
        return ""
    if is_euros(crit.unit):
        return money(value, lang)
    return num(value, lang, scale_decimals(crit.scale))


def assessments_config(measure_id: CurrentId) -> TableConfig:
    """The measure's low/best/high per criterion; missing stays missing."""
    e = "assessment"

    def rows(svc: ProjectData) -> list[dict[str, Any]]:
        mid = measure_id()
        if mid is None:
            return []
        given = {str(a["criterion_id"]): a for a in svc.rows(e, measure_id=mid)}
        out = []
        for c in criteria(svc):
            a = given.get(c.id)
            out.append(
                {
                    "id": str(a["id"]) if a else f"criterion:{c.id}",
                    "given": a is not None,
                    "criterion": c,
                    "measure_id": mid,
                    "rationale_visibility": a["visibility"] if a else None,
                    "row_version": a["row_version"] if a else None,
                    **{
                        f: (a[f] if a else None)
                        for f in ("low", "best", "high", "confidence", "rationale")
                    },
                }
            )
        return out

    def edit(field: str) -> Callable[[dict[str, Any], Any], Command | None]:
        def make(row: dict[str, Any], value: Any) -> Command | None:
            if value == row[field] or (value is None and not row["given"]):
                return None
            values: dict[str, Any] = {
                "measure_id": row["measure_id"],
                "criterion_id": row["criterion"].id,
            }
            version = version_of(row)  # as read: an edit over a newer figure is refused
            if field == "best" and _levels(row) and row["given"]:
                # A level is one verbal value: picking it sets low, best and high.
                return UpdateEntity(e, row["id"], {"low": value, "best": value, "high": value},
                                    version=version)
            if row["given"]:
                return UpdateEntity(e, row["id"], {field: value}, version=version)
            if field in ("low", "best", "high"):
                # A first estimate without a range: low = best = high.
                values.update(low=value, best=value, high=value)
            else:
                return None
            return CreateEntity(e, values)

        return make

    def estimate(field: str, header: str) -> ColumnSpec:
        def shown(lang: Language, r: dict[str, Any]) -> str:
            crit, v = r["criterion"], r[field]
            return crit.level_label(v) or number(crit, v, lang.code)

        return ColumnSpec(
            field,
            header,
            lambda r: r[field],
            edit=edit(field),
            editor=EditorKind.FLOAT,
            align=RIGHT,
            mark_missing=True,
            width=9,
            row_fmt=shown,
            row_choices=_level_choices,
        )

    return TableConfig(
        columns=lambda _svc: (
            ColumnSpec(
                "criterion",
                QT_TRANSLATE_NOOP("Columns", "Criterion"),
                lambda r: r["criterion"].name,
                width=20,
            ),
            estimate("low", QT_TRANSLATE_NOOP("Columns", "Low")),
            estimate("best", QT_TRANSLATE_NOOP("Columns", "Best")),
            estimate("high", QT_TRANSLATE_NOOP("Columns", "High")),
            ColumnSpec(
                "confidence",
                QT_TRANSLATE_NOOP("Columns", "Confidence"),
                lambda r: r["confidence"],
                edit=edit("confidence"),
                editor=EditorKind.CHOICE,
                fmt=lambda lang, v: lang.enum_label("confidence", v),
                choices=enum_choices("confidence", Confidence, optional=True),
                width=9,
            ),
            ColumnSpec(
                "rationale",
                QT_TRANSLATE_NOOP("Columns", "Rationale"),
                lambda r: r["rationale"],
                edit=edit("rationale"),
                editor=EditorKind.TEXT,
                width=30,
            ),
        ),
        rows=rows,
        concerns=(e, "criterion"),
        remove=lambda row: DeleteEntity(e, row["id"]) if row["given"] else _Nothing(),
        remove_text=lambda: QCoreApplication.translate("DetailPanel", "Remove assessment"),
    )
