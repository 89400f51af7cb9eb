"""Ruled tables in a page image: ruling lines by morphology, cells as the white regions they enclose.

Horizontal and vertical rules are the ink that survives an opening with a
long thin kernel (letters are much shorter than a rule).  The cells of a
table are then the connected white regions of the rule mask inside the
table's frame — a merged cell is simply a larger region, so spans come for
free when :func:`extract.grid.grid_from_boxes` snaps the boxes to a grid.
Before that, small gaps in the rules (a noisy bilevel scan breaks thin
lines) are bridged along the line direction, and an open-sided table (no
outer border left or right) is closed with its bounding box, so that its
edge cells are enclosed too.

The rule mask is also what gets erased from the image before OCR:
Tesseract reads rules as ``|``, ``_`` or ``I`` and its page layout analysis
cuts text blocks at them in unhelpful places.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np


@dataclass
class Rulings:
    """Rule masks of a page and the tables they frame (all in page pixels)."""

    mask: np.ndarray  # uint8, 255 = rule (horizontal or vertical), at page resolution
    tables: list[list[tuple[int, int, int, int]]]  # per table: cell boxes (x0, y0, x1, y1), exclusive ends
    frames: list[tuple[int, int, int, int]]  # per table: its bounding box
    loose: list[tuple[int, int, int]] = field(default_factory=list)  # rules outside tables: (y, x0, x1)


def _rect(w: int, h: int) -> np.ndarray:
    return cv2.getStructuringElement(cv2.MORPH_RECT, (max(w, 1), max(h, 1)))


def find_rules(ink: np.ndarray, dpi: float, only: str | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Horizontal and vertical rule masks from an ink mask.

    The kernels are a third of an inch (horizontal) and a quarter of an inch
    (vertical) long: longer than any letter stroke at body sizes, shorter
    than the narrowest table column or the lowest row.  ``dpi`` is the
    resolution along the rules (the mask may be halved across them);
    ``only`` = ``"h"`` or ``"v"`` skips the other direction (an empty mask
    is returned for it).
    """
    empty = np.zeros_like(ink)
    h = v = empty
    # open first: closing before opening would weld the baseline serifs of a
    # word into a "rule"; the pieces of a broken rule are joined afterwards
    # (gaps up to ~2.5 mm in a rule are noise, not a real break)
    if only in (None, "h"):
        h = cv2.morphologyEx(ink, cv2.MORPH_OPEN, _rect(int(dpi / 3), 1))
        h = cv2.morphologyEx(h, cv2.MORPH_CLOSE, _rect(4 * max(3, int(dpi / 40)), 1))
    if only in (None, "v"):
        v = cv2.morphologyEx(ink, cv2.MORPH_OPEN, _rect(1, int(dpi / 4)))
        v = cv2.morphologyEx(v, cv2.MORPH_CLOSE, _rect(1, 4 * max(3, int(dpi / 40))))
    return h, v


def _components(mask: np.ndarray, connectivity: int) -> tuple[int, np.ndarray, np.ndarray]:
    """Connected components of a mask: their number, stats and centroids.

    16-bit labels when they suffice: OpenCV labels a page-sized mask three
    times faster that way than with its default 32-bit labels (a rule or
    cell mask has far fewer than 65,535 parts; a mask with more falls back).
    """
    try:
        n, _, stats, cents = cv2.connectedComponentsWithStats(mask, connectivity=connectivity, ltype=cv2.CV_16U)
    except cv2.error:
        n, _, stats, cents = cv2.connectedComponentsWithStats(mask, connectivity=connectivity)
    return n, stats, cents


def _line_positions(mask: np.ndarray, axis: int) -> list[tuple[float, int, int]]:
    """Centre coordinate and extent of every rule in a one-direction mask.

    ``axis=0``: horizontal rules → (y centre, x0, x1); ``axis=1``: vertical
    rules → (x centre, y0, y1).
    """
    n, stats, cents = _components(mask, 8)
    out = []
    for i in range(1, n):
        x, y, w, h, _ = stats[i]
        if axis == 0:
            out.append((float(cents[i][1]), int(x), int(x + w)))
        else:
            out.append((float(cents[i][0]), int(y), int(y + h)))
    return out


def _snap(v: np.ndarray, lines: list[float], tol: float) -> np.ndarray:
    """Each value of ``v`` moved onto the nearest of ``lines`` when one is within ``tol`` (all cells of a
    table at once: a page has hundreds)."""
    pos = np.sort(np.asarray(lines, dtype=np.float64))
    i = np.searchsorted(pos, v)
    lo, hi = pos[np.maximum(i - 1, 0)], pos[np.minimum(i, len(pos) - 1)]
    best = np.where(np.abs(hi - v) < np.abs(lo - v), hi, lo)
    return np.where(np.abs(best - v) <= tol, best, v)


def _pool(mask: np.ndarray, axis: int) -> np.ndarray:
    """Halve a mask along one axis, keeping a pixel when either of its pair is set."""
    if axis == 0:
        n = mask.shape[0] // 2 * 2
        return cv2.max(mask[0:n:2], mask[1:n:2])  # whole rows: OpenCV takes the strided views as they are
    n = mask.shape[1] // 2 * 2
    return np.maximum(mask[:, 0:n:2], mask[:, 1:n:2])


def _unpool(mask: np.ndarray, axis: int, size: int) -> np.ndarray:
    """Undo :func:`_pool` (each pixel doubled), padded to ``size`` along the axis."""
    if axis == 0:
        out = np.repeat(mask, 2, axis=0)
    else:  # nearest-neighbour doubling is the same repeat, at half numpy's cost across rows
        out = cv2.resize(mask, (mask.shape[1] * 2, mask.shape[0]), interpolation=cv2.INTER_NEAREST)
    missing = size - out.shape[axis]
    if missing > 0:
        pad = [(0, 0), (0, 0)]
        pad[axis] = (0, missing)
        out = np.pad(out, pad)
    return out


def find_tables(ink: np.ndarray, dpi: float) -> Rulings:
    """Rule masks and, for every ruled table on the page, the boxes of its cells.

    For pages of 250 dpi and more the work is done on reduced masks, keeping
    any ink of a pixel pair so that a hairline survives: horizontal rules on
    the page halved vertically (their length, which tells them from letters,
    keeps full resolution — halving it too lets the serifs of a bold word
    merge into a "rule"), vertical rules on the page halved horizontally,
    and cells, the costly labelling, on the page halved both ways.
    """
    f = 2 if dpi >= 250 else 1
    if f > 1:
        rows, cols = _pool(ink, 0), _pool(ink, 1)
        h_rows, _ = find_rules(rows, dpi, only="h")
        _, v_cols = find_rules(cols, dpi, only="v")
        mask = cv2.bitwise_or(_unpool(h_rows, 0, ink.shape[0]), _unpool(v_cols, 1, ink.shape[1]))
        h, v = _pool(h_rows, 1), _pool(v_cols, 0)
    else:
        h, v = find_rules(ink, dpi)
        mask = cv2.bitwise_or(h, v)
    sdpi = dpi / f
    grow = max(1, int(sdpi / 150))
    lines = cv2.dilate(cv2.bitwise_or(h, v), _rect(2 * grow + 1, 2 * grow + 1))
    n, stats, _ = _components(lines, 8)
    min_side = sdpi * 0.04  # a cell is at least ~1 mm on each side (holes in thick rules are smaller)
    tables: list[list[tuple[int, int, int, int]]] = []
    frames: list[tuple[int, int, int, int]] = []
    hpos = _line_positions(h, 0)
    vpos = _line_positions(v, 1)
    for i in range(1, n):
        x, y, w, hh, _ = stats[i]
        if w < sdpi * 0.6 or hh < sdpi * 0.15:
            continue
        region = lines[y:y + hh, x:x + w].copy()
        # close an open-sided table with its bounding box
        cv2.rectangle(region, (0, 0), (w - 1, hh - 1), 255, thickness=1)
        free = cv2.bitwise_not(region)
        m, cst, _ = _components(free, 4)
        ys_lines = [p for p, a, b in hpos if y - 2 <= p <= y + hh + 2 and b > x and a < x + w]
        xs_lines = [p for p, a, b in vpos if x - 2 <= p <= x + w + 2 and b > y and a < y + hh]
        ys_lines += [float(y), float(y + hh - 1)]
        xs_lines += [float(x), float(x + w - 1)]
        pad = grow + 1  # from a region's edge to the centre of the rule around it
        st = cst[1:m].astype(np.float64)
        st = st[(st[:, 2] >= min_side) & (st[:, 3] >= min_side)]
        cx, cy, cw, ch = st[:, 0] + x, st[:, 1] + y, st[:, 2], st[:, 3]
        edges = np.stack([_snap(cx - pad, xs_lines, 3 * pad), _snap(cy - pad, ys_lines, 3 * pad),
                          _snap(cx + cw + pad, xs_lines, 3 * pad), _snap(cy + ch + pad, ys_lines, 3 * pad)], axis=1)
        cells = [(int(a), int(b), int(c), int(d)) for a, b, c, d in np.round(edges * f).tolist()]
        # a box with no line inside is a table too (its rows and columns come from the text), unless
        # it frames most of the page
        if len(cells) >= 2 or (len(cells) == 1 and hh < 0.6 * lines.shape[0] and xs_lines and len(xs_lines) >= 2):
            tables.append(cells)
            frames.append((int(x * f), int(y * f), int((x + w) * f), int((y + hh) * f)))
    loose = [
        (int(p * f), a * f, b * f) for p, a, b in hpos
        if not any(fx0 - 4 <= a * f <= fx1 + 4 and fy0 - 4 <= p * f <= fy1 + 4 for fx0, fy0, fx1, fy1 in frames)
    ]
    for rows in _rule_stacks(loose, dpi):
        x0, x1 = min(a for _, a, _ in rows), max(b for _, _, b in rows)
        tables.append([(x0, y0, x1, y1) for (y0, _, _), (y1, _, _) in zip(rows, rows[1:], strict=False)])
        frames.append((x0, rows[0][0], x1, rows[-1][0]))
    loose = [r for r in loose if not any(fx0 - 4 <= r[1] <= fx1 + 4 and fy0 - 4 <= r[0] <= fy1 + 4
                                         for fx0, fy0, fx1, fy1 in frames)]
    return Rulings(mask, tables, frames, loose)


def _rule_stacks(rules: list[tuple[int, int, int]], dpi: float) -> list[list[tuple[int, int, int]]]:
    """Stacks of horizontal rules that make a table ruled with horizontal lines only.

    Such a table (a rule over and under the header, one under each row, no
    vertical line) has no enclosed cells; its rules are at least three, of the
    same length (within a fifth of an inch at either end), at least two inches
    long and less than eight inches apart (a table ruled only at its top, under
    its header and at its foot has its body between two of them; the faint
    rules between rows may not survive the scan).  A shorter rule inside, under
    group headings only, neither ends the stack nor makes a row.  The bands
    between the rules are rows (several body rows in one band are split later
    by their number lines); the columns come from the text (as on a PDF page),
    and a table whose text shows no columns is dropped there.
    """
    tol = dpi / 5
    out: list[list[tuple[int, int, int]]] = []
    run: list[tuple[int, int, int]] = []
    for r in sorted(r for r in rules if r[2] - r[1] >= 2 * dpi):
        if run and r[0] - run[-1][0] <= 8 * dpi and r[1] > run[0][1] + tol and r[2] <= run[0][2] + tol:
            continue  # a shorter rule inside the table: under group headings only, not a row's end
        if run and (r[0] - run[-1][0] > 8 * dpi or abs(r[1] - run[0][1]) > tol or abs(r[2] - run[0][2]) > tol):
            if len(run) >= 3:
                out.append(run)
            run = []
        if not run or r[0] - run[-1][0] > dpi / 20:  # the two edges of one thick rule are one rule
            run.append(r)
    if len(run) >= 3:
        out.append(run)
    return out


def clean_page(ink: np.ndarray, rules: Rulings, dpi: float) -> np.ndarray:
    """What Tesseract is given: the page binarized, rules painted white, dust removed.

    Binarizing ourselves (Otsu, as for the rules) matters: on grey JPEG scans
    Tesseract's own thresholding turned a clean ``8,19`` into ``S.19`` and
    ``9.10`` into ``S1U``, and read specks in empty cells as words.  Specks
    are pixels with fewer ink neighbours than a dot-below (``ạ``) has at that resolution.
    """
    grow = max(1, int(dpi / 100))
    rule_mask = cv2.dilate(rules.mask, _rect(2 * grow + 1, 2 * grow + 1))
    text = cv2.bitwise_and(ink, cv2.bitwise_not(rule_mask))
    # dust: ink pixels with almost no ink around them (a box filter, not a labelling of every glyph)
    min_area = max(2, int((dpi / 150) ** 2))
    k = 2 * max(2, int(dpi / 100)) + 1
    # (8-bit sums saturate at 255, far above ``min_area``: the test is the same, at half the cost)
    around = cv2.boxFilter((text > 0).astype(np.uint8), cv2.CV_8U, (k, k), normalize=False)
    text[(around <= min_area) & (text > 0)] = 0
    return cv2.bitwise_not(text)
