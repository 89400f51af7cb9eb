"""From grids on pages to logical tables: header rows, page-break stitching, captions.

These rules are about the *layout* of Vietnamese report tables and do not
depend on how the grid was found (ruled PDF, whitespace PDF, OCR):

* a header is the run of text-only rows at the top, extended by vertical
  merges (``TT`` spanning three rows), by rows under a horizontally merged
  cell (``Năm 2022`` over ``Tỷ lệ | Xếp hạng``) and by a column-number row
  (``1 2 3 … 7=(4)+(5)+(6)``);
* a table whose last part ends a page continues on the next page when that
  page starts with a table of the same columns; a repeated header is dropped
  and a row split by the break (code and numbers on one page, the name on the
  next) is joined back;
* the caption is the bold or centred block just above the table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from extract.chars import UNIT_LINE, Line, chars_italic
from extract.grid import Grid, GridCell
from schemas.model import Box, HeaderCell, Method, Table
from schemas.vocab import is_roman

_NUMERIC = re.compile(r"^[-+−–]?\s?\d[\d.,]*\s?%?(\s?/\s?\d[\d.,]*)?[⁰¹²³⁴⁵⁶⁷⁸⁹]*$")
_COLNUM = re.compile(r"^\(?\d{1,2}\)?$|^[A-Za-z]{0,2}\d{0,2}\s?=.*\d|^\(\d+\)\s?[=+\-x*/].*$")


def _is_numeric(text: str) -> bool:
    return bool(_NUMERIC.match(text.strip()))


@dataclass
class Part:
    """A grid turned into rows, with what assembling needs to know about each row."""

    grid: Grid
    own: list[list[GridCell | None]]
    header_n: int = 0
    bottom_of_page: bool = False
    top_of_page: bool = False
    title: str | None = None
    title_font: str | None = None
    page_height: float = 0.0

    @property
    def n_cols(self) -> int:
        return self.grid.n_cols

    def starts(self, r: int) -> list[GridCell]:
        """Cells whose top-left corner is in row ``r``."""
        seen: list[GridCell] = []
        for c in range(self.n_cols):
            cell = self.own[r][c]
            if cell is not None and cell.r0 == r and cell.c0 == c:
                seen.append(cell)
        return seen

    def row_texts(self, r: int, *, expand_h: bool, expand_v: bool) -> list[str]:
        out = []
        for c in range(self.n_cols):
            cell = self.own[r][c]
            if cell is None:
                out.append("")
                continue
            first_col = cell.c0 == c
            first_row = cell.r0 == r
            if (first_col or expand_h) and (first_row or expand_v):
                out.append(cell.text)
            else:
                out.append("")
        return out


def _coverage(part: Part, r: int) -> float:
    covered = sum(1 for c in range(part.n_cols) if part.own[r][c] is not None and part.own[r][c].text.strip())
    return covered / part.n_cols if part.n_cols else 0.0


def _text_only(part: Part, r: int) -> bool:
    texts = [c.text.strip() for c in part.starts(r) if c.text.strip()]
    return bool(texts) and not any(_is_numeric(t) for t in texts)


def is_column_number_row(texts: list[str]) -> bool:
    """``1 | 2 | 3 | … | 7=(4)+(5)+(6) | 8``: the row that numbers the columns."""
    vals = [t.strip() for t in texts if t.strip()]
    if len(vals) < max(3, len(texts) // 2):
        return False
    if not all(_COLNUM.match(v) for v in vals):
        return False
    nums = [int(v.strip("()")) for v in vals if v.strip("()").isdigit()]
    return len(nums) >= 3 and nums == sorted(nums) and len(set(nums)) == len(nums)


_BARE_YEAR = re.compile(r"^(19[89]\d|20[0-4]\d)$")


def _year_header_row(part: Part, r: int) -> bool:
    """``TT | Chỉ số thành phần | 2017 | 2018 | 2019 | 2020``: a header whose columns are years.

    Bare years look like numbers, so the row is taken for a header only when the
    years run in order, every other cell is text, and the row below does not hold
    bare years in the same columns (then they would be counts, not column names).
    """
    cells = [c for c in part.starts(r) if c.text.strip()]
    years = [c for c in cells if _BARE_YEAR.match(c.text.strip())]
    if len(years) < 2 or any(_is_numeric(c.text) for c in cells if c not in years):
        return False
    values = [int(c.text.strip()) for c in years]
    if len(set(values)) != len(values) or values not in (sorted(values), sorted(values, reverse=True)):
        return False
    if r + 1 < part.grid.n_rows:
        below = part.row_texts(r + 1, expand_h=False, expand_v=False)
        if any(_BARE_YEAR.match(below[c.c0].strip()) for c in years):
            return False
    return True


def detect_header(part: Part) -> int:
    """How many rows at the top of a part are header rows (0 for a bare continuation)."""
    n = part.grid.n_rows
    if n < 2 or not (_text_only(part, 0) or _year_header_row(part, 0)) or _coverage(part, 0) < 0.6:
        return 0
    if part.n_cols > 1 and is_roman(part.own[0][0].text if part.own[0][0] else ""):
        return 0
    h = max((cell.r1 for cell in part.starts(0)), default=1)
    while h < n:
        texts = part.row_texts(h, expand_h=True, expand_v=True)
        if is_column_number_row(texts):
            h += 1
            continue
        spanned_above = any(cell.c1 - cell.c0 > 1 for r in range(h) for cell in part.starts(r))
        if spanned_above and _text_only(part, h) and _coverage(part, h) >= 0.6 and not _is_group_code(texts):
            h = max(h + 1, max((cell.r1 for cell in part.starts(h)), default=h + 1))
            continue
        break
    return min(h, n)


def _is_group_code(texts: list[str]) -> bool:
    first = texts[0].strip() if texts else ""
    return is_roman(first) or bool(re.fullmatch(r"[A-ZĐ]\.?", first))


def _fold_row(texts: list[str]) -> str:
    return "|".join(re.sub(r"\s+", "", t).lower() for t in texts)


def _same_header_row(a: list[str], b: list[str]) -> bool:
    """Whether two rows are the same header row, allowing for how a repeat is drawn.

    A word processor repeating a header on the next page may wrap or clip a long
    header cell differently ("Điểm tự đánh giá (đã thẩm" / "định)" pushed into the
    row below), so the rows are compared by similarity, not equality.
    """
    fa, fb = _fold_row(a), _fold_row(b)
    if not fa.replace("|", "") or not fb.replace("|", ""):
        return False
    return fa == fb or SequenceMatcher(None, fa, fb, autojunk=False).ratio() >= 0.8


def _repeated_header_rows(part: Part, header: list[list[str]]) -> int:
    """How many rows at the top of a continuation part repeat the table's header."""
    k = 0
    while k < min(len(header), part.grid.n_rows):
        if not _same_header_row(part.row_texts(k, expand_h=True, expand_v=True), header[k]):
            break
        k += 1
    return k


@dataclass
class Logical:
    """A table being assembled from one or more parts."""

    parts: list[Part] = field(default_factory=list)
    header: list[list[str]] = field(default_factory=list)
    header_cells: list[HeaderCell] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    bold: list[bool] = field(default_factory=list)
    italic: list[bool] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)
    boxes: list[list[Box | None]] = field(default_factory=list)
    fonts: list[list[str | None]] = field(default_factory=list)
    confidence: list[list[float | None]] = field(default_factory=list)
    title: str | None = None
    title_font: str | None = None
    header_fonts: list[list[str | None]] = field(default_factory=list)

    def add_body(self, part: Part, start: int) -> None:
        g = part.grid
        for r in range(start, g.n_rows):
            texts = part.row_texts(r, expand_h=False, expand_v=True)
            cells = [part.own[r][c] for c in range(part.n_cols)]
            if not any(t.strip() for t in texts):
                continue
            visible = [c for c, t in zip(cells, texts, strict=True) if c is not None and t.strip()]
            self.rows.append(texts)
            self.bold.append(bool(visible) and all(c.bold for c in visible))
            # emphasised: every cell bold or italic, at least one italic (a sub-total
            # row printed with its code in bold and its name in italics)
            italics = [chars_italic(c.chars) for c in visible]
            self.italic.append(
                bool(visible) and any(italics) and all(i or c.bold for i, c in zip(italics, visible, strict=True))
            )
            self.pages.append(g.page)
            self.boxes.append(
                [Box(page=g.page, x0=c.bbox[0], top=c.bbox[1], x1=c.bbox[2], bottom=c.bbox[3]) if c else None
                 for c in cells]
            )
            self.fonts.append([c.font if c else None for c in cells])
            self.confidence.append([c.confidence if c else None for c in cells])


def _header_of(part: Part) -> tuple[list[list[str]], list[HeaderCell]]:
    rows = [part.row_texts(r, expand_h=True, expand_v=True) for r in range(part.header_n)]
    cells = [
        HeaderCell(text=c.text, row=c.r0, col=c.c0, rowspan=min(c.r1, part.header_n) - c.r0, colspan=c.c1 - c.c0)
        for r in range(part.header_n)
        for c in part.starts(r)
    ]
    return rows, cells


def _complementary(a: list[str], b: list[str]) -> bool:
    """No column holds text in both rows (the two halves of a row split by a page break)."""
    return all(not (x.strip() and y.strip()) for x, y in zip(a, b, strict=True))


def _continues(prev: Part, nxt: Part, header: list[list[str]]) -> bool:
    """Whether ``nxt`` (first table of a page) continues ``prev`` (last table of the page before)."""
    if nxt.grid.page != prev.grid.page + 1 or not (prev.bottom_of_page and nxt.top_of_page):
        return False
    if nxt.n_cols != prev.n_cols:
        return False
    if header and _repeated_header_rows(nxt, header):
        return True
    xs_a, xs_b = prev.grid.xs, nxt.grid.xs
    if len(xs_a) == len(xs_b) and all(abs(a - b) <= 4 for a, b in zip(xs_a, xs_b, strict=True)):
        return True
    return nxt.header_n == 0


def assemble(parts: list[Part], doc: str, method: Method) -> list[Table]:
    """Group parts into logical tables (stitching page breaks) and build :class:`Table` objects."""
    logicals: list[Logical] = []
    for part in parts:
        part.header_n = detect_header(part)
        cur = logicals[-1] if logicals else None
        if cur is not None and _continues(cur.parts[-1], part, cur.header):
            start = _repeated_header_rows(part, cur.header)
            if start and part.header_n > start and _same_header_row(
                part.row_texts(0, expand_h=True, expand_v=True), cur.header[0]
            ):
                start = part.header_n
            n_before = len(cur.rows)
            cur.parts.append(part)
            cur.add_body(part, start)
            _join_split_row(cur, n_before)
            continue
        lg = Logical(title=part.title, title_font=part.title_font)
        lg.header, lg.header_cells = _header_of(part)
        lg.header_fonts = [
            [c.font if c is not None else None for c in part.own[r]] for r in range(part.header_n)
        ]
        lg.parts.append(part)
        lg.add_body(part, part.header_n)
        logicals.append(lg)
    tables: list[Table] = []
    for lg in logicals:
        if not lg.rows and not lg.header:
            continue
        width = lg.parts[0].n_cols
        if width < 2 or (len(lg.rows) + len(lg.header)) < 2:
            continue
        pages = sorted({p.grid.page for p in lg.parts})
        tables.append(
            Table(
                doc=doc,
                index=len(tables) + 1,
                pages=pages,
                method=method,
                title=lg.title,
                title_font=lg.title_font,
                header_fonts=lg.header_fonts or None,
                header=lg.header,
                header_cells=lg.header_cells,
                rows=lg.rows,
                row_kinds=["group" if b else "data" for b in lg.bold],
                row_pages=lg.pages,
                row_bold=lg.bold,
                row_italic=lg.italic,
                cell_boxes=lg.boxes,
                cell_confidence=lg.confidence if any(any(v is not None for v in r) for r in lg.confidence) else None,
                font_hints=lg.fonts,
            )
        )
    return tables


_CAPTION_LABEL = re.compile(r"^\s*(bảng|biểu|phụ lục|hình)\s*(số\s*)?[\dIVX]+", re.IGNORECASE)
_CONTINUATION_START = re.compile(r"^[a-zà-ỹđ(+\-–,;.:]")


def _text_continues(a: list[str], b: list[str]) -> bool:
    """``b`` is the rest of ``a``'s text pushed to the next page (word processors
    split a tall row over the break): no row number, no numbers, and either no
    label either or a label that starts mid-sentence."""
    if b[0].strip() or any(_is_numeric(t) for t in b if t.strip()):
        return False
    first = next((t.strip() for t in b if t.strip()), "")
    return not b[1].strip() or bool(_CONTINUATION_START.match(first))


def _caps_continues(a: list[str], b: list[str]) -> bool:
    """A heading in capitals cut by the page break ("II | CẢI CÁCH THỦ TỤC HÀNH" / "CHÍNH"):
    ``b`` holds capitals only, in the one column where ``a`` ends in capitals, and no code."""
    filled = [j for j, t in enumerate(b) if t.strip()]
    if len(filled) != 1 or b[0].strip() or not a[filled[0]].strip():
        return False
    j = filled[0]
    letters_b = [ch for ch in b[j] if ch.isalpha()]
    letters_a = [ch for ch in a[j] if ch.isalpha()]
    return bool(letters_b) and all(ch.isupper() for ch in letters_b) and all(ch.isupper() for ch in letters_a)


def _orphan_text(lg: Logical, k: int) -> bool:
    """Row ``k``, first on its page, holds only words in cells the row above also
    fills, no code and no number — in a table whose rows all carry numbers (a name
    the page break cut: "Chủ tịch Hội Cựu Chiến binh" / "Việt Nam")."""
    a, b = lg.rows[k - 1], lg.rows[k]
    if b[0].strip() or any(_is_numeric(t) for t in b if t.strip()):
        return False
    if any(t.strip() and not x.strip() for x, t in zip(a, b, strict=True)):
        return False
    earlier = lg.rows[:k]
    with_numbers = sum(any(_is_numeric(t) for t in r if t.strip()) for r in earlier)
    return len(earlier) >= 3 and with_numbers == len(earlier)


def _join_split_row(lg: Logical, first_new: int) -> None:
    """Join the row a page break cut in two.

    Two shapes occur: the halves fill complementary cells (code and numbers
    above the break, the name below — a hand-made table), or the second half
    continues the text of the same cells (a word processor splitting a tall
    row).
    """
    if first_new == 0 or first_new >= len(lg.rows):
        return
    a, b = lg.rows[first_new - 1], lg.rows[first_new]
    if lg.bold[first_new] != lg.bold[first_new - 1] or not any(t.strip() for t in b):
        return
    if not b[0].strip() and _complementary(a, b) and any(t.strip() for t in a[1:]):
        lg.rows[first_new - 1] = [x if x.strip() else y for x, y in zip(a, b, strict=True)]
    elif _text_continues(a, b) or _orphan_text(lg, first_new) or _caps_continues(a, b):
        lg.rows[first_new - 1] = [" ".join(t for t in (x.strip(), y.strip()) if t) for x, y in zip(a, b, strict=True)]
    else:
        return
    lg.boxes[first_new - 1] = [
        x if x is not None else y for x, y in zip(lg.boxes[first_new - 1], lg.boxes[first_new], strict=True)
    ]
    lg.fonts[first_new - 1] = [x or y for x, y in zip(lg.fonts[first_new - 1], lg.fonts[first_new], strict=True)]
    for lst in (lg.rows, lg.bold, lg.italic, lg.pages, lg.boxes, lg.fonts, lg.confidence):
        del lst[first_new]


def caption_above(lines: list[Line], table_top: float, left: float, right: float) -> str | None:
    """The caption's text (see :func:`caption_block`)."""
    return caption_block(lines, table_top, left, right)[0]


def caption_block(lines: list[Line], table_top: float, left: float, right: float) -> tuple[str | None, str | None]:
    """The bold or centred block of lines just above a table, joined with spaces.

    ``left``/``right`` bound the page's text area: a line is centred when it
    leaves room on both sides and its middle is the area's middle (a justified
    narrative line spans the whole area and is not).
    """
    above = [ln for ln in lines if ln.bottom <= table_top + 1]
    above.sort(key=lambda ln: ln.top)
    block: list[Line] = []
    limit = table_top
    mid = (left + right) / 2
    for ln in reversed(above):
        gap = limit - ln.bottom
        max_gap = 2.5 * ln.size if not block else 1.6 * ln.size
        if gap > max_gap:
            break
        if not block and UNIT_LINE.match(ln.text):
            limit = ln.top  # "Đơn vị tính: hồ sơ", set right between the caption and the table
            continue
        centre = (ln.x0 + ln.x1) / 2
        centred = abs(centre - mid) < 12 and ln.x0 > left + 15 and ln.x1 < right - 15
        if not (ln.bold or centred):
            break
        block.append(ln)
        limit = ln.top
        if len(block) >= 4:
            break
    if not block:
        return None, None
    block.reverse()
    # a section heading or a sentence above the caption proper ("I. KẾT QUẢ …" over
    # "Bảng 1. …") is not part of it: the caption starts at its label
    labelled = [k for k, ln in enumerate(block) if _CAPTION_LABEL.match(ln.text)]
    if labelled:
        block = block[labelled[-1]:]
    fonts = [ln.font for ln in block if ln.font]
    return " ".join(ln.text for ln in block), (max(set(fonts), key=fonts.count) if fonts else None)
