"""Second look at cells the page-level OCR got wrong: empty although inked, part unread, unsure.

Page-level Tesseract drops short isolated marks — the row number ``1`` or
``7``, a roman ``I``, a lone ``0``, the minus of ``-13`` — as noise.  Read
alone they come out right.  Instead of one Tesseract process per cell
(≈0.1 s each, and a statistics table has hundreds of zeros), the cells are
cut out, trimmed to their ink and laid out on one sheet, far apart, and the
sheet is read once as a block of lines (``--psm 6``); every word goes back
to the cell it lies in.  A lone dash is recognised from its shape, since
Tesseract drops it even alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import cv2
import numpy as np

from extract.chars import chars_text
from extract.grid import Grid, GridCell
from extract.ocr import layout, tess
from extract.ocr.tess import Word

#: The sheet is lines of isolated cell contents: a uniform block of text.
SHEET_PSM = 6


@dataclass
class _Crop:
    cell: GridCell
    x0: int  # page pixel of the crop's left edge
    y0: int
    img: np.ndarray
    uncovered: bool = False  # the cell has text, but also ink no word of it covers


def _dash(img: np.ndarray, dpi: float) -> bool:
    """A crop holding one short flat bar: the ``-`` that stands for "no value".

    Tesseract drops a lone dash even when it is read alone, and the dash is
    too common in report tables (indicators not assessed that year) to lose.
    """
    ink = (img < 128).astype(np.uint8)
    n, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    if n != 2:
        return False
    w, h = int(stats[1, cv2.CC_STAT_WIDTH]), int(stats[1, cv2.CC_STAT_HEIGHT])
    return w >= 2 * h and h <= dpi / 35 and w <= dpi / 4


def _uncovered_ink(cell: GridCell, ink: np.ndarray, x0: int, y0: int, scale: float, pad: int) -> int:
    """Ink pixels of a cell crop (page pixels from ``x0, y0``) that none of the cell's words covers."""
    free = ink.copy()
    for c in cell.chars:
        a, b = int(c["x0"] / scale) - x0 - pad, int(c["x1"] / scale) - x0 + pad
        t, u = int(c["top"] / scale) - y0 - pad, int(c["bottom"] / scale) - y0 + pad
        free[max(t, 0):max(u, 0), max(a, 0):max(b, 0)] = False
    return int(free.sum())


def _cell_region(cell: GridCell, clean: np.ndarray, scale: float, margin: int) -> tuple[int, int, int, int] | None:
    """The page pixels (x0, y0, x1, y1) inside a cell, ``margin`` clear of its rules; None when too small."""
    h, w = clean.shape
    x0 = max(int(cell.bbox[0] / scale) + margin, 0)
    y0 = max(int(cell.bbox[1] / scale) + margin, 0)
    x1 = min(int(cell.bbox[2] / scale) - margin, w)
    y1 = min(int(cell.bbox[3] / scale) - margin, h)
    return None if x1 - x0 < 4 or y1 - y0 < 4 else (x0, y0, x1, y1)


def _white_out(region: np.ndarray, chars: list, x0: int, y0: int, scale: float, pad: int) -> np.ndarray:
    """A copy of ``region`` (page pixels from ``x0, y0``) with the boxes of ``chars`` painted white."""
    region = region.copy()
    for c in chars:
        a, b = int(c["x0"] / scale) - x0 - pad, int(c["x1"] / scale) - x0 + pad
        t, u = int(c["top"] / scale) - y0 - pad, int(c["bottom"] / scale) - y0 + pad
        region[max(t, 0):max(u, 0), max(a, 0):max(b, 0)] = 255
    return region


def _cell_pixels(cell: GridCell, clean: np.ndarray, scale: float, margin: int, hide: list, pad: int
                 ) -> tuple[np.ndarray, int, int] | None:
    """The pixels inside a cell (see :func:`_cell_region`) with the glyphs ``hide`` whited out, and the
    page pixel of their top-left corner; None when the cell is too small."""
    box = _cell_region(cell, clean, scale, margin)
    if box is None:
        return None
    x0, y0, x1, y1 = box
    region = clean[y0:y1, x0:x1]
    return (_white_out(region, hide, x0, y0, scale, pad) if hide else region), x0, y0


def _trimmed(cell: GridCell, region: np.ndarray, ink: np.ndarray, x0: int, y0: int, pad: int,
             uncovered: bool = False) -> _Crop:
    """The crop of a cell's region around its ink, ``pad`` pixels wide."""
    ys, xs = np.nonzero(ink)
    ty0, ty1 = max(int(ys.min()) - pad, 0), min(int(ys.max()) + pad + 1, region.shape[0])
    tx0, tx1 = max(int(xs.min()) - pad, 0), min(int(xs.max()) + pad + 1, region.shape[1])
    return _Crop(cell, x0 + tx0, y0 + ty0, region[ty0:ty1, tx0:tx1], uncovered)


def _words_per_crop(plan: Plan, words: list[Word]) -> dict[int, list[Word]]:
    """The words read on the sheet, by the crop they lie on, in the page coordinates of that crop."""
    per_crop: dict[int, list[Word]] = {}
    for wd in words:
        cx, cy = wd.left + wd.width / 2, wd.top + wd.height / 2
        for i, (x, y, w, h, c) in enumerate(plan.placed):
            if x - 2 <= cx <= x + w + 2 and y - 2 <= cy <= y + h + 2:
                per_crop.setdefault(i, []).append(Word(
                    wd.text, c.x0 + wd.left - x, c.y0 + wd.top - y, wd.width, wd.height, wd.conf,
                    wd.block, wd.par, wd.line))
                break
    return per_crop


def candidate_cells(
    grids: list[Grid], clean: np.ndarray, scale: float, dpi: float, below: float | None = None
) -> list[_Crop]:
    """Cells of ruled grids to read again, each trimmed to its ink: the empty ones that hold ink
    enough to be a character, those with a character's worth of ink outside their words (a minus
    sign Tesseract dropped from ``-13``), and (with ``below``) those read with a confidence under
    ``below``."""
    margin = max(3, int(dpi / 60))  # stay clear of the erased rule and its halo
    min_ink = max(12, int((dpi / 75) ** 2 * 2))
    min_sign = max(8, int((dpi / 75) ** 2))  # a minus sign at 200 dpi is about 7 × 2 pixels
    pad = max(4, int(dpi / 50))
    out: list[_Crop] = []
    for g in grids:
        # cells whose columns come from text gaps are loose: a neighbour's word may reach into one.
        # Only their empty cells are read again, with every word the page reading placed whited out.
        words = [c for cell in g.cells for c in cell.chars] if g.gap_columns else []
        for cell in g.cells:
            if g.gap_columns and cell.text.strip():
                continue
            got = _cell_pixels(cell, clean, scale, margin, words, pad)
            if got is None:
                continue
            region, x0, y0 = got
            ink = region < 128
            uncovered = False
            if cell.text.strip():
                low = below is not None and cell.confidence is not None and cell.confidence < below
                uncovered = not low and _uncovered_ink(cell, ink, x0, y0, scale, 2) >= min_sign
                if not (low or uncovered):
                    continue
            if int(ink.sum()) < min_ink:
                continue
            out.append(_trimmed(cell, region, ink, x0, y0, pad, uncovered))
    return out


def _squash(text: str) -> str:
    return "".join(text.split())


def _fill(
    cell: GridCell, words: list[Word], scale: float, line_h: float, bold: set[int] | None = None,
    uncovered: bool = False,
) -> bool:
    """Put a re-reading into a cell when it is better than what the cell holds.

    An empty cell takes any reading; a low-confidence one a reading more
    confident by 5 points; a cell with uncovered ink a reading that keeps
    its text and adds to it (``13`` → ``-13``) with a fair confidence.
    """
    chars = layout.words_to_chars(words, scale, bold, line_h)
    confs = [c["conf"] for c in chars]
    conf = round(min(confs), 1) if confs else None
    if not chars or conf is None:
        return False
    text, is_bold, font = chars_text(chars)
    old = _squash(cell.text)
    if old:
        if uncovered:
            new = _squash(text)
            if not (conf >= 50 and len(new) > len(old) and old in new):
                return False
        elif cell.confidence is None or conf <= cell.confidence + 5:
            return False
    cell.chars = chars
    cell.text, cell.bold, cell.font = text, is_bold, font
    cell.confidence = conf
    return bool(cell.text.strip())


@dataclass
class Plan:
    """The cells of one page to read again, laid out on a sheet for Tesseract."""

    sheet: np.ndarray | None
    placed: list[tuple[int, int, int, int, _Crop]]
    changed: int  # cells already filled without Tesseract (dashes)


def plan(
    grids: list[Grid], clean: np.ndarray, scale: float, dpi: float, line_h: float, below: float | None = None
) -> Plan:
    """Pick the cells to read again (see :func:`candidate_cells`), fill the lone dashes, pack the rest."""
    crops = candidate_cells(grids, clean, scale, dpi, below)
    changed = 0
    dashes = [c for c in crops if not c.cell.text.strip() and _dash(c.img, dpi)]
    for c in dashes:
        ch, cw = c.img.shape
        changed += _fill(c.cell, [Word("-", c.x0, c.y0, cw, ch, 80.0, 0, 0, 0)], scale, line_h)
    crops = [c for c in crops if c not in dashes]
    if not crops:
        return Plan(None, [], changed)
    sheet, placed = _pack(crops, dpi, line_h)
    return Plan(sheet, placed, changed)


def apply(plan: Plan, words: list[Word], ink: np.ndarray, scale: float, stroke: float, line_h: float) -> int:
    """Give each cell the words read on its place of the sheet; returns how many cells changed.

    ``stroke`` and ``line_h`` are the page's usual stroke width and line
    height, so that re-read words get the same bold test and size as the
    rest of the page.
    """
    per_crop = _words_per_crop(plan, words)
    changed = plan.changed
    edge = layout.outline(ink) if stroke > 0 and per_crop else None
    for i, ws in per_crop.items():
        layout.split_signs(ws, ink)
        bold = layout.bold_words(layout.stroke_widths(ink, ws, edge), stroke) if edge is not None else None
        changed += _fill(plan.placed[i][4].cell, ws, scale, line_h, bold, plan.placed[i][4].uncovered)
    return changed


def reread(
    grids: list[Grid], clean: np.ndarray, ink: np.ndarray, scale: float, dpi: float, stroke: float, line_h: float,
    below: float | None = None,
) -> int:
    """Re-read the candidate cells of one page in one Tesseract run; returns how many cells changed."""
    p = plan(grids, clean, scale, dpi, line_h, below)
    words = tess.words(p.sheet, dpi, psm=SHEET_PSM, binary=True) if p.sheet is not None else []
    return apply(p, words, ink, scale, stroke, line_h)


def _pack(crops: list[_Crop], dpi: float, line_h: float) -> tuple[np.ndarray, list[tuple[int, int, int, int, _Crop]]]:
    """Lay the crops out on one sheet for a single Tesseract run.

    One-line crops go side by side in rows, bottoms aligned (most are
    numbers: their baseline is their bottom), a wide gap between them so
    that no two are read as one word; crops of several lines get a row of
    their own.  Fewer, longer lines cost Tesseract much less than one line
    per cell (a table of zeros has hundreds of them).  Returns the sheet and
    where each crop went: (x, y, width, height, crop).
    """
    gap = max(int(dpi / 6), 20)
    # side by side, Tesseract joins digits 50 px apart into one word: keep them ~3 lines apart
    hgap = max(int(3 * line_h), gap)
    max_w = max(int(dpi * 8), max(c.img.shape[1] for c in crops) + 2 * hgap)
    rows: list[list[_Crop]] = []
    width = hgap
    for c in sorted(crops, key=lambda c: c.img.shape[0] > 1.6 * line_h):
        h, w = c.img.shape
        tall = h > 1.6 * line_h
        if tall or not rows or width + w + hgap > max_w or rows[-1][0].img.shape[0] > 1.6 * line_h:
            rows.append([c])
            width = hgap + w + hgap
        else:
            rows[-1].append(c)
            width += w + hgap
    heights = [max(c.img.shape[0] for c in row) for row in rows]
    sheet_w = max(hgap + sum(c.img.shape[1] + hgap for c in row) for row in rows)
    sheet = np.full((sum(heights) + gap * (len(rows) + 1), sheet_w), 255, dtype=np.uint8)
    placed: list[tuple[int, int, int, int, _Crop]] = []
    y = gap
    for row, rh in zip(rows, heights, strict=True):
        x = hgap
        for c in row:
            h, w = c.img.shape
            top = y + rh - h  # bottoms aligned
            sheet[top:top + h, x:x + w] = c.img
            placed.append((x, top, w, h, c))
            x += w + hgap
        y += rh + gap
    return sheet, placed


# ---------------------------------------------------------------- a second opinion on numbers

#: Language of the second reading of unsure numbers: Tesseract's ``eng`` model reads digits that ``vie``
#: garbles (``958/63`` for ``58/63``, ``92,12`` for ``52,12``) right, crop for crop, on the scans measured.
NUMBER_LANG = "eng"
#: Cells read with less confidence than this get the second opinion.  (validate/ trusts an OCR'd number
#: no check proves only from 97; reading every number under 97 again cost 0.35 s a page against 0.08 and
#: changed no cell of the blind scanned sets, so the second reading is kept for the unsure ones.)
NUMBER_BELOW = 90.0
#: A number cell: digits with the separators, signs, percent and rank slash reports print.
_NUMBERISH = re.compile(r"^[-+−–(]?[\d.,/%⁄()]*\d[\d.,/%⁄()]*$")
#: Confidence a cell keeps when the two readings disagree: under the ``ok`` bar, so that only a check
#: can make it ``ok``.
DISAGREE_CONF = 80.0


def number_plan(
    grids: list[Grid], clean: np.ndarray, scale: float, dpi: float, line_h: float, below: float = NUMBER_BELOW
) -> Plan:
    """The ruled cells holding one unsure number, packed on a sheet for a reading with :data:`NUMBER_LANG`."""
    margin = max(3, int(dpi / 60))
    pad = max(4, int(dpi / 50))
    crops: list[_Crop] = []
    for g in grids:
        for cell in g.cells:
            text = _squash(cell.text)
            if not text or not _NUMBERISH.match(text) or cell.confidence is None or cell.confidence >= below:
                continue
            # loose cells: the words the page reading gave other cells are whited out
            others = [c for other in g.cells if other is not cell for c in other.chars] if g.gap_columns else []
            got = _cell_pixels(cell, clean, scale, margin, others, 2)
            if got is None:
                continue
            region, x0, y0 = got
            ink = region < 128
            if not ink.any():
                continue
            crops.append(_trimmed(cell, region, ink, x0, y0, pad))
    if not crops:
        return Plan(None, [], 0)
    sheet, placed = _pack(crops, dpi, line_h)
    return Plan(sheet, placed, 0)


def apply_numbers(plan: Plan, words: list[Word], scale: float, line_h: float) -> tuple[int, int]:
    """Weigh the second reading of each unsure number against the first; returns (confirmed, changed).

    The same text read by both models is confirmed: the cell keeps the
    better of the two confidences.  A different reading that is itself a
    number replaces the first (the second model reads digits better), but the
    cell's confidence drops to :data:`DISAGREE_CONF`, so that the number is
    ``ok`` only when a check proves it.
    """
    per_crop = _words_per_crop(plan, words)
    confirmed = changed = 0
    for i, ws in per_crop.items():
        cell = plan.placed[i][4].cell
        chars = layout.words_to_chars(ws, scale, None, line_h)
        if not chars:
            continue
        text, _bold, _font = chars_text(chars)
        conf = min(c["conf"] for c in chars)
        new, old = _squash(text), _squash(cell.text)
        if new == old:
            cell.confidence = max(cell.confidence or 0.0, conf)
            confirmed += 1
        elif _NUMBERISH.match(new) and not (old[:1] in "-+−–" and new == old[1:]):
            # (a sign the first reading saw is not dropped: the second model misses lone marks)
            if cell.chars:  # the print did not change: keep the first reading's weight and face
                for ch in chars:
                    ch["fontname"] = cell.chars[0].get("fontname", ch.get("fontname"))
            cell.chars = chars
            cell.text = text
            cell.confidence = min(conf, DISAGREE_CONF)
            changed += 1
    return confirmed, changed
