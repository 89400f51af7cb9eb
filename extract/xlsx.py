"""Excel workbooks (``.xlsx``, and old ``.xls`` through LibreOffice) → tables (``method="xlsx"``).

A worksheet is a canvas, not a table: a report sheet usually holds a
letterhead or title lines, one or more tables, notes and signatures, placed
by hand.  Each *region* of non-empty cells (cells touching each other, merged
ranges included) is considered on its own:

* single-cell text rows at the top of a region are its title (``KẾT QUẢ CHỈ
  SỐ CCHC NĂM 2023`` typed in ``A1`` or merged over ``A1:F1``); a text-only
  region just above a table is its title too;
* a region with at least two rows of two or more cells, holding a number or
  four rows, is a table; anything else is narrative text;
* trailing ``Ghi chú``/``Nguồn``/``*`` lines are notes, not rows.

Cell text is what the next stages expect from a printed Vietnamese report,
while keeping the stored number exact: integers without separators
(``16865``), decimals with a comma (``93,5``), percent-formatted cells as the
percent number (``0.9338`` shown ``93,38%``), dates ``dd/mm/yyyy``.  The
display format's rounding is *not* applied: the stored value is the data.
Formulas are read from the values Excel cached when it last saved the file;
a formula with no cached value (files written by scripts, never opened in
Excel) is left empty and noted in the table's ``fixes`` (``Sheet!C8``,
``formula-no-cached-value``, the formula) rather than guessed.

Each worksheet is a "page" (``pages``/``row_pages`` give the 1-based sheet
number) and its name is the first text block of that page; a non-default
sheet name (``PAR INDEX 2023``) is also the title of a table that has none.
Hidden sheets, rows and columns are skipped, as a printout would.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
import zipfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.worksheet import Worksheet

from extract.errors import ExtractError
from extract.office import OfficeCell, build_table, check_package, convert_legacy, is_numeric, main_font
from schemas.model import Document, Table, TextBlock, TextFix
from schemas.vocab import fold

_DEFAULT_SHEET = re.compile(r"^(sheet|trang tinh|feuil|tabelle|hoja|foglio|blad|list)\s*\d*$")
_NOTE = re.compile(r"^(ghi chu|nguon|luu y|chu thich|\*|\()")
MAX_TITLE_LINES = 4


@dataclass
class _Item:
    """One non-empty cell (or merged range) of a sheet, 1-based coordinates, end inclusive."""

    row: int
    col: int
    row2: int
    col2: int
    text: str
    bold: bool = False
    italic: bool = False
    font: str | None = None


# ------------------------------------------------------------------------------ values
def _number(v: float) -> str:
    """A stored number as a Vietnamese report prints it, without losing digits (``93.5`` → ``93,5``)."""
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, int):
        return str(v)
    if v != v or v in (float("inf"), float("-inf")):
        return str(v)
    if v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    s = f"{v:.12g}"
    if "e" in s:
        s = format(Decimal(s), "f")
    return s.replace(".", ",")


_QUOTED = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')


def _percent_kind(number_format: str) -> str | None:
    """``scale`` for a real percent format (``0.0%``: the stored 0.935 shows as 93.5%),
    ``literal`` for a percent sign typed as text (``0.0"%"``, ``0.0\\%``: the stored 93.5
    shows as 93.5%, a habit of hand-made report sheets), else None."""
    if "%" not in number_format:
        return None
    return "scale" if "%" in _QUOTED.sub("", number_format) else "literal"


def render(value: Any, number_format: str | None) -> str:
    """A cell's value as text (see the module docstring for the number rules)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        kind = _percent_kind(number_format or "")
        if kind == "scale":
            return _number(round(value * 100, 10)) + "%"
        return _number(value) + ("%" if kind == "literal" else "")
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return " ".join(str(value).split())


def _is_formula(value: Any) -> bool:
    if isinstance(value, str):
        return value.startswith("=")
    return type(value).__name__ in ("ArrayFormula", "DataTableFormula")


def _formula_text(value: Any) -> str:
    return value if isinstance(value, str) else str(getattr(value, "text", value) or value)


# ------------------------------------------------------------------------------ sheets
def _hidden(ws: Any) -> tuple[set[int], set[int]]:
    rows = {r for r, d in ws.row_dimensions.items() if d.hidden}
    cols: set[int] = set()
    for d in ws.column_dimensions.values():
        if d.hidden and d.min and d.max:
            cols.update(range(d.min, d.max + 1))
    return rows, cols


def _cells(ws: Any) -> list[Any]:
    """The cells the file stores (openpyxl's cell map; iterating the used range would
    create millions of cells for a sheet whose whole columns are formatted)."""
    stored = getattr(ws, "_cells", None)
    if isinstance(stored, dict):
        return list(stored.values())
    return [c for row in ws.iter_rows() for c in row]


def _items(ws: Any, ws_f: Any, sheet: str, notes: list[TextFix]) -> list[_Item]:
    """The non-empty cells of a sheet with their merged extent, fonts and missing formula values."""
    hidden_rows, hidden_cols = _hidden(ws)
    merged = {(m.min_row, m.min_col): (m.max_row, m.max_col) for m in ws.merged_cells.ranges}
    covered = {
        (r, c)
        for (r0, c0), (r1, c1) in merged.items()
        for r in range(r0, r1 + 1)
        for c in range(c0, c1 + 1)
        if (r, c) != (r0, c0)
    }
    out: list[_Item] = []
    for cell in _cells(ws):
        r, c = cell.row, cell.column
        if (r, c) in covered or r in hidden_rows or c in hidden_cols:
            continue
        text = render(cell.value, cell.number_format)
        if not text:
            continue
        r2, c2 = merged.get((r, c), (r, c))
        font = cell.font
        out.append(_Item(r, c, r2, c2, text, bool(font and font.b), bool(font and font.i),
                         font.name if font and font.name else None))
    if ws_f is not None:
        stored = getattr(ws, "_cells", {})
        for fcell in _cells(ws_f):
            r, c = fcell.row, fcell.column
            if not _is_formula(fcell.value) or r in hidden_rows or c in hidden_cols:
                continue
            vcell = stored.get((r, c)) if isinstance(stored, dict) else ws.cell(r, c)
            if vcell is None or vcell.value is None:
                notes.append(TextFix(where=f"{sheet}!{fcell.coordinate}", fix="formula-no-cached-value",
                                     before=_formula_text(fcell.value), after=""))
    return sorted(out, key=lambda it: (it.row, it.col))


def _regions(items: list[_Item]) -> list[list[_Item]]:
    """Groups of cells touching each other (diagonals and merged extents count), top to bottom."""
    at: dict[tuple[int, int], int] = {}
    for k, it in enumerate(items):
        for r in range(it.row, it.row2 + 1):
            for c in range(it.col, it.col2 + 1):
                at[(r, c)] = k
    parent = list(range(len(items)))

    def find(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for (r, c), k in at.items():
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                j = at.get((r + dr, c + dc))
                if j is not None and find(j) != find(k):
                    parent[find(j)] = find(k)
    groups: dict[int, list[_Item]] = {}
    for k, it in enumerate(items):
        groups.setdefault(find(k), []).append(it)
    regions = list(groups.values())
    # regions whose bounding boxes overlap are one (a table with an empty band in it)
    merged = True
    while merged:
        merged = False
        for i in range(len(regions)):
            for j in range(i + 1, len(regions)):
                if _overlap(_bbox(regions[i]), _bbox(regions[j])):
                    regions[i] += regions.pop(j)
                    merged = True
                    break
            if merged:
                break
    for reg in regions:
        reg.sort(key=lambda it: (it.row, it.col))
    return sorted(regions, key=lambda reg: (_bbox(reg)[0], _bbox(reg)[1]))


def _bbox(region: list[_Item]) -> tuple[int, int, int, int]:
    return (min(i.row for i in region), min(i.col for i in region),
            max(i.row2 for i in region), max(i.col2 for i in region))


def _overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def _by_row(region: list[_Item]) -> list[list[_Item]]:
    rows: dict[int, list[_Item]] = {}
    for it in region:
        rows.setdefault(it.row, []).append(it)
    return [rows[r] for r in sorted(rows)]


def _split_region(region: list[_Item]) -> tuple[list[_Item], list[_Item], list[_Item], list[_Item]]:
    """(text before, title lines, table cells, text after) of a region.

    A region without table cells is all "text after".  Up to four
    single-cell rows above the first row of several cells are the title;
    more of them (a letter's opening) are text before it.  Single-cell note
    lines (``Ghi chú: …``, ``(*) …``) after the last row of several cells are
    text after it.
    """
    rows = _by_row(region)
    multi = [k for k, row in enumerate(rows) if len(row) >= 2]
    if len(multi) < 2:
        return [], [], [], region
    first, last = multi[0], multi[-1]
    lead = [row[0] for row in rows[:first]]
    before, title = lead[: max(len(lead) - MAX_TITLE_LINES, 0)], lead[-MAX_TITLE_LINES:]
    body_rows = rows[first:]
    notes: list[_Item] = []
    while len(body_rows) > last - first + 1:
        row = body_rows[-1]
        if len(row) == 1 and _NOTE.match(fold(row[0].text)):
            notes.insert(0, row[0])
            body_rows.pop()
        else:
            break
    cells = [it for row in body_rows for it in row]
    if not any(is_numeric(it.text) for it in cells) and len(body_rows) < 4:
        return [], [], [], region
    return before, title, cells, notes


def _sheet_tables(ws: Any, ws_f: Any, sheet_no: int, doc_name: str, blocks: list[TextBlock],
                  tables: list[Table], notes: list[TextFix]) -> None:
    name = ws.title
    blocks.append(TextBlock(page=sheet_no, text=name, top=0.0))
    sheet_notes: list[TextFix] = []
    items = _items(ws, ws_f, name, sheet_notes)
    pending: list[_Item] = []  # text lines just above the next table (its caption when it has none)
    last_row = 0
    for region in _regions(items):
        before, title, cells, rest = _split_region(region)
        if pending and _bbox(region)[0] - last_row > 3:
            pending = []
        blocks.extend(_block(it, sheet_no) for it in before + title)
        if not cells:
            blocks.extend(_block(it, sheet_no) for it in rest)
            pending = (pending + rest)[-MAX_TITLE_LINES:] if len(rest) <= MAX_TITLE_LINES else []
            last_row = _bbox(region)[2]
            continue
        caption_items = title or pending
        caption = " ".join(it.text for it in caption_items) or None
        caption_font = main_font([(it.font, len(it.text)) for it in caption_items])
        if caption is None and not _DEFAULT_SHEET.match(fold(name)):
            caption = name
        r0, c0 = min(it.row for it in cells), min(it.col for it in cells)
        ocells = [
            OfficeCell(
                r0=it.row - r0, r1=it.row2 - r0 + 1, c0=it.col - c0, c1=it.col2 - c0 + 1,
                bbox=(float(it.col), float(it.row), float(it.col2 + 1), float(it.row2 + 1)),
                text=it.text, bold=it.bold, font=it.font, italic=it.italic,
            )
            for it in cells
        ]
        table = build_table(ocells, doc=doc_name, method="xlsx", page=sheet_no, title=caption,
                            title_font=caption_font)
        if table is None:
            blocks.extend(_block(it, sheet_no) for it in cells)
        else:
            box = _bbox(cells)
            for fix in list(sheet_notes):
                r, c = _coordinate(fix.where)
                if box[0] <= r <= box[2] and box[1] <= c <= box[3]:
                    table.fixes.append(fix)
                    sheet_notes.remove(fix)
            table.index = len(tables) + 1
            tables.append(table)
        blocks.extend(_block(it, sheet_no) for it in rest)
        pending = []
        last_row = _bbox(region)[2]
    notes.extend(sheet_notes)


def _coordinate(where: str) -> tuple[int, int]:
    letters, row = coordinate_from_string(where.rsplit("!", 1)[1])
    return row, column_index_from_string(letters)


def _block(it: _Item, page: int) -> TextBlock:
    return TextBlock(page=page, text=it.text, bold=it.bold, top=float(it.row), x0=float(it.col),
                     x1=float(it.col2 + 1), font=it.font)


# ------------------------------------------------------------------------------- entry
def _load(path: Path) -> tuple[Any, Any]:
    """The workbook twice: cached values, and formulas (to tell an empty cell from an uncomputed one)."""
    try:
        with warnings.catch_warnings():
            # openpyxl warns about every unsupported extension (data validation, slicers …)
            warnings.simplefilter("ignore")
            with path.open("rb") as f:
                values = load_workbook(f, data_only=True)
            with path.open("rb") as f:
                formulas = load_workbook(f, data_only=False)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, EOFError) as e:
        raise ExtractError("tệp Excel (.xlsx) bị hỏng, không đọc được (gói ZIP lỗi hoặc thiếu phần)") from e
    except (ValueError, TypeError, SyntaxError, IndexError, AttributeError, OSError) as e:
        raise ExtractError(f"tệp Excel (.xlsx) bị hỏng, không đọc được ({type(e).__name__})") from e
    return values, formulas


def _read_xlsx(path: Path, doc_name: str) -> Document:
    values, formulas = _load(path)
    tables: list[Table] = []
    blocks: list[TextBlock] = []
    notes: list[TextFix] = []
    sheets = [ws for ws in values.worksheets if isinstance(ws, Worksheet)]
    for sheet_no, ws in enumerate(sheets, 1):
        if ws.sheet_state != "visible":
            notes.append(TextFix(where=ws.title, fix="hidden-sheet-skipped", before=ws.title, after=""))
            continue
        ws_f = formulas[ws.title] if ws.title in formulas.sheetnames else None
        _sheet_tables(ws, ws_f, sheet_no, doc_name, blocks, tables, notes)
    return Document(path=doc_name, method="xlsx", n_pages=len(sheets), tables=tables, text=blocks, fixes=notes)


def extract_xlsx(path: Path, doc_name: str) -> Document:
    """Extract every table and text cell of an Excel workbook, sheet by sheet.

    An ``.xlsx`` that is really an old binary or HTML workbook goes through
    LibreOffice like an ``.xls``.
    """
    if check_package(path, "excel") == "legacy":
        return extract_xls(path, doc_name)
    return _read_xlsx(path, doc_name)


def extract_xls(path: Path, doc_name: str) -> Document:
    """Extract an old ``.xls`` by converting it to ``.xlsx`` with LibreOffice first
    (formulas keep the values LibreOffice computes on loading)."""
    if check_package(path, "excel") == "ooxml":  # an .xlsx saved under the old extension
        return _read_xlsx(path, doc_name)
    with TemporaryDirectory(prefix="parx-xls-") as tmp:
        converted = convert_legacy(path, "xlsx", Path(tmp))
        doc = _read_xlsx(converted, doc_name)
    doc.fixes.append(TextFix(where="file", fix="libreoffice-convert", before=path.suffix or ".xls", after=".xlsx"))
    return doc
