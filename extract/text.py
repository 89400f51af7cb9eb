"""Plain-text and markdown inputs (``.txt``/``.md``) → tables (``method="text"``).

Three kinds of text carry tables:

* **Markdown pipe tables** (``| a | b |`` over a ``|---|---|`` rule), and pipe
  tables without the rule (every line starts and ends with ``|``): the cells
  are given, they are only split.
* **Tab-separated tables** (text exported from a word processor, as in seeds
  000 and 001): cells split at tabs, merged header cells left empty (filled
  back as the contract wants), bold rows in ``<b>``, the header printed again
  after a page break and a row cut by it.
* **OCR output saved as text** (an earlier OCR of a scanned report, such as
  seed 003): accents stripped, ``Đ`` read as ``P``/``B``, decimal commas lost,
  ``|`` column rules sometimes read and sometimes not, cell names wrapped over
  two or three lines around the line that holds the numbers, page breaks with
  the table header printed again, chart labels in between.  No positions are
  left, so columns cannot come from geometry.  What survives is the *shape of
  a row*: ``[row number or group code] [|] name [|] number number …`` — the
  numbers are a run at the end of the line.  A table is a run of such lines
  with the same count of numbers; that count fixes the columns (it also
  decides which trailing digits belong to a name such as ``Ban Quản lý dự án
  1`` and when two glued numbers must be split).  Plain text with columns
  aligned by spaces (``1    Huyện Trần Đề    75,35    5``) takes the same path.

Cells keep the text as read (number repair and accent restoration are later
stages); only layout is decided here: which lines are rows, which text lines
are the wrapped rest of a name (and of which row), which lines are a header
printed again after a page break.  Every line that is not part of a table goes
to :attr:`Document.text` so titles and years can be found.  Nothing here knows
the catalogues: OCR-damaged names are restored later
(:mod:`normalize.ocr_labels`).

Where a row holds fewer numbers than the table has columns, the column of each
number is a guess (the text does not say which cell was empty); those cells
get a ``cell_confidence`` of 0.5 so later stages can tell.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from extract.assemble import is_column_number_row
from extract.errors import ExtractError
from schemas.model import Document, HeaderCell, Table, TextBlock, TextFix
from schemas.vocab import fold

# ------------------------------------------------------------------------------ tokens
_VALUE = re.compile(r"^[-+−–]?\d[\d.,]*%?$")
_DASHES = {"-", "–", "—", "−"}
_DIGIT_CODE = re.compile(r"^\d{1,3}$")
_ROMAN_CODE = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$")
# OCR spellings of a roman group code ("Il" = II, "I11" = III, "v" = IV with its I lost);
# taken as a code only when a ``|`` follows, as a name never starts that way
_ROMANISH_CODE = re.compile(r"^(?:[IVX1l]{1,4}|[ivxl]{1,3})$")
_ANCHOR = re.compile(r"^\W*S?TT\b", re.IGNORECASE)
_PAGE_NUMBER = re.compile(r"^[-–—\s]*(?:trang\s*)?\d{1,3}[-–—\s]*$", re.IGNORECASE)
_WORD = re.compile(r"^[^\W\d_]{2,}[,.;:]?$")
_HEADING = re.compile(r"^\s*(?:\d+(?:\.\d+)*|[IVX]+)\.\s+[^\W\d_]")
_CONNECTORS = {"va", "cua", "cac", "thuoc", "voi"}  # folded: "và", "của", "các", … ("tai" is also "tải")
_CAPTION = re.compile(r"^\W*(bang|bieu|phu luc|hinh)\s*[0-9ivx]+\b")  # folded "Bảng 2.", "Phụ lục I"
_DOC_TYPES = re.compile(r"^(bao cao|to trinh|de an|ke hoach|thong bao)\b[\w\s]{0,30}$")
_YEAR = re.compile(r"^(?:19[5-9]\d|20[0-4]\d)$")
_GLUED = re.compile(r"^(\d{1,3},\d{2})(\d{1,3}(?:,\d{1,2})?%?)$")
_MD_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_PIPE_LINE = re.compile(r"^\s*\|.*\|\s*$")
_MD_BOLD = re.compile(r"^\*\*(.+)\*\*$|^__(.+)__$")

MAX_NAME_WORDS = 12  # a row name longer than this is a sentence that happens to end in a number
GUESSED = 0.5  # cell_confidence of a number whose column is a guess


def _tokens(text: str) -> list[str]:
    """Words of a line with ``|`` as separate tokens and a lone ``%`` glued back to its number."""
    out: list[str] = []
    for t in text.replace("|", " | ").split():
        if t == "%" and out and _VALUE.match(out[-1]):
            out[-1] += "%"
        else:
            out.append(t)
    return out


def _is_value(tok: str) -> bool:
    return bool(_VALUE.match(tok)) or tok in _DASHES


def _letters(text: str) -> list[str]:
    return [c for c in text if c.isalpha()]


def _caps(text: str) -> bool:
    """A group heading (``SỞ NGÀNH``, ``PON VI SU NGHIEP``): these reports print them in capitals."""
    let = _letters(text)
    return len(let) >= 3 and sum(c.isupper() for c in let) >= 0.8 * len(let)


def _starts_lower(text: str) -> bool:
    let = _letters(text)
    return bool(let) and let[0].islower()


def _ends_connector(text: str) -> bool:
    words = text.replace(",", " , ").split()
    return bool(words) and (words[-1] in (",", "-", "–", "&") or fold(words[-1]) in _CONNECTORS)


def _prose(text: str) -> bool:
    """A sentence of narrative (many lower-case words), never part of a table."""
    words = [t for t in text.split() if _WORD.match(t)]
    return len(words) >= 7 and not _caps(text)


def _glued(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", fold(text))


# ------------------------------------------------------------------------------- lines
@dataclass
class _Line:
    """One line of the input with what its shape says."""

    idx: int  # position in the list of lines
    no: int  # 0-based line number in the file
    page: int
    text: str
    kind: str = "text"  # blank | text | row | group | colnum | anchor
    code: str = ""
    code_dot: bool = False
    name: list[str] = field(default_factory=list)
    values: list[str] = field(default_factory=list)

    @property
    def name_text(self) -> str:
        return " ".join(self.name)

    @property
    def strong(self) -> bool:
        """A row that can start a table: a name and at least two numbers."""
        return self.kind == "row" and len(self.values) >= 2 and len(_letters(self.name_text)) >= 2


def _parse(line: _Line) -> None:
    """Classify one line by its shape (see the module docstring)."""
    text = line.text
    if not text.strip():
        line.kind = "blank"
        return
    if _ANCHOR.match(text):
        line.kind = "anchor"
        return
    toks = _tokens(text)
    bare = [t for t in toks if t != "|"]
    if len(bare) >= 3 and is_column_number_row(bare):
        line.kind = "colnum"
        return
    i = 0
    lead_pipe = False
    while i < len(toks) and toks[i] == "|":
        lead_pipe = True
        i += 1
    code, dot = "", False
    if i < len(toks):
        t = toks[i]
        core = t[:-1] if t.endswith(".") and len(t) > 1 else t
        piped = i + 1 < len(toks) and toks[i + 1] == "|"
        romanish = _ROMANISH_CODE.match(core) and (piped or (core != t and core[0] in "IVX"))
        if _DIGIT_CODE.match(core) or _ROMAN_CODE.match(core) or romanish:
            code, dot = core, core != t
            i += 1
        elif piped and len(t) <= 2 and not _is_value(t):
            code = t  # a row number the OCR misread (";", "g", "y"), kept as read
            i += 1
    j = len(toks)
    while j > i and (toks[j - 1] == "|" or _is_value(toks[j - 1])):
        j -= 1
    values = [t for t in toks[j:] if t != "|"]
    name = [t for t in toks[i:j] if t != "|"]
    line.code, line.code_dot, line.name, line.values = code, dot, name, values
    if values:
        has_name = len(_letters(" ".join(name))) >= 2
        # a lone year closing a line is a header ("Chỉ số CCHC 2021") or a heading, not a value
        year_only = len(values) == 1 and bool(_YEAR.match(values[0]))
        if len(name) <= MAX_NAME_WORDS and (has_name or code) and not (dot and len(values) < 2) and not year_only:
            line.kind = "row"
        return
    # a group heading without numbers: "I | SỞ NGÀNH", "| | SO NGANH" (its code cell empty)
    if (code or lead_pipe) and not dot and _caps(" ".join(name)):
        line.kind = "group"


def _read(path: Path) -> str:
    """The file's text: UTF-8 (with or without BOM), UTF-16 with BOM, else a single-byte code page.

    Legacy single-byte text (TCVN3/VNI saved by old tools) is kept byte for
    character; the text-repair stage decodes it.
    """
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise ExtractError(f"không đọc được tệp ({e.strerror})") from e
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    if b"\x00" in raw[:4096]:
        from extract import sniff

        what = sniff(raw[:16])
        raise ExtractError(f"không phải tệp văn bản (nội dung thực là {what or 'dữ liệu nhị phân'})")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return raw.decode("cp1252")
        except UnicodeDecodeError:
            return raw.decode("latin-1")


def _lines(text: str) -> list[_Line]:
    """Split into lines with page numbers: a form feed, or three blank lines in a row
    (how OCR text saved page by page separates pages), starts a new page."""
    out: list[_Line] = []
    page, blanks = 1, 0
    for no, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
        parts = raw.split("\f")
        for k, part in enumerate(parts):
            if k:
                page += 1
                blanks = 0
            if not part.strip():
                blanks += 1
                if blanks == 3 and out:
                    page += 1
            else:
                blanks = 0
            out.append(_Line(idx=len(out), no=no, page=page, text=part.rstrip(" \r\n\v")))  # tabs are cells
    return out


# ------------------------------------------------------------------------ markdown
def _md_cells(line: str) -> list[str]:
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|") and not s.endswith("\\|"):
        s = s[:-1]
    cells = re.split(r"(?<!\\)\|", s)
    return [c.strip().replace("\\|", "|") for c in cells]


def _md_bold(cell: str) -> tuple[str, bool]:
    m = _MD_BOLD.match(cell.strip())
    if m:
        return (m.group(1) or m.group(2)).strip(), True
    return cell, False


def _pipe_tables(lines: list[_Line], doc: str) -> tuple[list[tuple[int, Table]], set[int]]:
    """Markdown pipe tables (header, ``|---|`` rule, body) and ruled-less ``| a | b |`` blocks."""
    found: list[tuple[int, Table]] = []
    used: set[int] = set()
    n = len(lines)
    i = 0
    while i < n:
        t = lines[i].text
        if "|" in t and i + 1 < n and _MD_RULE.match(lines[i + 1].text) and "-" in lines[i + 1].text:
            width = len(_md_cells(lines[i + 1].text))
            header = [_fit(_md_cells(t), width)]
            j = i + 2
            body: list[_Line] = []
            while j < n and "|" in lines[j].text and lines[j].text.strip():
                body.append(lines[j])
                j += 1
            found.append((i, _simple_table(lines, i, header, body, width, doc)))
            used.update(range(i, j))
            i = j
            continue
        if _PIPE_LINE.match(t):
            j = i
            while j < n and _PIPE_LINE.match(lines[j].text):
                j += 1
            block = lines[i:j]
            widths = Counter(len(_md_cells(b.text)) for b in block)
            width, count = widths.most_common(1)[0]
            if j - i >= 3 and width >= 2 and count >= 0.8 * (j - i):
                first = _md_cells(block[0].text)
                if not any(_VALUE.match(c) for c in first) and any(
                    _VALUE.match(c) for b in block[1:] for c in _md_cells(b.text)
                ):
                    header, body = [_fit(first, width)], block[1:]
                else:
                    header, body = [], block
                found.append((i, _simple_table(lines, i, header, body, width, doc)))
                used.update(range(i, j))
                i = j
                continue
        i += 1
    return found, used


def _fit(cells: list[str], width: int) -> list[str]:
    if len(cells) > width:
        return cells[: width - 1] + [" ".join(c for c in cells[width - 1 :] if c)]
    return cells + [""] * (width - len(cells))


def _simple_table(
    lines: list[_Line], start: int, header: list[list[str]], body: list[_Line], width: int, doc: str
) -> Table:
    rows, bold = [], []
    for b in body:
        cells = [_md_bold(c) for c in _fit(_md_cells(b.text), width)]
        rows.append([c for c, _ in cells])
        filled = [is_b for c, is_b in cells if c.strip()]
        bold.append(bool(filled) and all(filled))
    header = [[_md_bold(c)[0] for c in h] for h in header]
    cells = [HeaderCell(text=c, row=r, col=k) for r, h in enumerate(header) for k, c in enumerate(h)]
    pages = sorted({b.page for b in body} or {lines[start].page})
    return Table(
        doc=doc,
        index=0,
        pages=pages,
        method="text",
        title=_caption(lines, start),
        header=header,
        header_cells=cells,
        rows=rows,
        row_pages=[b.page for b in body],
        row_bold=bold,
        row_italic=[False] * len(rows),
    )


# ------------------------------------------------------------------ tab-separated
_TAG = re.compile(r"<[^<>]{1,40}>")
_CELL_CODE = re.compile(r"^\(?(?:\d+(?:\.\d+)*|[IVXLC]+|[A-ZĐ])[.)]?\)?$")


def _plain(cell: str) -> str:
    """A cell's visible text: inline HTML tags and markdown emphasis removed."""
    return _TAG.sub("", cell).replace("**", "").strip().strip("*_").strip()


def _styled(cell: str, tags: tuple[str, ...]) -> bool:
    """Whether all visible text of a cell sits inside one of the given tags (``<b>…</b>``)."""
    if not _plain(cell):
        return False
    rest = cell
    for tag in tags:
        rest = re.sub(rf"<{tag}\b[^>]*>.*?</{tag}>", "", rest, flags=re.IGNORECASE | re.DOTALL)
    if "b" in tags:
        rest = re.sub(r"\*\*.+?\*\*", "", rest)
    return not _plain(rest)


def _tab_cells(text: str) -> list[str]:
    return [c.strip() for c in text.split("\t")]


def _numeric_cell(cell: str) -> bool:
    t = _plain(cell).replace(" ", "")
    return bool(re.fullmatch(r"[-+−–]?\d[\d.,]*%?(?:/\d+)?", t))


def _tab_header_n(block: list[list[str]]) -> int:
    """Leading rows with no number and no row code in front: the header."""
    n = 0
    for cells in block:
        first = _plain(cells[0]) if cells else ""
        if any(_numeric_cell(c) for c in cells[1:]) or _CELL_CODE.match(first) or _numeric_cell(first):
            break
        n += 1
    if n < len(block) and is_column_number_row([_plain(c) for c in block[n]]):
        n += 1
    return min(n, max(0, len(block) - 1))


def _fill_header(rows: list[list[str]]) -> tuple[list[list[str]], list[HeaderCell]]:
    """Expand merged header cells as the contract wants (text repeated in every column spanned).

    A tab-separated export leaves a merged cell's other columns empty: an empty
    cell under a filled one continues it downwards (``STT`` over three rows),
    an empty cell right of a filled one in any but the last header row
    continues it sideways (``Năm 2022`` over ``Tỷ lệ | Xếp hạng``).
    """
    if not rows:
        return [], []
    n, w = len(rows), len(rows[0])
    out = [list(r) for r in rows]
    origin: list[list[tuple[int, int] | None]] = [
        [(r, c) if rows[r][c].strip() else None for c in range(w)] for r in range(n)
    ]
    for r in range(1, n):
        for c in range(w):
            up = origin[r - 1][c]
            if origin[r][c] is None and up is not None and up[1] == c:
                origin[r][c] = up
                out[r][c] = out[r - 1][c]
    for r in range(n - 1):
        for c in range(1, w):
            left = origin[r][c - 1]
            if origin[r][c] is None and left is not None and left[0] == r:
                origin[r][c] = left
                out[r][c] = out[r][c - 1]
    cells = []
    for r in range(n):
        for c in range(w):
            if origin[r][c] == (r, c):
                span_c = sum(1 for k in range(c, w) if origin[r][k] == (r, c))
                span_r = sum(1 for k in range(r, n) if origin[k][c] == (r, c))
                cells.append(HeaderCell(text=rows[r][c], row=r, col=c, rowspan=span_r, colspan=span_c))
    return out, cells


@dataclass
class _TabTable:
    """A tab-separated table being assembled from its parts."""

    start: int
    end: int
    width: int
    title: str | None
    header: list[list[str]]
    rows: list[list[str]] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)
    lines: set[int] = field(default_factory=set)

    def build(self, doc: str) -> Table | None:
        """The :class:`Table`, or None when no cell holds a number (a layout grid, a list)."""
        body = self.rows
        if not body or not any(_numeric_cell(c) for row in body for c in row):
            return None
        every = [*self.header, *body]
        width = max(len(r) for r in every)
        while width > 2 and all(len(r) < width or not _plain(r[width - 1]) for r in every):
            width -= 1  # trailing tabs: columns empty everywhere
        rows = [_fit(r, width) for r in body]
        header, cells = _fill_header([_fit(r, width) for r in self.header])
        return Table(
            doc=doc,
            index=0,
            pages=sorted(set(self.pages)),
            method="text",
            title=self.title,
            header=header,
            header_cells=cells,
            rows=rows,
            row_pages=list(self.pages),
            row_bold=[_row_styled(r, ("b", "strong")) for r in rows],
            row_italic=[_row_styled(r, ("i", "em")) for r in rows],
        )


def _row_styled(row: list[str], tags: tuple[str, ...]) -> bool:
    filled = [c for c in row if _plain(c)]
    return bool(filled) and all(_styled(c, tags) for c in filled)


def _join_cut_row(last: list[str], first: list[str]) -> bool:
    """Join the half of a row that a page break carried over (empty code cell, no number).

    Either the halves fill different cells (code and numbers before the break,
    the name after) or the second half continues the text of the same cells;
    a row of another style (a bold heading) is never joined to a plain one.
    """
    if _plain(first[0]) or any(_numeric_cell(c) for c in first) or not any(_plain(c) for c in first):
        return False
    if _row_styled(first, ("b", "strong")) != _row_styled(last, ("b", "strong")):
        return False
    last.extend([""] * (len(first) - len(last)))
    for c, v in enumerate(first):
        if _plain(v):
            last[c] = f"{last[c]} {v}".strip()
    return True


def _tab_tables(lines: list[_Line], used: set[int], doc: str) -> list[tuple[int, Table, set[int]]]:
    """Tables whose cells are separated by tabs (text exported from a word processor).

    A run of lines holding tabs is one part; parts separated only by blank
    lines, footnotes or a page number are one table when the later part
    repeats the header (dropped) or has none and the same width.  A row cut by
    the page break (its later half starting with an empty code cell) is joined
    back cell by cell.
    """
    parts: list[list[int]] = []
    cur: list[int] = []
    for k, ln in enumerate(lines):
        if k not in used and "\t" in ln.text and any(_plain(c) for c in _tab_cells(ln.text)):
            cur.append(k)
            continue
        if cur:
            parts.append(cur)
            cur = []
    if cur:
        parts.append(cur)
    found: list[tuple[int, Table, set[int]]] = []
    table: _TabTable | None = None

    def finish() -> None:
        built = table.build(doc) if table is not None else None
        if table is not None and built is not None:
            found.append((table.start, built, table.lines))

    for part in parts:
        block = [_tab_cells(lines[k].text) for k in part]
        hn = _tab_header_n(block)
        cont = False
        if table is not None:
            between = [g for g in lines[table.end + 1 : part[0]] if g.kind != "blank"]
            footnotes = all(
                _PAGE_NUMBER.match(g.text) or g.text.lstrip().startswith(("<sup>", "¹", "²", "³")) for g in between
            )
            if footnotes and len(between) <= 6:
                if hn and table.header and _glued(" ".join(block[0])) == _glued(" ".join(table.header[0])):
                    cont, hn = True, min(len(table.header), hn)  # the header printed again, as long as before
                elif len(block[0]) == table.width and (hn == 0 or not _plain(block[0][0])):
                    cont, hn = True, 0  # no header, or the rest of a row cut by the break
        if table is not None and cont:
            body, pages = block[hn:], [lines[k].page for k in part[hn:]]
            if body and table.rows and _join_cut_row(table.rows[-1], body[0]):
                body, pages = body[1:], pages[1:]
            table.rows.extend(body)
            table.pages.extend(pages)
            table.lines.update(part)  # footnotes between the parts stay narrative text
            table.end = part[-1]
            continue
        finish()
        table = _TabTable(
            start=part[0],
            end=part[-1],
            width=len(block[0]),
            title=_caption(lines, part[0]),
            header=block[:hn],
            rows=block[hn:],
            pages=[lines[k].page for k in part[hn:]],
            lines=set(part),
        )
    finish()
    return found


# ---------------------------------------------------------------------- OCR tables
@dataclass
class _Row:
    """A logical table row: its row line plus the wrapped name parts and merged lines."""

    line: _Line
    code: str
    before: list[str] = field(default_factory=list)
    name: list[str] = field(default_factory=list)
    after: list[str] = field(default_factory=list)
    values: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)  # numbers from merged continuation lines
    lines: list[int] = field(default_factory=list)

    @property
    def group(self) -> bool:
        return self.line.kind == "group" or _caps(self.name_text)

    @property
    def name_text(self) -> str:
        return " ".join([*self.before, *self.name, *self.after]).strip()


def _anchor_above(lines: list[_Line], first: int, used: set[int], reach: int = 15) -> int | None:
    """The ``STT`` line heading the rows that start at ``first`` (None when there is none near)."""
    for k in range(first - 1, max(-1, first - 1 - reach), -1):
        if k in used or lines[k].strong:
            return None
        if lines[k].kind == "anchor":
            return k
    return None


def _same_header(a: _Line, b: _Line) -> bool:
    return fuzz.ratio(_glued(a.text), _glued(b.text)) >= 70


def _bridgeable(gap: list[_Line], anchor: _Line | None) -> bool:
    """Whether the lines between two rows keep them in one table.

    The table's own header printed again after a page break (its ``STT`` line,
    read alike) keeps it going, and so does another ``STT`` block without
    sentences; a few short lines (wrapped names, a page number) do too; a
    sentence or a numbered heading ends the table.
    """
    nonblank = [g for g in gap if g.kind != "blank"]
    anchors = [g for g in nonblank if g.kind == "anchor"]
    if anchors:
        if len(nonblank) > 15:
            return False
        if anchor is not None and _same_header(anchor, anchors[0]):
            return True
        return not any(_prose(g.text) for g in nonblank if g.kind != "anchor")
    if len(nonblank) > 4:
        return False
    for g in nonblank:
        if _prose(g.text) or (_HEADING.match(g.text) and not _caps(g.text)):
            return False
    return True


def _regions(lines: list[_Line], used: set[int]) -> list[list[int]]:
    """Runs of row lines (indices into ``lines``) that form one table each.

    A table needs three rows with its count of numbers: two rows can be a
    chart's labels or a list that happens to end in numbers.
    """
    rowish = [k for k, ln in enumerate(lines) if ln.kind in ("row", "group") and k not in used]
    regions: list[list[int]] = []
    cur: list[int] = []
    pending: list[int] = []
    anchor: _Line | None = None

    def close() -> None:
        strong = [lines[k] for k in cur if lines[k].strong]
        counts = Counter(len(ln.values) for ln in strong)
        if counts and max(counts.values()) >= 3:
            regions.append(list(cur))

    for k in rowish:
        if cur:
            gap = lines[cur[-1] + 1 : k]
            if _bridgeable(gap, anchor) and not any(u in used for u in range(cur[-1] + 1, k)):
                cur.append(k)
                continue
            close()
            cur = []
            pending = []
        if lines[k].strong:
            # group rows or weak rows just above the first strong row belong to the table
            lead: list[int] = []
            nxt = k
            for p in reversed(pending):
                gap = lines[p + 1 : nxt]
                if any(g.kind not in ("blank", "text") or (g.kind == "text" and not _caps(g.text)) for g in gap):
                    break
                if not _bridgeable(gap, None):
                    break
                lead.insert(0, p)
                nxt = p
            cur = [*lead, k]
            a = _anchor_above(lines, cur[0], used)
            anchor = lines[a] if a is not None else None
            pending = []
        else:
            pending.append(k)
    if cur:
        close()
    return regions


def _fit_values(row: _Row, k: int, small_first: bool) -> None:
    """Give back to the name the leading numbers a row has beyond ``k`` (``Dự án 1``), and a
    bare small integer right after the name when no complete row has one there."""
    vals = row.values
    if len(vals) > k:
        row.name.extend(vals[: len(vals) - k])
        row.values = vals[len(vals) - k :]
    elif (
        vals and len(vals) < k and not small_first and re.fullmatch(r"\d{1,2}", vals[0]) and row.name and len(vals) > 1
    ):
        row.name.append(vals[0])
        row.values = vals[1:]


def _split_glued(row: _Row, k: int, fixes: list[TextFix], where: str) -> None:
    """Split numbers glued by a lost separator (``15,0014,96``), only when that makes the
    row exactly as wide as the table: the column count is the proof."""
    vals = row.values
    glued = [v for v in vals if _GLUED.match(v)]
    if not glued or len(vals) + len(glued) != k:
        return
    out: list[str] = []
    for v in vals:
        m = _GLUED.match(v)
        if m:
            out.extend([m.group(1), m.group(2)])
            fixes.append(
                TextFix(where=where, fix="split_glued_numbers", before=v, after=f"{m.group(1)} | {m.group(2)}")
            )
        else:
            out.append(v)
    row.values = out


def _dup(text: str, name: str) -> bool:
    """A line that reads the same cell text again (OCR read the first line of a cell twice)."""
    a, b = _glued(text), _glued(name)
    return len(a) >= 6 and len(b) >= 6 and fuzz.partial_ratio(a, b) >= 85


def _goes_to_next(text: str, a: _Row, b: _Row, b_has_after: bool, alone: bool) -> bool | None:
    """Whether a text line between rows ``a`` and ``b`` is the start of ``b``'s name
    (``True``), the rest of ``a``'s (``False``) or a repeated read of ``b``'s (``None``).

    A name wrapped in a cell is printed around the line that holds the numbers
    (vertically centred), so a line can belong to either neighbour; what decides
    is how the texts join: a line in capitals joins a group heading; a row
    without a name takes the line; a name ending in ``và``/``,`` is continued
    by the line, a line ending so continues into the row below; a lone line
    over a row that also has a line under it is that row's first line (a
    three-line name, the numbers on the middle line) unless it starts in lower
    case: then it continues the row above, except when the row below starts in
    lower case too (the line is the head of that row's name, its capital lost).
    Any other line goes to the row below only when that row's name starts in
    lower case.
    """
    if b.name and _dup(text, " ".join(b.name)):
        return None
    if _caps(text):
        if b.group:
            return True
        if a.group:
            return False
        return True
    if not _letters(" ".join(b.name)):
        return True
    if not _letters(a.name_text):
        return False
    if _ends_connector(a.name_text):
        return False
    if _ends_connector(text):
        return True
    b_lower = _starts_lower(" ".join(b.name))
    if _starts_lower(text):
        return b_lower  # "in phong UBND" over "vanphongU": both halves of one name
    if alone and b_has_after:
        return True
    return b_lower


def _header_above(lines: list[_Line], first: int, used: set[int]) -> tuple[list[_Line], int]:
    """The header lines above a table's first row, and the index just above them.

    Everything between the ``STT`` line and the first row is header (however
    garbled); above the ``STT`` line, short lines continue the header up to a
    sentence, a heading in lower case, a page number or two blank lines.
    Without a ``STT`` line only the lines right on top of the first row count.
    """
    a = _anchor_above(lines, first, used)
    if a is None:
        out: list[_Line] = []
        k = first - 1
        while k >= 0 and k not in used and lines[k].kind in ("text", "colnum") and not _prose(lines[k].text):
            if (
                _PAGE_NUMBER.match(lines[k].text)
                or _HEADING.match(lines[k].text)
                or _CAPTION.match(fold(lines[k].text))
            ):
                break
            out.insert(0, lines[k])
            k -= 1
        return out, k
    out = [ln for ln in lines[a:first] if ln.kind != "blank"]
    k = a - 1
    blanks = 0
    extra = 0
    while k >= 0 and k not in used and extra < 6:
        ln = lines[k]
        if ln.kind == "blank":
            blanks += 1
            if blanks >= 2:
                break
            k -= 1
            continue
        heading = _HEADING.match(ln.text) and not _caps(ln.text) and "|" not in ln.text
        if _prose(ln.text) or heading or _PAGE_NUMBER.match(ln.text) or _CAPTION.match(fold(ln.text)):
            break
        if ln.strong:
            break
        blanks = 0
        out.insert(0, ln)
        extra += 1
        k -= 1
    while k + 1 < len(lines) and lines[k + 1].kind == "blank":
        k += 1
    return out, k


def _caption(lines: list[_Line], start: int) -> str | None:
    """The paragraph just above a table (page numbers skipped), at most three lines."""
    k = start - 1
    while k >= 0 and (lines[k].kind == "blank" or _PAGE_NUMBER.match(lines[k].text)):
        k -= 1
    para: list[str] = []
    while k >= 0 and lines[k].kind != "blank" and len(para) < 3:
        if _PAGE_NUMBER.match(lines[k].text) or _PIPE_LINE.match(lines[k].text) or "\t" in lines[k].text:
            break
        para.insert(0, _plain(lines[k].text.strip().lstrip("#")))
        k -= 1
    text = " ".join(p for p in para if p)
    return text[:300] or None


def _header_grid(hdr: list[_Line], width: int, has_code: bool) -> tuple[list[list[str]], list[HeaderCell]]:
    """Header rows from OCR header lines, kept as read.

    Their words cannot be put into columns (the OCR lost the positions), except
    in two cases: the column-number row (``1 2 3 … 7=(4)+(5)+(6) 8``) when it has
    one entry per column, and the ``STT`` and name words at the start of the
    ``STT`` line, which head the code and name columns (spanning the whole
    header, as they do in print).  The rest of each line is one cell spanning
    the number columns.
    """
    lead = 2 if has_code else 1
    rows: list[list[str]] = []
    cells: list[HeaderCell] = []
    code_head, name_head = "", ""
    text_lines = [h for h in hdr if h.kind != "colnum"]
    for h in text_lines:
        text = h.text.strip()
        if h.kind == "anchor":
            m = re.match(r"^\W*(S?TT)\b\W*", text, re.IGNORECASE)
            assert m is not None
            code_head = m.group(1)
            text = text[m.end() :]
            words = text.split()
            if len(words) >= 2 and re.fullmatch(r"[dpbđ]on", fold(words[0])) and fold(words[1]).startswith("vi"):
                name_head = " ".join(words[:2])
                text = " ".join(words[2:])
            elif len(words) >= 3 and fold(" ".join(words[:3])) in ("ten don vi", "ten co quan"):
                name_head = " ".join(words[:3])
                text = " ".join(words[3:])
            elif len(words) >= 2 and fold(" ".join(words[:2])) in ("noi dung", "chi tieu", "tieu chi", "linh vuc"):
                name_head = " ".join(words[:2])
                text = " ".join(words[2:])
        rows.append(["", ""][:lead] + [text] * (width - lead))
    n_text = len(rows)
    if n_text:
        if has_code:
            cells.append(HeaderCell(text=code_head, row=0, col=0, rowspan=n_text))
        cells.append(HeaderCell(text=name_head, row=0, col=lead - 1, rowspan=n_text))
        for r in range(n_text):
            rows[r][:lead] = ([code_head] if has_code else []) + [name_head]
            if rows[r][lead]:
                cells.append(HeaderCell(text=rows[r][lead], row=r, col=lead, colspan=width - lead))
    for h in hdr:
        if h.kind != "colnum":
            continue
        toks = [t for t in _tokens(h.text) if t != "|"]
        if len(toks) == width or (not has_code and len(toks) == width + 1):
            toks = toks[-width:]
            r = len(rows)
            rows.append(toks)
            cells.extend(HeaderCell(text=t, row=r, col=c) for c, t in enumerate(toks))
    return rows, cells


def _ocr_table(lines: list[_Line], region: list[int], used: set[int], doc: str) -> tuple[Table, set[int]]:
    """Build one table from a region of row lines."""
    strong = [lines[k] for k in region if lines[k].strong]
    counts = Counter(len(ln.values) for ln in strong)
    k_vals = max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]
    # garbled header lines under the STT line can end in numbers ("da | sipas | 2| 2021"):
    # rows before the first full row or group heading that do not fit are header
    while region and lines[region[0]].kind == "row" and len(lines[region[0]].values) != k_vals:
        lines[region[0]].kind = "text"
        region = region[1:]
    fixes: list[TextFix] = []
    consumed: set[int] = set(region)

    rows: list[_Row] = [
        _Row(line=lines[k], code=lines[k].code, name=list(lines[k].name), values=list(lines[k].values), lines=[k])
        for k in region
    ]
    complete = [r for r in rows if len(r.values) == k_vals]
    small_first = any(re.fullmatch(r"\d{1,2}", r.values[0]) for r in complete if r.values)
    for r in rows:
        _fit_values(r, k_vals, small_first)

    # merge continuation lines that carry numbers ("tai 3,37"; the rest of a row cut by a page break)
    merged: list[_Row] = []
    gaps_before: dict[int, list[_Line]] = {}
    for r in rows:
        prev = merged[-1] if merged else None
        gap = lines[prev.lines[-1] + 1 : r.lines[0]] if prev else []
        after_break = any(g.kind == "anchor" for g in gap)
        fits = prev is not None and len(prev.values) + len(prev.extra) + len(r.values) <= k_vals
        text_between = any(g.kind == "text" and not _PAGE_NUMBER.match(g.text) for g in gap) and not after_break
        if (
            prev is not None
            and not r.code
            and r.line.kind == "row"
            and fits
            and not text_between
            and len(prev.values) < k_vals
            and (_starts_lower(r.name_text) or after_break)
        ):
            prev.after.extend(r.name)
            prev.extra.extend(r.values)
            prev.lines.extend(r.lines)
            continue
        merged.append(r)
        gaps_before[id(r)] = gap
    rows = merged

    # attach the text lines between rows (bottom-up: a row's own tail decides ties above it)
    has_after = [False] * len(rows)
    for idx in range(len(rows) - 1, 0, -1):
        a, b = rows[idx - 1], rows[idx]
        gap = gaps_before[id(b)]
        if any(g.kind == "anchor" for g in gap):
            consumed.update(range(a.lines[-1] + 1, b.lines[0]))
            continue
        texts = [g for g in gap if g.kind in ("text", "row", "group") and not _PAGE_NUMBER.match(g.text)]
        to_b = False
        a_tail: list[str] = []
        b_head: list[str] = []
        b_after = has_after[idx] or bool(b.after)
        for g in texts:
            where = True if to_b else _goes_to_next(g.text.strip(), a, b, b_after, len(texts) == 1)
            if where is None:
                fixes.append(TextFix(where=f"line {g.no + 1}", fix="drop_repeated_ocr_line", before=g.text, after=""))
                continue
            if where:
                to_b = True
                b_head.append(g.text.strip())
            else:
                a_tail.append(g.text.strip())
        a.after.extend(a_tail)
        b.before[:0] = b_head
        if a_tail:
            has_after[idx - 1] = True
        consumed.update(range(a.lines[-1] + 1, b.lines[0]))
    consumed.update(range(rows[0].lines[0], rows[-1].lines[-1] + 1))
    # a table's last row may have its name wrapped onto the next line(s)
    last = rows[-1]
    k = last.lines[-1] + 1
    while k < len(lines) and lines[k].kind == "text" and _starts_lower(lines[k].text) and not _prose(lines[k].text):
        last.after.append(lines[k].text.strip())
        consumed.add(k)
        k += 1

    has_code = any(r.code for r in rows)
    lead = 2 if has_code else 1
    width = lead + k_vals
    body: list[list[str]] = []
    conf: list[list[float | None]] = []
    for n, r in enumerate(rows):
        _split_glued(r, k_vals, fixes, f"rows[{n}]")
        main, extra = r.values, r.extra
        cells = [""] * k_vals
        guessed = bool(main or extra) and (bool(extra) or len(main) != k_vals)
        if not guessed:
            cells = list(main) or cells
        elif main:
            # short row: the last number read stays in the last column (totals and indices are
            # printed for every row), the others fill from the left in reading order
            cells[-1] = main[-1]
            for c, v in enumerate((main[:-1] + extra)[: k_vals - 1]):
                cells[c] = v
        else:
            for c, v in enumerate(extra[:k_vals]):
                cells[c] = v
        label = " ".join(r.name_text.split())
        body.append(([r.code] if has_code else []) + [label] + cells)
        conf.append([None] * lead + [GUESSED if guessed and v else None for v in cells])
    first = rows[0].lines[0]
    hdr, cap_from = _header_above(lines, first, used)
    header, header_cells = _header_grid(hdr, width, has_code)
    consumed.update(h.idx for h in hdr)
    pages = sorted({lines[k2].page for k2 in consumed})
    table = Table(
        doc=doc,
        index=0,
        pages=pages,
        method="text",
        title=_caption(lines, cap_from + 1),
        header=header,
        header_cells=header_cells,
        rows=body,
        row_pages=[r.line.page for r in rows],
        row_bold=[r.group for r in rows],
        row_italic=[False] * len(rows),
        cell_confidence=conf if any(v is not None for row in conf for v in row) else None,
        fixes=fixes,
    )
    return table, consumed


# ------------------------------------------------------------------------ document
def _title(lines: list[_Line]) -> str | None:
    """The subject line(s) printed under the document type (``BÁO CÁO`` / ``TỜ TRÌNH`` …).

    Plain text has no bold to find the title by; Vietnamese administrative
    documents print the type alone on a line and the subject right under it.
    """
    for k, ln in enumerate(lines[:60]):
        key = fold(_plain(ln.text))
        if not _DOC_TYPES.match(key):
            continue
        j = k + 1
        while j < len(lines) and lines[j].kind == "blank":
            j += 1
        out: list[str] = []
        while j < len(lines) and lines[j].kind != "blank" and len(out) < 4:
            t = _plain(lines[j].text)
            if fold(t).startswith(("kinh gui", "kinh giri", "can cu")):
                break
            out.append(t)
            j += 1
        if out:
            return " ".join(out)
    return None


def _text_block(ln: _Line) -> TextBlock:
    text = ln.text.strip()
    bold = False
    if text.startswith("#"):
        text, bold = text.lstrip("#").strip(), True
    m = _MD_BOLD.match(text)
    if m:
        text, bold = (m.group(1) or m.group(2)).strip(), True
    return TextBlock(
        page=ln.page, text=text, bold=bold, top=float(ln.no), x0=float(len(ln.text) - len(ln.text.lstrip()))
    )


def extract_text(path: Path, doc_name: str) -> Document:
    """Extract the tables and the narrative lines of a ``.txt``/``.md`` file."""
    lines = _lines(_read(path))
    for ln in lines:
        _parse(ln)
    found, used = _pipe_tables(lines, doc_name)
    placed: list[tuple[int, Table]] = list(found)
    for start, table, consumed in _tab_tables(lines, used, doc_name):
        placed.append((start, table))
        used |= consumed
    for k in used:
        lines[k].kind = "table"
    for region in _regions(lines, used):
        table, consumed = _ocr_table(lines, region, used, doc_name)
        placed.append((region[0], table))
        used |= consumed
    placed.sort(key=lambda p: p[0])
    tables = []
    for n, (_, t) in enumerate(placed, 1):
        t.index = n
        tables.append(t)
    blocks = [_text_block(ln) for k, ln in enumerate(lines) if k not in used and ln.kind != "blank"]
    n_pages = max((ln.page for ln in lines), default=1)
    return Document(path=doc_name, method="text", n_pages=n_pages, title=_title(lines), tables=tables, text=blocks)
