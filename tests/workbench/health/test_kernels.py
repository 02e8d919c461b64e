"""The formulas of health-method.md against the check values it publishes.

Sources: BEST-COST ``healthiar``'s own test (RR 1.08 per 10, exposure 20,
cut-off 5 -> 1.1224), the WHO Environmental Noise Guidelines 2018 reference
points (%HA(55) = 10.99, %HA(60) = 15.08, %HSD(45) = 2.93, %HSD(50) = 4.25),
and the WHO unit risk for BaP (0.12 ng/m3 ~ 1 in 100,000 lifetime).
"""

from __future__ import annotations

import numpy as np
import pytest

from workbench.health import ParameterKey, ParameterSet, kernels

K = ParameterKey


def ha(level: float, p: ParameterSet) -> float:
    return float(
        kernels.noise_percentage(
            level,
            p.value(K.NOISE_HA_INTERCEPT),
            p.value(K.NOISE_HA_LINEAR),
            p.value(K.NOISE_HA_QUADRATIC),
        )
    )


def hsd(level: float, p: ParameterSet) -> float:
    return float(
        kernels.noise_percentage(
            level,
            p.value(K.NOISE_HSD_INTERCEPT),
            p.value(K.NOISE_HSD_LINEAR),
            p.value(K.NOISE_HSD_QUADRATIC),
        )
    )


def test_healthiar_rescaling_check_1_1224() -> None:
    rr = float(kernels.rr_at(1.08, 10.0, exposure=20.0, cutoff=5.0))
    assert round(rr, 4) == 1.1224
    assert rr == pytest.approx(1.08**1.5)


def test_exposure_below_cutoff_has_no_excess_risk() -> None:
    assert float(kernels.rr_at(1.08, 10.0, exposure=4.0, cutoff=5.0)) == 1.0


@pytest.mark.parametrize(("level", "percent"), [(55.0, 10.99), (60.0, 15.08)])
def test_noise_highly_annoyed_reference_points(
    level: float, percent: float, defaults: ParameterSet
) -> None:
    assert round(ha(level, defaults), 2) == percent


@pytest.mark.parametrize(("level", "percent"), [(45.0, 2.93), (50.0, 4.25)])
def test_noise_highly_sleep_disturbed_reference_points(
    level: float, percent: float, defaults: ParameterSet
) -> None:
    assert round(hsd(level, defaults), 2) == percent


def test_noise_curve_is_floored_at_its_minimum(defaults: ParameterSet) -> None:
    # The fitted quadratic turns upward below 3.1162 / (2 x 0.0342) = 45.56 dB;
    # quieter than that must not count as *more* annoyance.
    vertex = 3.1162 / (2 * 0.0342)
    assert ha(30.0, defaults) == pytest.approx(ha(vertex, defaults))
    assert ha(40.0, defaults) <= ha(50.0, defaults)


def test_bap_unit_risk_0_12_ng_is_one_in_100_000(defaults: ParameterSet) -> None:
    lifetime = float(
        kernels.unit_risk_lifetime_avoided(100_000, -0.12, defaults.value(K.BAP_UNIT_RISK))
    )
    assert lifetime == pytest.approx(1.0, rel=0.05)


def test_log_linear_is_signed_and_vectorised() -> None:
    slope = kernels.beta(1.08, 10.0)
    out = kernels.log_linear_avoided(1000.0, 0.01, slope, np.array([-1.0, 0.0, 1.0]))
    assert out[0] > 0  # a fall avoids cases
    assert out[1] == 0.0
    assert out[2] < 0  # a rise adds them
    # A rise costs more cases than the same fall avoids (convex exp).
    assert -out[2] > out[0]


def test_counted_change_only_counts_above_the_cutoff() -> None:
    # NO2 from 25 to 15 with a 20 cut-off: only the 5 above 20 count.
    assert float(kernels.counted_change(-10.0, 25.0, 20.0)) == -5.0
    assert float(kernels.counted_change(-5.0, 18.0, 20.0)) == 0.0


def test_emission_value_is_tonnes_times_1000_times_price() -> None:
    assert float(kernels.emission_value(-2.0, 81.2)) == pytest.approx(162_400.0)
