"""Word files (``.docx``, and old ``.doc`` through LibreOffice) → tables (``method="docx"``).

A Word table states its structure, so nothing is guessed from geometry: rows
are ``w:tr``, cells ``w:tc``, horizontal merges ``w:gridSpan``, vertical
merges ``w:vMerge``.  What still needs care, because district submissions are
typed by hand in many Word versions:

* **Fonts.** Old submissions are typed in TCVN3 (``.VnTime``) or VNI fonts:
  the characters stored are the legacy bytes read as Windows-1252
  (``Së T­ ph¸p``).  The font a cell is set in is the only reliable hint the
  text-repair stage gets, so it is resolved the way Word does: the run's
  ``w:rFonts``, else its character style, else the paragraph style chain,
  else the document defaults.
* **Automatic numbering.** ``TT`` columns and section headings (``I.``,
  ``1.``) are often Word list numbering, not text; the numbers are rendered
  from ``numbering.xml`` so row codes are not lost.
* **Footnote marks.** References (and digits typed as superscript) become
  Unicode superscripts, as the PDF path does, so ``normalize/`` lifts them
  out of values (``07³``).
* **Layout tables.** Nearly every administrative document starts with a
  borderless two-column table (``ỦY BAN NHÂN DÂN … | CỘNG HÒA XÃ HỘI …``)
  and ends with one for the signatures.  Such tables (no borders, no numbers,
  at most four rows) are not data: their paragraphs go to the narrative text,
  where the title, year and issuing body are looked for.

Header rows, caption and body rows follow the PDF path's rules
(:mod:`extract.office`, :mod:`extract.assemble`).  A Word document has no
fixed pages, so every table and text block is on page 1.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from tempfile import TemporaryDirectory

from lxml import etree

from extract.errors import ExtractError
from extract.office import OfficeCell, build_table, check_package, convert_legacy, is_numeric, main_font
from schemas.model import Document, Table, TextBlock, TextFix

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_NS = {"w": W, "a": A}
_OFF = {"0", "false", "off", "none"}
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_CAPTION_START = re.compile(r"^\s*(bảng|biểu|phụ lục)\b", re.IGNORECASE)
_REL_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_REL_THEME = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme"
# inside a paragraph: containers whose runs are part of its text, and what is not
_RUN_CONTAINERS = {f"{{{W}}}{t}" for t in ("hyperlink", "ins", "smartTag", "sdt", "sdtContent", "fldSimple",
                                            "customXml", "moveTo", "dir", "bdo")}


def w(tag: str) -> str:
    """Clark name of a WordprocessingML tag."""
    return f"{{{W}}}{tag}"


def _val(el: etree._Element | None, attr: str = "val") -> str | None:
    return None if el is None else el.get(w(attr))


def _toggle(el: etree._Element | None) -> bool | None:
    """``<w:b/>`` is on, ``<w:b w:val="0"/>`` off, absent unknown."""
    if el is None:
        return None
    v = el.get(w("val"))
    return v is None or v.lower() not in _OFF


# ----------------------------------------------------------------------------- styles
@dataclass
class _RunProps:
    bold: bool = False
    italic: bool = False
    font: str | None = None
    size: float = 0.0
    superscript: bool = False
    hidden: bool = False  # w:vanish: not printed


class _Styles:
    """Resolves run and paragraph properties through styles the way Word does (without table styles)."""

    def __init__(self, styles: etree._Element | None, theme: etree._Element | None) -> None:
        self.by_id: dict[str, etree._Element] = {}
        self.default_para: str | None = None
        self.defaults_rpr: etree._Element | None = None
        self.defaults_ppr: etree._Element | None = None
        self.theme_fonts: dict[str, str] = {}
        if styles is not None:
            for st in styles.iterfind("w:style", _NS):
                sid = st.get(w("styleId"))
                if sid:
                    self.by_id[sid] = st
                    if st.get(w("type")) == "paragraph" and st.get(w("default")) in ("1", "true", "on"):
                        self.default_para = sid
            self.defaults_rpr = styles.find("w:docDefaults/w:rPrDefault/w:rPr", _NS)
            self.defaults_ppr = styles.find("w:docDefaults/w:pPrDefault/w:pPr", _NS)
        if theme is not None:
            for kind in ("major", "minor"):
                latin = theme.find(f".//a:fontScheme/a:{kind}Font/a:latin", _NS)
                if latin is not None and latin.get("typeface"):
                    self.theme_fonts[kind] = latin.get("typeface", "")
        self._cache: dict[tuple[str | None, str | None], list[etree._Element]] = {}

    def _chain(self, sid: str | None) -> list[etree._Element]:
        out: list[etree._Element] = []
        seen: set[str] = set()
        while sid and sid in self.by_id and sid not in seen:
            seen.add(sid)
            st = self.by_id[sid]
            out.append(st)
            sid = _val(st.find("w:basedOn", _NS))
        return out

    def rpr_layers(self, rstyle: str | None, pstyle: str | None) -> list[etree._Element]:
        """The ``w:rPr`` elements that apply to a run, highest priority first (run's own excluded)."""
        key = (rstyle, pstyle)
        if key not in self._cache:
            layers = [st.find("w:rPr", _NS) for st in self._chain(rstyle)]
            layers += [st.find("w:rPr", _NS) for st in self._chain(pstyle or self.default_para)]
            layers.append(self.defaults_rpr)
            self._cache[key] = [x for x in layers if x is not None]
        return self._cache[key]

    def ppr_layers(self, pstyle: str | None) -> list[etree._Element]:
        layers = [st.find("w:pPr", _NS) for st in self._chain(pstyle or self.default_para)]
        layers.append(self.defaults_ppr)
        return [x for x in layers if x is not None]

    def _font(self, rfonts: etree._Element) -> str | None:
        for attr in ("ascii", "hAnsi"):
            if rfonts.get(w(attr)):
                return rfonts.get(w(attr))
        for attr in ("asciiTheme", "hAnsiTheme"):
            theme = rfonts.get(w(attr))
            if theme:
                return self.theme_fonts.get("major" if theme.startswith("major") else "minor")
        return None

    def run_props(self, rpr: etree._Element | None, pstyle: str | None) -> _RunProps:
        """Bold, italic, font, size and superscript of a run with direct properties ``rpr``."""
        rstyle = _val(rpr.find("w:rStyle", _NS)) if rpr is not None else None
        layers = ([rpr] if rpr is not None else []) + self.rpr_layers(rstyle, pstyle)
        props = _RunProps()
        got: set[str] = set()
        for layer in layers:
            for name, tag in (("bold", "b"), ("italic", "i"), ("hidden", "vanish")):
                if name not in got:
                    v = _toggle(layer.find(f"w:{tag}", _NS))
                    if v is not None:
                        setattr(props, name, v)
                        got.add(name)
            if "font" not in got:
                rf = layer.find("w:rFonts", _NS)
                font = self._font(rf) if rf is not None else None
                if font:
                    props.font = font
                    got.add("font")
            if "size" not in got:
                sz = _val(layer.find("w:sz", _NS))
                if sz and sz.isdigit():
                    props.size = int(sz) / 2
                    got.add("size")
            if "va" not in got:
                va = _val(layer.find("w:vertAlign", _NS))
                if va:
                    props.superscript = va == "superscript"
                    got.add("va")
        return props

    def centred(self, ppr: etree._Element | None, pstyle: str | None) -> bool:
        for layer in ([ppr] if ppr is not None else []) + self.ppr_layers(pstyle):
            jc = _val(layer.find("w:jc", _NS))
            if jc:
                return jc == "center"
        return False

    def num_pr(self, ppr: etree._Element | None, pstyle: str | None) -> tuple[str, int] | None:
        """The list (numId, level) a paragraph belongs to, directly or through its style."""
        for layer in ([ppr] if ppr is not None else []) + self.ppr_layers(pstyle):
            num = layer.find("w:numPr", _NS)
            if num is not None:
                nid = _val(num.find("w:numId", _NS))
                lvl = _val(num.find("w:ilvl", _NS))
                if nid is None or nid == "0":
                    return None
                return nid, int(lvl) if lvl and lvl.isdigit() else 0
        return None


# -------------------------------------------------------------------------- numbering
def _roman(n: int) -> str:
    out = ""
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                       (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += sym
            n -= value
    return out


def _letters(n: int) -> str:
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _format_number(n: int, fmt: str) -> str:
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperLetter":
        return _letters(n)
    if fmt == "lowerLetter":
        return _letters(n).lower()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


class _Numbering:
    """Renders Word list numbers (``I.``, ``1.2.``, ``a)``) in document order.

    Counters are kept per list (``w:num``) and level; a level counting up
    restarts the levels below it.  Bullets render as ``•`` (Word's default
    Symbol bullet) or their own text when it is a plain dash.
    """

    def __init__(self, numbering: etree._Element | None) -> None:
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        if numbering is None:
            return
        abstract: dict[str, dict[int, tuple[int, str, str]]] = {}
        for an in numbering.iterfind("w:abstractNum", _NS):
            levels = {}
            for lvl in an.iterfind("w:lvl", _NS):
                ilvl = int(lvl.get(w("ilvl"), "0"))
                start = _val(lvl.find("w:start", _NS)) or "1"
                levels[ilvl] = (
                    int(start) if start.lstrip("-").isdigit() else 1,
                    _val(lvl.find("w:numFmt", _NS)) or "decimal",
                    _val(lvl.find("w:lvlText", _NS)) or "",
                )
            abstract[an.get(w("abstractNumId"), "")] = levels
        for num in numbering.iterfind("w:num", _NS):
            levels = dict(abstract.get(_val(num.find("w:abstractNumId", _NS)) or "", {}))
            for ov in num.iterfind("w:lvlOverride", _NS):
                ilvl = int(ov.get(w("ilvl"), "0"))
                so = _val(ov.find("w:startOverride", _NS))
                if ilvl in levels and so and so.isdigit():
                    levels[ilvl] = (int(so), levels[ilvl][1], levels[ilvl][2])
            self.levels[num.get(w("numId"), "")] = levels

    def label(self, num_id: str, ilvl: int) -> str:
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        counters = self.counters.setdefault(num_id, {})
        start, fmt, text = levels[ilvl]
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if fmt == "bullet":
            return text if text in ("-", "–", "+", "*", "•") else "•"

        def sub(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            if k not in levels:
                return ""
            return _format_number(counters.get(k, levels[k][0]), levels[k][1])

        return re.sub(r"%(\d)", sub, text)


# ------------------------------------------------------------------------------- text
@dataclass
class _Para:
    """One paragraph: its text and what its runs say about it."""

    text: str
    runs: list[tuple[str, _RunProps]] = field(default_factory=list)
    centred: bool = False

    @property
    def visible(self) -> list[tuple[str, _RunProps]]:
        return [(t, p) for t, p in self.runs if t.strip()]

    @property
    def bold(self) -> bool:
        vis = self.visible
        return bool(vis) and all(p.bold for _, p in vis)

    @property
    def font(self) -> str | None:
        return main_font([(p.font, len(t.strip())) for t, p in self.visible])

    @property
    def size(self) -> float:
        sizes = [p.size for _, p in self.visible if p.size]
        return max(set(sizes), key=sizes.count) if sizes else 0.0


class _Reader:
    """Walks a document body in order, turning paragraphs and tables into model objects."""

    def __init__(self, styles: _Styles, numbering: _Numbering, doc_name: str) -> None:
        self.styles = styles
        self.numbering = numbering
        self.doc_name = doc_name
        self.footnote_no = 0
        self.footnote_numbers: dict[str, int] = {}  # footnote id → the number its reference printed
        self.blocks: list[TextBlock] = []
        self.tables: list[Table] = []
        self.recent: list[_Para] = []  # paragraphs since the last table, for its caption

    # -- paragraphs
    def _runs(self, el: etree._Element) -> Iterator[etree._Element]:
        for child in el:
            if child.tag == w("r"):
                yield child
            elif child.tag in _RUN_CONTAINERS:
                yield from self._runs(child)

    def _run_text(self, r: etree._Element, props: _RunProps) -> str:
        out: list[str] = []
        for child in r:
            tag = child.tag
            if tag == w("t"):
                out.append(child.text or "")
            elif tag in (w("tab"), w("br"), w("cr")):
                out.append(" ")
            elif tag == w("noBreakHyphen"):
                out.append("-")
            elif tag == w("footnoteReference"):
                if child.get(w("customMarkFollows")) not in ("1", "true", "on"):
                    self.footnote_no += 1
                    self.footnote_numbers[child.get(w("id"), "")] = self.footnote_no
                    out.append(f"<sup>{self.footnote_no}</sup>")
        text = "".join(out)
        if props.superscript and text.strip().isdigit():
            text = f"<sup>{text.strip()}</sup>"
        return text

    def paragraph(self, p: etree._Element) -> _Para:
        ppr = p.find("w:pPr", _NS)
        pstyle = _val(ppr.find("w:pStyle", _NS)) if ppr is not None else None
        runs: list[tuple[str, _RunProps]] = []
        num = self.styles.num_pr(ppr, pstyle)
        if num is not None:
            label = self.numbering.label(*num)
            if label:
                mark = ppr.find("w:rPr", _NS) if ppr is not None else None
                runs.append((label + " ", self.styles.run_props(mark, pstyle)))
        for r in self._runs(p):
            props = self.styles.run_props(r.find("w:rPr", _NS), pstyle)
            if not props.hidden:
                runs.append((self._run_text(r, props), props))
        text = " ".join("".join(t for t, _ in runs).split())
        return _Para(text=text, runs=runs, centred=self.styles.centred(ppr, pstyle))

    def _block(self, para: _Para) -> None:
        if para.text:
            self.blocks.append(TextBlock(page=1, text=para.text, bold=para.bold, top=float(len(self.blocks)),
                                         size=para.size, font=para.font))

    # -- body
    def body(self, el: etree._Element) -> None:
        for child in el:
            if child.tag == w("p"):
                para = self.paragraph(child)
                self._block(para)
                self.recent.append(para)
            elif child.tag == w("tbl"):
                self.table(child)
            elif child.tag in (w("sdt"), w("sdtContent"), w("customXml")):
                self.body(child)

    def _cell_paras(self, tc: etree._Element) -> list[_Para]:
        """Every paragraph of a cell in order, nested tables' paragraphs included (flattened)."""
        out: list[_Para] = []
        for child in tc:
            if child.tag == w("p"):
                out.append(self.paragraph(child))
            elif child.tag == w("tbl"):
                for tr in _rows(child):
                    for inner in _cells(tr):
                        out.extend(self._cell_paras(inner))
            elif child.tag in (w("sdt"), w("sdtContent"), w("customXml")):
                out.extend(self._cell_paras(child))
        return out

    def table(self, tbl: etree._Element) -> None:
        cells: list[OfficeCell] = []
        paras_of: dict[int, list[_Para]] = {}
        open_cells: dict[int, OfficeCell] = {}  # by first column: the cell a vMerge continues
        trs = _rows(tbl)
        header_flags: list[bool] = []
        for r, tr in enumerate(trs):
            trpr = tr.find("w:trPr", _NS)
            header_flags.append(trpr is not None and _toggle(trpr.find("w:tblHeader", _NS)) is True)
            before = _val(trpr.find("w:gridBefore", _NS)) if trpr is not None else None
            col = int(before) if before and before.isdigit() else 0
            still_open: dict[int, OfficeCell] = {}
            for tc in _cells(tr):
                tcpr = tc.find("w:tcPr", _NS)
                span_v = _val(tcpr.find("w:gridSpan", _NS)) if tcpr is not None else None
                span = int(span_v) if span_v and span_v.isdigit() and int(span_v) > 0 else 1
                vm = tcpr.find("w:vMerge", _NS) if tcpr is not None else None
                paras = self._cell_paras(tc)
                if vm is not None and (vm.get(w("val")) or "continue") == "continue" and col in open_cells:
                    cell = open_cells[col]
                    cell.r1 = r + 1
                    still_open[col] = cell
                else:
                    cell = _make_cell(r, col, span, paras)
                    cells.append(cell)
                    paras_of[id(cell)] = paras
                    if vm is not None:
                        still_open[col] = cell
                col += span
            open_cells = still_open
        n_rows = len(trs)
        if not cells or n_rows == 0:
            return
        if _is_layout(tbl, self.styles, cells, n_rows):
            for cell in sorted(cells, key=lambda c: (c.r0, c.c0)):
                for para in paras_of[id(cell)]:
                    self._block(para)
            self.recent = []
            return
        header_rows = 0
        while header_rows < n_rows and header_flags[header_rows]:
            header_rows += 1
        title, title_font = _caption(self.recent)
        table = build_table(cells, doc=self.doc_name, method="docx", title=title,
                            title_font=title_font, header_rows=header_rows or None)
        if table is None:
            for cell in sorted(cells, key=lambda c: (c.r0, c.c0)):
                for para in paras_of[id(cell)]:
                    self._block(para)
        else:
            table.index = len(self.tables) + 1
            self.tables.append(table)
        self.recent = []


def _rows(tbl: etree._Element) -> list[etree._Element]:
    """The table's rows, including rows wrapped in content controls."""
    out: list[etree._Element] = []
    for child in tbl:
        if child.tag == w("tr"):
            out.append(child)
        elif child.tag in (w("sdt"), w("sdtContent"), w("customXml")):
            out.extend(_rows(child))
    return out


def _cells(tr: etree._Element) -> list[etree._Element]:
    out: list[etree._Element] = []
    for child in tr:
        if child.tag == w("tc"):
            out.append(child)
        elif child.tag in (w("sdt"), w("sdtContent"), w("customXml")):
            out.extend(_cells(child))
    return out


def _make_cell(r: int, col: int, span: int, paras: list[_Para]) -> OfficeCell:
    """A cell with its paragraphs joined by one space, bold/italic when all its text is."""
    text = " ".join(p.text for p in paras if p.text)
    visible = [(t, props) for p in paras for t, props in p.visible]
    return OfficeCell(
        r0=r, r1=r + 1, c0=col, c1=col + span,
        bbox=(float(col), float(r), float(col + span), float(r + 1)),
        text=text,
        bold=bool(visible) and all(props.bold for _, props in visible),
        italic=bool(visible) and all(props.italic for _, props in visible),
        font=main_font([(props.font, len(t.strip())) for t, props in visible]),
    )


def _has_border(borders: etree._Element | None) -> bool:
    if borders is None:
        return False
    return any((b.get(w("val")) or "nil") not in ("nil", "none") for b in borders)


def _is_layout(tbl: etree._Element, styles: _Styles, cells: list[OfficeCell], n_rows: int) -> bool:
    """A borderless table of a few text rows used to place a letterhead or signatures."""
    if n_rows > 4 or sum(is_numeric(c.text) for c in cells if c.text) >= 2:
        return False
    tblpr = tbl.find("w:tblPr", _NS)
    if tblpr is not None and _has_border(tblpr.find("w:tblBorders", _NS)):
        return False
    sid = _val(tblpr.find("w:tblStyle", _NS)) if tblpr is not None else None
    if any(_has_border(st.find("w:tblPr/w:tblBorders", _NS)) for st in styles._chain(sid)):
        return False
    return not any(_has_border(b) for b in tbl.iterfind(".//w:tcPr/w:tcBorders", _NS))


def _caption(recent: list[_Para]) -> tuple[str | None, str | None]:
    """The caption: the bold, centred or ``Bảng …``/``Biểu …``/``Phụ lục …`` paragraphs just above a table.

    Up to two empty paragraphs may separate it from the table and one may
    separate its lines (``PHỤ LỤC`` / blank / ``THỐNG KÊ SỐ LIỆU …``); a
    section heading above the label is cut off as in the PDF path.
    """
    block: list[_Para] = []
    blanks = 0
    for para in reversed(recent):
        if not para.text:
            blanks += 1
            if blanks > (2 if not block else 1):
                break
            continue
        blanks = 0
        labelled = bool(_CAPTION_START.match(para.text))
        if len(para.text) > 250 or not (para.bold or para.centred or labelled):
            break
        block.append(para)
        if len(block) >= 4:
            break
    if not block:
        return None, None
    block.reverse()
    labels = [k for k, p in enumerate(block) if _CAPTION_START.match(p.text)]
    if labels:
        block = block[labels[-1]:]
    return " ".join(p.text for p in block), main_font([(p.font, len(p.text)) for p in block])


# ------------------------------------------------------------------------------ entry
def _part_xml(package: zipfile.ZipFile, name: str) -> etree._Element | None:
    try:
        data = package.read(name)
    except KeyError:
        return None
    return etree.fromstring(data, parser=etree.XMLParser(resolve_entities=False, huge_tree=True))


def _related(package: zipfile.ZipFile, rel_type: str) -> str | None:
    """The package path of the document part related by ``rel_type`` (footnotes, theme)."""
    rels = _part_xml(package, "word/_rels/document.xml.rels")
    if rels is None:
        return None
    for rel in rels:
        if rel.get("Type") == rel_type and rel.get("TargetMode") != "External":
            target = rel.get("Target", "")
            return target.lstrip("/") if target.startswith("/") else f"word/{target}"
    return None


def _footnote_blocks(package: zipfile.ZipFile, reader: _Reader) -> None:
    """Footnote texts at the end of the text (as at the foot of the page), behind the number
    their reference printed; footnotes never referenced (or with custom marks) are left out."""
    name = _related(package, _REL_FOOTNOTES)
    root = _part_xml(package, name) if name else None
    if root is None:
        return
    notes: list[tuple[int, str]] = []
    for fn in root.iterfind("w:footnote", _NS):
        number = reader.footnote_numbers.get(fn.get(w("id"), ""))
        if number is None:
            continue
        # (the footnote's own mark, w:footnoteRef, renders as nothing here: its number is put back in front)
        text = " ".join(p for p in (reader.paragraph(p).text for p in fn.iterfind("w:p", _NS)) if p)
        if text:
            notes.append((number, text))
    for number, text in sorted(notes):
        reader.blocks.append(TextBlock(page=1, text=f"{str(number).translate(_SUPERSCRIPT)} {text}",
                                       top=float(len(reader.blocks))))


def _read_docx(path: Path, doc_name: str) -> Document:
    try:
        with zipfile.ZipFile(path) as package:
            body_root = _part_xml(package, "word/document.xml")
            if body_root is None:
                raise ExtractError("tệp Word (.docx) bị hỏng: thiếu phần nội dung word/document.xml")
            theme_name = _related(package, _REL_THEME)
            styles = _Styles(_part_xml(package, "word/styles.xml"), _part_xml(package, theme_name) if theme_name
                             else None)
            numbering = _Numbering(_part_xml(package, "word/numbering.xml"))
            reader = _Reader(styles, numbering, doc_name)
            body = body_root.find("w:body", _NS)
            if body is not None:
                reader.body(body)
            _footnote_blocks(package, reader)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as e:
        raise ExtractError("tệp Word (.docx) bị hỏng, không đọc được (gói ZIP lỗi hoặc bị cắt cụt)") from e
    except etree.XMLSyntaxError as e:
        raise ExtractError(f"tệp Word (.docx) bị hỏng, không đọc được (XML sai: {e.msg})") from e
    return Document(path=doc_name, method="docx", n_pages=1, tables=reader.tables, text=reader.blocks)


def extract_docx(path: Path, doc_name: str) -> Document:
    """Extract every table (in body order) and every paragraph of a Word file.

    A ``.docx`` that is really an old binary, RTF or HTML Word file (renamed
    or saved under the wrong type) goes through LibreOffice like a ``.doc``.
    """
    if check_package(path, "word") == "legacy":
        return extract_doc(path, doc_name)
    return _read_docx(path, doc_name)


def extract_doc(path: Path, doc_name: str) -> Document:
    """Extract an old ``.doc`` by converting it to ``.docx`` with LibreOffice first."""
    if check_package(path, "word") == "ooxml":  # a .docx saved under the old extension
        return _read_docx(path, doc_name)
    with TemporaryDirectory(prefix="parx-doc-") as tmp:
        converted = convert_legacy(path, "docx", Path(tmp))
        doc = _read_docx(converted, doc_name)
    doc.fixes.append(TextFix(where="file", fix="libreoffice-convert", before=path.suffix or ".doc", after=".docx"))
    return doc
