"""Tables printed without ruling lines, found from column alignment.

Older reports (and text copied into a PDF by tools that drop borders) print
tables as aligned columns.  We only accept such a table when a header line
gives the columns — at least three separate text segments — and the lines
under it carry numbers that fall under those columns; anything less would
turn ordinary paragraphs into tables.  Label cells wrapped over two lines
are attached to the line that holds the row's numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.chars import Char, chars_text, group_lines
from extract.grid import Grid, GridCell

_NUM = re.compile(r"^[-+−–]?\s?\d[\d.,]*\s?%?$|^-$")
_YEAR = re.compile(r"^(19|20)\d\d$")
_ROW_CODE = re.compile(r"^(?:[IVX]{1,4}|[A-ZĐ]|\d{1,3})[.)]?(?:\s|$)")


@dataclass
class Segment:
    chars: list[Char]
    x0: float
    x1: float
    text: str

    @property
    def numeric(self) -> bool:
        return bool(_NUM.match(self.text))


@dataclass
class LineSegs:
    chars: list[Char]
    segs: list[Segment]
    top: float
    bottom: float
    size: float


def _segments(line: list[Char]) -> LineSegs:
    visible = [c for c in line if c["text"].strip()]
    if not visible:
        return LineSegs(line, [], 0.0, 0.0, 0.0)
    size = sorted(c["size"] for c in visible)[len(visible) // 2] if visible else 10.0
    segs: list[list[Char]] = []
    prev = None
    for c in sorted(visible, key=lambda c: c["x0"]):
        if prev is None or c["x0"] - prev["x1"] > max(1.0 * size, 6.0):
            segs.append([c])
        else:
            segs[-1].append(c)
        prev = c
    out = [Segment(s, s[0]["x0"], max(c["x1"] for c in s), chars_text(s)[0]) for s in segs]
    return LineSegs(line, out, min(c["top"] for c in visible), max(c["bottom"] for c in visible), size)


def _column_of(seg: Segment, cols: list[tuple[float, float]]) -> int:
    """The column whose span overlaps the segment most (nearest centre on a tie)."""
    best, best_key = 0, (-1e9, 0.0)
    centre = (seg.x0 + seg.x1) / 2
    for i, (a, b) in enumerate(cols):
        overlap = min(seg.x1, b) - max(seg.x0, a)
        key = (overlap, -abs(centre - (a + b) / 2))
        if key > best_key:
            best, best_key = i, key
    return best


def find_tables(page: int, chars: list[Char]) -> tuple[list[Grid], list[Char]]:
    """Whitespace tables on a page, and the characters that are not in them."""
    lines = [_segments(ln) for ln in group_lines(chars)]
    lines = [ln for ln in lines if ln.segs]
    grids: list[Grid] = []
    used: set[int] = set()
    used_lines: set[int] = set()
    i = 0
    while i < len(lines):
        head = lines[i]
        if id(head) in used_lines or any(s.numeric and not _YEAR.match(s.text) for s in head.segs):
            i += 1
            continue
        # a header wrapped over lines (or with cells centred over two lines): the
        # lines right under it hold only words or bare years ("Năm" / "2021"); the
        # columns are the texts of all these lines taken together
        heads = [head]
        j = i + 1
        while j < len(lines) and len(heads) < 5:
            ln = lines[j]
            if ln.top - heads[-1].bottom > 0.8 * ln.size or not all(
                not s.numeric or _YEAR.match(s.text) for s in ln.segs
            ):
                break
            # once the header shows its columns, a line with text outside them, or one
            # that starts with a row code ("I | SỞ NGÀNH"), is the first body row
            so_far = _header_columns(heads)
            if len(so_far) >= 3 and (
                _ROW_CODE.match(ln.segs[0].text)
                or not all(any(s.x0 < b and a < s.x1 for a, b in so_far) for s in ln.segs)
            ):
                break
            heads.append(ln)
            j += 1
        cols = _header_columns(heads)
        if len(cols) < 3:
            i += 1
            continue
        body: list[LineSegs] = []
        last = heads[-1]
        while j < len(lines):
            ln = lines[j]
            if ln.top - last.bottom > 2.2 * ln.size:
                break
            numeric = sum(s.numeric for s in ln.segs)
            if numeric == 0 and not (len(ln.segs) == 1 and ln.segs[0].x1 < cols[1][0]):
                # a wrapped name: a line of words set as tightly as the rows around it,
                # with a numbered row right after it (a paragraph has neither)
                nxt = lines[j + 1] if j + 1 < len(lines) else None
                tight = ln.top - last.bottom <= 0.8 * ln.size
                if not (tight and nxt is not None and nxt.top - ln.bottom <= 0.8 * ln.size
                        and any(s.numeric for s in nxt.segs)):
                    break
            body.append(ln)
            last = ln
            j += 1
        numeric_rows = [ln for ln in body if any(s.numeric for s in ln.segs)]
        if len(numeric_rows) < 2:
            i += 1
            continue
        grid = _build(page, heads, body)
        if grid is None:
            i += 1
            continue
        grids.append(grid)
        used.update(id(c) for ln in [*heads, *body] for c in ln.chars)
        used_lines.update(id(ln) for ln in [*heads, *body])
        i = j
    rest = [c for c in chars if id(c) not in used]
    return grids, rest


def _header_columns(heads: list[LineSegs]) -> list[tuple[float, float]]:
    """Column spans from every header line: overlapping texts of different lines are one column."""
    spans = sorted((s.x0, s.x1) for h in heads for s in h.segs)
    cols: list[tuple[float, float]] = []
    for a, b in spans:
        if cols and a < cols[-1][1]:
            cols[-1] = (cols[-1][0], max(cols[-1][1], b))
        else:
            cols.append((a, b))
    return cols


def _build(page: int, heads: list[LineSegs], body: list[LineSegs]) -> Grid | None:
    cols = _header_columns(heads)
    # a label column without a header word, left of the first header segment — unless
    # body text runs from there into the first header's span: then that header is
    # centred over a left-aligned label column, which starts further left
    first = cols[0][0]
    left_edge = min(s.x0 for ln in body for s in ln.segs)
    segs = [s for ln in body for s in ln.segs]
    # a header centred over left-aligned body text: the column starts where the text does
    for k, (a, b) in enumerate(cols):
        lo = cols[k - 1][1] if k else -1e9
        straddling = [s.x0 for s in segs if lo < s.x0 < a - 2 and s.x1 > a + 2]
        if straddling:
            cols[k] = (min(straddling), b)
    if not any(s.x0 < first - 2 and s.x1 > first + 2 for s in segs) and any(s.x1 < first - 2 for s in segs):
        cols.insert(0, (left_edge, first - 2))
    # widen each column to the midpoint of the gap to its neighbours
    bounds: list[tuple[float, float]] = []
    for k, (a, b) in enumerate(cols):
        left = (cols[k - 1][1] + a) / 2 if k else a - 50
        right = (b + cols[k + 1][0]) / 2 if k + 1 < len(cols) else b + 50
        bounds.append((left, right))
    n = len(cols)
    # a row starts at a line with numbers, or at a heading line led by a row code in
    # the first column ("I | SỞ NGÀNH", a group row without numbers)
    first_col_end = (cols[0][1] + cols[1][0]) / 2 if len(cols) > 1 else cols[0][1]
    numeric_idx = [
        k for k, ln in enumerate(body)
        if any(s.numeric for s in ln.segs)
        or (len(ln.segs) > 1 and _ROW_CODE.match(ln.segs[0].text) and ln.segs[0].x1 <= first_col_end)
    ]
    # attach each text-only line to the nearer numeric line (the following one on a tie)
    owner: list[int] = []
    for k, ln in enumerate(body):
        if k in numeric_idx:
            owner.append(k)
            continue
        prev = max((m for m in numeric_idx if m < k), default=None)
        nxt = min((m for m in numeric_idx if m > k), default=None)
        if prev is None and nxt is None:
            return None
        if nxt is None or (prev is not None and ln.top - body[prev].bottom < body[nxt].top - ln.bottom):
            owner.append(prev)  # type: ignore[arg-type]
        else:
            owner.append(nxt)
    rows: list[list[list[Char]]] = [[[] for _ in range(n)]]
    tops = [min(h.top for h in heads)]
    bottoms = [heads[-1].bottom]
    for h in heads:
        for s in h.segs:
            rows[0][_column_of(s, bounds)].extend(s.chars)
    order = {m: r + 1 for r, m in enumerate(numeric_idx)}
    for _ in numeric_idx:
        rows.append([[] for _ in range(n)])
        tops.append(1e9)
        bottoms.append(0.0)
    for k, ln in enumerate(body):
        r = order[owner[k]]
        tops[r] = min(tops[r], ln.top)
        bottoms[r] = max(bottoms[r], ln.bottom)
        for s in ln.segs:
            rows[r][_column_of(s, bounds)].extend(s.chars)
    x0, x1 = bounds[0][0], bounds[-1][1]
    cells: list[GridCell] = []
    for r, row in enumerate(rows):
        for c, cchars in enumerate(row):
            cell = GridCell(r, r + 1, c, c + 1, (bounds[c][0], tops[r] - 1, bounds[c][1], bottoms[r] + 1))
            if cchars:
                cell.text, cell.bold, cell.font = chars_text(cchars)
            cells.append(cell)
    xs = [b[0] for b in bounds] + [bounds[-1][1]]
    return Grid(page, (x0, tops[0] - 1, x1, bottoms[-1] + 1), len(rows), n, cells, xs)
