"""The stored vocabularies and the calculator's agree, so nothing stored is refused later."""

from __future__ import annotations

from workbench.health import Agent
from workbench.health import Substance as HealthSubstance
from workbench.i18n.catalog import LABELS
from workbench.model import (
    Confidence,
    CriterionKind,
    ExposureAgent,
    Origin,
    Payer,
    Status,
    Substance,
    Theme,
    Visibility,
)


def test_exposure_agents_match_the_health_calculator() -> None:
    assert [a.value for a in ExposureAgent] == [a.value for a in Agent]


def test_substances_match_the_health_calculator() -> None:
    assert [s.value for s in Substance] == [s.value for s in HealthSubstance]


def test_every_enumeration_value_has_a_dutch_and_english_label() -> None:
    prefixes = {Theme: "theme", Status: "status", Origin: "origin", Payer: "payer",
                Visibility: "visibility", CriterionKind: "kind", Confidence: "confidence"}
    missing = [f"{p}.{m.value}" for enum, p in prefixes.items() for m in enum
               if f"{p}.{m.value}" not in LABELS]
    assert missing == []
    assert all(nl and en for nl, en in LABELS.values())
