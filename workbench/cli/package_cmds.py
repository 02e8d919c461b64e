"""`workbench packages`: each package's totals, as the analysis defines them.

Every figure is :attr:`Analysis.packages` (one definition, in
:mod:`workbench.analysis.packages`): cost and DALYs per year as sums of the
register's figures over the members that have one, the members without one
listed per criterion; the value under the chosen profile as the optimiser
counts it, members that cannot be scored listed; the red lines the package
crosses. The JSON shape is documented in docs/cli.md.
"""

from __future__ import annotations

import argparse
from typing import Any

from workbench.analysis.packages import PackageTotals, Triple
from workbench.cli.context import add_audience, analysis, language
from workbench.cli.output import emit_json, emit_table, estimate, number
from workbench.i18n import Language, label
from workbench.i18n.numbers import money, money_range

# Text output labels (nl, en).
_T: dict[str, tuple[str, str]] = {
    "header": (
        "Weging: {name} ({key}); publiek: {audience}",
        "Weight profile: {name} ({key}); audience: {audience}",
    ),
    "no_profile": ("Geen weging: geen waarde.", "No weight profile: no value."),
    "none": ("Geen pakketten zichtbaar voor dit publiek.", "No packages visible to this audience."),
    "package": ("pakket", "package"),
    "name": ("naam", "name"),
    "measures": ("maatregelen", "measures"),
    "cost": ("kosten", "cost"),
    "value": ("waarde", "value"),
    "missing": ("{criterion} ontbreekt bij {codes}", "{criterion} missing for {codes}"),
    "unscored": (
        "niet in de waarde (onvolledig beoordeeld): {codes}",
        "left out of the value (incompletely assessed): {codes}",
    ),
    "refuses": ("{party} weigert {codes}", "{party} refuses {codes}"),
    "insists": ("{party} eist {codes} (ontbreekt)", "{party} insists on {codes} (missing)"),
    "red_lines": ("rode lijnen: {items}", "red lines: {items}"),
}


def _t(key: str, lang: str) -> str:
    nl, en = _T[key]
    return en if lang == "en" else nl


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("packages", help="pakketten: kosten, DALY's, waarde, rode lijnen")
    p.add_argument("project")
    p.add_argument("--profile", metavar="KEY", help="weging voor de waarde (standaard de eerste)")
    add_audience(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_packages)


def _triple(t: Triple | None) -> dict[str, float] | None:
    return None if t is None else t.as_dict()


def package_json(p: PackageTotals, profile_key: str | None) -> dict[str, Any]:
    """The documented JSON of one package's totals (docs/cli.md, `packages`)."""
    crossed: list[dict[str, str]] = []
    for v in p.violations:
        crossed.extend(
            {"party": v.party, "measure": c, "kind": "refused_included"} for c in v.refused_included
        )
        crossed.extend(
            {"party": v.party, "measure": c, "kind": "insisted_missing"} for c in v.insisted_missing
        )
    return {
        "key": p.key,
        "name": p.name,
        "visibility": p.visibility,
        "measures": list(p.codes),
        "cost": _triple(p.cost),
        "dalys_per_year": _triple(p.dalys),
        "value": p.value,
        "missing": {k: list(codes) for k, codes in p.missing.items()},
        "unscored": [] if profile_key is None else list(p.unscored.get(profile_key, ())),
        "red_lines_crossed": crossed,
    }


def cmd_packages(args: argparse.Namespace) -> int:
    lang = language(args)
    with analysis(args) as a:
        packages = a.packages
        prof = a.profile  # an unknown or hidden key: its one-line message
        names = {c.key: c.name for c in a.criteria}
        units = {c.key: c.unit for c in a.criteria}
        audience = a.audience
        parties = {p.key: p.name for p in a.party_matrix.parties}
    key = None if prof is None else prof.key
    if args.json:
        emit_json([package_json(p, key) for p in packages])
        return 0
    if prof is None:
        print(_t("no_profile", lang))
    else:
        print(
            _t("header", lang).format(
                name=prof.name, key=prof.key, audience=label(f"visibility.{audience}", lang)
            )
        )
    if not packages:
        print(_t("none", lang))
        return 0
    cost_key = next((p.cost_key for p in packages if p.cost_key), None)
    health_key = next((p.health_key for p in packages if p.health_key), None)
    euros = cost_key is not None and units.get(cost_key, "").strip().lower() in {
        "eur",
        "euro",
        "€",
    }
    headers = [_t("package", lang), _t("name", lang), _t("measures", lang)]
    if cost_key is not None:
        unit = "" if euros else units.get(cost_key) or ""
        headers.append(f"{names.get(cost_key, _t('cost', lang))} ({unit})".replace(" ()", ""))
    if health_key is not None:
        unit = units.get(health_key) or ""
        headers.append(f"{names.get(health_key, health_key)} ({unit})".replace(" ()", ""))
    headers.append(_t("value", lang))
    rows: list[list[Any]] = []
    for p in packages:
        row: list[Any] = [p.key, p.name[:40], len(p.codes)]
        if cost_key is not None and euros:
            row.append(_money_triple(p.cost, lang))
        elif cost_key is not None:
            row.append(_fmt_triple(p.cost, 1.0, 2, lang))
        if health_key is not None:
            row.append(_fmt_triple(p.dalys, 1.0, 1, lang))
        row.append(number(p.value, 2, lang))
        rows.append(row)
    emit_table(headers, rows)
    for p in packages:
        for line in _notes(p, key, names, parties, lang):
            print(f"{p.name}: {line}")
    return 0


def _money_triple(t: Triple | None, lang: Language) -> str:
    """A package's cost: "€ 5,8 mld (€ 4,5–7,7 mld)" (the reader's compact amounts)."""
    if t is None:
        return "–"
    return f"{money(t.best, lang)} ({money_range(t.low, t.high, lang)})"


def _fmt_triple(t: Triple | None, scale: float, digits: int, lang: str) -> str:
    if t is None:
        return "–"
    return estimate(t.low * scale, t.best * scale, t.high * scale, digits, lang)


def _notes(
    p: PackageTotals,
    profile_key: str | None,
    names: dict[str, str],
    parties: dict[str, str],
    lang: str,
) -> list[str]:
    """What a total leaves out, and whose red lines the package crosses."""
    lines = [
        _t("missing", lang).format(criterion=names.get(k, k), codes=", ".join(codes))
        for k, codes in p.missing.items()
    ]
    unscored = () if profile_key is None else p.unscored.get(profile_key, ())
    if unscored:
        lines.append(_t("unscored", lang).format(codes=", ".join(unscored)))
    items: list[str] = []
    for v in p.violations:
        if v.refused_included:
            items.append(
                _t("refuses", lang).format(
                    party=parties.get(v.party, v.party), codes=", ".join(v.refused_included)
                )
            )
        if v.insisted_missing:
            items.append(
                _t("insists", lang).format(
                    party=parties.get(v.party, v.party), codes=", ".join(v.insisted_missing)
                )
            )
    if items:
        lines.append(_t("red_lines", lang).format(items="; ".join(items)))
    return lines
