"""What the Word and Excel extractors share: cells → tables, file checks, legacy conversion.

Office files give the table structure outright (no geometry to interpret),
but the *layout rules* of Vietnamese report tables still apply: which top
rows are the header, how merged header cells are repeated, which rows are
bold group rows.  Those rules live in :mod:`extract.assemble` for the PDF
path; :func:`build_table` feeds it the same :class:`~extract.grid.Grid` /
:class:`~extract.assemble.Part` objects so a ``.docx`` table and the PDF
printed from it come out with the same header split and the same body rows.

Legacy binary ``.doc``/``.xls`` files are converted with LibreOffice
(:func:`convert_legacy`) rather than parsed: reports of the 2000s–2010s
are still circulated that way, and LibreOffice's filters are far more
complete than any pure-Python reader.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from extract.assemble import Part, detect_header, is_column_number_row
from extract.errors import ExtractError
from extract.grid import Grid, GridCell
from schemas.model import HeaderCell, Method, Table

SOFFICE_TIMEOUT = 180.0  # seconds; the first run also builds a fresh LibreOffice profile
_NUMERIC = re.compile(r"^[-+−–]?\s?\d[\d.,]*\s?%?(\s?/\s?\d[\d.,]*)?$")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# "EncryptedPackage" as UTF-16-LE: the stream an encrypted OOXML file is wrapped in
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")


@dataclass
class OfficeCell(GridCell):
    """A grid cell read from a Word or Excel table (``bbox`` is the cell's grid rectangle)."""

    italic: bool = False


def is_numeric(text: str) -> bool:
    """A bare number as printed (``16.865``, ``93,5%``, ``46/63``)."""
    return bool(_NUMERIC.match(text.strip()))


def main_font(weighted: list[tuple[str | None, int]]) -> str | None:
    """The font most of the text is set in (weights are character counts)."""
    count: Counter[str] = Counter()
    for font, n in weighted:
        if font:
            count[font] += max(n, 1)
    return count.most_common(1)[0][0] if count else None


# ----------------------------------------------------------------------------- tables
def _remap(starts: set[int], end: int) -> dict[int, int]:
    """Old grid line → new grid line, keeping only lines where some cell starts (and the end)."""
    keep = sorted(starts | {end})
    out: dict[int, int] = {}
    k = 0
    for x in range(end + 1):
        while keep[k] < x:
            k += 1
        out[x] = k
    return out


def compact(cells: list[OfficeCell]) -> tuple[int, int, dict[int, int]]:
    """Drop grid columns and rows no cell starts in; returns the new (rows, columns) and the row map.

    Word keeps a grid line for every cell edge ever drawn, so a table whose
    cell borders were nudged by hand has grid columns that only exist to be
    spanned over (a "3-column" row spanning 2+1+1 of 4 grid columns).  A
    column where no cell begins is covered by cells that also cover the
    column to its left: it is the same logical column.  The same holds for
    rows only continued by vertical merges, and for spreadsheet columns left
    wholly empty between a table's columns.
    """
    n_rows = max(c.r1 for c in cells)
    n_cols = max(c.c1 for c in cells)
    cols = _remap({c.c0 for c in cells}, n_cols)
    rows = _remap({c.r0 for c in cells}, n_rows)
    for c in cells:
        c.c0, c.c1 = cols[c.c0], max(cols[c.c1], cols[c.c0] + 1)
        c.r0, c.r1 = rows[c.r0], max(rows[c.r1], rows[c.r0] + 1)
        c.bbox = (float(c.c0), float(c.r0), float(c.c1), float(c.r1))
    return rows[n_rows], cols[n_cols], rows


def _lift_title_rows(cells: list[OfficeCell], n_rows: int, n_cols: int) -> tuple[list[str], list[str | None], int]:
    """Leading rows holding one full-width cell (a caption typed inside the table).

    Word and Excel users often put ``BIỂU TỔNG HỢP …`` in a first row merged
    across the table.  Kept as a header row it would be repeated over every
    column and shift the real header down; it is the table's title.  At most
    two such rows are lifted, and only when a real table stays below.
    """
    lifted: list[str] = []
    fonts: list[str | None] = []
    top = 0
    while top < min(2, n_rows - 2):
        starts = [c for c in cells if c.r0 == top and c.text.strip()]
        if len(starts) != 1 or n_cols < 2:
            break
        c = starts[0]
        if c.c0 != 0 or c.c1 != n_cols or c.r1 != top + 1 or is_numeric(c.text):
            break
        lifted.append(c.text.strip())
        fonts.append(c.font)
        top += 1
    return lifted, fonts, top


def build_table(
    cells: list[OfficeCell],
    *,
    doc: str,
    method: Method,
    page: int = 1,
    title: str | None = None,
    title_font: str | None = None,
    header_rows: int | None = None,
    repeat_vertical_merges: bool = True,
) -> Table | None:
    """A :class:`Table` from the cells of one Word/Excel table (None when too small to be one).

    ``cells`` carry grid coordinates (``r0``/``r1``/``c0``/``c1``, end
    exclusive); they are compacted (:func:`compact`) and may be modified.

    ``header_rows`` is the header height the file itself declares (Word's
    "repeat as header row" flag); without it the PDF path's rule decides
    (:func:`extract.assemble.detect_header`: text-only rows at the top,
    extended by vertical merges, rows under a horizontal merge and a
    column-number row).  Header cells repeat a merged cell's text over its
    span (the contract); body cells keep a horizontally merged cell's text in
    its first column only and repeat a vertically merged one down its rows,
    exactly as :meth:`extract.assemble.Logical.add_body` does for PDFs
    (``repeat_vertical_merges=False`` keeps it in the first row only).
    """
    if not cells:
        return None
    n_rows, n_cols, row_map = compact(cells)
    if header_rows is not None:
        header_rows = row_map[min(header_rows, max(row_map))]
    lifted, lifted_fonts, top = _lift_title_rows(cells, n_rows, n_cols)
    if top:
        cells = [c for c in cells if c.r0 >= top]
        for c in cells:
            c.r0 -= top
            c.r1 -= top
        n_rows -= top
        if header_rows is not None:
            header_rows = max(header_rows - top, 0) or None
        inner = " ".join(lifted)
        title = f"{title} {inner}" if title else inner
        title_font = title_font or main_font([(f, 1) for f in lifted_fonts])
    if n_cols < 2 or n_rows < 1:
        return None
    grid = Grid(page, (0.0, 0.0, float(n_cols), float(n_rows)), n_rows, n_cols, list(cells),
                [float(x) for x in range(n_cols + 1)])
    part = Part(grid=grid, own=grid.owner())
    if header_rows and 0 < header_rows < n_rows:
        h = max([header_rows] + [c.r1 for c in cells if c.r0 < header_rows])
        if h < n_rows and is_column_number_row(part.row_texts(h, expand_h=True, expand_v=True)):
            h += 1
        header_n = min(h, n_rows)
    else:
        header_n = detect_header(part)
    part.header_n = header_n
    header = [part.row_texts(r, expand_h=True, expand_v=True) for r in range(header_n)]
    header_cells = [
        HeaderCell(text=c.text, row=c.r0, col=c.c0, rowspan=min(c.r1, header_n) - c.r0, colspan=c.c1 - c.c0)
        for r in range(header_n)
        for c in part.starts(r)
    ]
    header_fonts = [[c.font if c is not None else None for c in part.own[r]] for r in range(header_n)]
    rows: list[list[str]] = []
    bold: list[bool] = []
    italic: list[bool] = []
    fonts: list[list[str | None]] = []
    for r in range(header_n, n_rows):
        texts = part.row_texts(r, expand_h=False, expand_v=repeat_vertical_merges)
        if not any(t.strip() for t in texts):
            continue
        own = part.own[r]
        visible = [c for c, t in zip(own, texts, strict=True) if isinstance(c, OfficeCell) and t.strip()]
        rows.append(texts)
        bold.append(bool(visible) and all(c.bold for c in visible))
        # as for PDFs: every cell bold or italic, at least one italic (a sub-total row)
        italic.append(bool(visible) and any(c.italic for c in visible) and all(c.italic or c.bold for c in visible))
        fonts.append([c.font if c is not None else None for c in own])
    if len(rows) + len(header) < 2:
        return None
    return Table(
        doc=doc,
        index=0,
        pages=[page],
        method=method,
        title=title,
        title_font=title_font,
        header=header,
        header_cells=header_cells,
        header_fonts=header_fonts or None,
        rows=rows,
        row_kinds=["group" if b else "data" for b in bold],
        row_pages=[page] * len(rows),
        row_bold=bold,
        row_italic=italic,
        font_hints=fonts,
    )


# ------------------------------------------------------------------------ file checks
def check_package(path: Path, kind: str) -> str:
    """Say what an Office input really is before a library chokes on it.

    Returns ``"ooxml"`` for a zip package of the expected kind (``"word"`` or
    ``"excel"``), ``"legacy"`` for content LibreOffice can convert (an old
    binary file, RTF or HTML — often saved under the new extension, or an
    old file under the old one); raises :class:`ExtractError` for an empty,
    encrypted, truncated or foreign file.  The file's own extension decides
    how it is named in the message, so the user recognises it.
    """
    from extract import sniff

    try:
        with path.open("rb") as f:
            head = f.read(16)
            data = f.read() if head.startswith(_OLE) else b""
    except OSError as e:
        raise ExtractError(f"không đọc được tệp ({e.strerror})") from e
    ext = path.suffix.lower() or (".docx" if kind == "word" else ".xlsx")
    label = f"{'Word' if kind == 'word' else 'Excel'} ({ext})"
    old = ext in (".doc", ".xls")
    if not head:
        raise ExtractError("tệp rỗng (0 byte)")
    if head.startswith(_OLE):
        if _ENCRYPTED in data:
            raise ExtractError(f"tệp {label} được bảo vệ bằng mật khẩu, không mở được")
        return "legacy"
    text_head = head.removeprefix(b"\xef\xbb\xbf").lstrip().lower()
    if text_head.startswith((b"{\\rtf", b"<html", b"<!doc", b"<?xml", b"<?mso", b"mime")):
        return "legacy"
    if not head.startswith(b"PK"):
        what = sniff(head)
        if old and what is None:
            return "legacy"  # very old or plain-text files: LibreOffice has an import filter for most
        raise ExtractError(f"không phải tệp {label} (nội dung thực là {what or 'dữ liệu không nhận ra'})")
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise ExtractError(f"tệp {label} bị hỏng, không đọc được (gói ZIP lỗi hoặc bị cắt cụt)") from e
    if kind == "word" and "word/document.xml" not in names:
        other = "bảng tính Excel" if "xl/workbook.xml" in names else "một gói ZIP khác"
        raise ExtractError(f"không phải tệp {label} (nội dung thực là {other})")
    if kind == "excel" and "xl/workbook.xml" not in names:
        other = "văn bản Word" if "word/document.xml" in names else "một gói ZIP khác"
        raise ExtractError(f"không phải tệp {label} (nội dung thực là {other})")
    return "ooxml"


# ---------------------------------------------------------------------- LibreOffice
def soffice_command() -> str | None:
    """The LibreOffice executable on PATH, if any."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_legacy(path: Path, target: str, workdir: Path, timeout: float = SOFFICE_TIMEOUT) -> Path:
    """Convert an old ``.doc``/``.xls`` (or RTF/HTML) to ``target`` (``docx``/``xlsx``) in ``workdir``.

    LibreOffice runs headless with a throw-away profile inside ``workdir``:
    a user's running LibreOffice (or a parallel ``--jobs`` worker) holds a
    lock on the default profile and would make the conversion silently do
    nothing.  The whole process group is killed on timeout, since soffice
    forks a second process that would otherwise outlive us.
    """
    old = "doc" if target == "docx" else "xls"
    exe = soffice_command()
    if exe is None:
        raise ExtractError(f"tệp .{old} cũ: cần LibreOffice để chuyển đổi (không tìm thấy lệnh soffice)")
    src = workdir / f"input.{old}"
    try:
        shutil.copyfile(path, src)
    except OSError as e:
        raise ExtractError(f"không đọc được tệp ({e.strerror})") from e
    out_dir = workdir / "out"
    out_dir.mkdir()
    profile = (workdir / "profile").as_uri()
    cmd = [exe, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--nolockcheck"]
    with src.open("rb") as f:
        head = f.read(512).lstrip().lower()
    if head.startswith((b"<html", b"<!doctype html")) or (head.startswith(b"<") and b"<html" in head):
        # a web page saved as .doc/.xls (Word/Excel "Save as Web Page"): under an Office name
        # LibreOffice would try the binary filter and fail, so name the HTML import filter
        cmd.append(f"--infilter=HTML ({'StarWriter' if target == 'docx' else 'StarCalc'})")
    cmd += ["--convert-to", target, "--outdir", str(out_dir), str(src)]
    try:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    except OSError as e:
        raise ExtractError(f"tệp .{old} cũ: không chạy được LibreOffice ({e.strerror})") from e
    try:
        proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired as e:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.communicate()
        raise ExtractError(f"tệp .{old} cũ: LibreOffice chuyển đổi quá {timeout:.0f} giây, đã dừng") from e
    out = out_dir / f"input.{target}"
    if not out.exists() or out.stat().st_size == 0:
        # LibreOffice says no more than "source file could not be loaded" for all three causes
        part = "Writer" if target == "docx" else "Calc"
        raise ExtractError(
            f"tệp .{old} cũ: LibreOffice không chuyển đổi được (tệp hỏng, có mật khẩu, "
            f"hoặc LibreOffice thiếu thành phần {part})"
        )
    return out
