"""Scanned documents: pages over worker processes, then the same assembly as the PDF path.

Pages are independent until tables are stitched over page breaks, so each
page is OCR'd in its own process (one single-threaded Tesseract each) and
only the light per-page results come back.  Turning those into
:class:`extract.assemble.Part` objects follows :func:`extract.pdf.extract_pdf`
line for line, so a scanned report and its born-digital twin give the same
tables.
"""

from __future__ import annotations

import difflib
import multiprocessing
import os
import re
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from extract.assemble import Part, assemble, caption_above, detect_header
from extract.chars import Line
from extract.errors import ExtractError
from extract.grid import Grid
from extract.ocr import raster, tess
from extract.ocr.codes import repair_group_codes
from extract.ocr.page import OcrPage, ocr_batch
from schemas.model import Document, TextBlock

_CONTINUED = re.compile(r"tiếp theo|\(tiếp\)|continued", re.IGNORECASE)
_PAGE_NUMBER = re.compile(r"^[-–—\s]*(trang\s*)?\d{1,4}(\s*/\s*\d{1,4})?[-–—\s]*$", re.IGNORECASE)


def default_jobs() -> int:
    return os.cpu_count() or 1


def ocr_pages(
    path: Path | str, pages: Iterable[int] | None = None, jobs: int | None = None, *, psm: int = 11,
    osd: str = "auto", bold: bool = True,
) -> list[OcrPage]:
    """OCR the given 1-based pages of a PDF or image file (all pages when ``None``).

    Returns one :class:`OcrPage` per page, in page order, each holding the
    page's grids (ready for :class:`extract.assemble.Part`) and its text
    lines outside tables, in PDF points.  ``jobs`` worker processes share
    the pages in small batches (default: one per CPU); with one job or one
    page, or inside a daemon process, everything runs in this process.
    Raises :class:`ExtractError` when Tesseract (or its Vietnamese data) is
    missing or a page cannot be decoded.
    """
    path = Path(path)
    problem = tess.check_installed()
    if problem:
        raise ExtractError(problem)
    try:
        wanted = sorted(set(pages)) if pages is not None else list(range(1, raster.page_count(path) + 1))
    except Exception as e:  # noqa: BLE001 - any decoder failure is "cannot read this file"
        raise ExtractError(f"không đọc được tệp quét ({type(e).__name__})") from e
    if not wanted:
        return []
    jobs = max(1, min(jobs or default_jobs(), len(wanted)))
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # inherited by the workers' Tesseract processes
    weights = raster.page_weights(path) if jobs > 1 else None
    chunks = _chunks(wanted, jobs, [weights[p - 1] for p in wanted] if weights and len(weights) >= wanted[-1] else None)
    if jobs == 1 or multiprocessing.current_process().daemon:
        return [op for chunk in chunks for op in _guarded_batch(str(path), chunk, psm, osd, bold)]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(_guarded_batch, str(path), chunk, psm, osd, bold) for chunk in chunks]
        return sorted((op for f in futures for op in f.result()), key=lambda op: op.page)


#: Pages a worker reads in one go: each batch costs three Tesseract starts (0.07 s each), each page in it
#: three page-sized images (26 MB at 300 dpi A4) until the batch is done.
MAX_BATCH = 8


def _chunks(pages: list[int], jobs: int, weights: list[float] | None = None) -> list[list[int]]:
    """Split the pages into batches for the workers.

    Batches save Tesseract starts (see :func:`extract.ocr.page.ocr_images`),
    but the last batch decides when the work ends: with several workers
    there are at least two batches per worker and a multiple of the
    workers.  With ``weights`` (one per page: the guessed cost, see
    :func:`extract.ocr.raster.page_weights`) each page goes, heaviest first,
    to the lightest batch that has room, and the batches are handed out
    heaviest first; without, the batches are runs of pages of sizes
    differing by at most one, the larger first.  Pages of one report differ
    in cost by four times (a page of prose against a page of dense figures),
    and on the samples' 10-page scan batches of consecutive pages left one
    of two workers idle for the last fifth of the run.
    """
    n = len(pages)
    k = -(-n // MAX_BATCH)
    if jobs > 1:
        k = min(n, -(-max(k, 2 * jobs) // jobs) * jobs)  # a multiple of the workers, two batches each at least
    if weights is None:
        size, extra = divmod(n, k)
        out, i = [], 0
        for b in range(k):
            m = size + (1 if b < extra else 0)
            out.append(pages[i:i + m])
            i += m
        return [c for c in out if c]
    # every page costs a start-up share on top of its ink: add a fixed part of the usual weight
    fixed = 0.15 * sorted(weights)[len(weights) // 2]
    bins: list[list[int]] = [[] for _ in range(k)]
    load = [0.0] * k
    for w, p in sorted(zip(weights, pages, strict=True), key=lambda t: (-t[0], t[1])):
        b = min((i for i in range(k) if len(bins[i]) < MAX_BATCH), key=lambda i: load[i])
        bins[b].append(p)
        load[b] += w + fixed
    order = sorted(range(k), key=lambda i: -load[i])
    return [sorted(bins[i]) for i in order if bins[i]]


def _guarded_batch(path: str, pages: list[int], psm: int, osd: str, bold: bool) -> list[OcrPage]:
    """:func:`extract.ocr.page.ocr_batch` with its failures turned into a clear :class:`ExtractError`
    (which also survives the trip back from a worker process, unlike some library exceptions)."""
    try:
        return ocr_batch(path, pages, psm, osd, bold)
    except ExtractError:
        raise
    except Exception as e:  # noqa: BLE001 - one message naming the cause
        where = f"trang {pages[0]}" if len(pages) == 1 else f"trang {pages[0]}–{pages[-1]}"
        raise ExtractError(f"{where}: không nhận dạng được ảnh quét ({type(e).__name__}: {e})"[:300]) from None


def _ignorable(line: Line, body_size: float, footnote_top: float | None = None) -> bool:
    """Page furniture that does not break a table's continuity (as in :mod:`extract.pdf`),
    plus OCR specks (a "line" without a letter or digit is dust on the glass) and
    whatever lies under the page's footnote separator."""
    t = line.text.strip()
    return (
        (footnote_top is not None and line.top >= footnote_top)
        or not any(ch.isalnum() for ch in t)
        or bool(_PAGE_NUMBER.match(t))
        or line.size < 0.8 * body_size
        or bool(_CONTINUED.search(t))
    )


def _shift(g: Grid, dx: float) -> None:
    """Move a grid sideways (cells, column bounds and glyphs)."""
    g.xs = [x + dx for x in g.xs]
    g.bbox = (g.bbox[0] + dx, g.bbox[1], g.bbox[2] + dx, g.bbox[3])
    for cell in g.cells:
        cell.bbox = (cell.bbox[0] + dx, cell.bbox[1], cell.bbox[2] + dx, cell.bbox[3])
    for ch in {id(c): c for c in [*g.chars, *(c for cell in g.cells for c in cell.chars)]}.values():
        ch["x0"] += dx
        ch["x1"] += dx


def _register(g: Grid, prev: Grid) -> None:
    """Line a continuation grid up with the grid it continues.

    A sheet never goes through a scanner at exactly the place of the one
    before: the same columns come out a few millimetres apart, and the
    assembler (which compares column positions within 4 pt) would not stitch
    them.  Same number of columns and the same widths (±3 %) means the same
    table: the new grid is moved onto the old one.
    """
    if g.n_cols != prev.n_cols or len(g.xs) != len(prev.xs) or g.n_cols < 2:
        return
    widths = [b - a for a, b in zip(g.xs, g.xs[1:], strict=False)]
    pwidths = [b - a for a, b in zip(prev.xs, prev.xs[1:], strict=False)]
    if any(abs(w - pw) > max(4.0, 0.03 * pw) for w, pw in zip(widths, pwidths, strict=True)):
        return
    diffs = sorted(b - a for a, b in zip(g.xs, prev.xs, strict=True))
    dx = diffs[len(diffs) // 2]
    if 0.5 < abs(dx) <= 60:
        _shift(g, dx)


def _fold(text: str) -> str:
    return re.sub(r"\W+", "", text).lower()


def _adopt_header(part: Part, ref: Part) -> None:
    """Give a repeated header the exact text of the header it repeats.

    OCR reads the same header a little differently on every page
    (``TTHC`` / ``TƯỮHC``), and the assembler recognises a repeated header by
    equal text; header rows that match the first part's header closely
    (≥ 85 % similar, row by row) take its text.
    """
    n = detect_header(part)
    m = detect_header(ref)
    if not n or not m or part.n_cols != ref.n_cols:
        return
    rows = min(n, m)
    for r in range(rows):
        a = _fold("|".join(part.row_texts(r, expand_h=True, expand_v=True)))
        b = _fold("|".join(ref.row_texts(r, expand_h=True, expand_v=True)))
        if difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() < 0.85:
            return
    for r in range(rows):
        for cell in part.starts(r):
            src = ref.own[r][cell.c0]
            if src is not None and src.r0 == r:
                cell.text = src.text


def page_parts(pages: list[OcrPage]) -> tuple[list[Part], list[TextBlock]]:
    """Parts (one per grid) and narrative text blocks of OCR'd pages, as the PDF path builds them.

    Beyond :func:`extract.pdf.extract_pdf`: a table continued from the page
    before is moved onto the previous page's columns and its repeated header
    is given the first page's header text (see :func:`_register` and
    :func:`_adopt_header`), and the footnote area under a separator rule
    does not count as text under a table.
    """
    from extract.pdf import _columns_like  # lazy: extract.pdf may itself call into this package

    parts: list[Part] = []
    blocks: list[TextBlock] = []
    head: Part | None = None  # the part whose header the current table run started with
    for op in pages:
        lines = [ln for ln in op.lines if any(ch.isalnum() for ch in ln.text)]
        sizes = sorted(ln.size for ln in lines) or [10.0]
        body_size = sizes[len(sizes) // 2]
        # the text area includes the tables: on a scan, the lines found may all be the (centred) title
        left = min([ln.x0 for ln in lines] + [g.bbox[0] for g in op.grids], default=0.0)
        right = max([ln.x1 for ln in lines] + [g.bbox[2] for g in op.grids], default=op.width)
        for g in op.grids:
            below = [ln for ln in lines if ln.top >= g.bbox[3] - 1 and not _ignorable(ln, body_size, op.footnote_top)]
            above = [ln for ln in lines if ln.bottom <= g.bbox[1] + 1 and not _ignorable(ln, body_size)]
            later = [h for h in op.grids if h.bbox[1] > g.bbox[1]]
            earlier = [h for h in op.grids if h.bbox[1] < g.bbox[1]]
            top_of_page = not above and not earlier
            prev = parts[-1] if parts else None
            continued = top_of_page and prev is not None and prev.bottom_of_page and prev.grid.page == op.page - 1
            if continued and prev is not None:
                _register(g, prev.grid)
                g = _columns_like(g, prev.grid)
            part = Part(
                grid=g,
                own=g.owner(),
                title=caption_above(lines, g.bbox[1], left, right),
                bottom_of_page=not below and not later,
                top_of_page=top_of_page,
                page_height=op.height,
            )
            if continued and head is not None:
                _adopt_header(part, head)
            else:
                head = part
            parts.append(part)
        blocks.extend(
            TextBlock(page=op.page, text=ln.text, bold=ln.bold, top=ln.top, x0=ln.x0, x1=ln.x1, size=ln.size,
                      font=ln.font)
            for ln in lines
        )
    return parts, blocks


def extract_scan(path: Path | str, doc_name: str, jobs: int | None = None) -> Document:
    """Extract the tables and text of an image file or an image-only PDF by OCR."""
    path = Path(path)
    try:
        n_pages = raster.page_count(path)
    except Exception as e:  # noqa: BLE001 - any decoder failure is "cannot read this file"
        raise ExtractError(f"không đọc được ảnh quét ({type(e).__name__})") from e
    if n_pages == 0:
        raise ExtractError("tệp không có trang nào")
    pages = ocr_pages(path, range(1, n_pages + 1), jobs)
    parts, blocks = page_parts(pages)
    tables = assemble(parts, doc_name, "ocr")
    for t in tables:
        repair_group_codes(t)
    return Document(path=doc_name, method="ocr", n_pages=n_pages, tables=tables, text=blocks)
