"""The project's domain model: SQLAlchemy 2.x typed entities for DESIGN.md's vocabulary.

Import entities from here; :data:`ENTITIES` maps each entity name (the table
name, used in change records and the audit log) to its class.
"""

from __future__ import annotations

from workbench.model.agreement import (
    ActionItem,
    Draft,
    DraftTerm,
    Meeting,
    MeetingMeasure,
    MeetingParty,
    Package,
    PackageMember,
)
from workbench.model.base import Base, new_id
from workbench.model.criterion import Assessment, Criterion
from workbench.model.draft_text import (
    ClauseLevel,
    ClauseLink,
    ClauseLinkKind,
    DraftClause,
    DraftComment,
)
from workbench.model.enums import (
    Confidence,
    CriterionKind,
    Direction,
    ExposureAgent,
    LinkKind,
    Origin,
    Payer,
    Priority,
    ScaleType,
    StakeholderKind,
    Status,
    Substance,
    Theme,
    Visibility,
    WeightMethod,
)
from workbench.model.health import EmissionChange, ExposureChange, HealthParameter, Population
from workbench.model.measure import Measure, MeasureLink, MeasureNote, Source
from workbench.model.meta import AuditEntry, ProjectOption
from workbench.model.party import Position, Stakeholder, Weight, WeightProfile
from workbench.model.record import (
    AuditOrigin,
    Commitment,
    CommitmentStatus,
    MeetingKind,
    MeetingSnapshot,
)

ENTITIES: dict[str, type[Base]] = {
    cls.__tablename__: cls
    for cls in (
        Measure,
        MeasureNote,
        MeasureLink,
        Source,
        Criterion,
        Assessment,
        Stakeholder,
        Position,
        WeightProfile,
        Weight,
        Package,
        PackageMember,
        Draft,
        DraftTerm,
        DraftClause,
        DraftComment,
        ClauseLink,
        Meeting,
        MeetingParty,
        MeetingMeasure,
        ActionItem,
        Commitment,
        Population,
        ExposureChange,
        EmissionChange,
        HealthParameter,
    )
}

__all__ = [
    "ENTITIES",
    "ActionItem",
    "Assessment",
    "AuditEntry",
    "AuditOrigin",
    "Base",
    "ClauseLevel",
    "ClauseLink",
    "ClauseLinkKind",
    "Commitment",
    "CommitmentStatus",
    "Confidence",
    "Criterion",
    "CriterionKind",
    "Direction",
    "Draft",
    "DraftClause",
    "DraftComment",
    "DraftTerm",
    "EmissionChange",
    "ExposureAgent",
    "ExposureChange",
    "HealthParameter",
    "LinkKind",
    "Measure",
    "MeasureLink",
    "MeasureNote",
    "Meeting",
    "MeetingKind",
    "MeetingMeasure",
    "MeetingParty",
    "MeetingSnapshot",
    "Origin",
    "Package",
    "PackageMember",
    "Payer",
    "Population",
    "Position",
    "Priority",
    "ProjectOption",
    "ScaleType",
    "Source",
    "Stakeholder",
    "StakeholderKind",
    "Status",
    "Substance",
    "Theme",
    "Visibility",
    "Weight",
    "WeightMethod",
    "WeightProfile",
    "new_id",
]
