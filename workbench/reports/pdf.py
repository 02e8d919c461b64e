"""The position paper: an audience's report as a PDF, a pure function to bytes.

:func:`to_pdf` lays out cover, contents, summary, method, ranking, charts,
one section per measure and an annex, in the report's language (Dutch by
default, English as an option). It reads nothing but the
:class:`~workbench.reports.model.Report`, so it cannot print what the
audience may not see; the file's metadata holds only the paper's title,
the team, the subject line and the language. reportlab loads only when
this function runs (the modules it uses import it at their top, and this
module imports them lazily).
"""

from __future__ import annotations

from collections.abc import Callable

from workbench.reports.audience import marking
from workbench.reports.model import Report

Progress = Callable[[float], None]


def to_pdf(report: Report, progress: Progress | None = None) -> bytes:
    """The position paper for `report` as PDF bytes; the caller writes the file.

    `progress`, if given, is called with a fraction 0..1 as pages are laid
    out (reportlab makes two passes: contents first, then page numbers).
    """
    from workbench.reports import pdf_measures, pdf_sections, pdf_summary
    from workbench.reports.pdf_layout import Headings, PaperMeta, make_styles, render
    from workbench.reports.pdf_text import t
    from workbench.reports.series import chart_series

    pv = report.provenance
    lang = pv.language
    title = t("doc.title", lang)
    if pv.project_title:
        title = f"{title} – {pv.project_title}"
    g = pv.generated
    meta = PaperMeta(
        title=title,
        author=pv.team,
        subject=f"{t('doc.subject', lang)} ({marking(pv.audience, lang)})",
        lang="en-GB" if lang == "en" else "nl-NL",
        marking=marking(pv.audience, lang),
        running_title=title,
        page_label=t("doc.page", lang, page="{page}", pages="{pages}"),
        created=(g.year, g.month, g.day, g.hour, g.minute, g.second),
    )
    styles = make_styles()
    ctx = pdf_sections.Ctx(report, lang, styles, Headings(styles), chart_series(report))
    story: pdf_sections.Story = []
    pdf_sections.cover(ctx, story)
    pdf_sections.contents(ctx, story)
    pdf_summary.summary(ctx, story)
    pdf_sections.method(ctx, story)
    pdf_sections.ranking(ctx, story)
    pdf_sections.charts(ctx, story)
    pdf_measures.measures(ctx, story)
    pdf_measures.annex(ctx, story)
    if ctx.toc is not None:
        # Entries known up front (pages still 0) give the contents its final size in the
        # first pass, so two passes suffice instead of three.
        ctx.toc.addEntries(ctx.h.made)
    pdf = render(story, meta, _progress_callback(progress))
    if progress is not None:
        progress(1.0)
    return pdf


def _progress_callback(progress: Progress | None) -> Callable[[str, int], None] | None:
    """reportlab's build events as one fraction: each of the two passes is half."""
    if progress is None:
        return None
    report = progress
    state = {"pass": 1, "size": 0, "last": 0.0}

    def on_event(kind: str, value: int) -> None:
        if kind == "PASS":
            state["pass"] = value
        elif kind == "SIZE_EST":
            state["size"] = value
        elif kind == "PROGRESS" and state["size"]:
            done = min(1.0, value / state["size"])
            fraction = min(0.99, (min(state["pass"], 2) - 1 + done) / 2)
            # Split flowables go back on the list, so reportlab's count can step back.
            if fraction > state["last"]:
                state["last"] = fraction
                report(fraction)

    return on_event
