"""A table part as a grid of cells with spans, independent of how it was found.

Ruled tables (pdfplumber's cell boxes), whitespace-aligned tables (column
gaps) and OCR tables (ruling lines found in the image) all end up as a
:class:`Grid`: column and row boundaries plus cells that may span several of
each.  Everything after that — header detection, stitching over page breaks,
row kinds — works on grids and does not care where they came from.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from extract.chars import Char, chars_text, group_lines


@dataclass
class GridCell:
    r0: int
    r1: int  # exclusive
    c0: int
    c1: int  # exclusive
    bbox: tuple[float, float, float, float]
    text: str = ""
    bold: bool = False
    font: str | None = None
    confidence: float | None = None
    chars: list[Char] = field(default_factory=list, repr=False)


@dataclass
class Grid:
    """One table on one page."""

    page: int
    bbox: tuple[float, float, float, float]
    n_rows: int
    n_cols: int
    cells: list[GridCell] = field(default_factory=list)
    xs: list[float] = field(default_factory=list)
    chars: list[Char] = field(default_factory=list, repr=False)
    gap_columns: bool = False  # columns were inferred from text gaps, not drawn

    def row_bounds(self) -> list[float]:
        """The y boundaries of the grid's rows."""
        return sorted({c.bbox[1] for c in self.cells} | {c.bbox[3] for c in self.cells})

    def owner(self) -> list[list[GridCell | None]]:
        """For every grid position, the cell covering it."""
        own: list[list[GridCell | None]] = [[None] * self.n_cols for _ in range(self.n_rows)]
        for cell in self.cells:
            for r in range(cell.r0, cell.r1):
                for c in range(cell.c0, cell.c1):
                    own[r][c] = cell
        return own


def _snap(values: list[float], tol: float) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tol:
            out.append(v)
    return out


def _index(bounds: list[float], v: float, tol: float) -> int:
    i = bisect.bisect_left(bounds, v - tol)
    return min(i, len(bounds) - 1)


def grid_from_boxes(
    page: int, boxes: list[tuple[float, float, float, float]], chars: list[Char], tol: float = 2.0
) -> Grid | None:
    """Build a grid from cell boxes (x0, top, x1, bottom) and fill it with text.

    Spans follow from the boxes: a box that covers two column boundaries
    spans two columns.  Each character goes to the box containing its centre.
    """
    if not boxes:
        return None
    xs = _snap([b[0] for b in boxes] + [b[2] for b in boxes], tol)
    ys = _snap([b[1] for b in boxes] + [b[3] for b in boxes], tol)
    n_cols, n_rows = len(xs) - 1, len(ys) - 1
    if n_cols < 1 or n_rows < 1:
        return None
    cells: list[GridCell] = []
    for b in boxes:
        c0, c1 = _index(xs, b[0], tol), _index(xs, b[2], tol)
        r0, r1 = _index(ys, b[1], tol), _index(ys, b[3], tol)
        if c1 <= c0 or r1 <= r0:
            continue
        cells.append(GridCell(r0, r1, c0, c1, b))
    grid = Grid(page, (xs[0], ys[0], xs[-1], ys[-1]), n_rows, n_cols, cells, xs, chars=chars)
    own = grid.owner()
    buckets: dict[int, list[Char]] = {}
    ids = {id(c): c for c in cells}
    for ch in chars:
        cx = (ch["x0"] + ch["x1"]) / 2
        cy = (ch["top"] + ch["bottom"]) / 2
        if not (xs[0] <= cx <= xs[-1] and ys[0] <= cy <= ys[-1]):
            continue
        ci = min(max(bisect.bisect_right(xs, cx) - 1, 0), n_cols - 1)
        ri = min(max(bisect.bisect_right(ys, cy) - 1, 0), n_rows - 1)
        cell = own[ri][ci]
        if cell is not None:
            buckets.setdefault(id(cell), []).append(ch)
    for key, cchars in buckets.items():
        cell = ids[key]
        cell.chars = cchars
        cell.text, cell.bold, cell.font = chars_text(cchars)
    _split_full_width(grid)
    return grid


def _words(chars: list[Char]) -> list[list[Char]]:
    """Runs of glyphs with no word space between them, line by line."""
    out: list[list[Char]] = []
    for line in group_lines(chars):
        word: list[Char] = []
        for c in line:
            if not c["text"].strip() or (word and c["x0"] - word[-1]["x1"] > 0.15 * c["size"]):
                if word:
                    out.append(word)
                word = [] if not c["text"].strip() else [c]
            else:
                word.append(c)
        if word:
            out.append(word)
    return out


def _split_full_width(grid: Grid) -> None:
    """Split a row-wide cell whose text sits in the table's columns.

    Tables ruled with vertical lines in the header only (horizontal rules
    between body rows) come out with each body row as one cell spanning the
    width.  When every word of such a cell lies inside one column of the
    grid and at least two columns get words, the cell is really a row of
    cells.  A centred heading crossing a column line is left whole.
    """
    if grid.n_cols < 2:
        return
    xs = grid.xs
    for cell in list(grid.cells):
        if not (cell.c0 == 0 and cell.c1 == grid.n_cols and cell.chars):
            continue
        cols: dict[int, list[Char]] = {}
        ok = True
        for word in _words(cell.chars):
            ws = {min(max(bisect.bisect_right(xs, (c["x0"] + c["x1"]) / 2) - 1, 0), grid.n_cols - 1) for c in word}
            if len(ws) != 1:
                ok = False
                break
            cols.setdefault(ws.pop(), []).extend(word)
        if not ok or len(cols) < 2:
            continue
        grid.cells.remove(cell)
        for c in range(grid.n_cols):
            b = (xs[c], cell.bbox[1], xs[c + 1], cell.bbox[3])
            new = GridCell(cell.r0, cell.r1, c, c + 1, b, chars=cols.get(c, []))
            if new.chars:
                new.text, new.bold, new.font = chars_text(new.chars)
            grid.cells.append(new)


def _char_segments(chars: list[Char], factor: float = 1.0) -> list[tuple[float, float]]:
    """Horizontal extents of runs of characters separated by gaps wider than ``factor`` em."""
    vis = sorted((c for c in chars if c["text"].strip()), key=lambda c: c["x0"])
    segs: list[list[float]] = []
    for c in vis:
        gap = max(factor * c["size"], 2.5)
        if segs and c["x0"] - segs[-1][1] <= gap:
            segs[-1][1] = max(segs[-1][1], c["x1"])
        else:
            segs.append([c["x0"], c["x1"]])
    return [(a, b) for a, b in segs]


def split_columns_by_gaps(grid: Grid, chars: list[Char]) -> Grid:
    """Columns for a ruled table drawn with horizontal rules only.

    Such a table comes out of the line finder as one column.  Columns are
    the x-ranges between gaps that no row's text crosses; a row whose text
    runs across a gap (a spanning group heading) is ignored when finding
    gaps and keeps its text in the first column.
    """
    x0, top, x1, bottom = grid.bbox
    ys = sorted({c.bbox[1] for c in grid.cells} | {c.bbox[3] for c in grid.cells})
    rows_chars: list[list[Char]] = [[] for _ in range(len(ys) - 1)]
    for ch in chars:
        cy = (ch["top"] + ch["bottom"]) / 2
        r = bisect.bisect_right(ys, cy) - 1
        if 0 <= r < len(rows_chars):
            rows_chars[r].append(ch)
    # a column gap is an x-range that (nearly) no row puts a glyph in; word
    # spaces fall at different places in different rows and do not survive
    row_segs = [_char_segments(rc) for rc in rows_chars]
    width = x1 - x0
    usable = [
        [(c["x0"], c["x1"]) for c in rc if c["text"].strip()]
        for rc, s in zip(rows_chars, row_segs, strict=True)
        if s and not (len(s) == 1 and s[0][1] - s[0][0] > 0.6 * width)
    ]
    if len(usable) < 2:
        return grid
    allowed = len(usable) // 6  # a few spanning headings may cross a gap
    steps = int(width) + 1
    blocked = [0] * steps
    for segs in usable:
        for a, b in segs:
            for k in range(max(int(a - x0), 0), min(int(b - x0) + 1, steps)):
                blocked[k] += 1
    first = min(a for segs in usable for a, _ in segs) - x0
    last = max(b for segs in usable for _, b in segs) - x0
    cuts: list[float] = []
    k = int(first) + 1
    while k < int(last):
        if blocked[k] <= allowed:
            start = k
            while k < int(last) and blocked[k] <= allowed:
                k += 1
            if k - start >= 4:
                cuts.append(x0 + (start + k) / 2)
        k += 1
    if not cuts:
        return grid
    xs = [x0, *cuts, x1]
    boxes = [(xs[c], ys[r], xs[c + 1], ys[r + 1]) for r in range(len(ys) - 1) for c in range(len(xs) - 1)]
    new = grid_from_boxes(grid.page, boxes, chars)
    if new is None:
        return grid
    new.gap_columns = True
    # a spanning heading row: put all its text in the first column
    own = new.owner()
    for r, segs in enumerate(row_segs):
        if segs and len(segs) == 1 and segs[0][1] - segs[0][0] > 0.6 * width:
            first = own[r][0]
            if first is not None:
                first.text, first.bold, first.font = chars_text(rows_chars[r])
                first.c1 = new.n_cols
                for c in range(1, new.n_cols):
                    cell = own[r][c]
                    if cell is not None and cell is not first:
                        new.cells.remove(cell)
    return new
