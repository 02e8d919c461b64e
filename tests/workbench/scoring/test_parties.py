from __future__ import annotations

import numpy as np
import pytest

from workbench.scoring import (
    Positions,
    ScoringError,
    common_top_k,
    kendall_tau,
    measure_flags,
    package_violations,
    rank_additive,
    red_line_sets,
    tau_matrix,
)

from ._builders import benefit_matrix

MEASURES = ("M1", "M2", "M3", "M4", "M5")
PARTIES = ("Velsen", "Tata", "Provincie")


def _positions() -> Positions:
    return Positions.from_records(
        MEASURES,
        PARTIES,
        [
            ("M1", "Velsen", 2, True),      # Velsen insists on M1
            ("M1", "Tata", 1, False),
            ("M2", "Velsen", 1, False),
            ("M2", "Tata", -2, True),       # Tata refuses M2 -> blocked
            ("M3", "Velsen", 1, False),
            ("M3", "Provincie", -1, False),  # against, no red line -> contested
            ("M4", "Tata", 0, False),        # only neutral -> open
        ],
    )


def test_measure_flags_follow_the_documented_rule() -> None:
    flags = {s.code: s for s in measure_flags(_positions())}
    assert flags["M1"].flag == "consensus" and flags["M1"].insisting == ("Velsen",)
    assert flags["M2"].flag == "blocked" and flags["M2"].refusing == ("Tata",)
    assert flags["M3"].flag == "contested" and flags["M3"].opponents == ("Provincie",)
    assert flags["M4"].flag == "open"
    assert flags["M5"].flag == "open"


def test_package_violations_name_party_and_measures() -> None:
    positions = _positions()
    violations = package_violations(positions, ["M2", "M3"])
    by_party = {v.party: v for v in violations}
    assert set(by_party) == {"Velsen", "Tata"}
    assert by_party["Velsen"].insisted_missing == ("M1",)
    assert by_party["Tata"].refused_included == ("M2",)
    assert package_violations(positions, ["M1", "M3"]) == ()
    assert red_line_sets(positions, "Velsen") == (frozenset({"M1"}), frozenset())


def test_red_line_without_a_signed_stance_is_refused() -> None:
    with pytest.raises(ScoringError) as caught:
        Positions.from_records(MEASURES, PARTIES, [("M1", "Tata", 0, True)])
    assert caught.value.key == "red_line_neutral"
    with pytest.raises(ScoringError):
        Positions.from_records(MEASURES, PARTIES, [("M1", "Tata", 3, False)])


def test_kendall_tau_between_profiles() -> None:
    m = benefit_matrix([[9, 1], [7, 3], [5, 5], [3, 7], [1, 9]])
    ours = rank_additive(m, [1, 0])
    theirs = rank_additive(m, [0, 1])
    assert kendall_tau(ours, ours) == pytest.approx(1.0)
    assert kendall_tau(ours, theirs) == pytest.approx(-1.0)
    names, tau = tau_matrix({"ours": ours, "theirs": theirs})
    assert names == ("ours", "theirs") and tau[0, 1] == pytest.approx(-1.0)
    assert np.allclose(np.diag(tau), 1.0)


def test_common_top_k() -> None:
    m = benefit_matrix([[9, 1], [8, 8], [5, 5], [1, 9]])
    profiles = {"a": rank_additive(m, [1, 0]), "b": rank_additive(m, [0, 1])}
    assert common_top_k(profiles, 2) == ("A2",)
    assert set(common_top_k(profiles, 4)) == {"A1", "A2", "A3", "A4"}


def test_common_top_k_never_holds_an_incomplete_measure() -> None:
    # Only A1 and A2 are complete; A3's rank 3 (first of the incomplete group)
    # is within k = 3 but it has no score to be "in the top" with.
    m = benefit_matrix([[9, 8], [8, 9], [10, float("nan")]])
    profiles = {"a": rank_additive(m, [0.5, 0.5]), "b": rank_additive(m, [0.4, 0.6])}
    assert profiles["a"].ranks.tolist() == [1, 1, 3]
    assert common_top_k(profiles, 3) == ("A1", "A2")
