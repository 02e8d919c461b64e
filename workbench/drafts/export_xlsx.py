"""The change list as an xlsx workbook: one row per changed clause.

Columns: clause, was, kind, substantive, flags, old and new text, linked
measures, effect, DALYs to 2030 and 2035 (from the comparison's cost, which
is the analysis'), cost change. Text is written through the reports'
``put``, so text starting with ``=`` never becomes a formula.
"""

from __future__ import annotations

import io

from workbench.drafts.comparison import Comparison
from workbench.i18n import label


def change_list_xlsx(cmp: Comparison, *, substantive_only: bool = False) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    from workbench.reports.safe_text import put

    lang = cmp.language
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = label("redline.changes", lang)[:31]
    put(ws.cell(row=1, column=1), cmp.summary)
    ws.cell(row=1, column=1).font = Font(bold=True)
    keys = ("redline.clause", "redline.was", "redline.kind", "redline.substantive",
            "redline.flags", "redline.old_text", "redline.new_text", "redline.measures",
            "redline.effect", "redline.dalys_2030", "redline.dalys_2035", "redline.cost")
    for j, key in enumerate(keys, start=1):
        cell = ws.cell(row=3, column=j)
        put(cell, label(key, lang))
        cell.font = Font(bold=True)
    row = 4
    for c in cmp.changes(substantive_only):
        cost = cmp.cost.of(c.clause_id)
        effects = "" if cost is None else "; ".join(
            f"{e.code}: {label('effect.' + e.effect, lang)}" for e in cost.effects)
        money = None
        if cost is not None:
            known = [e.cost for e in cost.effects if e.cost is not None]
            money = sum(known) if known else None
        values: list[object] = [
            c.new_label or c.old_label or "",
            c.old_label if c.old_label != c.new_label else "",
            label(f"change.{c.kind}", lang),
            label("redline.yes" if c.substantive else "redline.no", lang),
            ", ".join(label(f"flag.{f}", lang) for f in sorted(c.flags)),
            c.old_text or "", c.new_text or "",
            ", ".join(cmp.measures_of(c)), effects,
            cmp.dalys(c, 2030), cmp.dalys(c, 2035), money,
        ]
        for j, value in enumerate(values, start=1):
            cell = ws.cell(row=row, column=j)
            put(cell, value)
            if j in (6, 7):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        row += 1
    for col, width in zip("ABCDEFGHIJKL", (24, 18, 12, 11, 16, 60, 60, 14, 30, 12, 12, 14),
                          strict=True):
        ws.column_dimensions[col].width = width
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
