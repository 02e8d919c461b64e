"""Conflicts: what a merge could not decide, and how each one is settled.

A conflict names a row (entity, id, the user's code for it) and a field
("" for a whole row: edited on one side, deleted on the other), with the
ancestor's, our and their value, who changed each side and when, and its
status: ``open`` (our value stays in place until someone decides),
``ours``, ``theirs`` or ``edited``. Open conflicts are kept in the project
option ``merge.conflicts`` as plain JSON, so they survive saving and
reopening and can be settled later from the GUI or ``workbench resolve``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from dataclasses import field as dc_field
from typing import Any, Literal

Kind = Literal["field", "edit_delete", "delete_edit", "key", "rule"]
Status = Literal["open", "ours", "theirs", "edited"]
STATUSES: tuple[str, ...] = ("open", "ours", "theirs", "edited")
KINDS: tuple[str, ...] = ("field", "edit_delete", "delete_edit", "key", "rule")


@dataclass(frozen=True)
class Conflict:
    entity: str
    row_id: str
    code: str
    field: str
    kind: Kind
    base: Any
    ours: Any
    theirs: Any
    status: Status = "open"
    value: Any = None  # the chosen value when `edited`
    ours_by: str = ""
    ours_at: str = ""
    theirs_by: str = ""
    theirs_at: str = ""
    # edit_delete / delete_edit: the rows a "theirs" choice restores ([entity, row], ...)
    rows: tuple[tuple[str, dict[str, Any]], ...] = ()
    # rule: why their value could not be applied, {"nl": ..., "en": ...}
    message: dict[str, str] = dc_field(default_factory=dict)

    @property
    def key(self) -> str:
        return f"{self.entity}:{self.row_id}:{self.field}"

    def decided(self, status: Status, value: Any = None) -> Conflict:
        return replace(self, status=status, value=value)

    def plain(self) -> dict[str, Any]:
        out = asdict(self)
        out["rows"] = [[e, r] for e, r in self.rows]
        return out

    def public(self) -> dict[str, Any]:
        """The stable JSON of the command line (see docs/merge.md)."""
        return {
            "entity": self.entity,
            "code": self.code,
            "field": self.field,
            "kind": self.kind,
            "base": self.base,
            "ours": self.ours,
            "theirs": self.theirs,
            "status": self.status,
            "ours_by": self.ours_by,
            "ours_at": self.ours_at,
            "theirs_by": self.theirs_by,
            "theirs_at": self.theirs_at,
        }


def from_plain(data: Any) -> Conflict | None:
    """A conflict from the stored option, or None if the entry is not one."""
    if not isinstance(data, dict):
        return None
    try:
        rows = tuple((str(e), dict(r)) for e, r in data.get("rows") or ())
        status = data.get("status", "open")
        kind = data.get("kind", "field")
        return Conflict(
            entity=str(data["entity"]),
            row_id=str(data["row_id"]),
            code=str(data.get("code", "")),
            field=str(data.get("field", "")),
            kind=kind if kind in KINDS else "field",
            base=data.get("base"),
            ours=data.get("ours"),
            theirs=data.get("theirs"),
            status=status if status in STATUSES else "open",
            value=data.get("value"),
            ours_by=str(data.get("ours_by", "")),
            ours_at=str(data.get("ours_at", "")),
            theirs_by=str(data.get("theirs_by", "")),
            theirs_at=str(data.get("theirs_at", "")),
            rows=rows,
            message={str(k): str(v) for k, v in (data.get("message") or {}).items()},
        )
    except (KeyError, TypeError, ValueError):
        return None


def load(value: Any) -> list[Conflict]:
    """The open conflicts kept in the project option."""
    if not isinstance(value, list):
        return []
    found = (from_plain(v) for v in value)
    return [c for c in found if c is not None and c.status == "open"]


def dump(conflicts: list[Conflict]) -> list[dict[str, Any]]:
    return [c.plain() for c in conflicts if c.status == "open"]
