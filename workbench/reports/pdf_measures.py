"""The position paper's per-measure sections and its annex.

One section per measure in ranked order: key facts, description, the
assessment per criterion with its low–best–high range, rationale and source,
the computed health effect, the positions and draft terms the audience may
see, and visible notes. The annex lists the sources, the health parameters,
the parties and the meetings. Everything comes from the audience's report;
absent text (``None``) is simply not printed.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak

from workbench.i18n import Language
from workbench.i18n.numbers import estimate, money_estimate
from workbench.reports.model import RCriterion, RHealth, RMeasure
from workbench.reports.pdf_layout import FRAME_W, fit_width, table
from workbench.reports.pdf_sections import Ctx, Story, head_row, score_text
from workbench.reports.pdf_text import CELL_CHARS, esc, figure, lbl, num, sig, t, t_or


def _level(c: RCriterion, value: float) -> str | None:
    if c.scale.get("type") != "levels":
        return None
    for lv in c.scale.get("levels", []):
        if float(lv["value"]) == float(value):
            return str(lv["label"])
    return None


def _raw(c: RCriterion, value: float, ctx: Ctx) -> str:
    return _level(c, value) or figure(c, value, ctx.lang)


def _facts(ctx: Ctx, m: RMeasure) -> list[list[Any]]:
    lang = ctx.lang
    period = _period(m, lang)
    score = score_text(m, lang)
    pairs: list[tuple[str, Any]] = [
        (t("fact.theme", lang), lbl("theme", m.theme, lang)),
        (t("fact.status", lang), lbl("status", m.status, lang)),
        (t("fact.origin", lang), lbl("origin", m.origin, lang)),
        (t("fact.payer", lang), lbl("payer", m.payer, lang)),
        (t("fact.period", lang), period),
        (t("fact.score", lang), f"{score} ({m.rank})"),
        (t("fact.above", lang), t("yes" if m.above_statutory else "no", lang)),
    ]
    if m.statutory_baseline is not None:
        baseline = esc(m.statutory_baseline, lang, CELL_CHARS)
        pairs.append((t("fact.baseline", lang), ctx.p(baseline, "cell")))
    if m.requires:
        pairs.append((t("fact.requires", lang), ", ".join(m.requires)))
    if m.excludes:
        pairs.append((t("fact.excludes", lang), ", ".join(m.excludes)))
    if len(pairs) % 2:
        pairs.append(("", ""))
    return [[a, b, c, d] for (a, b), (c, d) in zip(pairs[::2], pairs[1::2], strict=True)]


def _period(m: RMeasure, lang: Language) -> str:
    if m.start_year and m.deadline_year:
        return f"{m.start_year} – {m.deadline_year}"
    if m.start_year:
        return t("period.from", lang, year=m.start_year)
    if m.deadline_year:
        return t("period.by", lang, year=m.deadline_year)
    return "–"


def _sub(ctx: Ctx, key: str) -> Any:
    return ctx.p(esc(t(key, ctx.lang)), "h3")


def _assessments(ctx: Ctx, m: RMeasure) -> list[Any]:
    """One row per criterion; its rationale, when visible, in a full-width row below."""
    lang = ctx.lang
    head = [
        t("col.criterion", lang),
        t("col.low", lang),
        t("col.best", lang),
        t("col.high", lang),
        t("col.value", lang),
        t("col.source", lang),
    ]
    # header cells that wrap ("Waarde (0–1)" over two lines in its narrow column)
    rows: list[list[Any]] = [head_row(ctx, head, right_from=1)]
    rows[0][-1] = ctx.p(esc(head[-1]), "head")  # the source column reads from the left
    extra: list[tuple[Any, ...]] = []
    for c in ctx.report.criteria:
        a = m.assessments.get(c.key)
        name = esc(c.name) + (
            f" <i>({esc(t('computed', lang))})</i>" if a is not None and a.computed else ""
        )
        if a is None:
            rows.append([ctx.p(name, "cell"), "", t("missing", lang), "", "–", ""])
        else:
            rows.append(
                [
                    ctx.p(name, "cell"),
                    _raw(c, a.low, ctx),
                    a.label or _raw(c, a.best, ctx),
                    _raw(c, a.high, ctx),
                    num(a.value, lang, 2),
                    ctx.p(esc(a.source or "", lang, CELL_CHARS), "cell"),
                ]
            )
        if a is not None and a.rationale:
            rows.append([ctx.p(esc(a.rationale, lang), "rationale"), "", "", "", "", ""])
            i = len(rows) - 1
            extra += [("SPAN", (0, i), (-1, i)), ("TOPPADDING", (0, i), (-1, i), 0)]
            extra.append(("LINEBELOW", (0, i - 1), (-1, i - 1), 0, colors.white))
    w = [110, 62, 62, 62, max(40.0, fit_width([head[4]]))]
    return [table(rows, [*w, FRAME_W - sum(w)], align_right=range(1, 5), zebra=False, extra=extra)]


def _health(ctx: Ctx, h: RHealth, m: RMeasure) -> list[Any]:
    """The computed effect per year, and its cases per outcome summed over the places.

    A measure without exposure changes has no computed DALYs, deaths or euros:
    its DALYs are the entered estimate, said so, or "geen gegevens" (never 0).
    """
    lang = ctx.lang

    def tri(x: Any, f: Any) -> str:
        if x is None:  # no DALYs for a measure with emission changes only
            return t("origin.none", lang)
        return str(f(x.best, x.low, x.high, lang))

    hc = ctx.criterion("health")
    entered = None if hc is None else m.assessments.get(hc.key)
    if h.dalys is not None:
        dalys = f"{tri(h.dalys, estimate)} – {t('origin.computed', lang)}"
    elif entered is not None and not entered.computed:
        dalys = (
            f"{estimate(entered.best, entered.low, entered.high, lang)}"
            f" – {t('origin.entered', lang)}"
        )
    else:
        dalys = t("origin.none", lang)

    summed: dict[tuple[str, str], list[float]] = {}
    for o in h.outcomes:
        acc = summed.setdefault((o.outcome, o.agent), [0.0, 0.0, 0.0])
        acc[0] += o.cases.low
        acc[1] += o.cases.best
        acc[2] += o.cases.high
    rows: list[list[Any]] = [[t("col.outcome", lang), t("col.agent", lang), t("col.cases", lang)]]
    for (outcome, agent), (lo, best, hi) in summed.items():
        rows.append(
            [
                ctx.p(esc(t_or(f"outcome.{outcome}", outcome, lang)), "cell"),
                ctx.p(esc(t_or(f"agent.{agent}", agent, lang)), "cell"),
                estimate(best, lo, hi, lang),
            ]
        )
    out: list[Any] = [
        _sub(ctx, "m.health"),
        table(
            [
                [t("col.dalys", lang), t("col.value_eur", lang), t("col.deaths", lang)],
                [ctx.p(esc(dalys), "cell"), tri(h.value_eur, money_estimate),
                 tri(h.deaths, estimate)],
            ],
            [FRAME_W / 3] * 3,
            zebra=False,
        ),
    ]
    if h.outcomes:
        out.append(table(rows, [170, 150, FRAME_W - 320], align_right=[2]))
        out.append(
            ctx.p(
                esc(t("m.health_places", lang, n=len({o.population for o in h.outcomes}))), "note"
            )
        )
    return out


def _positions(ctx: Ctx, m: RMeasure) -> list[Any]:
    lang = ctx.lang
    rows: list[list[Any]] = [
        [
            t("col.party", lang),
            t("col.stance", lang),
            t("col.red_line", lang),
            t("col.priority", lang),
            t("col.conditions", lang),
            t("col.date", lang),
        ]
    ]
    for p in sorted(m.positions, key=lambda p: p.party_name):
        rows.append(
            [
                ctx.p(esc(p.party_name), "cell"),
                t(f"stance.{p.stance}", lang),
                t("yes", lang) if p.red_line else "",
                "" if p.priority is None else lbl("priority", p.priority, lang),
                ctx.p(esc(p.conditions or "", lang, CELL_CHARS), "cell"),
                _date(p.date, lang),
            ]
        )
    return [
        _sub(ctx, "m.positions"),
        table(rows, [110, 70, 48, 52, FRAME_W - 110 - 70 - 48 - 52 - 56, 56]),
    ]


def _terms(ctx: Ctx, m: RMeasure) -> list[Any]:
    lang = ctx.lang
    rows: list[list[Any]] = [
        [
            t("col.draft", lang),
            t("col.clause", lang),
            t("col.target", lang),
            t("col.deadline", lang),
            t("col.wording", lang),
            t("col.comment", lang),
        ]
    ]
    for d in m.terms:
        rows.append(
            [
                ctx.p(esc(d.draft_name), "cell"),
                ctx.p(esc(d.clause), "cell"),
                ctx.p(esc(d.target, lang, CELL_CHARS), "cell"),
                str(d.deadline_year or ""),
                ctx.p(esc(d.wording or "", lang, CELL_CHARS), "cell"),
                ctx.p(esc(d.comment or "", lang, CELL_CHARS), "cell"),
            ]
        )
    rest = FRAME_W - 110 - 38 - 80 - 40
    return [
        _sub(ctx, "m.terms"),
        table(rows, [110, 38, 80, 40, rest * 0.55, rest * 0.45]),
    ]


def _date(d: Any, lang: str) -> str:
    return f"{d.day:02d}-{d.month:02d}-{d.year}" if lang != "en" else d.isoformat()


def measures(ctx: Ctx, story: Story) -> None:
    lang, r = ctx.lang, ctx.report
    story.append(ctx.h(t("sec.measures", lang), 0))
    health = {h.measure: h for h in r.health}
    for m in r.measures:
        story.append(CondPageBreak(6 * cm))
        facts = table(
            _facts(ctx, m),
            [80, FRAME_W / 2 - 80, 80, FRAME_W / 2 - 80],
            repeat=0,
            extra=[
                ("FONT", (0, 0), (0, -1), "MWSans-Bold", 8),
                ("FONT", (2, 0), (2, -1), "MWSans-Bold", 8),
            ],
        )
        story.append(KeepTogether([ctx.h(f"{m.code} – {m.title}", 1), facts]))
        if m.description is not None:
            story += [KeepTogether([_sub(ctx, "m.description"), ctx.p(esc(m.description, lang))])]
        story.append(KeepTogether([_sub(ctx, "m.scores"), *_assessments(ctx, m)]))
        if m.code in health:
            story.append(KeepTogether(_health(ctx, health[m.code], m)))
        if m.code in r.health_errors:
            story.append(
                ctx.p(esc(t("m.health_error", lang, error=r.health_errors[m.code])), "note")
            )
        if m.positions:
            story.append(KeepTogether(_positions(ctx, m)))
        if m.terms:
            story.append(KeepTogether(_terms(ctx, m)))
        if m.notes:
            notes = [ctx.p("• " + esc(n, lang)) for n in m.notes]
            story.append(KeepTogether([_sub(ctx, "m.notes"), *notes]))


def annex(ctx: Ctx, story: Story) -> None:
    lang, r = ctx.lang, ctx.report
    story += [PageBreak(), ctx.h(t("sec.annex", lang), 0)]
    story.append(ctx.h(t("sec.sources", lang), 1))
    # The sources by title; their keys are the project's bookkeeping, not the reader's.
    rows: list[list[Any]] = [
        [
            t("col.title_src", lang),
            t("col.publisher", lang),
            t("col.year", lang),
        ]
    ]
    for s in sorted(r.sources, key=lambda s: (s.title.casefold(), s.key)):
        detail = esc(s.title, lang, CELL_CHARS) + "".join(
            f"<br/><font size='7'>{esc(x, lang, CELL_CHARS)}</font>"
            for x in (s.citation, s.url)
            if x
        )
        rows.append(
            [
                ctx.p(detail, "cell"),
                ctx.p(esc(s.publisher, lang, CELL_CHARS), "cell"),
                str(s.year or ""),
            ]
        )
    story.append(table(rows, [FRAME_W - 110 - 36, 110, 36]))
    story.append(ctx.h(t("sec.parameters", lang), 1))
    prow: list[list[Any]] = [
        [
            t("col.description", lang),
            t("col.param_value", lang),
            t("col.range", lang),
            t("col.unit", lang),
            t("col.source", lang),
        ]
    ]
    for p in r.parameters:
        rng = "" if p.low is None or p.high is None else f"{sig(p.low, lang)}–{sig(p.high, lang)}"
        prow.append(
            [
                ctx.p(esc(p.description or p.key, lang, CELL_CHARS), "cell"),
                sig(p.value, lang),
                rng,
                ctx.p(esc(p.unit), "cell"),
                ctx.p(esc(p.source, lang, CELL_CHARS), "cell"),
            ]
        )
    # value and range as wide as their longest figure, so neighbours never touch
    vw = max(46.0, fit_width([prow[0][1]], [str(row[1]) for row in prow[1:]]))
    rw = max(66.0, fit_width([prow[0][2]], [str(row[2]) for row in prow[1:]]))
    story.append(
        table(prow, [160, vw, rw, 84, FRAME_W - 244 - vw - rw], align_right=[1, 2])
    )
    if r.parties:
        story.append(ctx.h(t("sec.parties", lang), 1))
        rows = [[t("col.name", lang), t("col.kind", lang), t("col.notes", lang)]]
        for party in r.parties:
            rows.append(
                [
                    ctx.p(esc(party.name), "cell"),
                    lbl("stakeholder", party.kind, lang),
                    ctx.p(esc(party.notes or "", lang, CELL_CHARS), "cell"),
                ]
            )
        story.append(table(rows, [150, 70, FRAME_W - 220]))
    if r.meetings:
        story.append(ctx.h(t("sec.meetings", lang), 1))
        for mt in r.meetings:
            bits = [f"<b>{_date(mt.date, lang)} – {esc(mt.title)}</b>"]
            if mt.location:
                bits[0] += f" ({esc(mt.location)})"
            if mt.parties:
                bits.append(esc(", ".join(mt.parties)))
            if mt.measures:
                bits.append(f"{esc(t('sec.measures', lang))}: {esc(', '.join(mt.measures))}")
            for key, text in (("col.notes", mt.notes), ("col.decisions", mt.decisions)):
                if text:
                    bits.append(f"<i>{esc(t(key, lang))}:</i> {esc(text, lang)}")
            if mt.actions:
                bits.append(
                    f"<i>{esc(t('col.actions', lang))}:</i> "
                    + "; ".join(esc(a) for a in mt.actions)
                )
            story.append(ctx.p("<br/>".join(bits)))
