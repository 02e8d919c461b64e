"""Table configurations of the simple entity tabs: criteria, parties, profiles, packages.

Each function returns a :class:`~ui.tables.panel.TableConfig`: columns from
specs, rows from :meth:`ProjectData.rows` (what the audience sees), and the create/delete
commands behind the Add and Remove buttons.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from ui.i18n import QT_TRANSLATE_NOOP
from ui.models.columns import (
    CENTER,
    HEADERS,
    RIGHT,
    ColumnSpec,
    EditorKind,
    bool_column,
    choice_column,
    field_of,
    text_column,
    update,
)
from ui.tables.panel import TableConfig
from workbench.analysis.data import ProjectData
from workbench.commands import Command, CreateEntity, DeleteEntity, UpdateEntity
from workbench.model import (
    CriterionKind,
    Direction,
    StakeholderKind,
    Visibility,
    WeightMethod,
)
from workbench.services import ProjectService
from workbench.services.fields import KEY_FIELD

# The advanced key column's header says what the key is for.
KEY_HEADER = QT_TRANSLATE_NOOP("Columns", "Key (command line)")

SCALE_TYPES = {
    "linear": QT_TRANSLATE_NOOP("Columns", "linear"),
    "piecewise": QT_TRANSLATE_NOOP("Columns", "piecewise"),
    "levels": QT_TRANSLATE_NOOP("Columns", "levels"),
}


def scale_type_text(_lang: object, value: str) -> str:
    """The translated name of a scale type (an unknown one as stored)."""
    return QCoreApplication.translate("Columns", SCALE_TYPES.get(value, value))


def free_key(svc: ProjectService, entity: str, stem: str) -> str:
    """A user-facing key not yet taken: stem1, stem2, ..."""
    field = KEY_FIELD[entity]
    taken = {str(r[field]) for r in svc.rows(entity)}
    n = 1
    while f"{stem}{n}" in taken:
        n += 1
    return f"{stem}{n}"


def remover(entity: str) -> Callable[[Any], Command]:
    return lambda row: DeleteEntity(entity, str(row["id"]))


def visibility_column(
    entity: str, field: str = "visibility", header: str | None = None
) -> ColumnSpec:
    return choice_column(
        entity, field, header or HEADERS["visibility"], "visibility", Visibility, width=12
    )


def key_column(entity: str) -> ColumnSpec:
    """The key the command line and the files use: an advanced column, last and hidden
    until the user asks for it (right-click on the header), never the first thing seen."""
    spec = text_column(entity, "key", KEY_HEADER, width=14)
    return replace(
        spec,
        tooltip=lambda _lang, _v: QCoreApplication.translate(
            "Tables", "The key names this row on the command line and in files."
        ),
    )


def criteria_config() -> TableConfig:
    e = "criterion"

    def columns(_svc: ProjectData) -> tuple[ColumnSpec, ...]:
        return (
            text_column(e, "name", HEADERS["name"], width=24),
            choice_column(e, "kind", QT_TRANSLATE_NOOP("Columns", "Kind"), "kind", CriterionKind),
            text_column(e, "unit", QT_TRANSLATE_NOOP("Columns", "Unit"), width=12),
            choice_column(
                e,
                "direction",
                QT_TRANSLATE_NOOP("Columns", "Direction"),
                "direction",
                Direction,
                width=16,
            ),
            ColumnSpec(
                key="scale",
                header=QT_TRANSLATE_NOOP("Columns", "Scale"),
                getter=lambda r: r["scale"].get("type"),
                fmt=scale_type_text,
                width=10,
            ),
            text_column(e, "description", HEADERS["description"], width=40),
            key_column(e),
        )

    def add(svc: ProjectService) -> Command:
        return CreateEntity(
            e,
            {
                "key": free_key(svc, e, "criterium"),
                "name": QCoreApplication.translate("Tables", "New criterion"),
                "scale": {"type": "linear", "worst": 0, "best": 1},
            },
        )

    return TableConfig(
        columns=columns,
        rows=lambda svc: svc.rows(e),
        concerns=(e,),
        add=add,
        remove=remover(e),
        add_text=lambda: QCoreApplication.translate("Tables", "&Add criterion"),
        remove_text=lambda: QCoreApplication.translate("Tables", "&Remove criterion"),
        advanced=("key",),
    )


def parties_config() -> TableConfig:
    e = "stakeholder"

    def columns(_svc: ProjectData) -> tuple[ColumnSpec, ...]:
        return (
            text_column(e, "name", HEADERS["name"], width=30),
            choice_column(
                e, "kind", QT_TRANSLATE_NOOP("Columns", "Kind"), "stakeholder", StakeholderKind
            ),
            bool_column(
                e, "coalition", QT_TRANSLATE_NOOP("Columns", "Coalition partner"), width=12
            ),
            text_column(e, "notes", QT_TRANSLATE_NOOP("Columns", "Notes"), width=40),
            visibility_column(
                e, "notes_visibility", QT_TRANSLATE_NOOP("Columns", "Notes visible to")
            ),
            key_column(e),
        )

    def add(svc: ProjectService) -> Command:
        return CreateEntity(
            e,
            {
                "key": free_key(svc, e, "partij"),
                "name": QCoreApplication.translate("Tables", "New party"),
            },
        )

    return TableConfig(
        columns=columns,
        rows=lambda svc: svc.rows(e),
        concerns=(e,),
        add=add,
        remove=remover(e),
        add_text=lambda: QCoreApplication.translate("Tables", "&Add party"),
        remove_text=lambda: QCoreApplication.translate("Tables", "&Remove party"),
        advanced=("key",),
    )


def party_column(svc: ProjectData, entity: str, field: str, header: str) -> ColumnSpec:
    """A reference to a party, chosen from the project's parties (or none)."""
    names = {str(r["id"]): str(r["name"]) for r in svc.rows("stakeholder")}
    return ColumnSpec(
        key=field,
        header=header,
        getter=lambda r: field_of(r, field),
        edit=update(entity, field),
        editor=EditorKind.CHOICE,
        fmt=lambda _l, v: names.get(v, "") if v else "",
        choices=lambda _l: [(None, "—"), *names.items()],
        width=22,
    )


def profiles_config() -> TableConfig:
    e = "weight_profile"

    def columns(svc: ProjectData) -> tuple[ColumnSpec, ...]:
        return (
            text_column(e, "name", HEADERS["name"], width=28),
            party_column(
                svc, e, "stakeholder_id", QT_TRANSLATE_NOOP("Columns", "Estimate of party")
            ),
            choice_column(
                e,
                "method",
                QT_TRANSLATE_NOOP("Columns", "Method"),
                "method",
                WeightMethod,
                width=14,
            ),
            visibility_column(e),
            text_column(e, "description", HEADERS["description"], width=36),
            key_column(e),
        )

    def add(svc: ProjectService) -> Command:
        return CreateEntity(
            e,
            {
                "key": free_key(svc, e, "weging"),
                "name": QCoreApplication.translate("Tables", "New profile"),
            },
        )

    return TableConfig(
        columns=columns,
        rows=lambda svc: svc.rows(e),
        concerns=(e, "stakeholder"),
        add=add,
        remove=remover(e),
        add_text=lambda: QCoreApplication.translate("Tables", "&Add profile"),
        remove_text=lambda: QCoreApplication.translate("Tables", "&Remove profile"),
        advanced=("key",),
    )


def weights_config(profile_id: Callable[[], str | None]) -> TableConfig:
    """The weight per criterion in the selected profile; a missing weight stays blank."""

    def rows(svc: ProjectData) -> list[dict[str, Any]]:
        pid = profile_id()
        if pid is None:
            return []
        given = {str(w["criterion_id"]): w for w in svc.rows("weight", profile_id=pid)}
        out = []
        for c in svc.rows("criterion"):
            w = given.get(str(c["id"]))
            out.append(
                {
                    "id": str(c["id"]),
                    "name": c["name"],
                    "profile_id": pid,
                    "weight": None if w is None else w["weight"],
                    "weight_id": None if w is None else str(w["id"]),
                    "weight_version": None if w is None else w["row_version"],
                }
            )
        return out

    def edit(row: dict[str, Any], value: Any) -> Command | None:
        if value is None or value == row["weight"]:
            return None
        if row["weight_id"] is None:
            return CreateEntity(
                "weight",
                {"profile_id": row["profile_id"], "criterion_id": row["id"], "weight": value},
            )
        # the weight's version as read: an edit over someone else's newer weight is refused
        version = row["weight_version"]
        return UpdateEntity("weight", row["weight_id"], {"weight": value},
                            version=None if version is None else int(version))

    def columns(_svc: ProjectData) -> tuple[ColumnSpec, ...]:
        return (
            ColumnSpec(
                "name", QT_TRANSLATE_NOOP("Columns", "Criterion"), lambda r: r["name"], width=28
            ),
            ColumnSpec(
                "weight",
                QT_TRANSLATE_NOOP("Columns", "Weight"),
                lambda r: r["weight"],
                edit=edit,
                editor=EditorKind.FLOAT,
                align=RIGHT,
                fmt=lambda lang, v: lang.number(v),
                bounds=(0.0, 1e6),
                mark_missing=True,
                width=10,
            ),
        )

    return TableConfig(
        columns=columns,
        rows=rows,
        concerns=("weight", "criterion"),
        title=lambda: QCoreApplication.translate("Tables", "Weights of the selected profile"),
    )


def packages_config() -> TableConfig:
    e = "package"

    def columns(_svc: ProjectData) -> tuple[ColumnSpec, ...]:
        # No key column: a package is known by its name here; the key (for the
        # command line) is chosen free when the package is added.
        return (
            text_column(e, "name", HEADERS["name"], width=30),
            visibility_column(e),
            text_column(e, "description", HEADERS["description"], width=40),
        )

    def add(svc: ProjectService) -> Command:
        return CreateEntity(
            e,
            {
                "key": free_key(svc, e, "pakket"),
                "name": QCoreApplication.translate("Tables", "New package"),
            },
        )

    return TableConfig(
        columns=columns,
        rows=lambda svc: svc.rows(e),
        concerns=(e,),
        add=add,
        remove=remover(e),
        add_text=lambda: QCoreApplication.translate("Tables", "&Add package"),
        remove_text=lambda: QCoreApplication.translate("Tables", "&Remove package"),
    )


def members_config(package_id: Callable[[], str | None]) -> TableConfig:
    """Every measure with a check box: is it in the selected package?"""

    def rows(svc: ProjectData) -> list[dict[str, Any]]:
        pid = package_id()
        if pid is None:
            return []
        member = {
            str(m["measure_id"]): str(m["id"]) for m in svc.rows("package_member", package_id=pid)
        }
        return [
            {
                "id": str(m["id"]),
                "code": m["code"],
                "title": m["title"],
                "visibility": m["visibility"],
                "package_id": pid,
                "member_id": member.get(str(m["id"])),
            }
            for m in svc.rows("measure")
        ]

    def edit(row: dict[str, Any], value: Any) -> Command | None:
        if bool(value) == (row["member_id"] is not None):
            return None
        if value:
            return CreateEntity(
                "package_member", {"package_id": row["package_id"], "measure_id": row["id"]}
            )
        return DeleteEntity("package_member", row["member_id"])

    def columns(_svc: ProjectData) -> tuple[ColumnSpec, ...]:
        return (
            ColumnSpec(
                "member",
                QT_TRANSLATE_NOOP("Columns", "In package"),
                lambda r: r["member_id"] is not None,
                edit=edit,
                editor=EditorKind.BOOL,
                align=CENTER,
                fmt=lambda _l, _v: "",
                width=9,
            ),
            ColumnSpec("code", HEADERS["code"], lambda r: r["code"], width=8),
            ColumnSpec("title", HEADERS["title"], lambda r: r["title"], width=40),
        )

    return TableConfig(
        columns=columns,
        rows=rows,
        concerns=("package_member", "measure", "package"),
        title=lambda: QCoreApplication.translate("Tables", "Measures in the selected package"),
    )
