"""Looks, number formats, page setup and the one cell writer of the comparison workbook.

Every cell goes through :meth:`Writer.cell`, which routes values through the
formula-injection guard (:mod:`workbench.reports.safe_text`) and applies a
named look. Looks are built once per workbook and stamped onto cells by
copying their style array, which keeps a 1,000-measure export fast. Number
formats are written in the file's neutral notation; Excel and LibreOffice
show them with the reader's Dutch separators (1.234,56). Imported only from
inside :func:`workbench.reports.xlsx.to_xlsx`, so openpyxl loads lazily.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from workbench.i18n import Language
from workbench.reports.safe_text import put
from workbench.reports.xlsx_texts import t

NF_NUMBER = "#,##0.00"
NF_INT = "0"
NF_VALUE = "0.000"
NF_EURO = '"€" #,##0'
NF_PERCENT = "0.0%"
NF_DATE = "dd-mm-yyyy"
NF_DATETIME = "dd-mm-yyyy hh:mm"

INPUT_FILL = "FFF2CC"  # the yellow of "you may edit this"
_THIN = Side(style="thin", color="BFBFBF")

_LOOKS: dict[str, dict[str, Any]] = {
    "plain": {},
    "wrap": {"alignment": Alignment(wrap_text=True, vertical="top")},
    "top": {"alignment": Alignment(vertical="top")},
    "title": {"font": Font(bold=True, size=14, color="1F4E78")},
    "marking": {"font": Font(bold=True, color="C00000")},
    "subtitle": {"font": Font(italic=True, color="595959")},
    "section": {"font": Font(bold=True, size=12, color="1F4E78")},
    "label": {"font": Font(bold=True)},
    "key": {"font": Font(size=8, color="808080")},
    "head": {
        "font": Font(bold=True, color="FFFFFF"),
        "fill": PatternFill("solid", fgColor="1F4E78"),
        "alignment": Alignment(wrap_text=True, vertical="center"),
    },
    "input": {
        "fill": PatternFill("solid", fgColor=INPUT_FILL),
        "border": Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN),
    },
    "computed": {"font": Font(italic=True, color="595959")},
    "formula": {},
    "total": {"font": Font(bold=True), "border": Border(top=Side(style="thin"))},
}


# Excel refuses a workbook with a cell longer than this; a longer text (notes
# joined into one cell, say) is cut with a note instead.
CELL_CHARS = 32_767


class Writer:
    """Writes guarded values with named looks and number formats into one workbook."""

    def __init__(self, wb: Workbook, language: Language) -> None:
        self.wb = wb
        self.language = language
        self._stamps: dict[tuple[str, str | None, bool], Any] = {}
        self._scratch = wb.create_sheet("_scratch")

    def finish(self) -> None:
        """Drop the scratch sheet used to build style stamps."""
        self.wb.remove(self._scratch)

    def t(self, key: str, **params: Any) -> str:
        return t(key, self.language, **params)

    def shortened(self, text: str) -> str:
        """`text` cut to fit a cell (Excel holds at most 32,767 characters), with a note."""
        note = " … " + self.t("cut_note")
        return text[: CELL_CHARS - len(note)].rstrip() + note

    def _stamp(self, look: str, nf: str | None, quote: bool) -> Any:
        key = (look, nf, quote)
        stamp = self._stamps.get(key)
        if stamp is None:
            cell = self._scratch.cell(row=1, column=len(self._stamps) + 1)
            for attr, value in _LOOKS[look].items():
                setattr(cell, attr, value)
            if nf is not None:
                cell.number_format = nf
            if quote:
                cell.quotePrefix = True
            stamp = self._stamps[key] = cell._style
        return stamp

    def cell(
        self,
        ws: Worksheet,
        row: int,
        col: int,
        value: Any,
        look: str = "plain",
        nf: str | None = None,
        *,
        formula: bool = False,
    ) -> Cell:
        cell = ws.cell(row=row, column=col)
        if not formula and isinstance(value, str) and len(value) > CELL_CHARS:
            value = self.shortened(value)
        put(cell, value, formula=formula)
        quote = bool(cell.quotePrefix) if cell.has_style else False
        if look != "plain" or nf is not None or quote:
            stamp = self._stamp(look, nf, quote)
            cell._style = type(stamp)(stamp)
        return cell

    def row(self, ws: Worksheet, row: int, values: list[Any], look: str = "plain") -> None:
        for i, value in enumerate(values, start=1):
            self.cell(ws, row, i, value, look)

    def key_row(self, ws: Worksheet, row: int, keys: Sequence[str]) -> None:
        """The machine keys the partner import reads: in the sheet, hidden from a reader."""
        self.row(ws, row, list(keys), "key")
        ws.row_dimensions[row].hidden = True


def heading(w: Writer, ws: Worksheet, marking: str, title: str, subtitle: str) -> None:
    """The three rows above a data sheet's key row: marking, title, subtitle."""
    w.cell(ws, 1, 1, marking, "marking")
    w.cell(ws, 2, 1, title, "title")
    w.cell(ws, 3, 1, subtitle, "subtitle")


def fit_height(ws: Worksheet, row: int, cols: Sequence[int]) -> None:
    """Give a row with wrapped text the height its lines need.

    Spreadsheet programs do not grow a row for wrapped text written by
    another program, so the height is estimated from the text and the
    column widths (set them first).
    """
    lines = 1
    for col in cols:
        value = ws.cell(row=row, column=col).value
        if not isinstance(value, str) or not value:
            continue
        width = ws.column_dimensions[get_column_letter(col)].width or 10
        per_line = max(int(width * 1.1), 5)
        lines = max(lines, sum(-(-max(len(part), 1) // per_line) for part in value.split("\n")))
    if lines > 1:
        ws.row_dimensions[row].height = min(15.0 * lines, 300.0)


def ref(col: int, row: int, *, absolute: bool = False) -> str:
    letter = get_column_letter(col)
    return f"${letter}${row}" if absolute else f"{letter}{row}"


def widths(ws: Worksheet, sizes: Mapping[int, float]) -> None:
    for col, size in sizes.items():
        ws.column_dimensions[get_column_letter(col)].width = size


def header_text(text: str) -> str:
    """Header/footer text: '&' starts a code there, so a literal one is doubled."""
    return text.replace("&", "&&")


def page_setup(
    ws: Worksheet, marking: str, language: Language, title_rows: str | None = None
) -> None:
    """Landscape A4, fit to one page wide, the audience marking in every page header."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    ws.oddHeader.center.text = header_text(marking)
    ws.oddHeader.center.font = "Calibri,Bold"
    ws.oddHeader.center.color = "C00000"
    ws.oddFooter.left.text = "&A"
    ws.oddFooter.right.text = t("footer", language)
    ws.page_margins.top = 0.9
    ws.page_margins.header = 0.4
    if title_rows is not None:
        ws.print_title_rows = title_rows
