"""Putting a scanned page upright: small skew, quarter turns, upside-down sheets.

Skew comes from the projection profile of the ink: when the page is turned
by the right angle, text lines and ruling lines fall into few pixel rows and
the profile is as peaky as it gets.  That works for table pages (the rules
dominate) and for prose pages (the text lines do) alike, and costs a few
milliseconds on a reduced image — cheaper and steadier than Hough lines on
noisy bilevel scans.

Quarter turns are found the same way (a sideways page has its peaky profile
along x); which of 90° or 270° and whether a page is upside down is
Tesseract's orientation detection (OSD), asked only when needed because it
costs a quarter of a page's OCR time: for a sideways page, and for a page
whose first OCR pass comes back as noise (see :mod:`extract.ocr.page`).
"""

from __future__ import annotations

import re

import cv2
import numpy as np

from extract.ocr import tess

_MAX_SKEW = 5.0  # degrees; anything larger is not "slightly crooked"
#: Ink pixels of the reduced page the skew profile is taken over (more only cost time: a page of
#: text has 50,000-150,000 and the angles found with 60,000 are the same to 0.05° on the scans measured).
_MAX_POINTS = 60_000


def ink_mask(gray: np.ndarray) -> np.ndarray:
    """Ink pixels (255) by Otsu's threshold, which adapts to grey paper and faint toner."""
    _, mask = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    return mask


def _reduced_ink(gray: np.ndarray, target: int = 1000) -> np.ndarray:
    f = max(1, int(round(max(gray.shape) / target)))
    small = cv2.resize(gray, (gray.shape[1] // f, gray.shape[0] // f), interpolation=cv2.INTER_AREA) if f > 1 else gray
    return ink_mask(small)


def _profile_score(ys: np.ndarray, xs: np.ndarray, angles: np.ndarray) -> np.ndarray:
    """Peakiness (sum of squared bin counts) of the ink profile along each angle.

    A horizontal line turned by ``a`` degrees counter-clockwise satisfies
    ``y + x·tan(a) = const`` (y grows downwards), so its ink falls into one
    bin exactly when the tried angle is the page's skew.
    """
    out = np.empty(len(angles))
    for i, a in enumerate(angles):
        proj = ys + xs * np.tan(np.radians(a))
        proj = np.round(proj - proj.min()).astype(np.int64)
        counts = np.bincount(proj)
        out[i] = float(np.dot(counts, counts))
    return out


def _best_angle(ys: np.ndarray, xs: np.ndarray, fine_step: bool = True) -> tuple[float, float]:
    coarse = np.arange(-_MAX_SKEW, _MAX_SKEW + 1e-9, 0.25)
    sc = _profile_score(ys, xs, coarse)
    a0 = float(coarse[int(np.argmax(sc))])
    if not fine_step:
        return a0, float(sc.max())
    fine = np.arange(a0 - 0.25, a0 + 0.25 + 1e-9, 0.05)
    sf = _profile_score(ys, xs, fine)
    k = int(np.argmax(sf))
    return float(fine[k]), float(sf[k])


def estimate_skew(gray: np.ndarray) -> tuple[float, bool]:
    """The page's skew in degrees (counter-clockwise as seen) and whether it lies sideways.

    Sideways means the profile along x is clearly peakier than along y (text
    lines and most rules run vertically).
    """
    mask = _reduced_ink(gray)
    ys, xs = np.nonzero(mask)
    if len(ys) < 200:
        return 0.0, False
    if len(ys) > _MAX_POINTS:  # every k-th ink pixel is enough: the profile keeps its peaks
        k = -(-len(ys) // _MAX_POINTS)
        ys, xs = ys[::k], xs[::k]
    ys_f, xs_f = ys.astype(np.float64), xs.astype(np.float64)
    angle, score = _best_angle(ys_f, xs_f)
    # same measure with the axes swapped; normalise by the mean profile level
    # so that the longer axis does not win by having more bins (the coarse
    # angles are enough to tell a page lying sideways)
    _, score_t = _best_angle(xs_f, ys_f, fine_step=False)
    h, w = mask.shape
    n = float(len(ys))
    peaky = score / (n * n / h)
    peaky_t = score_t / (n * n / w)
    return angle, peaky_t > 1.3 * peaky


def rotate(gray: np.ndarray, angle: float) -> np.ndarray:
    """Turn the image by ``angle`` degrees counter-clockwise (as seen), white fill, same size."""
    if abs(angle) < 0.05:
        return gray
    h, w = gray.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(gray, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=255)


def turn(gray: np.ndarray, degrees: int) -> np.ndarray:
    """Exact quarter turns (counter-clockwise as seen), no resampling."""
    k = (degrees // 90) % 4
    return np.ascontiguousarray(np.rot90(gray, k)) if k else gray


_ROTATE = re.compile(r"Rotate:\s*(\d+)")
_CONF = re.compile(r"Orientation confidence:\s*([\d.]+)")


def osd_turn(gray: np.ndarray, dpi: float, min_confidence: float = 1.0) -> int | None:
    """Degrees (counter-clockwise) that put the page upright according to Tesseract OSD.

    Returns ``None`` when OSD cannot tell (too few characters on a sparse
    page, low confidence): the caller then keeps the page as it is.  OSD
    runs on a half-size image: it only needs to see letter shapes, and that
    halves its cost.
    """
    small = cv2.resize(gray, (gray.shape[1] // 2, gray.shape[0] // 2), interpolation=cv2.INTER_AREA)
    out = tess.osd(small, dpi / 2)
    if out is None:
        return None
    m, c = _ROTATE.search(out), _CONF.search(out)
    if not m or not c or float(c.group(1)) < min_confidence:
        return None
    # Tesseract's "Rotate: N" is clockwise; our turns are counter-clockwise
    return (360 - int(m.group(1))) % 360


def _line_votes(prof: np.ndarray) -> tuple[float, float]:
    """Sum of ink-weighted log(above / below) over the text lines of one row profile, and the ink."""
    if prof.sum() == 0:
        return 0.0, 0.0
    on = prof > max(2.0, 0.02 * prof.max())
    score = weight = 0.0
    y = 0
    n = len(prof)
    while y < n:
        if not on[y]:
            y += 1
            continue
        start = y
        while y < n and on[y]:
            y += 1
        band = prof[start:y]
        if len(band) < 6:
            continue
        core = np.flatnonzero(band >= 0.5 * band.max())
        above = band[: core[0]].sum()
        below = band[core[-1] + 1:].sum()
        total = band.sum()
        score += total * np.log((above + 1.0) / (below + 1.0))
        weight += total
    return score, weight


def upright_score(text_ink: np.ndarray, cells: list[list[tuple[int, int, int, int]]] | None = None) -> float:
    """Evidence that the text is upright (> 0) rather than upside down (< 0).

    In a line of Latin script — Vietnamese even more, with its tone marks
    and hats — there is more ink above the x-height band (ascenders,
    diacritics) than below the baseline (descenders).  Each text line found
    in a horizontal ink profile votes with log(ink above / ink below) of its
    core band, weighted by its ink.  In a table the lines of neighbouring
    cells do not line up, so the profile is taken cell by cell (``cells``:
    the cell boxes of the page's ruled tables) and over the rest of the page
    with the tables blanked.  Pages of figures give little to go on (commas
    below, nothing above), which is why a low score only means "ask OSD".
    """
    text = text_ink > 0
    score = weight = 0.0
    if cells:
        text = text.copy()
        for table in cells:
            for x0, y0, x1, y1 in table:
                s, w = _line_votes(text[y0:y1, x0:x1].sum(axis=1).astype(np.float64))
                score, weight = score + s, weight + w
            xs0, ys0 = min(b[0] for b in table), min(b[1] for b in table)
            xs1, ys1 = max(b[2] for b in table), max(b[3] for b in table)
            text[ys0:ys1, xs0:xs1] = False
    s, w = _line_votes(text.sum(axis=1).astype(np.float64))
    score, weight = score + s, weight + w
    return float(score / weight) if weight else 0.0
