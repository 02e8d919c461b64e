"""Method choices: which relative risk drives PM2.5 and NO2 mortality.

The reference offers alternatives (Chen & Hoek or HRAPIE for PM2.5; the
overlap-adjusted COMEAP, the full WHO or the HRAPIE risk above 20 µg/m³ for
NO2). A :class:`MethodOptions` names the choice by parameter key, so a result
can say exactly which coefficient it used. The default pairs PM2.5 1.08 with
the overlap-adjusted NO2 1.01, the only pairing whose deaths may be summed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .parameters import ParameterKey

PM25_MORTALITY_CHOICES: tuple[ParameterKey, ...] = (
    ParameterKey.RR_PM25_MORTALITY,
    ParameterKey.RR_PM25_MORTALITY_HRAPIE,
)
NO2_MORTALITY_CHOICES: tuple[ParameterKey, ...] = (
    ParameterKey.RR_NO2_MORTALITY_ADJUSTED,
    ParameterKey.RR_NO2_MORTALITY,
    ParameterKey.RR_NO2_MORTALITY_HRAPIE,
)

# Relative risks that only count exposure above a threshold, and the
# parameter holding that threshold.
CUTOFF_OF_RR: Mapping[ParameterKey, ParameterKey] = {
    ParameterKey.RR_NO2_MORTALITY_HRAPIE: ParameterKey.CUTOFF_NO2_HRAPIE,
}


@dataclass(frozen=True, slots=True)
class MethodOptions:
    """Which relative risk to use for each mortality pathway.

    A NO2 risk other than the overlap-adjusted one is refused for a measure
    that also changes PM2.5, because the two death counts would then overlap.
    """

    pm25_mortality_rr: ParameterKey = ParameterKey.RR_PM25_MORTALITY
    no2_mortality_rr: ParameterKey = ParameterKey.RR_NO2_MORTALITY_ADJUSTED
