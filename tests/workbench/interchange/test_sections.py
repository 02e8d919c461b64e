"""The format covers the whole model: a new entity must get a section here."""

from __future__ import annotations

from workbench.interchange.sections import KEY_LISTS, SECTIONS, TOP_KEYS
from workbench.model import ENTITIES


def test_every_entity_travels_in_the_interchange() -> None:
    covered = {s.entity for s in SECTIONS.values()} | {"weight"}  # weights: a key -> number map
    covered |= {link for lists in KEY_LISTS.values() for link, *_ in lists.values()}
    assert covered == set(ENTITIES)


def test_every_top_level_section_is_written() -> None:
    top = {name for name in SECTIONS if "." not in name}
    assert top <= set(TOP_KEYS)
