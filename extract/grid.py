"""A table part as a grid of cells with spans, independent of how it was found.

Ruled tables (pdfplumber's cell boxes), whitespace-aligned tables (column
gaps) and OCR tables (ruling lines found in the image) all end up as a
:class:`Grid`: column and row boundaries plus cells that may span several of
each.  Everything after that — header detection, stitching over page breaks,
row kinds — works on grids and does not care where they came from.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from extract.chars import Char, all_bold, chars_text, group_lines


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
    # for gap columns found from the header: the x-range (between two header texts)
    # each inner boundary may move within when a later page shows more of the body
    gap_windows: list[tuple[float, float]] | None = None

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


_NUMBER = re.compile(r"^[-+−–]?\s?\d[\d.,]*\s?%?(\s?/\s?\d[\d.,]*)?$")


def _seg_text(chars: list[Char], a: float, b: float) -> str:
    return "".join(c["text"] for c in sorted(chars, key=lambda c: c["x0"]) if a <= c["x0"] and c["x1"] <= b + 0.01)


def _header_rows(rows_chars: list[list[Char]], row_segs: list[list[tuple[float, float]]]) -> int:
    """How many leading rows look like header rows (text, column names, column numbers).

    A header row holds no bare number; the first row that does starts the body.
    At most three rows are taken: headers are short, and a table of text rows
    would otherwise be all header.
    """
    n = 0
    for rc, segs in zip(rows_chars, row_segs, strict=True):
        if n >= 3 or not segs:
            break
        # (line by line: a band may hold several body rows, whose numbers share x-ranges)
        if any(_NUMBER.match(_seg_text(ln, a, b).strip())
               for ln in group_lines([c for c in rc if c["text"].strip()]) for a, b in _char_segments(ln)):
            break
        n += 1
    return n


def _header_cut(chars: list[Char]) -> float | None:
    """Where the header ends in a boxed table without inner lines: under the lines of words before the
    first line with a number, when those lines hold three texts or more (column names) and numbered
    lines follow."""
    lines = group_lines([c for c in chars if c["text"].strip()])
    head: list[list[Char]] = []
    for k, ln in enumerate(lines):
        segs = _char_segments(ln)
        numbered = any(_NUMBER.match(_seg_text(ln, a, b).strip()) for a, b in segs)
        # a single text at the left edge after the column names: the first (heading) row of the body
        heading = (len(segs) == 1 and any(len(_char_segments(h)) >= 3 for h in head)
                   and segs[0][0] <= min(c["x0"] for h in head for c in h) + 3)
        if numbered or heading:
            if k == 0 or sum(len(_char_segments(h)) for h in head) < 3 or k + 1 >= len(lines):
                return None
            return (max(c["bottom"] for c in lines[k - 1]) + min(c["top"] for c in ln)) / 2
        head.append(ln)
        if len(head) > 4:
            return None
    return None


def _header_band_gaps(chars: list[Char], band_segs: list[tuple[float, float]]) -> list[list[float]]:
    """Gaps between the column names of one header band, a group heading set aside.

    A band between two rules may hold a group heading over its sub-column
    names (``Số lượng cơ quan, đơn vị`` over ``Sở ngành | UBND huyện | …``)
    when the table has no rule between the two: the heading's text would
    hide the gaps below it.  A text of one line of the band that lies over
    two or more texts of another line is such a heading and does not block
    gaps; the gaps are those between the remaining texts.
    """
    lines = [_char_segments(ln) for ln in group_lines(chars)]
    keep: list[tuple[float, float]] = []
    for i, segs in enumerate(lines):
        for a, b in segs:
            if not any(sum(1 for c, d in other if c < b and a < d) >= 2 for j, other in enumerate(lines) if j != i):
                keep.append((a, b))
    segs = sorted(keep) if keep else sorted(band_segs)
    merged: list[list[float]] = []
    for a, b in segs:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [[x[1], y[0]] for x, y in zip(merged, merged[1:], strict=False) if y[0] - x[1] >= 4]


def _occupancy(rows: list[list[Char]], x0: float, steps: int) -> list[int]:
    """For every point of x, how many rows put a glyph there."""
    blocked = [0] * steps
    for rc in rows:
        seen = set()
        for c in rc:
            if c["text"].strip():
                seen.update(range(max(int(c["x0"] - x0), 0), min(int(c["x1"] - x0) + 1, steps)))
        for k in seen:
            blocked[k] += 1
    return blocked


def _best_cut(blocked: list[int], lo: int, hi: int) -> tuple[int, float] | None:
    """The least-crossed point of [lo, hi): (rows crossing it, centre of the widest such run)."""
    if hi - lo < 1:
        return None
    low = min(blocked[lo:hi])
    best: tuple[int, int] | None = None
    k = lo
    while k < hi:
        if blocked[k] == low:
            start = k
            while k < hi and blocked[k] == low:
                k += 1
            if best is None or k - start > best[1] - best[0]:
                best = (start, k)
        k += 1
    assert best is not None
    return low, (best[0] + best[1]) / 2


def _rows_of(grid: Grid, chars: list[Char]) -> tuple[list[float], list[list[Char]]]:
    """The grid's row boundaries and the glyphs of each row."""
    ys = sorted({c.bbox[1] for c in grid.cells} | {c.bbox[3] for c in grid.cells})
    rows_chars: list[list[Char]] = [[] for _ in range(len(ys) - 1)]
    for ch in chars:
        cy = (ch["top"] + ch["bottom"]) / 2
        r = bisect.bisect_right(ys, cy) - 1
        if 0 <= r < len(rows_chars):
            rows_chars[r].append(ch)
    return ys, rows_chars


def _spanning(rows_chars: list[list[Char]], width: float) -> list[bool]:
    """Rows holding one run of text wider than most of the table (a full-width heading)."""
    out = []
    for rc in rows_chars:
        segs = _char_segments(rc)
        out.append(bool(segs) and len(segs) == 1 and segs[0][1] - segs[0][0] > 0.6 * width)
    return out


def split_columns_by_gaps(grid: Grid, chars: list[Char]) -> Grid:
    """Columns for a ruled table drawn with horizontal rules only.

    Such a table comes out of the line finder as one column.  The header says
    where the columns are: every gap between two header texts holds one column
    boundary, put where the fewest body rows have a glyph (a spanning group
    heading may cross it; a notes column's word spaces never become
    boundaries, because the "Ghi chú" header has no gap there).  Without a
    header row the boundaries are the x-ranges no row's text crosses.  A row
    whose text runs across a boundary keeps that text in one spanning cell.
    """
    x0, top, x1, bottom = grid.bbox
    ys, rows_chars = _rows_of(grid, chars)
    if len(rows_chars) == 1:
        # a table in a box with no line inside: its header is the word lines above the first number
        cut = _header_cut(rows_chars[0])
        if cut is not None:
            grid = Grid(grid.page, grid.bbox, 2, 1, [
                GridCell(0, 1, 0, 1, (x0, ys[0], x1, cut)), GridCell(1, 2, 0, 1, (x0, cut, x1, ys[1]))
            ], [x0, x1], chars)
            ys, rows_chars = _rows_of(grid, chars)
    row_segs = [_char_segments(rc) for rc in rows_chars]
    n_head = _header_rows(rows_chars, row_segs)
    if len(rows_chars) <= 3:
        # rules only above and below the header and at the end: the body rows share one band
        ys = _split_bands(ys, rows_chars, n_head)
        grid = Grid(grid.page, grid.bbox, len(ys) - 1, 1, [
            GridCell(r, r + 1, 0, 1, (x0, ys[r], x1, ys[r + 1])) for r in range(len(ys) - 1)
        ], [x0, x1], chars)
        ys, rows_chars = _rows_of(grid, chars)
        row_segs = [_char_segments(rc) for rc in rows_chars]
    width = x1 - x0
    steps = int(width) + 1
    spanning = _spanning(rows_chars, width)
    body = [rc for r, rc in enumerate(rows_chars) if r >= n_head and row_segs[r] and not spanning[r]]
    if len(body) + n_head < 2:
        return grid
    cuts: list[float] = []
    windows: list[tuple[float, float]] | None = None
    head_gaps: list[list[float]] = []
    for r in range(n_head):
        head_gaps.extend(_header_band_gaps(rows_chars[r], row_segs[r]))
    if head_gaps and body:
        # gaps of different header rows that overlap are one boundary (a two-row header)
        head_gaps.sort()
        merged = [head_gaps[0]]
        for g in head_gaps[1:]:
            if g[0] <= merged[-1][1]:
                merged[-1] = [max(merged[-1][0], g[0]), min(merged[-1][1], g[1])]
            else:
                merged.append(g)
        blocked = _occupancy(body, x0, steps)
        windows = []
        for ga, gb in merged:
            found = _best_cut(blocked, max(int(ga - x0) + 1, 0), min(int(gb - x0), steps))
            if found is not None and found[0] <= len(body) // 2:
                cuts.append(x0 + found[1])
                windows.append((ga, gb))
    else:
        usable = [rc for r, rc in enumerate(rows_chars) if row_segs[r] and not spanning[r]]
        if len(usable) < 2:
            return grid
        allowed = len(usable) // 6  # a few spanning headings may cross a gap
        blocked = _occupancy(usable, x0, steps)
        first = min(c["x0"] for rc in usable for c in rc) - x0
        last = max(c["x1"] for rc in usable for c in rc) - x0
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
    split = [y for r in range(n_head) if (y := _heading_split(rows_chars[r], xs)) is not None]
    if split:
        ys = sorted([*ys, *split])
        rows_chars = [[] for _ in range(len(ys) - 1)]
        for ch in chars:
            r = bisect.bisect_right(ys, (ch["top"] + ch["bottom"]) / 2) - 1
            if 0 <= r < len(rows_chars):
                rows_chars[r].append(ch)
    new = _regrid(grid, ys, xs, rows_chars, chars)
    if new is None:
        return grid
    for y in split:
        _merge_under_heading(new, ys.index(y))
    new.gap_windows = windows
    return new


def _heading_split(chars: list[Char], xs: list[float]) -> float | None:
    """Where a header band holding a group heading over its sub-column names is cut in two.

    The band's first line(s) cross a column boundary (``Số lượng cơ quan, đơn
    vị`` over four columns) while a later line has texts on both sides of
    that boundary; the cut goes between the two.  None when the band holds no such heading.
    """
    lines = group_lines([c for c in chars if c["text"].strip()])
    if len(lines) < 2:
        return None
    inner = xs[1:-1]

    def crossed(ln: list[Char]) -> set[int]:
        return {k for k, x in enumerate(inner) for a, b in _char_segments(ln) if a < x - 1 and x + 1 < b}

    def sides(ln: list[Char]) -> set[int]:
        segs = _char_segments(ln)
        return {k for k, x in enumerate(inner) if any(b <= x for _, b in segs) and any(a >= x for a, _ in segs)}

    head = crossed(lines[0])
    if not head:
        return None
    for k in range(1, len(lines)):
        if head & set().union(*(sides(ln) for ln in lines[k:])):
            if crossed(lines[k]) & head:
                return None  # the texts below still run across: not a heading over names
            return (max(c["bottom"] for c in lines[k - 1]) + min(c["top"] for c in lines[k])) / 2
        head |= crossed(lines[k])
    return None


def _merge_under_heading(grid: Grid, r: int) -> None:
    """After a header band was cut under its group heading (row ``r`` - 1 / row ``r``): every column the
    heading does not cover is one cell over both rows (``STT``, ``Nhóm``: merged vertically)."""
    own = grid.owner()
    for c in range(grid.n_cols):
        top, low = own[r - 1][c], own[r][c]
        if top is None or low is None or top is low or top.text.strip() or top.c1 - top.c0 != 1:
            continue
        if low.c1 - low.c0 != 1 and low.c0 != c:
            continue
        low.r0 = top.r0
        low.bbox = (low.bbox[0], top.bbox[1], low.bbox[2], low.bbox[3])
        grid.cells.remove(top)


def _is_number(text: str) -> bool:
    return bool(_NUMBER.match(text.strip()))


def _same_height(lines: list[list[Char]]) -> list[list[Char]]:
    """Lines that overlap vertically by most of their height are one line.

    OCR boxes of one printed line can differ by a few points from column to
    column (``71,21`` boxed apart from the rest of its row), and a row cut
    between them would leave an empty row and shift the ones below.
    """
    out: list[list[Char]] = []
    for ln in lines:
        top, bottom = min(c["top"] for c in ln), max(c["bottom"] for c in ln)
        if out:
            ptop, pbottom = min(c["top"] for c in out[-1]), max(c["bottom"] for c in out[-1])
            overlap = min(bottom, pbottom) - max(top, ptop)
            if overlap >= 0.6 * min(bottom - top, pbottom - ptop):
                out[-1] = sorted(out[-1] + ln, key=lambda c: c["x0"])
                continue
        out.append(ln)
    return out


def _heading_line(ln: list[Char], left: float, numbered_bold: list[bool]) -> bool:
    """A line of words that is a row of its own, not part of a wrapped name: a group heading
    (``1. Tiếp cận dịch vụ``, ``II. CẤP HUYỆN``) at the left edge of the labels, set in bold where the
    numbered rows are not (a code alone says nothing: an item's name may wrap after it)."""
    if min(c["x0"] for c in ln) > left + 3:
        return False
    return all_bold(ln) and bool(numbered_bold) and not any(numbered_bold)


def _split_bands(ys: list[float], rows_chars: list[list[Char]], n_head: int) -> list[float]:
    """Row boundaries inside bands that hold several body rows.

    A line holding a bare number starts a row; a text-only line (a wrapped
    name) belongs to the nearer of the numbered lines above and below it.
    """
    out = [ys[0]]
    for r, rc in enumerate(rows_chars):
        lines = _same_height(group_lines([c for c in rc if c["text"].strip()]))
        if r < n_head or len(lines) < 2:
            out.append(ys[r + 1])
            continue
        anchors = []
        numbered = [any(_is_number(_seg_text(ln, a, b)) for a, b in _char_segments(ln)) for ln in lines]
        plain_bold = [all_bold(ln) for k, ln in enumerate(lines) if numbered[k]]
        left = min(min(c["x0"] for c in ln) for ln in lines)
        for k, ln in enumerate(lines):
            # (the second line of a wrapped heading continues it)
            follows_heading = k > 0 and not numbered[k - 1] and all_bold(lines[k - 1])
            if numbered[k] or (_heading_line(ln, left, plain_bold) and not follows_heading):
                anchors.append(k)
        if len(anchors) < 2:
            out.append(ys[r + 1])
            continue
        owner = []
        for k, ln in enumerate(lines):
            if k in anchors:
                owner.append(k)
                continue
            prev = max((m for m in anchors if m < k), default=None)
            nxt = min((m for m in anchors if m > k), default=None)
            top_k = min(c["top"] for c in ln)
            bot_k = max(c["bottom"] for c in ln)
            if nxt is None or (
                prev is not None
                and top_k - max(c["bottom"] for c in lines[prev]) < min(c["top"] for c in lines[nxt]) - bot_k
            ):
                owner.append(prev if prev is not None else nxt)
            else:
                owner.append(nxt)
        for k in range(1, len(lines)):
            if owner[k] != owner[k - 1]:
                out.append((max(c["bottom"] for c in lines[k - 1]) + min(c["top"] for c in lines[k])) / 2)
        out.append(ys[r + 1])
    return out


def extend_open_body(grid: Grid, below: list[Char], is_noise) -> tuple[Grid, list[Char]]:
    """A table ruled only at its top and under its header, whose body runs on unruled
    to the page's end (the rest is on the next page): take those body lines in.

    Only a grid that holds no number yet (a header alone) is extended, so a
    paragraph right under a closed table is never swallowed.
    """
    if any(_is_number(t) for c in grid.cells for t in c.text.split()):
        return grid, []
    x0, top, x1, bottom = grid.bbox
    lines = group_lines([c for c in below if c["top"] >= bottom - 1 and x0 - 5 <= c["x0"] and c["x1"] <= x1 + 5])
    taken: list[list[Char]] = []
    last = bottom
    for ln in lines:
        size = max(c["size"] for c in ln)
        if min(c["top"] for c in ln) - last > 2.0 * size or is_noise(ln):
            break
        taken.append(ln)
        last = max(c["bottom"] for c in ln)
    if not any(_is_number(_seg_text(ln, a, b)) for ln in taken for a, b in _char_segments(ln)):
        return grid, []
    chars = [c for ln in taken for c in ln]
    ys = grid.row_bounds()
    ys.append(last + 1)
    cells = [GridCell(r, r + 1, 0, 1, (x0, ys[r], x1, ys[r + 1])) for r in range(len(ys) - 1)]
    new = Grid(grid.page, (x0, top, x1, last + 1), len(cells), 1, cells, [x0, x1], grid.chars + chars)
    return new, chars


def impose_columns(g: Grid, prev: Grid) -> Grid:
    """A continuation part (no header of its own) cut into the columns of the part it continues.

    Each boundary may still move within its header window to where this part's
    rows have the fewest glyphs: the first page may have had nothing in a
    notes column, so its boundary there was only a guess.
    """
    xs = list(prev.xs)
    ys, rows_chars = _rows_of(g, g.chars)
    if prev.gap_windows and len(prev.gap_windows) == len(xs) - 2:
        x0 = g.bbox[0]
        steps = int(g.bbox[2] - x0) + 1
        spanning = _spanning(rows_chars, g.bbox[2] - x0)
        body = [rc for r, rc in enumerate(rows_chars) if rc and not spanning[r]]
        blocked = _occupancy(body, x0, steps)
        for i, (ga, gb) in enumerate(prev.gap_windows):
            k_prev = min(max(int(xs[i + 1] - x0), 0), steps - 1)
            found = _best_cut(blocked, max(int(ga - x0) + 1, 0), min(int(gb - x0), steps))
            if found is not None and found[0] < blocked[k_prev]:
                xs[i + 1] = x0 + found[1]
    new = _regrid(g, ys, xs, rows_chars, g.chars)
    if new is None:
        return g
    new.gap_windows = prev.gap_windows
    return new


def _regrid(
    grid: Grid, ys: list[float], xs: list[float], rows_chars: list[list[Char]], chars: list[Char]
) -> Grid | None:
    """The grid cut at column boundaries ``xs``; text running across a boundary stays one cell."""
    boxes = [(xs[c], ys[r], xs[c + 1], ys[r + 1]) for r in range(len(ys) - 1) for c in range(len(xs) - 1)]
    new = grid_from_boxes(grid.page, boxes, chars)
    if new is None:
        return None
    new.gap_columns = True
    own = new.owner()
    spanning = _spanning(rows_chars, xs[-1] - xs[0])
    for r, rc in enumerate(rows_chars):
        if r >= new.n_rows:
            break
        if spanning[r]:
            _merge_cells(new, own, r, 0, new.n_cols - 1, rc)
            continue
        for a, b in _char_segments(rc, 0.7):
            c_lo = bisect.bisect_right(xs, a) - 1
            c_hi = bisect.bisect_left(xs, b) - 1
            if c_hi > c_lo >= 0:
                inside = [c for c in rc if xs[c_lo] <= (c["x0"] + c["x1"]) / 2 < xs[c_hi + 1]]
                _merge_cells(new, own, r, c_lo, min(c_hi, new.n_cols - 1), inside)
    return new


def _merge_cells(grid: Grid, own: list[list[GridCell | None]], r: int, c_lo: int, c_hi: int, chars: list[Char]) -> None:
    """Make columns c_lo..c_hi of row r one cell holding ``chars``."""
    first = own[r][c_lo]
    if first is None or c_hi <= c_lo:
        return
    first.chars = list(chars)
    first.text, first.bold, first.font = chars_text(first.chars) if chars else ("", False, None)
    first.c1 = max(first.c1, c_hi + 1)
    for c in range(c_lo + 1, c_hi + 1):
        cell = own[r][c]
        if cell is not None and cell is not first and cell in grid.cells:
            first.bbox = (first.bbox[0], first.bbox[1], max(first.bbox[2], cell.bbox[2]), first.bbox[3])
            grid.cells.remove(cell)
        own[r][c] = first
