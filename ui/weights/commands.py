"""The undoable edits of the weights page, built as core commands.

:func:`weight_commands` sets a profile's stored weights (updating existing
rows, creating missing ones); :func:`elicitation_macro` wraps them with the
profile's method and elicitation inputs in one :class:`Macro`, so a swing,
rank-order or AHP result is one undo step. Every update carries the row
version the page read (:func:`read_versions`), so a weight someone else
changed since is refused with their value instead of silently overwritten.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from workbench.analysis.data import Source
from workbench.analysis.views import profile_weights
from workbench.commands import Command, CreateEntity, Macro, UpdateEntity
from workbench.model.base import ROW_VERSION
from workbench.services import ProjectService

Versions = Mapping[str, int]  # row id -> the version the page read
# A weight the page never saw (someone else added it since): any write over it is stale.
UNSEEN = 0


def read_versions(source: Source, profile_id: str) -> dict[str, int]:
    """The versions of a profile and its weights as the page shows them."""
    rows = [*source.rows("weight_profile", id=profile_id),
            *source.rows("weight", profile_id=profile_id)]
    return {str(r["id"]): int(r[ROW_VERSION]) for r in rows}


def weight_commands(
    svc: ProjectService, profile_id: str, weights: Mapping[str, float], *, versions: Versions
) -> list[Command]:
    stored = profile_weights(svc, profile_id)
    cmds: list[Command] = []
    for key, w in weights.items():
        if key in stored:
            wid, old = stored[key]
            if abs(old - w) > 1e-12:
                cmds.append(UpdateEntity("weight", wid, {"weight": float(w)},
                                         version=versions.get(wid, UNSEEN)))
        else:
            cid = svc.id_for("criterion", key)
            cmds.append(
                CreateEntity(
                    "weight", {"profile_id": profile_id, "criterion_id": cid, "weight": float(w)}
                )
            )
    return cmds


def single_weight(
    svc: ProjectService, profile_id: str, key: str, weight: float, *, versions: Versions
) -> Command | None:
    cmds = weight_commands(svc, profile_id, {key: weight}, versions=versions)
    return cmds[0] if cmds else None


def elicitation_macro(
    svc: ProjectService,
    profile_id: str,
    weights: Mapping[str, float],
    method: str,
    elicitation: dict[str, Any],
    label: tuple[str, str],
    *,
    versions: Versions,
) -> Macro:
    cmds = weight_commands(svc, profile_id, weights, versions=versions)
    cmds.append(
        UpdateEntity("weight_profile", profile_id, {"method": method, "elicitation": elicitation},
                     version=versions.get(profile_id, UNSEEN))
    )
    return Macro(label, cmds)


def save_as_profile(
    svc: ProjectService,
    source_id: str,
    name: str,
    weights: Mapping[str, float],
    label: tuple[str, str],
) -> Macro:
    """A new profile (a copy of `source_id`'s party and visibility) with `weights`: one step."""
    src = svc.get("weight_profile", source_id)
    taken = {str(r["key"]) for r in svc.rows("weight_profile")}
    stem = f"{src['key']}_wat_als"
    key = next(k for n in range(1, len(taken) + 2) if (k := f"{stem}{n}") not in taken)
    profile = CreateEntity(
        "weight_profile",
        {
            "key": key,
            "name": name,
            "stakeholder_id": src["stakeholder_id"],
            "method": "direct",
            "visibility": src["visibility"],
        },
    )
    cmds: list[Command] = [profile]
    for crit, w in weights.items():
        cid = svc.id_for("criterion", crit)
        if cid is not None and w > 0:
            cmds.append(
                CreateEntity(
                    "weight", {"profile_id": profile.id, "criterion_id": cid, "weight": float(w)}
                )
            )
    return Macro(label, cmds)
