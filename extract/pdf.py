"""Born-digital PDFs (a text layer) → tables, with pdfplumber.

pdfplumber finds ruled tables from the drawn lines and rectangles
(``find_tables``); we take its cell boxes, rebuild the grid with spans
(:mod:`extract.grid`) and fill cells from the characters ourselves so that
bold rows, fonts and superscript footnote markers survive.  Tables printed
without rulings are found from column alignment (:mod:`extract.whitespace`).
Page-level results are assembled into logical tables in
:mod:`extract.assemble`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfplumber.utils.exceptions import PdfminerException

from extract import whitespace
from extract.assemble import Part, assemble, caption_block
from extract.chars import Line, chars_to_lines
from extract.errors import ExtractError
from extract.grid import Grid, extend_open_body, grid_from_boxes, impose_columns, split_columns_by_gaps
from schemas.model import Document, TextBlock

TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
_CONTINUED = re.compile(r"tiếp theo|\(tiếp\)|continued", re.IGNORECASE)
_PAGE_NUMBER = re.compile(r"^[-–—\s]*(trang\s*)?\d{1,4}(\s*/\s*\d{1,4})?[-–—\s]*$", re.IGNORECASE)


_CAUSES = {
    "PSEOF": "tệp bị cắt cụt, thiếu phần cuối",
    "PDFSyntaxError": "cú pháp PDF sai",
    "PDFNoValidXRef": "thiếu bảng tham chiếu (xref)",
}


def _broken(exc: BaseException) -> ExtractError:
    name = type(exc).__name__
    return ExtractError(f"tệp PDF bị hỏng, không đọc được ({_CAUSES.get(name, name)})")


def _open(path: Path) -> pdfplumber.PDF:
    head = path.read_bytes()[:1024]
    if b"%PDF" not in head:
        from extract import sniff

        what = sniff(head)
        raise ExtractError(f"không phải tệp PDF (nội dung thực là {what or 'dữ liệu không nhận ra'})")
    try:
        pdf = pdfplumber.open(path)
        _ = pdf.pages
        return pdf
    except (PDFPasswordIncorrect, PDFEncryptionError) as e:
        raise ExtractError("tệp PDF được bảo vệ bằng mật khẩu, không mở được") from e
    except PdfminerException as e:
        cause = e.args[0] if e.args else e
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise ExtractError("tệp PDF được bảo vệ bằng mật khẩu, không mở được") from e
        raise _broken(cause) from e
    except (PDFSyntaxError, ValueError, KeyError, TypeError) as e:
        raise _broken(e) from e


def _ignorable(line: Line, body_size: float) -> bool:
    """Page furniture that does not break a table's continuity: page numbers,
    footnotes in small print, ``(tiếp theo)`` notes."""
    t = line.text.strip()
    return (
        bool(_PAGE_NUMBER.match(t))
        or line.size < 0.9 * body_size
        or bool(_CONTINUED.search(t))
        or t[:1] in "¹²³⁴⁵⁶⁷⁸⁹⁰"
    )


def _page_number(line: list[dict]) -> bool:
    return bool(_PAGE_NUMBER.match("".join(c["text"] for c in line)))


def _inside(c: dict, boxes: list[tuple[float, float, float, float]]) -> bool:
    cx, cy = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
    return any(b[0] - 1 <= cx <= b[2] + 1 and b[1] - 1 <= cy <= b[3] + 1 for b in boxes)


def _closing_rules(page: pdfplumber.page.Page) -> list[dict]:
    """Horizontal rules a table implies but does not draw.

    Where two or more vertical rules start, end or break at the same height and
    no horizontal rule is drawn there, a cell edge is meant: a row cut by a page
    break is left open at the bottom of one page (the verticals run on below the
    last rule) and resumes under the repeated header on the next (the verticals
    break where the header ends).  Without these rules the open half-row would
    fall outside the table, or be merged into the header cell above it.
    """
    edges = page.edges
    verticals = [e for e in edges if e["orientation"] == "v" and e["bottom"] - e["top"] > 2]
    horizontals = [e for e in edges if e["orientation"] == "h"]
    ends: dict[int, list[dict]] = {}
    for e in verticals:
        for y in (e["top"], e["bottom"]):
            ends.setdefault(round(y), []).append(e)
    rules = []
    for y, vs in ends.items():
        xs = sorted({round(e["x0"]) for e in vs})
        if len(xs) < 2:
            continue
        x0, x1 = min(e["x0"] for e in vs), max(e["x1"] for e in vs)
        drawn = any(
            abs(h["top"] - y) <= 2 and h["x0"] <= x0 + 2 and h["x1"] >= x1 - 2 for h in horizontals
        )
        # a vertical running on through this height inside the span is a merged cell's side
        through = any(
            e["top"] < y - 2 and e["bottom"] > y + 2 and x0 - 1 <= e["x0"] <= x1 + 1 for e in verticals
        )
        if not drawn and not through:
            rules.append({"object_type": "line", "x0": x0, "x1": x1, "top": float(y), "bottom": float(y),
                          "width": x1 - x0, "height": 0.0})
    return rules


def _horizontal_rules(page: pdfplumber.page.Page) -> list[tuple[float, float, float]]:
    """The page's horizontal rules, with segments drawn cell by cell joined into one."""
    by_y: dict[int, list[tuple[float, float]]] = {}
    for e in page.edges:
        if e["orientation"] == "h":
            by_y.setdefault(round(e["top"]), []).append((e["x0"], e["x1"]))
    rules = []
    for y, segs in by_y.items():
        segs.sort()
        a, b = segs[0]
        for x0, x1 in segs[1:]:
            if x0 <= b + 1.5:
                b = max(b, x1)
            else:
                rules.append((float(y), a, b))
                a, b = x0, x1
        rules.append((float(y), a, b))
    return rules


def _settings_for(page: pdfplumber.page.Page) -> dict:
    rules = _closing_rules(page)
    if not rules:
        return TABLE_SETTINGS
    return {**TABLE_SETTINGS, "explicit_horizontal_lines": rules}


def _columns_like(g: Grid, prev: Grid) -> Grid:
    """Give a continuation part the columns of the part it continues.

    A table ruled only with horizontal lines gets its columns from text gaps
    on each page separately, so a page where one column happens to be empty
    would come out narrower and never be stitched.  When the part at the top
    of a page sits exactly under the previous page's table, the previous
    columns are imposed.
    """
    if g.n_cols == prev.n_cols and all(abs(a - b) <= 4 for a, b in zip(g.xs, prev.xs, strict=True)):
        return g
    if not (g.gap_columns or g.n_cols == 1) or prev.n_cols < 2:
        return g
    if abs(g.bbox[0] - prev.bbox[0]) > 6 or abs(g.bbox[2] - prev.bbox[2]) > 6:
        return g
    return impose_columns(g, prev)


def extract_pdf(path: Path, doc_name: str, jobs: int | None = None) -> Document:
    """Extract every table and text line of a PDF; pages without a usable text layer go through OCR."""
    from extract import ocr

    pdf = _open(path)
    parts: list[Part] = []
    blocks: list[TextBlock] = []
    carry: Grid | None = None
    continued_header: str | None = None
    try:
        n_pages = len(pdf.pages)
        scanned = set(ocr.pages_needing_ocr(pdf))
        if scanned and len(scanned) == n_pages:
            pdf.close()
            return ocr.extract_scan(path, doc_name, jobs)
        read = {op.page: op for op in ocr.ocr_pages(path, sorted(scanned), jobs)} if scanned else {}
        for pno, page in enumerate(pdf.pages, 1):
            try:
                chars = page.chars
                found = page.find_tables(_settings_for(page))
            except Exception as e:  # noqa: BLE001 - a broken page must not hide the others
                raise ExtractError(f"trang {pno} của tệp PDF bị hỏng ({type(e).__name__})") from e
            grids: list[Grid] = []
            for t in found:
                inner = [c for c in chars if _inside(c, [t.bbox])]
                g = grid_from_boxes(pno, list(t.cells), inner)
                if g is not None and g.n_cols == 1:
                    g, extra = extend_open_body(g, [c for c in chars if not _inside(c, [t.bbox])], _page_number)
                    inner += extra
                if g is not None and g.n_cols == 1 and g.n_rows >= 2:
                    g = split_columns_by_gaps(g, inner)
                if g is not None and g.n_cols >= 2 and g.n_rows >= 2:
                    grids.append(g)
            boxes = [g.bbox for g in grids]
            outside = [c for c in chars if not _inside(c, boxes)]
            ws_grids, outside = whitespace.find_tables(pno, outside, _horizontal_rules(page), carry,
                                                       continued_header)
            # an unruled table reaching the page's foot may go on, headerless, on the next page
            low = [g for g in ws_grids if g.bbox[3] >= 0.75 * float(page.height)]
            carry = max(low, key=lambda g: g.bbox[3]) if low else None
            grids.extend(ws_grids)
            lines = chars_to_lines(outside)
            if pno in read:  # no usable text layer: the page's grids and lines come from OCR
                op = read[pno]
                grids = list(op.grids)
                lines = [ln for ln in op.lines if any(ch.isalnum() for ch in ln.text)]
                carry = None
            grids.sort(key=lambda g: g.bbox[1])
            # the header of a table reaching this page's foot: it may be repeated over one last row
            foot = [g for g in grids if g.bbox[3] >= 0.75 * float(page.height)]
            continued_header = " ".join(c.text for c in foot[-1].cells if c.r0 == 0) if foot else None
            sizes = sorted(ln.size for ln in lines) or [10.0]
            body_size = sizes[len(sizes) // 2]
            left = min((ln.x0 for ln in lines), default=0.0)
            right = max((ln.x1 for ln in lines), default=float(page.width))
            for g in grids:
                below = [ln for ln in lines if ln.top >= g.bbox[3] - 1 and not _ignorable(ln, body_size)]
                above = [ln for ln in lines if ln.bottom <= g.bbox[1] + 1 and not _ignorable(ln, body_size)]
                later = [h for h in grids if h.bbox[1] > g.bbox[1]]
                earlier = [h for h in grids if h.bbox[1] < g.bbox[1]]
                top_of_page = not above and not earlier
                prev = parts[-1] if parts else None
                if top_of_page and prev is not None and prev.bottom_of_page and prev.grid.page == pno - 1:
                    g = _columns_like(g, prev.grid)
                title, title_font = caption_block(lines, g.bbox[1], left, right)
                parts.append(
                    Part(
                        grid=g,
                        own=g.owner(),
                        title=title,
                        title_font=title_font,
                        bottom_of_page=not below and not later,
                        top_of_page=top_of_page,
                        page_height=float(page.height),
                    )
                )
            blocks.extend(
                TextBlock(page=pno, text=ln.text, bold=ln.bold, top=ln.top, x0=ln.x0, x1=ln.x1,
                          size=ln.size, font=ln.font)
                for ln in lines
            )
    finally:
        pdf.close()
    tables = assemble(parts, doc_name, "pdf")
    for t in tables:
        if set(t.pages) <= scanned:
            t.method = "ocr"
            ocr.repair_group_codes(t)
    return Document(path=doc_name, method="pdf", n_pages=n_pages, tables=tables, text=blocks)
