"""From OCR words to the structures the text-layer path uses: glyph dicts, grids, lines.

The rest of ``extract/`` (grid building with spans, whitespace tables,
line assembly, captions, header detection, stitching) works on pdfplumber
style character dicts.  An OCR word becomes one such "glyph" whose text is
the word followed by a space — line assembly then puts exactly one space
between words without having to guess word gaps from glyph distances — in
PDF points, with the Tesseract confidence attached.  Every glyph gets the
page's usual line size (what the line code uses as the font size), so that
nothing inside a table looks like a raised footnote marker; small print is
told apart per narrative line instead.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable

import cv2
import numpy as np

from extract import whitespace
from extract.chars import Char, Line, chars_text, chars_to_lines
from extract.grid import Grid, grid_from_boxes, split_columns_by_gaps
from extract.ocr.tess import Word

#: A Tesseract line's height (accents and descenders included) over the font size, measured on the samples.
HEIGHT_TO_SIZE = 0.8
#: A narrative line this much smaller than the page's usual line is small print (footnotes, notes).
SMALL_PRINT = 0.8
OCR_FONT = "OCR"
OCR_FONT_BOLD = "OCR-Bold"


def _line_extents(words: list[Word]) -> tuple[dict[tuple[int, int, int], tuple[int, int]], float]:
    """Vertical extent of every Tesseract line, and the usual height of a line on the page."""
    extent: dict[tuple[int, int, int], tuple[int, int]] = {}
    counts: dict[tuple[int, int, int], int] = defaultdict(int)
    for w in words:
        k = w.line_key
        top, bottom = extent.get(k, (w.top, w.bottom))
        extent[k] = (min(top, w.top), max(bottom, w.bottom))
        counts[k] += 1
    heights = sorted(b - t for k, (t, b) in extent.items() if counts[k] >= 2) or sorted(
        b - t for t, b in extent.values()
    )
    return extent, float(heights[len(heights) // 2]) if heights else 1.0


def usual_line_height(words: list[Word]) -> float:
    """The usual height (pixels) of a text line on the page: the size every OCR glyph is given."""
    return _line_extents(words)[1]


def words_to_chars(words: list[Word], scale: float, bold: set[int] | None = None,
                   usual: float | None = None) -> list[Char]:
    """Glyph dicts (PDF points) for OCR words; ``bold`` holds indexes of words printed bold.

    Two normalisations keep the line code from misreading OCR boxes:

    * every word of a Tesseract line gets the line's vertical extent, so a
      dash or a comma (a box floating at mid-height) stays in its line and in
      reading order instead of forming a line of its own;
    * every word gets the page's usual size (``usual``: a line height in
      pixels, measured on the page when not given).  Word heights say little
      about font size — ``số cải cách`` has no ascender or descender and
      ``tỉnh`` alone on a wrapped line is short — and the line code takes a
      small glyph for a raised footnote marker.  Small print is recognised
      later, per narrative line (:func:`text_lines`).
    """
    extent, measured = _line_extents(words)
    usual = usual or measured
    size = usual * scale * HEIGHT_TO_SIZE
    chars: list[Char] = []
    for i, w in enumerate(words):
        top, bottom = extent[w.line_key]
        if bottom - top > 1.6 * usual:  # not a sane single line: keep the word's own box
            top, bottom = w.top, w.bottom
        chars.append({
            "text": w.text + " ",
            "x0": w.left * scale,
            "x1": w.right * scale,
            "top": top * scale,
            "bottom": bottom * scale,
            "size": size,
            "height": (bottom - top) * scale,
            "fontname": OCR_FONT_BOLD if bold and i in bold else OCR_FONT,
            "conf": w.conf,
            "upright": True,
        })
    return chars


_SIGNED = re.compile(r"^[-–+][\d(]")


def _first_glyph(cols: np.ndarray) -> tuple[int, int]:
    """Columns ``[start, end)`` of the first run of inked columns (``cols``: any ink per column)."""
    k = 0
    while k < len(cols) and not cols[k]:
        k += 1
    start = k
    while k < len(cols) and cols[k]:
        k += 1
    return start, k


def split_signs(words: list[Word], ink: np.ndarray) -> None:
    """Restore the printed space in ``- 0,163``.

    Tesseract returns a sign and the number after it as one word whatever
    the gap; cells are kept "as printed", so when the ink of the sign is
    followed by a blank gap wider than a thin space the space is put back.
    """
    for w in words:
        if not _SIGNED.match(w.text):
            continue
        crop = ink[w.top:w.bottom, w.left:w.right]
        if crop.size == 0:
            continue
        cols = crop.any(axis=0)
        _, k = _first_glyph(cols)  # the sign
        start = k
        while k < len(cols) and not cols[k]:
            k += 1
        if k < len(cols) and k - start >= max(2, 0.3 * w.height):  # measured: tight ≤ 0.21, spaced ≥ 0.37
            w.text = w.text[0] + " " + w.text[1:]


def mark_or_equal(words: list[Word], ink: np.ndarray) -> int:
    """``≥ 85,0%`` read as ``> 85,0%``: put back the bar the ``vie`` model does not know.

    The word's first glyph is looked at in the image: a chevron with a
    separate horizontal bar under it (a blank row between the two) is ``≥``
    (or ``≤``).  Targets in improvement plans are written this way.  Returns
    how many words were changed.
    """
    changed = 0
    for w in words:
        if w.text[:1] not in "<>":
            continue
        crop = ink[w.top:w.bottom, w.left:w.right] > 0
        if crop.size == 0:
            continue
        start, end = _first_glyph(crop.any(axis=0))
        glyph = crop[:, start:end]
        if glyph.shape[1] < 3:
            continue
        rows = glyph.any(axis=1)
        ink_rows = np.flatnonzero(rows)
        if len(ink_rows) < 4:
            continue
        lo, hi = int(ink_rows[0]), int(ink_rows[-1])
        blank = [y for y in range(lo, hi + 1) if not rows[y]]
        if not blank:
            continue
        bar = glyph[blank[-1] + 1:hi + 1]
        # the bar: a short run of full-ish rows under the gap, at least half the glyph's width
        if 0 < bar.shape[0] <= max(2, (hi - lo) // 3) and bar.any(axis=0).sum() >= 0.5 * glyph.shape[1]:
            w.text = ("≥" if w.text[0] == ">" else "≤") + w.text[1:]
            changed += 1
    return changed


_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
#: What Tesseract makes of a lone raised footnote digit, and the digit it most often was.
_MARKER_GUESS = {"!": "¹", "'": "¹", "’": "¹", "|": "¹", "?": "²", "*": "¹", "°": "⁰", '"': "¹"}
_MARKER_TAIL = re.compile(r"^(.*?[\w%)\]])([!?'’|*°\"]{1,2}|\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})$")


def mark_superscripts(words: list[Word], ink: np.ndarray) -> int:
    """Turn a footnote marker glued to a word (``24/28¹``, ``liên thông²``) into superscript digits.

    Tesseract reads the small raised digit as a plain digit (``24/281``) or
    as punctuation (``thông?``, ``28!``).  The marker is found in the image:
    the rightmost glyphs of the word, separated from the rest, clearly
    smaller than its letters and with their foot well above the baseline.
    The characters Tesseract made of them become superscript digits — the
    same form the PDF path gives markers, which ``normalize/`` lifts out of
    the cell (a digit read as ``?`` becomes the likeliest marker, ``²``).
    Returns how many words were changed.
    """
    changed = 0
    for w in words:
        m = _MARKER_TAIL.match(w.text)
        if not m or w.text[:1] in "\"'“‘(":
            continue
        crop = (ink[w.top:w.bottom, w.left:w.right] > 0).astype(np.uint8)
        if crop.size == 0:
            continue
        n, _, st, _ = cv2.connectedComponentsWithStats(crop, connectivity=8)
        comps = [tuple(int(v) for v in st[i][:4]) for i in range(1, n) if st[i][4] >= 3]
        if len(comps) < 2:
            continue
        comps.sort(key=lambda b: b[0] + b[2])
        big_h = max(b[3] for b in comps)
        letters = [b for b in comps if b[3] >= 0.55 * big_h]
        if not letters:
            continue
        baseline = sorted(b[1] + b[3] for b in letters)[len(letters) // 2]
        body_h = sorted(b[3] for b in letters)[len(letters) // 2]
        tail: list[tuple[int, ...]] = []
        for b in reversed(comps):
            raised = b[1] + b[3] < baseline - 0.25 * body_h and b[3] < 0.8 * body_h
            if not raised:
                break
            tail.append(b)
        rest = comps[: len(comps) - len(tail)]
        if not tail or not rest or max(b[0] + b[2] for b in rest) > min(b[0] for b in tail) + 1:
            continue
        k = min(len(tail), 2)  # one raised glyph per marker digit
        trail = len(w.text) - len(w.text.rstrip("0123456789"))
        if trail > k and len(w.text) - k >= len(rest):  # "24/281": the last k digits are the marker
            # (a text with no more characters than the unraised glyphs lacks the marker: "28" for 28¹)
            w.text = w.text[:-k] + w.text[-k:].translate(_SUPERSCRIPT)
        elif trail == 0:  # "thông?", "28!", "tỉnh¹": the trailing marks are the marker
            head, mark = m.group(1), m.group(2)
            sup = mark if mark[0] in "¹²³⁴⁵⁶⁷⁸⁹⁰" else "".join(_MARKER_GUESS.get(ch, "¹") for ch in mark[:k])
            w.text = head + sup
        else:
            continue  # the whole number would be the marker: not a marker after all
        changed += 1
    return changed


def _centre_in(c: Char, box: tuple[float, float, float, float], slack: float = 1.0) -> bool:
    cx, cy = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
    return box[0] - slack <= cx <= box[2] + slack and box[1] - slack <= cy <= box[3] + slack


def set_confidence(grid: Grid, chars: list[Char]) -> None:
    """Per-cell confidence: the lowest word confidence in the cell.

    The minimum, not the mean: one misread number in a cell makes the whole
    cell wrong, and a review queue should see it.  Cells built without their
    glyphs (whitespace tables) get them back by position.
    """
    for cell in grid.cells:
        cs = cell.chars or [c for c in chars if _centre_in(c, cell.bbox, 0.0)]
        confs = [c["conf"] for c in cs if "conf" in c and c["text"].strip()]
        cell.confidence = round(min(confs), 1) if confs else None


#: Text of the stand-in glyphs for ink no word covers (see :func:`unread_ink`); never left in a cell.
UNREAD = "\u2063"


def unread_ink(clean: np.ndarray, words: list[Word], frames: list[tuple[int, int, int, int]], scale: float,
               line_h: float) -> list[Char]:
    """Stand-in glyphs for the ink inside table frames that Tesseract read as no word.

    Page-level OCR drops short isolated marks — the row numbers ``1``, ``2``
    of an STT column, even the header ``STT``.  Where a table's columns have
    to come from the gaps between texts (no vertical rules), a column whose
    every mark was dropped would vanish and shift the rest.  Blobs of
    letter height no word box covers become invisible glyphs: they hold their
    column open, are taken out of the cells again, and the cells they leave
    empty are read again alone (:mod:`extract.ocr.reread`).
    """
    out: list[Char] = []
    if not frames:
        return out
    ink = (clean < 128).astype(np.uint8)
    covered = np.zeros_like(ink)
    pad = max(2, int(line_h / 6))
    for w in words:
        covered[max(w.top - pad, 0):w.bottom + pad, max(w.left - pad, 0):w.right + pad] = 1
    size = line_h * scale * HEIGHT_TO_SIZE
    for x0, y0, x1, y1 in frames:
        region = ink[y0:y1, x0:x1] & (1 - covered[y0:y1, x0:x1])
        # letters of one mark joined: close gaps narrower than half a line height
        joined = cv2.dilate(region, np.ones((max(1, int(line_h / 4)), max(1, int(line_h / 2))), np.uint8))
        n, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
        for i in range(1, n):
            bx, by, bw, bh, _ = stats[i]
            real = region[by:by + bh, bx:bx + bw]
            if int(real.sum()) < max(6, int(line_h * line_h / 40)) or bh < 0.35 * line_h or bh > 1.6 * line_h:
                continue
            out.append({
                "text": UNREAD, "x0": (x0 + bx) * scale, "x1": (x0 + bx + bw) * scale,
                "top": (y0 + by) * scale, "bottom": (y0 + by + bh) * scale, "size": size,
                "fontname": OCR_FONT, "conf": 0.0, "upright": True,
            })
    return out


def _drop_unread(g: Grid) -> None:
    for cell in g.cells:
        if any(c["text"] == UNREAD for c in cell.chars):
            cell.chars = [c for c in cell.chars if c["text"] != UNREAD]
            cell.text, cell.bold, cell.font = chars_text(cell.chars) if cell.chars else ("", False, None)
    g.chars = [c for c in g.chars if c["text"] != UNREAD]


def build_grids(
    page: int, tables: list[list[tuple[float, float, float, float]]], chars: list[Char],
    rules: list[tuple[float, float, float]] | None = None, unread: Callable[[], list[Char]] | None = None,
) -> tuple[list[Grid], list[Char]]:
    """Grids of the ruled tables (cell boxes in points), then whitespace tables among the rest.

    Mirrors :func:`extract.pdf.extract_pdf`: a ruled table that comes out
    as one column (horizontal rules only) gets its columns from text gaps.
    ``rules``: horizontal rules outside the ruled tables, ``(y, x0, x1)`` in
    points — a table ruled with horizontal lines only has no cells for the
    line finder, and its rules tell the whitespace reader where its header
    and rows end, as they do on a PDF page.
    ``unread``: gives the stand-in glyphs of :func:`unread_ink`, asked only
    when a ruled table comes out as one column (finding them costs a pass
    over the page image).
    Returns the grids (top to bottom) and the glyphs outside every table.
    """
    grids: list[Grid] = []
    blobs_all: list[Char] | None = None
    for boxes in tables:
        x0 = min(b[0] for b in boxes)
        top = min(b[1] for b in boxes)
        x1 = max(b[2] for b in boxes)
        bottom = max(b[3] for b in boxes)
        inner = [c for c in chars if _centre_in(c, (x0, top, x1, bottom))]
        g = grid_from_boxes(page, boxes, inner)
        if g is not None and g.n_cols == 1:
            if blobs_all is None:
                blobs_all = unread() if unread is not None else []
            blobs = [c for c in blobs_all if _centre_in(c, (x0, top, x1, bottom))]
            g = split_columns_by_gaps(g, inner + blobs)
            if blobs:
                _drop_unread(g)
        if g is not None and g.n_cols >= 2 and g.n_rows >= 2:
            set_confidence(g, inner)
            grids.append(g)
    outside = [c for c in chars if not any(_centre_in(c, g.bbox) for g in grids)]
    ws_grids, outside = whitespace.find_tables(page, outside, rules)
    for g in ws_grids:
        set_confidence(g, chars)
    grids.extend(ws_grids)
    grids.sort(key=lambda g: g.bbox[1])
    return grids, outside


def repair_column_numbers(g: Grid) -> int:
    """Fix a misread cell in the row that numbers the columns (``1 | 2 | 3 | A | 5``, ``(1) | (2) | ()``).

    That row tells the assembler where the header ends; one digit read as a
    letter (a bold ``4`` as ``A``, ``1`` as ``l``) and the whole header is
    taken for data.  When most single cells of a row near the top hold
    integers that run with the column index (value − column constant), a cell
    of one or two non-digit characters in that row gets the number its
    column implies.  Returns how many cells were changed.
    """
    own = g.owner()
    changed = 0
    for r in range(min(g.n_rows, 8)):
        single = [
            (c, cell) for c in range(g.n_cols)
            if (cell := own[r][c]) is not None and (cell.c0, cell.c1, cell.r0, cell.r1) == (c, c + 1, r, r + 1)
        ]
        if len(single) < max(3, 0.6 * g.n_cols):
            continue
        # the numbers bare ("1 | 2 | 3") or in brackets ("(1) | (2) | (3)")
        bracketed = sum(1 for _, cell in single if _BRACKETED.match(cell.text.strip()))
        wrap = bracketed >= max(3, 0.6 * len(single))

        def number(t: str, wrap: bool = wrap) -> str:
            m = _BRACKETED.match(t) if wrap else None
            return m.group(1) if m else ("" if wrap else t)

        offsets = Counter(int(v) - c for c, cell in single
                          if (v := number(cell.text.strip())).isdigit() and len(v) <= 2)
        if not offsets:
            continue
        k, hits = offsets.most_common(1)[0]
        if hits < max(3, 0.6 * len(single)):
            continue
        for c, cell in single:
            t = cell.text.strip()
            want = f"({c + k})" if wrap else str(c + k)
            if t and t != want and len(t) <= (5 if wrap else 2) and not number(t).isdigit() and c + k > 0:
                cell.text = want  # "()", "q)", "G)" for "(5)"; "A" for "4"
                changed += 1
    return changed


_BRACKETED = re.compile(r"^\((\d{1,2})\)$")


def text_lines(chars: list[Char]) -> list[Line]:
    """Narrative lines (captions, headings, prose) from the glyphs outside tables.

    A line whose words are all clearly shorter than the page's usual line is
    small print, and gets a smaller size so that the page-furniture rules
    of the PDF path (footnotes do not break a table's run over a page break)
    apply to it.
    """
    lines = chars_to_lines(chars)
    for ln in lines:
        inside = [c for c in chars if _centre_in(c, (ln.x0, ln.top, ln.x1, ln.bottom), 0.5)]
        if len(inside) < 2:
            continue  # one word says too little about the font size
        tallest = max(c["height"] for c in inside)
        usual = inside[0]["size"] / HEIGHT_TO_SIZE
        if tallest < SMALL_PRINT * usual:
            ln.size = tallest * HEIGHT_TO_SIZE
    return lines


def outline(ink: np.ndarray) -> np.ndarray:
    """Ink pixels with a paper 4-neighbour (the glyph outlines), for :func:`stroke_widths`."""
    inner = cv2.erode(ink, cv2.getStructuringElement(cv2.MORPH_CROSS, (3, 3)))
    return cv2.subtract(ink, inner)


def stroke_widths(ink: np.ndarray, words: list[Word], edge: np.ndarray | None = None) -> list[float]:
    """Mean stroke width (pixels) of each word: 2 · ink area / outline length.

    Not divided by the word's height: that varies with accents and
    descenders (``Điểm`` vs ``so``) far more than stroke width does, while
    the text of one table is set in one size.  Measured on the samples:
    regular table text 5.0–5.6 px at 300 dpi, the same font bold 6.8–7.4.
    Words too small to measure get 0.  ``edge``: :func:`outline` of ``ink``
    when the caller has it already.
    """
    if edge is None:
        edge = outline(ink)
    out: list[float] = []
    for w in words:
        if w.height < 8 or w.width < 1:
            out.append(0.0)
            continue
        area = cv2.countNonZero(ink[w.top:w.bottom, w.left:w.right])
        if area < 20:
            out.append(0.0)
            continue
        rim = cv2.countNonZero(edge[w.top:w.bottom, w.left:w.right])
        out.append(2.0 * area / max(rim, 1))
    return out


def usual_stroke(widths: list[float], words: list[Word]) -> float:
    """The stroke width of the page's regular text (0 when there is too little text to tell)."""
    sw = [v for v, w in zip(widths, words, strict=True) if v > 0 and len(w.text) >= 3]
    if len(sw) < 10:
        return 0.0
    sw.sort()
    return sw[len(sw) // 3]  # most text is regular; bold is the minority


def bold_words(widths: list[float], usual: float, ratio: float = 1.25) -> set[int]:
    """Indexes of words whose strokes are clearly heavier than the page's regular text."""
    if usual <= 0:
        return set()
    return {i for i, v in enumerate(widths) if v > ratio * usual}
