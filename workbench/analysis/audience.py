"""Who may see what: the one confidentiality rule of the workbench.

Every free-text field and every position carries a visibility (``public``,
``partners`` or ``internal``). :func:`may_see` decides whether an audience may
see an item of a visibility; :data:`RULES` says, per entity, which column
decides whether a *row* exists for an audience and which columns decide
whether a *text* may be read. :class:`~workbench.analysis.data.ProjectData`
applies these rules once, when it reads the project, so everything built on
it (the analysis, the GUI's pages in meeting mode, the workbook and the
paper) starts from data its audience may see. No page, writer or message
decides visibility on its own.

Fields without a visibility are structural and shared with every audience
by design: the project title and team, criterion keys, names, units and
scales, population groups and the health parameters' values (see
docs/confidentiality.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Audience = Literal["internal", "partners", "public"]
AUDIENCES: tuple[Audience, ...] = ("internal", "partners", "public")

ALLOWED: dict[Audience, frozenset[str]] = {
    "internal": frozenset({"public", "partners", "internal"}),
    "partners": frozenset({"public", "partners"}),
    "public": frozenset({"public"}),
}


def may_see(audience: Audience, visibility: object) -> bool:
    """Whether `audience` may see an item of this visibility (None or unknown: internal)."""
    value = getattr(visibility, "value", visibility)
    return str(value or "internal") in ALLOWED[audience]


def within(audience: Audience, ceiling: Audience) -> bool:
    """Whether `audience` sees no more than `ceiling` (an export made from a shared screen)."""
    return ALLOWED[audience] <= ALLOWED[ceiling]


def narrower(audience: Audience, ceiling: Audience) -> Audience:
    """`audience`, or `ceiling` when `audience` would see more than it."""
    return audience if within(audience, ceiling) else ceiling


def check_audience(value: str) -> Audience:
    """`value` as an audience, or a UserError naming the choices."""
    from workbench.i18n import UserError

    for a in AUDIENCES:
        if value == a:
            return a
    raise UserError("value.choice", where="--audience", got=value, choices=", ".join(AUDIENCES))


@dataclass(frozen=True)
class Rule:
    """How one entity's rows are filtered for an audience.

    ``row``: the column whose visibility decides whether the row exists at all
    (None: the row is as visible as the rows it belongs to). ``texts``: text
    column -> the column whose visibility decides whether it may be read (a
    text that may not be read becomes None, never "").
    """

    row: str | None = None
    texts: dict[str, str] = field(default_factory=dict)


RULES: dict[str, Rule] = {
    "measure": Rule(
        "visibility",
        {"description": "description_visibility", "statutory_baseline": "description_visibility"},
    ),
    "measure_note": Rule("visibility"),
    "source": Rule("visibility"),
    "assessment": Rule(None, {"rationale": "visibility"}),
    "stakeholder": Rule("visibility", {"notes": "notes_visibility"}),
    "position": Rule("visibility"),
    "weight_profile": Rule("visibility"),
    "package": Rule("visibility", {"description": "description_visibility"}),
    "draft": Rule("visibility", {"description": "description_visibility"}),
    "draft_term": Rule(None, {"wording": "wording_visibility", "comment": "comment_visibility"}),
    # draft clauses are as visible as their draft (the text the parties sent);
    # the team's comments and its measure-clause links carry their own visibility
    "draft_comment": Rule("visibility"),
    "clause_link": Rule("visibility"),
    "meeting": Rule(
        "visibility", {"notes": "notes_visibility", "decisions": "decisions_visibility"}
    ),
    "action_item": Rule("visibility"),
    # a promise by a party at a meeting: gone with its meeting or party, or by its own visibility
    "commitment": Rule("visibility"),
    "health_parameter": Rule(None, {"source": "source_visibility"}),
}

# Project options that carry text with a visibility ({"text": ..., "visibility": ...}).
TEXT_OPTIONS: frozenset[str] = frozenset({"paper_intro", "paper_stance"})
