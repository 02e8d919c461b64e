"""`workbench rank`: the ranking of the analysis for an audience under a weight profile.

The additive ranking is the analysis' own (:attr:`Analysis.ranking`); TOPSIS
and PROMETHEE II are cross-views computed from the analysis' matrix and
profile. The JSON shape is :meth:`RankingResult.to_dict` plus the profile and
the audience (docs/cli.md). The text output lists the complete measures,
then the group "onvolledig beoordeeld" with each score interval, and every
criterion's contribution.
"""

from __future__ import annotations

import argparse
import math
import sys
from typing import Any

from workbench.cli.context import add_audience, analysis, language, matrix_of, profile_of
from workbench.cli.output import emit_json, emit_table, number, span
from workbench.i18n import label
from workbench.i18n.analysis_texts import method_words
from workbench.scoring import RankingResult

# Text output labels (nl, en).
_T: dict[str, tuple[str, str]] = {
    "header": (
        "Weging: {name} ({key}); methode: {method}; publiek: {audience}",
        "Weight profile: {name} ({key}); method: {method}; audience: {audience}",
    ),
    "normalised": ("; gewichten genormaliseerd", "; weights normalised"),
    "rank": ("rang", "rank"),
    "title": ("titel", "title"),
    "score": ("score", "score"),
    "range": ("bandbreedte", "range"),
    "missing": ("ontbreekt", "missing"),
    "incomplete": (
        "Onvolledig beoordeeld: geen puntscore; bandbreedte met de ontbrekende criteria "
        "op waarde 0 (laag) en 1 (hoog), gerangschikt op de lage kant.",
        "Incompletely assessed: no point score; range with the missing criteria at value "
        "0 (low) and 1 (high), ranked by the low end.",
    ),
    "contributions": (
        "Per criterium: de bijdrage aan de score (gewicht x waarde); – = geen beoordeling.",
        "Per criterion: the contribution to the score (weight x value); – = not assessed.",
    ),
}


def _t(key: str, lang: str) -> str:
    nl, en = _T[key]
    return en if lang == "en" else nl


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("rank", help="rangorde van de maatregelen onder een weging")
    p.add_argument("project")
    p.add_argument("--profile", metavar="KEY")
    add_audience(p)
    p.add_argument("--method", choices=["additive", "topsis", "promethee2"], default="additive")
    p.add_argument(
        "--normalisation",
        choices=["vector", "minmax"],
        default="vector",
        help="alleen voor TOPSIS (standaard vector)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_rank)


def cmd_rank(args: argparse.Namespace) -> int:
    from workbench.scoring import rank_promethee2, rank_topsis

    lang = language(args)
    with analysis(args) as a:
        pm = matrix_of(a)
        prof = profile_of(a)
        result: RankingResult | None
        if args.method == "additive":
            result = a.ranking
        elif args.method == "topsis":
            result = rank_topsis(pm.matrix, prof.weights, normalisation=args.normalisation)
        else:
            result = rank_promethee2(pm.matrix, prof.weights)
        assert result is not None  # the matrix and the profile exist
        titles = {m.code: m.title for m in pm.measures}
        names = {c.key: c.name for c in pm.criteria}
        weights = prof.weights.as_dict()
        gaps = {
            code: [
                k
                for j, k in enumerate(pm.matrix.criteria)
                if weights.get(k, 0.0) > 0 and math.isnan(float(pm.matrix.best[i, j]))
            ]
            for i, code in enumerate(pm.matrix.alternatives)
        }
        audience = a.audience
    if args.json:
        data = result.to_dict()
        data["profile"] = prof.key
        data["audience"] = audience
        emit_json(data)
        return 0
    header = _t("header", lang).format(
        name=prof.name,
        key=prof.key,
        method=method_words(result.method, result.normalisation, lang),
        audience=label(f"visibility.{audience}", lang),
    )
    print(header + (_t("normalised", lang) if result.weights_normalised else ""))
    print(_t("contributions", lang))
    _print_group(result, titles, names, gaps, lang, complete=True)
    if result.incomplete_codes():
        sys.stdout.write("\n")
        print(_t("incomplete", lang))
        _print_group(result, titles, names, gaps, lang, complete=False)
    return 0


def _print_group(
    result: RankingResult,
    titles: dict[str, str],
    names: dict[str, str],
    gaps: dict[str, list[str]],
    lang: str,
    *,
    complete: bool,
) -> None:
    crit = list(result.criteria)
    headers = [_t("rank", lang), "code", _t("title", lang)]
    headers.append(_t("score", lang) if complete else _t("range", lang))
    headers.extend(names.get(k, k) for k in crit)
    if not complete:
        headers.append(_t("missing", lang))
    rows: list[list[Any]] = []
    for i in result.order:
        if bool(result.complete[i]) != complete:
            continue
        code = result.alternatives[i]
        contributions = [float(result.contributions[i, j]) for j in range(len(crit))]
        row: list[Any] = [int(result.ranks[i]), code, titles.get(code, "")[:44]]
        if complete:
            row.append(number(float(result.scores[i]), 3, lang))
        else:
            row.append(span(float(result.score_low[i]), float(result.score_high[i]), 3, lang))
        row.extend(number(c, 3, lang) for c in contributions)
        if not complete:
            row.append(", ".join(names.get(k, k) for k in gaps.get(code, [])))
        rows.append(row)
    emit_table(headers, rows)
