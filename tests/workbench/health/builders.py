"""Small builders for health calculator inputs, so tests read like the reference."""

from __future__ import annotations

from workbench.health import ExposureChange, MeasureInput, PopulationGroup


def group(
    key: str = "ijm",
    size: float = 150_000,
    mortality: float = 0.0095,
    bronchitis: float | None = None,
) -> PopulationGroup:
    return PopulationGroup(key, key.upper(), size, mortality, bronchitis)


def exposure(
    agent: str,
    low: float,
    best: float | None = None,
    high: float | None = None,
    *,
    measure: str = "M01",
    population: str = "ijm",
    baseline: float | None = None,
    tonal: bool = False,
) -> ExposureChange:
    """An exposure change; a single number means low = best = high."""
    best = low if best is None else best
    high = best if high is None else high
    return ExposureChange(measure, population, agent, low, best, high, baseline, tonal)


def measure(*changes: ExposureChange, code: str = "M01", start: int | None = 2026) -> MeasureInput:
    return MeasureInput(code, start, tuple(changes))
