"""Numbers and amounts the way a reader of the language writes them: one definition.

Every face of the analysis (the GUI's tables and chart axes, the CLI, the
workbook's labels and the paper) formats through these functions, so an
amount reads the same everywhere: Dutch ``1.234,5`` and ``€ 5,8 mld`` /
``€ 250 mln``, English ``1,234.5`` and ``€5.8bn`` / ``€250m``.
:func:`money_exact` gives the whole figure (for a tooltip beside the
compact one). :func:`parse_money` reads an amount as a user types it
("300 mln", "€ 1,2 mld", "300000000", "1.5bn").
"""

from __future__ import annotations

import math
import re

from workbench.i18n.catalog import Language

# (size, Dutch unit, English unit), largest first
SCALES: tuple[tuple[float, str, str], ...] = ((1e9, "mld", "bn"), (1e6, "mln", "m"))


def num(x: float | None, lang: Language, decimals: int | None = None) -> str:
    """A number in the language's format; `decimals` None picks a sensible precision."""
    if x is None or math.isnan(x):
        return "–"
    if math.isinf(x):
        return "∞" if x > 0 else "−∞"
    auto = decimals is None
    if decimals is None:
        ax = abs(x)
        decimals = 0 if ax >= 100 or float(x).is_integer() else 1 if ax >= 10 else 2
    text = f"{x:,.{decimals}f}"
    if auto and "." in text:
        text = text.rstrip("0").rstrip(".")
    if lang != "en":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text.replace("-", "−")


def money(x: float | None, lang: Language) -> str:
    """Euros, large amounts compact: ``€ 5,8 mld``, ``€ 250 mln`` / ``€5.8bn``, ``€250m``."""
    if x is None or math.isnan(x):
        return "–"
    ax = abs(x)
    for size, nl, en in SCALES:
        if ax >= size:
            scaled = x / size
            whole = ax >= 100 * size or abs(scaled - round(scaled)) < 0.05
            amount = num(scaled, lang, 0 if whole else 1)
            return f"€ {amount} {nl}" if lang != "en" else f"€{amount}{en}"
    return f"€ {num(x, lang, 0)}" if lang != "en" else f"€{num(x, lang, 0)}"


def money_range(lo: float, hi: float, lang: Language) -> str:
    """A range of euros in one unit: ``€ 4,5–7,7 mld`` / ``€4.5–7.7bn``."""
    top = max(abs(lo), abs(hi))
    for size, nl, en in SCALES:
        if top >= size:
            # one precision for both ends: whole units when both are ("€ 30–80 mln")
            whole = top >= 100 * size or all(
                abs(v / size - round(v / size)) < 0.05 for v in (lo, hi)
            )
            a, b = (num(v / size, lang, 0 if whole else 1) for v in (lo, hi))
            return f"€ {a}–{b} {nl}" if lang != "en" else f"€{a}–{b}{en}"
    a, b = num(lo, lang, 0), num(hi, lang, 0)
    return f"€ {a}–{b}" if lang != "en" else f"€{a}–{b}"


def _sig_decimals(x: float, digits: int) -> int:
    """Decimals that show `x` with `digits` significant digits (none from 10**digits up)."""
    ax = abs(x)
    if ax == 0 or math.isnan(ax) or math.isinf(ax):
        return 0
    return max(0, digits - 1 - math.floor(math.log10(ax)))


def _sig_text(x: float, lang: Language, digits: int) -> str:
    """`x` rounded to `digits` significant digits, in the language's format."""
    if x == 0 or math.isnan(x) or math.isinf(x):
        return num(x, lang, 0)
    ax = abs(x)
    places = digits - 1 - math.floor(math.log10(ax))
    rounded = round(x, places)
    if places < 0:  # 653.615 -> 650.000: the figure is no more precise than that
        return num(rounded, lang, 0)
    # rounding can carry a digit (0,0996 -> 0,10): recount on the rounded figure
    return num(rounded, lang, _sig_decimals(rounded, digits) if rounded else places)


ESTIMATE_DIGITS = 2


def num_sig(x: float | None, lang: Language, digits: int = ESTIMATE_DIGITS) -> str:
    """A number rounded to `digits` significant digits: ``0,0041``, ``21``, ``250``."""
    return "–" if x is None or math.isnan(x) else _sig_text(x, lang, digits)


def estimate_parts(
    best: float,
    low: float,
    high: float,
    lang: Language,
    digits: int = ESTIMATE_DIGITS,
    decimals: int | None = None,
) -> tuple[str, str]:
    """An estimate's best figure and its "low–high" range, each end in one precision.

    Every end has `digits` significant digits (``0,0041`` and ``0,0021–0,0062``,
    not ``0,00205–0,00615``); when all three are whole numbers they print whole
    (``4`` and ``2–7``). With `decimals` (a table column's one precision) every
    end has those decimals instead (``24,2`` and ``10,2–51,0``).
    """
    if decimals is not None:
        a, b, c = (num(v, lang, decimals) for v in (best, low, high))
        return a, f"{b}–{c}"
    if all(float(v).is_integer() and abs(v) < 10**digits for v in (best, low, high)):
        return num(best, lang, 0), f"{num(low, lang, 0)}–{num(high, lang, 0)}"
    a, b, c = (_sig_text(v, lang, digits) for v in (best, low, high))
    return a, f"{b}–{c}"


def estimate(
    best: float, low: float, high: float, lang: Language, digits: int = ESTIMATE_DIGITS
) -> str:
    """An estimate as one figure: ``2,3 (1,1–4,2)``; the range left out when there is none."""
    a, rng = estimate_parts(best, low, high, lang, digits)
    return a if low == best == high else f"{a} ({rng})"


def _money_scale(x: float) -> tuple[float, str, str]:
    for size, nl, en in SCALES:
        if abs(x) >= size:
            return size, nl, en
    return 1.0, "", ""


def money_sig(x: float | None, lang: Language, digits: int = ESTIMATE_DIGITS) -> str:
    """Euros with `digits` significant digits: ``€ 32 mln``, ``€ 650.000`` / ``€32m``."""
    if x is None or math.isnan(x):
        return "–"
    size, nl, en = _money_scale(x)
    return _euros(_sig_text(x / size, lang, digits), nl, en, lang)


def _euros(amount: str, nl: str, en: str, lang: Language) -> str:
    if lang == "en":
        return f"€{amount}{en}"
    return f"€ {amount} {nl}".rstrip()


def money_estimate_parts(
    best: float, low: float, high: float, lang: Language, digits: int = ESTIMATE_DIGITS
) -> tuple[str, str]:
    """An amount's best figure and range in the best figure's unit, one precision per end.

    ``€ 2,1 mln`` and ``€ 0,65–5,7 mln`` (not ``€ 653.615–€ 5,7 mln``); in English
    ``€2.1m`` and ``€0.65–5.7m``.
    """
    size, nl, en = _money_scale(best or max(abs(low), abs(high)))
    a, b, c = (_sig_text(v / size, lang, digits) for v in (best, low, high))
    return _euros(a, nl, en, lang), _euros(f"{b}–{c}", nl, en, lang)


def money_estimate(
    best: float, low: float, high: float, lang: Language, digits: int = ESTIMATE_DIGITS
) -> str:
    """An amount with its range: ``€ 2,1 mln (€ 0,65–5,7 mln)`` / ``€2.1m (€0.65–5.7m)``."""
    a, rng = money_estimate_parts(best, low, high, lang, digits)
    return a if low == best == high else f"{a} ({rng})"


def money_exact(x: float | None, lang: Language) -> str:
    """The whole amount in euros: ``€ 5.770.000.000`` / ``€5,770,000,000``."""
    if x is None or math.isnan(x):
        return "–"
    return f"€ {num(x, lang, 0)}" if lang != "en" else f"€{num(x, lang, 0)}"


_AMOUNT = re.compile(
    r"^\s*(?:€|eur(?:o)?)?\s*(?P<n>[0-9][0-9.,_ ]*)\s*"
    r"(?P<unit>mld|miljard|bn|billion|mln|miljoen|m|million|k|duizend|thousand)?\s*"
    r"(?:€|eur(?:o)?)?\s*$",
    re.IGNORECASE,
)
_UNITS = {
    "mld": 1e9, "miljard": 1e9, "bn": 1e9, "billion": 1e9,
    "mln": 1e6, "miljoen": 1e6, "m": 1e6, "million": 1e6,
    "k": 1e3, "duizend": 1e3, "thousand": 1e3,
}  # fmt: skip


def parse_money(text: str, lang: Language = "nl") -> float | None:
    """An amount typed by a user, or None when it is not one.

    Dutch reads "," as the decimal mark and "." as thousands ("1.250.000",
    "1,5 mld"); English the other way round. A lone separator followed by
    exactly three digits is read as thousands ("300.000" is three hundred
    thousand in both).
    """
    m = _AMOUNT.match(text)
    if m is None:
        return None
    digits = m.group("n").replace(" ", "").replace("_", "")
    decimal, group = (",", ".") if lang != "en" else (".", ",")
    if digits.count(decimal) == 0 and digits.count(group) == 1:
        frac = digits.partition(group)[2]
        if len(frac) != 3:  # "1.5 mld" in Dutch, "1,5bn" in English: a decimal mark
            decimal, group = group, decimal
    if digits.count(decimal) > 1:
        return None
    digits = digits.replace(group, "").replace(decimal, ".")
    try:
        value = float(digits)
    except ValueError:
        return None
    unit = (m.group("unit") or "").lower()
    return value * _UNITS.get(unit, 1.0)


EUROS = frozenset({"eur", "euro", "euros", "€"})


def is_euros(unit: str | None) -> bool:
    """Whether a criterion's unit is euros (its figures print as amounts)."""
    return (unit or "").strip().lower() in EUROS


def scale_decimals(scale: dict[str, object] | None) -> int:
    """One precision for a whole column of a criterion, from its fixed scale's span.

    A column's figures share their decimals (not 25,01 / 4 / 2,06): 0 for a
    span of 100 or more, 1 from 10, 2 from 1, 3 below; 2 without a linear scale.
    """
    if not scale or scale.get("type") != "linear":
        return 2
    try:
        span = abs(float(str(scale["best"])) - float(str(scale["worst"])))
    except (KeyError, ValueError):
        return 2
    return 0 if span >= 100 else 1 if span >= 10 else 2 if span >= 1 else 3
