"""Pages through OCR: image → upright → rules erased → words → grids and lines.

A worker process runs :func:`ocr_batch` on a few pages at a time; what it
returns is plain data (grids with glyph dicts, lines) that pickles cheaply
back to the parent, which assembles tables over page breaks.
"""

from __future__ import annotations

import ctypes
import functools
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np

from extract.chars import Line
from extract.grid import Grid
from extract.ocr import layout, orient, raster, reread, rulings, tess

#: Median word confidence under which a page is suspected to be upside down (or not text).
UPSIDE_DOWN_CONF = 55.0
#: Cells read with a lower confidence than this are read again alone (the better reading is kept).
REREAD_BELOW = 65.0
#: :func:`extract.ocr.orient.upright_score` under which OSD is asked before the page is read.  Above it
#: the page is read as it lies, and an upside-down page is caught by its reading instead (median word
#: confidence 41–44 against 96 upright, measured): on pages of figures the ascender test is weak (upright
#: table pages of the blind scans score down to -0.30; the upside-down sample page -0.42), and asking
#: OSD on every doubtful page cost 15 % of the pages 0.3–0.5 s each for no turn.
UPSIDE_DOWN_SCORE = -0.35
#: A sideways page turned a quarter counter-clockwise is kept (score at least this) or turned on by a half
#: (score at most minus this) on the ascender test alone; between, OSD decides.  Upright report pages
#: score 0.9–1.7 when they hold prose or names, so most landscape tables need no OSD (0.3 s with its
#: model load); a wrong call reads as noise and goes to OSD after all.
SIDEWAYS_SURE = 0.3


@dataclass
class OcrPage:
    """What OCR found on one page, in PDF points of the upright page."""

    page: int
    width: float
    height: float
    grids: list[Grid] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    turned: int = 0  # quarter turns applied (degrees counter-clockwise)
    skew: float = 0.0  # small rotation removed (degrees counter-clockwise as scanned)
    dpi: float = 300.0
    n_words: int = 0
    mean_conf: float | None = None
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)
    footnote_top: float | None = None  # below this (points) is the footnote area of the page


@functools.cache
def _reuse_freed_memory() -> None:
    """Ask glibc to keep freed page-sized buffers for reuse instead of giving them back to the system.

    Every stage allocates page-sized arrays (6–9 MB at 250–300 dpi).  Above
    glibc's default threshold each comes fresh from the kernel and is paid
    for again in page faults when first written; on this machine that was a
    sixth of the image work (orientation and rules: 110 ms a page, 92 ms
    with the buffers kept).  Once per process; nothing where the C library
    is not glibc.
    """
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(-3, 64 << 20)  # M_MMAP_THRESHOLD: page arrays come from the heap
        libc.mallopt(-1, 256 << 20)  # M_TRIM_THRESHOLD: and stay there for the next page
    except (OSError, AttributeError):
        pass


_NO_PIXELS = np.zeros((0, 0), np.uint8)  # in place of an image no later stage looks at


@dataclass
class _Pass:
    gray: np.ndarray
    ink: np.ndarray
    rules: rulings.Rulings
    skew: float
    clean: np.ndarray
    words: list[tess.Word] = field(default_factory=list)


def _median_conf(words: list[tess.Word]) -> float:
    confs = sorted(w.conf for w in words if len(w.text) >= 2)
    return confs[len(confs) // 2] if confs else 0.0


def _prepare(gray: np.ndarray, dpi: float, skew: float | None = None) -> _Pass:
    """Deskew, binarize, find the rules and erase them: everything before Tesseract."""
    if skew is None:
        skew, _ = orient.estimate_skew(gray)
    gray = orient.rotate(gray, -skew)
    ink = orient.ink_mask(gray)
    rules = rulings.find_tables(ink, dpi)
    return _Pass(gray, ink, rules, skew, rulings.clean_page(ink, rules, dpi))


def _turned_180(p: _Pass) -> _Pass:
    """The prepared page turned half a circle: arrays and boxes flipped, nothing recomputed."""
    h, w = p.gray.shape
    r = p.rules

    def box(b: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
        return (w - b[2], h - b[3], w - b[0], h - b[1])

    rules = rulings.Rulings(
        orient.turn(r.mask, 180), [[box(b) for b in cells] for cells in r.tables], [box(f) for f in r.frames],
        [(h - y, w - x1, w - x0) for y, x0, x1 in r.loose],
    )
    return _Pass(orient.turn(p.gray, 180), orient.turn(p.ink, 180), rules, p.skew, orient.turn(p.clean, 180))


def _recognize(p: _Pass, dpi: float, psm: int) -> _Pass:
    p.words = tess.words(p.clean, dpi, psm=psm, binary=True)
    layout.split_signs(p.words, p.ink)
    layout.mark_superscripts(p.words, p.ink)
    layout.mark_or_equal(p.words, p.ink)
    return p


def _orient(gray: np.ndarray, dpi: float, osd: str, notes: list[str]) -> tuple[_Pass, int, bool]:
    """The page prepared the right way up, the quarter turns that took (degrees counter-clockwise),
    and whether OSD was asked (when not, a reading that comes out as noise sends the page to OSD).

    OSD costs a fifth of a page's OCR, so with ``"auto"`` it is asked only
    when the cheap ascender test (:func:`extract.ocr.orient.upright_score`)
    says the page is upside down, or cannot tell which way up a page lying
    sideways (90° or 270°?) goes; a doubtful page is read as it lies, and its
    reading tells (see :data:`UPSIDE_DOWN_CONF`).
    """
    skew, sideways = orient.estimate_skew(gray)
    turned = 0
    quarter: _Pass | None = None  # the page prepared a quarter turn counter-clockwise
    if osd == "auto" and sideways:
        quarter = _prepare(orient.turn(gray, 90), dpi)
        score = orient.upright_score(255 - quarter.clean, quarter.rules.tables)
        if score >= SIDEWAYS_SURE:
            return quarter, 90, False
        if score <= -SIDEWAYS_SURE:
            return _turned_180(quarter), 270, False
    if osd == "always" or (osd == "auto" and sideways):
        t = orient.osd_turn(gray, dpi)
        if t is None and sideways:
            t = 90  # OSD could not tell: turning at least makes the lines horizontal
            notes.append("OSD failed on a sideways page; turned 90°")
        if quarter is not None and t in (90, 270):
            return ((quarter, 90, True) if t == 90 else (_turned_180(quarter), 270, True))
        if t:
            gray, turned = orient.turn(gray, t), t
        return _prepare(gray, dpi, None if t else skew), turned, True
    p = _prepare(gray, dpi, skew)
    asked = False
    if osd == "auto" and orient.upright_score(255 - p.clean, p.rules.tables) < UPSIDE_DOWN_SCORE:
        t, asked = orient.osd_turn(p.gray, dpi), True
        if t == 180:
            p, turned = _turned_180(p), t
        elif t:
            p, turned = _prepare(orient.turn(gray, t), dpi), t
    return p, turned, asked


def footnote_separator(rules: rulings.Rulings, height: int, dpi: float) -> int | None:
    """The short rule that opens a page's footnotes (pixels), if there is one.

    Word processors draw it from the left margin, 1–3 inches long, in the
    lower part of the page and outside any table.  Footnotes are small
    print in a PDF, but on a scan their size is hard to tell from body text,
    and a footnote under a table must not stop the table from running on to
    the next page.
    """
    tops = [y for y, x0, x1 in rules.loose if y > 0.45 * height and 0.8 * dpi <= x1 - x0 <= 3.5 * dpi]
    return min(tops) if tops else None


@dataclass
class _Job:
    """One page going through the stages of :func:`ocr_images`."""

    img: raster.PageImage
    p: _Pass
    turned: int
    asked: bool  # OSD decided the orientation
    notes: list[str]
    t0: float  # when the current stage began (see ``seconds``)
    grids: list[Grid] = field(default_factory=list)
    outside: list = field(default_factory=list)
    stroke: float = 0.0
    line_h: float = 1.0
    plan: reread.Plan | None = None
    numbers: reread.Plan | None = None
    seconds: float = 0.0  # time spent on this page so far, its share of the batched Tesseract runs included

    @property
    def scale(self) -> float:
        return 72.0 / self.img.dpi


def _after_main(job: _Job, words: list[tess.Word], psm: int, osd: str, bold: bool, reread_empty: bool) -> None:
    """From the page-level reading to grids and the plan of cells to read again."""
    p, dpi = job.p, job.img.dpi
    p.words = words
    layout.split_signs(p.words, p.ink)
    layout.mark_superscripts(p.words, p.ink)
    layout.mark_or_equal(p.words, p.ink)
    if osd == "auto" and not job.asked and _median_conf(p.words) < UPSIDE_DOWN_CONF:
        # the last resort: the reading is noise, so ask OSD and read again (alone) if it says turn
        t = orient.osd_turn(p.gray, dpi)
        if t is None:
            job.notes.append("low OCR confidence and OSD could not tell the orientation")
        elif t:
            q = _recognize(_prepare(orient.turn(p.gray, t), dpi), dpi, psm)
            if _median_conf(q.words) > _median_conf(p.words):
                job.p, job.turned = q, (job.turned + t) % 360  # OSD saw the page as already turned
                p = q
    scale = job.scale
    widths = layout.stroke_widths(p.ink, p.words) if bold else []
    job.stroke = layout.usual_stroke(widths, p.words) if bold else 0.0
    job.line_h = layout.usual_line_height(p.words)
    chars = layout.words_to_chars(p.words, scale, layout.bold_words(widths, job.stroke), job.line_h)
    tables_pt = [[(b[0] * scale, b[1] * scale, b[2] * scale, b[3] * scale) for b in cells] for cells in p.rules.tables]
    loose_pt = [(y * scale, a * scale, b * scale) for y, a, b in p.rules.loose]
    def unread() -> list:
        return layout.unread_ink(p.clean, p.words, p.rules.frames, scale, job.line_h)

    job.grids, job.outside = layout.build_grids(job.img.page, tables_pt, chars, loose_pt, unread)
    if reread_empty:
        job.plan = reread.plan(job.grids, p.clean, scale, dpi, job.line_h, REREAD_BELOW)


def _apply_sheet(job: _Job, sheet_words: list[tess.Word]) -> None:
    if job.plan is not None:
        n = reread.apply(job.plan, sheet_words, job.p.ink, job.scale, job.stroke, job.line_h)
        if n:
            job.notes.append(f"{n} cell(s) re-read alone")
    job.numbers = reread.number_plan(job.grids, job.p.clean, job.scale, job.img.dpi, job.line_h)


def _finish(job: _Job, number_words: list[tess.Word]) -> OcrPage:
    p, scale = job.p, job.scale
    if job.numbers is not None and job.numbers.placed:
        same, changed = reread.apply_numbers(job.numbers, number_words, scale, job.line_h)
        job.notes.append(f"{same + changed} unsure number(s) read again with {reread.NUMBER_LANG}: "
                         f"{same} confirmed, {changed} read differently")
    fixed = sum(layout.repair_column_numbers(g) for g in job.grids)
    if fixed:
        job.notes.append(f"{fixed} column-number cell(s) repaired")
    lines = layout.text_lines(job.outside)
    h, w = p.gray.shape
    sep = footnote_separator(p.rules, h, job.img.dpi)
    confs = [c.conf for c in p.words]
    return OcrPage(
        page=job.img.page,
        width=w * scale,
        height=h * scale,
        grids=job.grids,
        lines=lines,
        turned=job.turned,
        skew=round(p.skew, 2),
        dpi=job.img.dpi,
        n_words=len(p.words),
        mean_conf=round(sum(confs) / len(confs), 1) if confs else None,
        seconds=round(job.seconds + time.perf_counter() - job.t0, 3),
        notes=job.notes,
        footnote_top=sep * scale if sep is not None else None,
    )


def _read_batched(jobs: list[_Job], image: Callable[[_Job], np.ndarray | None], psm: int,
                  lang: str = tess.LANG) -> list[list[tess.Word]]:
    """One Tesseract run per resolution over the image ``image`` gives for each job (jobs it gives
    ``None`` are skipped); the words of each job, and each job's share of the run's time added to it."""
    out: list[list[tess.Word]] = [[] for _ in jobs]
    groups: dict[float, list[int]] = {}
    for i, job in enumerate(jobs):
        if image(job) is not None:
            groups.setdefault(job.img.dpi, []).append(i)
    for dpi, idx in groups.items():
        t0 = time.perf_counter()
        found = tess.words_batch([image(jobs[i]) for i in idx], dpi, psm=psm, lang=lang, binary=True)
        share = (time.perf_counter() - t0) / len(idx)
        for i, words in zip(idx, found, strict=True):
            out[i] = words
            jobs[i].seconds += share
    return out


def ocr_images(
    imgs: list[raster.PageImage], psm: int = 11, osd: str = "auto", bold: bool = True, reread_empty: bool = True
) -> list[OcrPage]:
    """OCR page images into grids and lines, with two Tesseract runs for all of them together.

    Every page is first put upright and cleaned; then one Tesseract run
    reads all the pages, one more all their sheets of cells to read again
    (:mod:`extract.ocr.reread`) — a Tesseract start per page per step would
    cost a tenth of the OCR time.

    ``osd``: ``"auto"`` asks Tesseract's orientation detection only for a
    page that lies sideways, that the ascender test cannot call upright, or
    whose reading is noise (an upside-down page reads as low-confidence
    garbage); ``"always"`` for every page; ``"never"`` trusts the image.
    """
    # one core per page, as for Tesseract: OpenCV's own threads would only take the other worker's core
    cv2.setNumThreads(1)
    _reuse_freed_memory()
    jobs: list[_Job] = []
    for img in imgs:
        t0 = time.perf_counter()
        notes: list[str] = []
        p, turned, asked = _orient(img.gray, img.dpi, osd, notes)
        # a batch holds its pages until all are read: keep only the pixels later stages use (the page as
        # turned and deskewed, its ink, what Tesseract reads), not the page as loaded or the rule mask
        img = raster.PageImage(img.page, _NO_PIXELS, img.dpi)
        p.rules.mask = _NO_PIXELS
        jobs.append(_Job(img, p, turned, asked, notes, t0, seconds=time.perf_counter() - t0))
    main = _read_batched(jobs, lambda j: j.p.clean, psm)
    for job, words in zip(jobs, main, strict=True):
        t0 = time.perf_counter()
        _after_main(job, words, psm, osd, bold, reread_empty)
        job.seconds += time.perf_counter() - t0
    sheets = _read_batched(jobs, lambda j: j.plan.sheet if j.plan is not None else None, reread.SHEET_PSM)
    for job, words in zip(jobs, sheets, strict=True):
        t0 = time.perf_counter()
        _apply_sheet(job, words)
        job.seconds += time.perf_counter() - t0
    # a second opinion on the unsure numbers, by a model that reads digits better (one run for all pages)
    numbers = _read_batched(jobs, lambda j: j.numbers.sheet if j.numbers is not None else None, reread.SHEET_PSM,
                            lang=reread.NUMBER_LANG)
    out = []
    for job, words in zip(jobs, numbers, strict=True):
        job.t0 = time.perf_counter()
        out.append(_finish(job, words))
    return out


def ocr_image(
    img: raster.PageImage, psm: int = 11, osd: str = "auto", bold: bool = True, reread_empty: bool = True
) -> OcrPage:
    """OCR one page image into grids and lines (see :func:`ocr_images`)."""
    return ocr_images([img], psm, osd, bold, reread_empty)[0]


def ocr_batch(path: str, pages: list[int], psm: int = 11, osd: str = "auto", bold: bool = True) -> list[OcrPage]:
    """Load and OCR some pages of a file together (the function worker processes run)."""
    return ocr_images([raster.load_page(Path(path), p) for p in pages], psm=psm, osd=osd, bold=bold)


def ocr_page(path: str, page: int, psm: int = 11, osd: str = "auto", bold: bool = True) -> OcrPage:
    """Load and OCR one page of a file."""
    return ocr_batch(path, [page], psm, osd, bold)[0]
