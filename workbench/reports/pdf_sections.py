"""The position paper's opening sections: cover, contents, summary, method, ranking, charts.

Each function appends flowables for one section to a story, reading only
the audience's :class:`~workbench.reports.model.Report` and the chart series
built from it. User text is escaped (:func:`~workbench.reports.pdf_text.esc`)
before it enters Paragraph markup; headings come from the text table.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from workbench.i18n import Language
from workbench.i18n.analysis_texts import method_words
from workbench.reports.audience import marking
from workbench.reports.concepts import concepts
from workbench.reports.model import RCriterion, Report, RMeasure
from workbench.reports.pdf_chart_value import value_for_money_chart
from workbench.reports.pdf_charts import contribution_charts, health_charts
from workbench.reports.pdf_layout import FRAME_W, Headings, TableWithNotes, fit_width, table
from workbench.reports.pdf_text import amount, esc, figure, lbl, num, pct, t
from workbench.reports.series import ChartSeries

Story = list[Flowable]
_MONTHS_NL = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


@dataclass
class Ctx:
    """What every section needs: the report, its language, styles, headings, series."""

    report: Report
    lang: Language
    styles: dict[str, Any]
    h: Headings
    series: ChartSeries
    toc: TableOfContents | None = None

    def p(self, markup: str, style: str = "body") -> Paragraph:
        return Paragraph(markup, self.styles[style])

    def criterion(self, kind: str) -> RCriterion | None:
        return next((c for c in self.report.criteria if c.kind == kind), None)


def long_date(ctx: Ctx) -> str:
    d = ctx.report.provenance.generated
    if ctx.lang == "en":
        return d.strftime("%-d %B %Y")
    return f"{d.day} {_MONTHS_NL[d.month - 1]} {d.year}"


def cover(ctx: Ctx, story: Story) -> None:
    pv = ctx.report.provenance
    story += [
        Spacer(1, 3.5 * cm),
        ctx.p(esc(t("doc.title", ctx.lang)), "cover_title"),
        ctx.p(esc(pv.project_title or t("doc.subject", ctx.lang)), "cover_sub"),
        ctx.p(esc(t("doc.subject", ctx.lang))),
        Spacer(1, 1.2 * cm),
        table(
            [[ctx.p(esc(marking(pv.audience, ctx.lang)), "cover_mark")]],
            [FRAME_W],
            repeat=0,
            zebra=False,
            extra=[
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#9B1C1C")),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("LINEBELOW", (0, 0), (-1, -1), 0, colors.white),
            ],
        ),
        Spacer(1, 1.2 * cm),
    ]
    rows = [
        [t("cover.date", ctx.lang), long_date(ctx)],
        [
            t("cover.version", ctx.lang),
            t("cover.app", ctx.lang, version=pv.app_version, schema=pv.schema_version),
        ],
        [t("cover.profile", ctx.lang), ctx.p(esc(pv.profile_name), "cover_cell")],
        [t("cover.measures", ctx.lang), num(len(ctx.report.measures), ctx.lang)],
    ]
    if pv.audience == "internal" and pv.file_name:
        rows.append([t("cover.file", ctx.lang), ctx.p(esc(pv.file_name), "cover_cell")])
    story.append(
        table(
            rows,
            [4 * cm, FRAME_W - 4 * cm],
            repeat=0,
            zebra=False,
            extra=[
                ("FONT", (0, 0), (0, -1), "MWSans-Bold", 9),
                ("FONT", (1, 0), (1, -1), "MWSans", 9),
            ],
        )
    )
    story += [
        Spacer(1, 2 * cm),
        ctx.p(esc(t("cover.prepared_by", ctx.lang, team=pv.team)), "h3"),
        PageBreak(),
    ]


def contents(ctx: Ctx, story: Story) -> None:
    toc = TableOfContents(
        levelStyles=[ctx.styles["toc0"], ctx.styles["toc1"]],
        dotsMinLevel=0,
        # The default table style leaves cells in Helvetica, a font the file does not embed.
        tableStyle=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "MWSans", 9),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                # tight rows: the contents of a 30-measure paper fit on one page
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
            ]
        ),
    )
    ctx.toc = toc
    story += [ctx.p(esc(t("sec.toc", ctx.lang)), "h1"), toc, PageBreak()]


def score_text(m: RMeasure, lang: Language) -> str:
    """The score with 3 decimals; for an incomplete measure its interval 'low–high'."""
    if not m.complete and m.score_low is not None and m.score_high is not None:
        return f"{num(m.score_low, lang, 3)}–{num(m.score_high, lang, 3)}"
    return "–" if m.score is None else num(m.score, lang, 3)


def intervals(r: Report) -> dict[str, tuple[float, float]]:
    """Code -> (low, high) of every incompletely assessed measure."""
    return {
        m.code: (m.score_low, m.score_high)
        for m in r.measures
        if not m.complete and m.score_low is not None and m.score_high is not None
    }


def head_row(ctx: Ctx, texts: list[str], right_from: int = 99) -> list[Paragraph]:
    """Header cells that wrap; columns from `right_from` on are right-aligned."""
    return [ctx.p(esc(x), "head_r" if i >= right_from else "head") for i, x in enumerate(texts)]


def scale_text(c: RCriterion, lang: Language) -> str:
    sc = c.scale
    if sc.get("type") == "linear":
        return t(
            "scale.linear",
            lang,
            worst=amount(float(sc["worst"]), c.unit, lang),
            best=amount(float(sc["best"]), c.unit, lang),
        )
    if sc.get("type") == "piecewise":
        pts = "; ".join(
            f"{amount(float(x), c.unit, lang)} → {num(float(v), lang, 2)}" for x, v in sc["points"]
        )
        return t("scale.piecewise", lang, points=pts)
    levels = ", ".join(
        f"{lv['label']} ({num(float(lv['value']), lang, 2)})" for lv in sc.get("levels", [])
    )
    return t("scale.levels", lang, levels=levels)


def terms(ctx: Ctx, story: Story) -> None:
    """The terms explained in the words of the workbench's F1 help (one text, two places)."""
    story.append(ctx.h(t("sec.terms", ctx.lang), 1))
    story.append(ctx.p(esc(t("terms.intro", ctx.lang))))
    for title, paragraphs in concepts(ctx.lang):
        first, *rest = paragraphs
        story.append(ctx.p(f"<b>{title}.</b> {first}"))
        story.extend(ctx.p(text) for text in rest)


def method(ctx: Ctx, story: Story) -> None:
    r, lang, pv = ctx.report, ctx.lang, ctx.report.provenance
    story.append(ctx.h(t("sec.method", lang), 0))
    story.append(
        ctx.p(
            esc(
                t(
                    "method.text",
                    lang,
                    method=method_words(pv.method, pv.normalisation, lang),
                    profile=pv.profile_name,
                    normalised=t("method.normalised", lang) if pv.weights_normalised else "",
                )
            )
        )
    )
    story.append(ctx.p(esc(t("method.missing", lang))))
    terms(ctx, story)
    story.append(ctx.h(t("sec.criteria", lang), 1))
    rows: list[list[Any]] = [
        [
            t("col.criterion", lang),
            t("col.kind", lang),
            t("col.unit", lang),
            t("col.direction", lang),
            t("col.scale", lang),
            t("col.weight", lang),
        ]
    ]
    for c in r.criteria:
        name = esc(c.name) + (f" <i>({esc(t('computed', lang))})</i>" if c.computed else "")
        rows.append(
            [
                ctx.p(name, "cell"),
                lbl("kind", c.kind, lang),
                ctx.p(esc(c.unit), "cell"),
                ctx.p(esc(lbl("direction", c.direction, lang)), "cell"),
                ctx.p(esc(scale_text(c, lang)), "cell"),
                pct(c.weight, lang),
            ]
        )
    story.append(
        table(rows, [95, 58, 52, 62, FRAME_W - 95 - 58 - 52 - 62 - 44, 44], align_right=[5])
    )
    if r.profiles:
        story.append(ctx.h(t("sec.weights", lang), 1))
        head = [t("col.profile", lang), t("col.method", lang)] + [c.name for c in r.criteria]
        prow: list[list[Any]] = [
            head_row(ctx, head[:2]) + [ctx.p(esc(c.name), "head_s") for c in r.criteria]
        ]
        for p in r.profiles:
            prow.append(
                [ctx.p(esc(p.name), "cell"), lbl("method", p.method, lang)]
                + [pct(p.weights.get(c.key, 0.0), lang) for c in r.criteria]
            )
        widths = [fit_width([c.name], size=7) for c in r.criteria]
        room = FRAME_W - 80 - 110  # the method column and a readable name column
        widths = [w * min(1.0, room / sum(widths)) for w in widths]
        story.append(
            table(
                prow,
                [FRAME_W - 80 - sum(widths), 80, *widths],
                align_right=range(2, 2 + len(widths)),
            )
        )
        for p in r.profiles:
            if p.description:
                story.append(ctx.p(f"<b>{esc(p.name)}</b>: {esc(p.description, lang)}", "note"))
    story.append(ctx.h(t("sec.health_method", lang), 1))
    story.append(ctx.p(esc(t("method.health", lang))))
    sources = sorted({p.source for p in r.parameters if p.source})
    if sources:
        story.append(
            ctx.p(esc(t("method.health_sources", lang)) + esc("; ".join(sources)) + ".", "note")
        )
    story.append(PageBreak())


def _cell(m: RMeasure, c: RCriterion, lang: Language) -> str:
    a = m.assessments.get(c.key)
    return "–" if a is None else a.label or figure(c, a.best, lang)


def ranking(ctx: Ctx, story: Story) -> None:
    r, lang = ctx.report, ctx.lang
    story.append(ctx.h(t("sec.ranking", lang), 0))
    # Criteria columns as wide as their header's longest word, while the title keeps 120pt;
    # the others are in each measure's section.
    rank_w = max(24.0, fit_width([t("col.rank", lang)]))
    score_w = max(38.0, fit_width([], [score_text(m, lang) for m in r.measures]))
    crits: list[RCriterion] = []
    widths: list[float] = []
    cells = {c.key: [_cell(m, c, lang) for m in r.measures] for c in r.criteria}
    for c in r.criteria:
        w = max(fit_width([c.name, c.unit], size=7), fit_width([], cells[c.key]))
        if FRAME_W - (rank_w + 36 + 56 + score_w) - sum(widths) - min(w, 90.0) < 120:
            break
        crits.append(c)
        widths.append(min(w, 90.0))
    head = [
        t("col.rank", lang),
        t("col.code", lang),
        t("col.title", lang),
        t("col.status", lang),
        t("col.score", lang),
    ]
    rows: list[list[Any]] = [head_row(ctx, head, right_from=4)]
    rows[0] += [
        ctx.p(f"{esc(c.name)}<br/><font size='6'>{esc(c.unit)}</font>", "head_s") for c in crits
    ]
    extra: list[tuple[Any, ...]] = []
    for i, m in enumerate(r.measures):
        if not m.complete and (i == 0 or r.measures[i - 1].complete):
            # the incomplete ones, after every complete measure, under their own label
            rows.append([ctx.p(f"<b>{esc(t('group.incomplete', lang))}</b>", "cell")])
            n = len(rows) - 1
            extra += [("SPAN", (0, n), (-1, n)), ("BACKGROUND", (0, n), (-1, n), "#E3E8EF")]
        row: list[Any] = [
            str(m.rank),
            m.code,
            ctx.p(esc(m.title), "cell"),
            lbl("status", m.status, lang),
            score_text(m, lang),
        ]
        row += [cells[c.key][i] for c in crits]
        rows.append(row)
    width = len(head) + len(crits)
    rows = [row + [""] * (width - len(row)) for row in rows]
    fixed = rank_w + 36 + 56 + score_w + sum(widths)
    grid = table(
        rows,
        [rank_w, 36, FRAME_W - fixed, 56, score_w, *widths],
        align_right=range(4, width),
        extra=extra,
    )
    notes = [ctx.p(esc(t("rank.more_criteria", lang)), "note")] if len(crits) < len(
        r.criteria
    ) else []
    notes.append(ctx.p(esc(t("method.missing", lang)), "note"))
    story += [TableWithNotes(grid, notes), PageBreak()]


def charts(ctx: Ctx, story: Story) -> None:
    lang, s = ctx.lang, ctx.series
    story.append(ctx.h(t("sec.charts", lang), 0))
    d = value_for_money_chart(s.value_for_money, lang, FRAME_W)
    missing = [p.code for p in s.value_for_money.points if not p.plotted]
    note = t("chart.not_plotted", lang, codes=", ".join(missing)) if missing else ""
    story.append(
        KeepTogether(
            [
                ctx.h(t("sec.chart_vfm", lang), 1),
                d if d is not None else ctx.p(esc(t("chart.none", lang)), "note"),
                ctx.p(esc(t("chart.vfm_note", lang, missing=note)), "note"),
            ]
        )
    )
    open_ = intervals(ctx.report)
    bars = contribution_charts(s.ranking, lang, FRAME_W, open_)
    story.append(
        KeepTogether(
            [
                ctx.h(t("sec.chart_contrib", lang), 1),
                ctx.p(esc(t("chart.contrib_note", lang)), "note"),
                bars[0],
            ]
        )
    )
    story += bars[1:]
    if open_:
        story.append(ctx.p(esc(t("group.incomplete_note", lang)), "note"))
    ch = s.cumulative_health
    years = " / ".join(str(y) for y in ch.horizons)
    absent = [b.key for b in ch.measures if all(tr is None for tr in b.by_horizon)]
    note = t("chart.health_note", lang, years=years)
    if absent:
        note += " " + t("chart.health_absent", lang, codes=", ".join(absent))
    drawings = health_charts(ch.measures, ch, lang, FRAME_W) or [
        ctx.p(esc(t("chart.none", lang)), "note")
    ]
    pk = health_charts(ch.packages, ch, lang, FRAME_W, labels=True)
    # The small packages chart stays with the last part of the measures' chart, so it
    # never sits alone on a page.
    tail: list[Flowable] = [ctx.p(esc(t("chart.packages", lang)), "h3"), *pk] if pk else []
    first = [
        ctx.h(t("sec.chart_health", lang, years=years), 1),
        ctx.p(esc(note), "note"),
        drawings[0],
    ]
    if len(drawings) == 1:
        story.append(KeepTogether(first + tail))
    else:
        story.append(KeepTogether(first))
        story += drawings[1:-1]
        story.append(KeepTogether([drawings[-1], *tail]))
    story.append(PageBreak())
