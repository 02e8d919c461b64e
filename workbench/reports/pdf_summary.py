"""The position paper's one-page summary: our position, top measures, packages compared.

The summary restates the team's introduction and stance (when the
audience may see them), lists the five best-ranked measures, and compares
the packages (and all measures together) on cost, health per year, cost per
unit of health, value and cumulative health to each horizon. Package totals
are the analysis' (:mod:`workbench.analysis.packages`), printed as they are,
with the members each total leaves out named below the table; cumulative
figures come from the chart series.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.platypus import PageBreak

from workbench.i18n import Language
from workbench.i18n.numbers import estimate_parts, money_estimate_parts, money_sig
from workbench.reports.model import RCriterion, RMeasure, Triple
from workbench.reports.pdf_layout import FRAME_W, fit_width, table
from workbench.reports.pdf_sections import Ctx, Story, head_row, score_text
from workbench.reports.pdf_text import esc, figure, num, t
from workbench.reports.series import HealthBar

TOP = 5


def _triple_text(tr: Triple | None, parts: Callable[[float, float, float], tuple[str, str]]) -> str:
    """Best estimate, with the low–high range in the same precision in small print below it."""
    if tr is None:
        return "–"
    best, rng = parts(tr.best, tr.low, tr.high)
    if tr.low == tr.best == tr.high:
        return best
    return f"{best}<br/><font size='6.5'>({rng})</font>"


def _sum(parts: list[Triple]) -> Triple | None:
    if not parts:
        return None
    return Triple(sum(p.low for p in parts), sum(p.best for p in parts), sum(p.high for p in parts))


def _assess(m: RMeasure, c: RCriterion | None) -> Triple | None:
    a = None if c is None else m.assessments.get(c.key)
    return None if a is None else Triple(a.low, a.best, a.high)


def health_header(c: RCriterion | None, lang: Language) -> str:
    if c is None:
        return "–"
    if "DALY" in c.unit.upper():
        return t("col.dalys", lang)
    return f"{c.name} ({c.unit})" if c.unit else c.name


def summary(ctx: Ctx, story: Story) -> None:
    r, lang = ctx.report, ctx.lang
    story.append(ctx.h(t("sec.summary", lang), 0))
    story.append(
        ctx.p(
            esc(
                t(
                    "sum.headline",
                    lang,
                    n=len(r.measures),
                    k=len(r.criteria),
                    profile=r.provenance.profile_name,
                )
            )
        )
    )
    if r.intro is not None:
        story += [ctx.h(t("sec.intro", lang), 1), ctx.p(esc(r.intro, lang))]
    if r.stance is not None:
        story += [ctx.h(t("sec.stance", lang), 1), ctx.p(esc(r.stance, lang))]
    _top(ctx, story)
    _packages(ctx, story)
    story.append(PageBreak())


def _top(ctx: Ctx, story: Story) -> None:
    r, lang = ctx.report, ctx.lang
    cost_c, health_c = ctx.criterion("cost"), ctx.criterion("health")
    story.append(ctx.h(t("sec.top", lang), 1))
    head = [t("col.rank", lang), t("col.code", lang), t("col.title", lang), t("col.score", lang)]
    shown = [c for c in (cost_c, health_c) if c is not None]
    head += [c.name for c in shown]
    rows: list[list[Any]] = [head_row(ctx, head, right_from=3)]
    for m in r.measures[:TOP]:
        row: list[Any] = [str(m.rank), m.code, ctx.p(esc(m.title), "cell"), score_text(m, lang)]
        for c in shown:
            a = m.assessments.get(c.key)
            row.append("–" if a is None else a.label or figure(c, a.best, lang))
        rows.append(row)
    rank_w = max(26.0, fit_width([head[0]]))
    widths = [
        max(56.0, fit_width([h], [str(row[3 + j]) for row in rows[1:]]))
        for j, h in enumerate(head[3:])
    ]
    story.append(
        table(
            rows,
            [rank_w, 40, FRAME_W - rank_w - 40 - sum(widths), *widths],
            align_right=range(3, len(head)),
        )
    )


def _packages(ctx: Ctx, story: Story) -> None:
    r, lang, ch = ctx.report, ctx.lang, ctx.series.cumulative_health
    cost_c, health_c = ctx.criterion("cost"), ctx.criterion("health")
    story.append(ctx.h(t("sec.packages", lang), 1))
    head = [
        t("col.package", lang),
        t("col.n", lang),
        t("col.cost", lang),
        health_header(health_c, lang),
        t("col.per_daly", lang),
        t("col.pkg_value", lang),
    ]
    head += [t("col.dalys_to", lang, year=y) for y in ch.horizons]
    rows: list[list[Any]] = [head_row(ctx, head, right_from=1)]
    bars = {b.key: b for b in ch.packages}
    for p in r.packages:
        rows.append(
            _row(ctx, p.name, len(p.measures), p.cost, p.health, bars.get(p.key), p.value)
        )
    totals = tuple(
        _sum([tr for b in ch.measures if (tr := b.by_horizon[i]) is not None])
        for i in range(len(ch.horizons))
    )
    costs = [c for m in r.measures if (c := _assess(m, cost_c)) is not None]
    healths = [h for m in r.measures if (h := _assess(m, health_c)) is not None]
    every = HealthBar("*", "*", None, totals)
    rows.append(
        _row(
            ctx,
            t("sum.all", lang),
            len(r.measures),
            _sum(costs) if cost_c else None,
            _sum(healths) if health_c else None,
            every,
        )
    )
    fixed = 36.0 + 74 + 62 + 60 + 46 + 52 * len(ch.horizons)
    widths = [FRAME_W - fixed, 36, 74, 62, 60, 46] + [52.0] * len(ch.horizons)
    story.append(
        table(
            rows,
            widths,
            align_right=range(1, len(head)),
            extra=[("LINEABOVE", (0, -1), (-1, -1), 0.8, "#1F3A5F")],
        )
    )
    if not r.packages:
        story.append(ctx.p(esc(t("sum.no_packages", lang)), "note"))
    names = {c.key: c.name for c in r.criteria}
    for p in r.packages:
        if p.description:
            story.append(ctx.p(f"<b>{esc(p.name)}</b>: {esc(p.description, lang)}", "note"))
        for key, codes in p.missing.items():
            if key in {c.key for c in (cost_c, health_c) if c is not None}:
                text = t("sum.missing", lang, package=p.name, criterion=names.get(key, key),
                         codes=", ".join(codes))
                story.append(ctx.p(esc(text), "note"))
        if p.unscored:
            text = t("sum.unscored", lang, package=p.name, codes=", ".join(p.unscored))
            story.append(ctx.p(esc(text), "note"))
    if r.packages:
        story.append(ctx.p(esc(t("sum.value_note", lang)), "note"))
    years = " / ".join(str(y) for y in ch.horizons)
    story.append(ctx.p(esc(t("sum.ratio_note", lang, year=years)), "note"))


def _row(
    ctx: Ctx,
    name: str,
    n: int,
    cost: Triple | None,
    health: Triple | None,
    bar: HealthBar | None,
    value: float | None = None,
) -> list[Any]:
    lang = ctx.lang

    def m(best: float, lo: float, hi: float) -> tuple[str, str]:
        return money_estimate_parts(best, lo, hi, lang)

    def d(decimals: int) -> Callable[[float, float, float], tuple[str, str]]:
        # one precision per column: DALYs a year with a decimal (as on screen), summed whole
        return lambda best, lo, hi: estimate_parts(best, lo, hi, lang, decimals=decimals)

    ratio = (
        "–"
        if cost is None or health is None or health.best <= 0
        else money_sig(cost.best / health.best, lang)
    )
    row: list[Any] = [
        ctx.p(esc(name), "cell"),
        num(n, lang),
        ctx.p(_triple_text(cost, m), "cell_r"),
        ctx.p(_triple_text(health, d(1)), "cell_r"),
        ratio,
        "–" if value is None else num(value, lang, 2),
    ]
    for i in range(len(ctx.series.cumulative_health.horizons)):
        tr = None if bar is None else bar.by_horizon[i]
        row.append(ctx.p(_triple_text(tr, d(0)), "cell_r"))
    return row
