"""The change record every service call returns.

A frozen summary of what an operation touched: which entity kinds, which
ids, which were created or deleted. The GUI's dispatcher hands it to every
panel, which refreshes only when it is concerned.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Change:
    entities: frozenset[str] = field(default_factory=frozenset)
    ids: frozenset[str] = field(default_factory=frozenset)
    created: tuple[str, ...] = ()
    deleted: tuple[str, ...] = ()
    options: frozenset[str] = field(default_factory=frozenset)

    def __or__(self, other: Change) -> Change:
        return Change(
            entities=self.entities | other.entities,
            ids=self.ids | other.ids,
            created=self.created + other.created,
            deleted=self.deleted + other.deleted,
            options=self.options | other.options,
        )

    def touches(self, *entities: str) -> bool:
        return bool(self.entities.intersection(entities))

    @property
    def empty(self) -> bool:
        return not (self.entities or self.options)


NO_CHANGE = Change()
