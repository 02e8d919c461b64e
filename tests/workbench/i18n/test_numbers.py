"""Numbers the Dutch way (issue 12): the paper's "€ 5,8 mld" and "€ 250 mln" everywhere,
the exact figure for a tooltip, and amounts as users type them ("300 mln")."""

from __future__ import annotations

import pytest

from workbench.i18n.numbers import money, money_exact, money_range, num, parse_money


def test_amounts_read_as_the_paper_writes_them() -> None:
    assert money(5_770_000_000, "nl") == "€ 5,8 mld"
    assert money(250_000_000, "nl") == "€ 250 mln"
    assert money(653_615, "nl") == "€ 653.615"
    assert money(5_770_000_000, "en") == "€5.8bn"
    assert money_range(4.5e9, 7.7e9, "nl") == "€ 4,5–7,7 mld"
    # both ends whole millions: no ",0" (one precision per range)
    assert money_range(30e6, 80e6, "nl") == "€ 30–80 mln"
    assert money_range(4e6, 10e6, "nl") == "€ 4–10 mln"
    assert money_range(2.5e6, 8e6, "nl") == "€ 2,5–8,0 mln"
    assert money_exact(5_770_000_000, "nl") == "€ 5.770.000.000"
    assert money_exact(5_770_000_000, "en") == "€5,770,000,000"


def test_numbers_use_the_dutch_decimal_comma() -> None:
    assert num(0.45, "nl", 2) == "0,45"
    assert num(1234.5, "nl", 1) == "1.234,5"
    assert num(-2.0, "nl", 0) == "−2"


@pytest.mark.parametrize(
    ("typed", "lang", "value"),
    [
        ("300 mln", "nl", 300e6),
        ("€ 1,2 mld", "nl", 1.2e9),
        ("1.5 mld", "nl", 1.5e9),
        ("300.000.000", "nl", 300e6),
        ("300000000", "nl", 300e6),
        ("250 miljoen", "nl", 250e6),
        ("1.5bn", "en", 1.5e9),
        ("300,000", "en", 300e3),
        ("3e8", "nl", None),
        ("veel", "nl", None),
    ],
)
def test_amounts_as_users_type_them(typed: str, lang: str, value: float | None) -> None:
    got = parse_money(typed, lang)  # type: ignore[arg-type]
    assert got == (None if value is None else pytest.approx(value))


def test_one_precision_per_criterion_column() -> None:
    from workbench.i18n.numbers import is_euros, scale_decimals

    # demo health criterion: linear 0..60 DALY/jaar -> one decimal (25,0 / 4,0 / 2,1)
    assert scale_decimals({"type": "linear", "worst": 0, "best": 60}) == 1
    assert scale_decimals({"type": "linear", "worst": 500_000_000, "best": 0}) == 0
    assert scale_decimals({"type": "linear", "worst": 0, "best": 1}) == 2
    assert scale_decimals({"type": "levels", "levels": []}) == 2
    assert is_euros("EUR") and is_euros(" € ") and not is_euros("DALY/jaar")


def test_an_estimate_has_one_precision_per_figure() -> None:
    """Issue 12: "0,0041 (0,00205–0,00615)" mixed 2 and 3 significant digits; every end
    now has two, and whole estimates stay whole."""
    from workbench.i18n.numbers import estimate, estimate_parts

    assert estimate(0.0041, 0.00206, 0.00614, "nl") == "0,0041 (0,0021–0,0061)"
    assert estimate(0.0041, 0.00206, 0.00614, "en") == "0.0041 (0.0021–0.0061)"
    assert estimate(4, 2, 7, "nl") == "4 (2–7)"
    assert estimate(2.5, 2.5, 2.5, "nl") == "2,5"  # no range where there is none
    assert estimate(0.0996, 0.05, 0.2, "nl") == "0,10 (0,050–0,20)"  # a carried digit
    # a table column's one precision instead
    assert estimate_parts(24.24, 10.2, 51, "nl", decimals=1) == ("24,2", "10,2–51,0")


def test_an_amount_and_its_range_share_one_unit() -> None:
    """Issue 12's "€ 2,1 mln (€ 653.615–€ 5,7 mln)" reads "€ 2,1 mln (€ 0,65–5,7 mln)"."""
    from workbench.i18n.numbers import money_estimate, money_sig

    assert money_estimate(2_100_000, 653_615, 5_700_000, "nl") == "€ 2,1 mln (€ 0,65–5,7 mln)"
    assert money_estimate(2_100_000, 653_615, 5_700_000, "en") == "€2.1m (€0.65–5.7m)"
    assert money_estimate(770e6, 510e6, 1.2e9, "nl") == "€ 770 mln (€ 510–1.200 mln)"
    assert money_sig(31.8e6, "nl") == "€ 32 mln" and money_sig(653_615, "nl") == "€ 650.000"
