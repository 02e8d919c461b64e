"""Whose red lines the optimiser respects, and why they leave no package.

The optimiser respects every party's red lines unless the user says
otherwise: :func:`red_line_parties` lists the parties of a source (the
audience's data, so a red line the audience may not see is never counted or
named) that hold at least one current red line. When the respected red lines
leave no feasible package, :func:`red_line_clash` turns the solver's
irreducible conflict into one sentence in the user's language that names the
colliding red lines by party name ("Gemeente Velsen eist M01, maar Tata Steel
Nederland weigert M01") and the parties whose red lines are involved, so a
face can offer to drop one of them. Every party holding the same red line as
one in the conflict is named with it: dropping only one of them would not
resolve it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from workbench.analysis.data import Source
from workbench.i18n import Language, label
from workbench.scoring import PortfolioProblem, PortfolioResult
from workbench.services import queries

_RED_LINE_KINDS = ("insists", "refuses")


def red_line_parties(svc: Source) -> tuple[tuple[str, str], ...]:
    """(key, name) of each party with a current red line (stance not neutral), in source order."""
    holders = {
        sid
        for (sid, _mid), p in queries.current_positions(svc).items()
        if bool(p["red_line"]) and int(p["stance"]) != 0
    }
    return tuple(
        (str(p["key"]), str(p["name"])) for p in svc.rows("stakeholder") if p["id"] in holders
    )


@dataclass(frozen=True)
class RedLineClash:
    """Why the respected red lines leave no package: one sentence and the parties involved."""

    sentence: str
    parties: tuple[str, ...]  # party keys, in the order the sentence names them


def _names(keys: Sequence[str], names: Mapping[str, str], lang: Language) -> str:
    shown = [names.get(k, k) for k in keys]
    if len(shown) == 1:
        return shown[0]
    return label("red_lines.and", lang).format(
        first=", ".join(shown[:-1]), last=shown[-1]
    )


def red_line_clash(
    svc: Source, problem: PortfolioProblem, result: PortfolioResult, language: Language = "nl"
) -> RedLineClash | None:
    """The sentence naming the colliding red lines of an infeasible ``result``.

    ``None`` when the result is feasible or no red line takes part in its
    conflict (then the conflict list says it all).
    """
    lines = [c for c in result.conflicts if c.kind in _RED_LINE_KINDS]
    if result.status != "infeasible" or not lines:
        return None
    names = {str(p["key"]): str(p["name"]) for p in svc.rows("stakeholder")}
    parts: list[str] = []
    involved: list[str] = []
    for code in dict.fromkeys(c.codes[0] for c in lines):
        clauses: list[str] = []
        for kind, held in (("insists", problem.insists), ("refuses", problem.refuses)):
            if not any(c.kind == kind and c.codes[0] == code for c in lines):
                continue
            holders = [party for party, codes in held.items() if code in codes]
            verb = f"red_lines.{kind}_{'one' if len(holders) == 1 else 'many'}"
            clauses.append(
                label(verb, language).format(parties=_names(holders, names, language), code=code)
            )
            involved += holders
        parts.append(label("red_lines.but", language).join(clauses))
    others = [c.describe(language) for c in result.conflicts if c.kind not in _RED_LINE_KINDS]
    key = "red_lines.clash_with" if others else "red_lines.clash"
    sentence = label(key, language).format(clashes="; ".join(parts), others="; ".join(others))
    return RedLineClash(sentence, tuple(dict.fromkeys(involved)))
