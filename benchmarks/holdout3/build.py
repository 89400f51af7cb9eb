#!/usr/bin/env python
"""Build benchmarks/holdout3: a blind test set of born-digital PDFs with expected tables.

    .venv/bin/python benchmarks/holdout3/build.py [--keep-docx DIR]

Six documents, written from the facts and figures in the shared seed reports (Sóc Trăng PAR Index /
SIPAS 2023, the 2024 city CCHC report, the 2021 unit-level PAR report, the 2022 improvement scheme):

  sipas_tinh_2023.pdf          reportlab, Liberation Serif 13/11 pt (ruled + horizontal-rules-only table)
  par_index_tinh_2023.pdf      reportlab, Liberation Sans 11/10 pt, portrait + landscape pages
  chi_so_cchc_don_vi_2021.pdf  python-docx -> LibreOffice, Liberation Serif 13/10.5 pt, column-number row
  bao_cao_cchc_thanh_pho_2024.pdf  python-docx -> LibreOffice, Liberation Sans 12/11 pt, e-mails, URL
  de_an_cai_thien_cchc_2022.pdf    fpdf2, DejaVu Serif 12/10 pt (ruled, unruled, no repeated header)
  diem_dieu_tra_xhh_2023.pdf   reportlab, DejaVu Sans 11/10 pt (row split by a page break, unruled)

Expected JSON (`<name>.expected.json`) follows benchmarks/accuracy.py: `doc`, `n_pages`, `tables`
(`table`, `pages`, `title`, `header` grid with merged text repeated over its span, `rows`, `row_kinds`)
and a document-level `records` list (`table`, `row`, `col` 1-based, `measure`, `year`, `value`).
Conventions chosen here:
  * a column-number row such as "(1) (2) ... (7)=(4)+(5)+(6)" is the LAST HEADER ROW, not a body row;
  * a superscript footnote marker written as `[^n]` in the data below is rendered as a superscript
    and is absent from the expected cell text;
  * row kinds: bold roman/letter/code heading rows and italic subtotal rows are `group`,
    `Tổng cộng` / `Cộng` / the overall result row are `total`, everything else (also italic
    breakdown rows) is `data`;
  * expected cells are the rendered text with wrapped lines joined by one space.
The page span of every table is read back from the rendered PDF (pdfplumber words: caption page to
the page holding the last body row), never from an extractor.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = "/usr/share/fonts/truetype/liberation2"
DJV = "/usr/share/fonts/truetype/dejavu"
SUP_RE = re.compile(r"\[\^(\w+)\]")


def plain(s: str) -> str:
    """Expected cell text: footnote markers removed, whitespace (incl. line breaks) collapsed, NFC."""
    return unicodedata.normalize("NFC", " ".join(SUP_RE.sub("", s).split()))


# --------------------------------------------------------------------------------------------------
# table model
# --------------------------------------------------------------------------------------------------

RecSpec = Callable[[int, int], "tuple[str, int | None] | None"]


@dataclass
class Tab:
    title: str
    header: list[list[str]]
    rows: list[list[str]]
    kinds: list[str]
    widths: list[float]  # cm
    align: str  # one letter per column: L / C / R
    rules: str = "grid"  # grid | hlines | none
    italic: set[int] = field(default_factory=set)  # body rows set in italic
    repeat_header: bool = True
    numrow: bool = False  # last header row is a column-number row
    rec: RecSpec | None = None
    last_anchor: str | None = None  # text of the last body row used to find the table's last page

    def __post_init__(self) -> None:
        n = len(self.header[0])
        assert all(len(r) == n for r in self.header), self.title
        assert all(len(r) == n for r in self.rows), [r for r in self.rows if len(r) != n]
        assert len(self.kinds) == len(self.rows), self.title
        assert len(self.widths) == n and len(self.align) == n, self.title

    def spans(self) -> list[tuple[int, int, int, int]]:
        """Rectangles (r0, c0, r1, c1) of equal header text (merged cells)."""
        h = self.header
        seen: set[tuple[int, int]] = set()
        out = []
        for r in range(len(h)):
            for c in range(len(h[r])):
                if (r, c) in seen:
                    continue
                c1 = c
                while c1 + 1 < len(h[r]) and h[r][c1 + 1] == h[r][c] and (r, c1 + 1) not in seen:
                    c1 += 1
                r1 = r
                while r1 + 1 < len(h) and all(h[r1 + 1][k] == h[r][c] for k in range(c, c1 + 1)):
                    r1 += 1
                for rr in range(r, r1 + 1):
                    for cc in range(c, c1 + 1):
                        seen.add((rr, cc))
                out.append((r, c, r1, c1))
        return out

    def expected(self, idx: int) -> dict:
        return {
            "table": idx,
            "pages": [],
            "title": plain(self.title) if self.title else None,
            "header": [[plain(c) for c in r] for r in self.header],
            "rows": [[plain(c) for c in r] for r in self.rows],
            "row_kinds": list(self.kinds),
        }

    def records(self, idx: int) -> list[dict]:
        if self.rec is None:
            return []
        out = []
        for r, row in enumerate(self.rows):
            for c, raw in enumerate(row):
                spec = self.rec(r, c)
                if spec is None:
                    continue
                measure, year = spec
                for m, v in parse_value(plain(raw), measure):
                    out.append({"table": idx, "row": r + 1, "col": c + 1, "measure": m, "year": year,
                                "value": v, "value_raw": plain(raw)})
        return out


def parse_value(s: str, measure: str) -> list[tuple[str, float]]:
    """Value(s) of a rendered numeric cell; `46/63` gives rank + rank_of; `-` / empty give nothing."""
    t = s.replace(" ", "")
    if t in ("", "-"):
        return []
    if "/" in t:
        a, b = t.split("/")
        return [("rank", float(a)), ("rank_of", float(b))]
    t = t.rstrip("%")
    if measure == "count":
        t = t.replace(".", "")
    elif "," in t:
        t = t.replace(".", "").replace(",", ".")
    return [(measure, float(t))]


def by_col(spec: dict[int, tuple[str, int | None]], skip_rows: set[int] | None = None) -> RecSpec:
    def f(r: int, c: int):
        if skip_rows and r in skip_rows:
            return None
        return spec.get(c)

    return f


# --------------------------------------------------------------------------------------------------
# short filler text (own wording; figures from the seed reports)
# --------------------------------------------------------------------------------------------------

FILL = [
    "Các cơ quan, đơn vị cần tiếp tục rà soát những nội dung còn hạn chế, xác định rõ nguyên nhân và "
    "đề ra giải pháp khắc phục cụ thể, gắn với trách nhiệm của người đứng đầu.",
    "Kết quả đánh giá là cơ sở để các ngành, các cấp xây dựng kế hoạch cải cách hành chính năm tiếp theo, "
    "ưu tiên những lĩnh vực có tỷ lệ điểm thấp và những tiêu chí bị trừ điểm nhiều.",
    "Việc theo dõi, đôn đốc được thực hiện thường xuyên; định kỳ hằng quý, các đơn vị báo cáo tiến độ "
    "về cơ quan thường trực để tổng hợp, tham mưu Ủy ban nhân dân tỉnh.",
    "Số liệu trong báo cáo được tổng hợp từ kết quả công bố chính thức và từ báo cáo của các cơ quan, "
    "đơn vị; những chỗ chưa thống nhất đã được đối chiếu lại trước khi tổng hợp.",
    "Trong thời gian tới, cần tăng cường công tác tuyên truyền để người dân, tổ chức biết và sử dụng "
    "nhiều hơn các dịch vụ công trực tuyến, thanh toán trực tuyến.",
    "Những tồn tại nêu trên cần được khắc phục dứt điểm, tránh tình trạng hạn chế của năm trước tiếp tục "
    "lặp lại trong năm sau.",
]


# --------------------------------------------------------------------------------------------------
# reportlab
# --------------------------------------------------------------------------------------------------


def rl_fonts() -> dict[str, str]:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    fams = {
        "LibSerif": (f"{LIB}/LiberationSerif-Regular.ttf", f"{LIB}/LiberationSerif-Bold.ttf",
                     f"{LIB}/LiberationSerif-Italic.ttf", f"{LIB}/LiberationSerif-BoldItalic.ttf"),
        "LibSans": (f"{LIB}/LiberationSans-Regular.ttf", f"{LIB}/LiberationSans-Bold.ttf",
                    f"{LIB}/LiberationSans-Italic.ttf", f"{LIB}/LiberationSans-BoldItalic.ttf"),
        "DejaVuSans": (f"{DJV}/DejaVuSans.ttf", f"{DJV}/DejaVuSans-Bold.ttf",
                       f"{DJV}/DejaVuSans-Oblique.ttf", f"{DJV}/DejaVuSans-BoldOblique.ttf"),
    }
    for fam, (r, b, i, bi) in fams.items():
        if fam in pdfmetrics.getRegisteredFontNames():
            continue
        for suffix, path in (("", r), ("-B", b), ("-I", i), ("-BI", bi)):
            pdfmetrics.registerFont(TTFont(fam + suffix, path))
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "-B")
        addMapping(fam, 0, 1, fam + "-I")
        addMapping(fam, 1, 1, fam + "-BI")
    return {k: k for k in fams}


def rl_markup(s: str, bold: bool = False, italic: bool = False) -> str:
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = SUP_RE.sub(lambda m: f"<super>{m.group(1)}</super>", s)
    s = s.replace("\n", "<br/>")
    if italic:
        s = f"<i>{s}</i>"
    if bold:
        s = f"<b>{s}</b>"
    return s


class RL:
    """Small reportlab document helper: styles, page numbers, page-bottom footnotes, orientations."""

    def __init__(self, family: str, body: float, cell: float) -> None:
        from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        rl_fonts()
        self.family = family
        self.body = ParagraphStyle("body", fontName=family, fontSize=body, leading=body * 1.35,
                                   alignment=TA_JUSTIFY, firstLineIndent=28, spaceAfter=5)
        self.center = ParagraphStyle("center", parent=self.body, alignment=TA_CENTER, firstLineIndent=0)
        self.heading = ParagraphStyle("heading", parent=self.body, alignment=TA_LEFT, firstLineIndent=0,
                                      spaceBefore=4, keepWithNext=1)
        self.cap = ParagraphStyle("caption", parent=self.center, spaceBefore=6, spaceAfter=5)
        al = {"L": TA_LEFT, "C": TA_CENTER, "R": TA_RIGHT}
        self.cells = {k: ParagraphStyle("cell" + k, fontName=family, fontSize=cell, leading=cell * 1.22,
                                        alignment=v) for k, v in al.items()}
        self.footnotes: dict[int, list[tuple[str, str]]] = {}
        self.foot_size = 9

    def p(self, text: str, style=None):
        from reportlab.platypus import Paragraph

        return Paragraph(rl_markup(text), style or self.body)

    def bold(self, text: str, style=None):
        from reportlab.platypus import Paragraph

        return Paragraph(rl_markup(text, bold=True), style or self.heading)

    def caption(self, text: str):
        from reportlab.platypus import Paragraph

        return Paragraph(rl_markup(text, bold=True), self.cap)

    def table(self, t: Tab, split_in_row: bool = False, valign: str = "MIDDLE"):
        from reportlab.lib import colors
        from reportlab.lib.units import cm
        from reportlab.platypus import Paragraph, Table, TableStyle

        nh = len(t.header)
        spans = t.spans()
        tl = {(r0, c0) for r0, c0, _r1, _c1 in spans}
        data = []
        for r, hrow in enumerate(t.header):
            row = []
            for c, txt in enumerate(hrow):
                if (r, c) not in tl:
                    row.append("")
                    continue
                is_num = t.numrow and r == nh - 1
                row.append(Paragraph(rl_markup(txt, bold=not is_num, italic=is_num), self.cells["C"]))
            data.append(row)
        for i, brow in enumerate(t.rows):
            bold = t.kinds[i] in ("group", "total")
            ital = i in t.italic
            data.append([Paragraph(rl_markup(txt, bold, ital), self.cells[t.align[c]]) if txt else ""
                         for c, txt in enumerate(brow)])
        cmds = [
            ("VALIGN", (0, 0), (-1, nh - 1), "MIDDLE"),
            ("VALIGN", (0, nh), (-1, -1), valign),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
        ]
        for r0, c0, r1, c1 in spans:
            if (r0, c0) != (r1, c1):
                cmds.append(("SPAN", (c0, r0), (c1, r1)))
        last = nh + len(t.rows) - 1
        if t.rules == "grid":
            cmds.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
        elif t.rules == "hlines":
            cmds += [("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black),
                     ("LINEBELOW", (0, nh - 1), (-1, nh - 1), 0.7, colors.black),
                     ("LINEBELOW", (0, last), (-1, last), 1.2, colors.black)]
        tbl = Table(data, colWidths=[w * cm for w in t.widths], repeatRows=nh if t.repeat_header else 0,
                    splitByRow=0 if split_in_row else 1, splitInRow=1 if split_in_row else 0, hAlign="CENTER")
        tbl.setStyle(TableStyle(cmds))
        return tbl

    def build(self, path: str, story: list, title: str, margins=(3.0, 2.0, 2.0, 3.0)) -> None:
        from reportlab.lib.pagesizes import A4, landscape
        from reportlab.lib.units import cm
        from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

        left, right, top, bottom = (m * cm for m in margins)

        def on_page(canvas, doc):
            w, _h = canvas._pagesize
            canvas.saveState()
            canvas.setFont(self.family, 10)
            canvas.drawCentredString(w / 2, 1.2 * cm, str(doc.page))
            notes = self.footnotes.get(doc.page)
            if notes:
                y = bottom - 0.45 * cm
                canvas.setLineWidth(0.5)
                canvas.line(left, y + self.foot_size + 2, left + 5 * cm, y + self.foot_size + 2)
                for mark, text in notes:
                    canvas.setFont(self.family, self.foot_size - 3)
                    canvas.drawString(left, y + 3.5, mark)
                    canvas.setFont(self.family, self.foot_size)
                    canvas.drawString(left + 5, y, text)
                    y -= self.foot_size * 1.3
            canvas.restoreState()

        pw, ph = A4
        lw, lh = landscape(A4)
        doc = BaseDocTemplate(path, pagesize=A4, title=title, author="Sở Nội vụ tỉnh Sóc Trăng",
                              leftMargin=left, rightMargin=right, topMargin=top, bottomMargin=bottom)
        doc.addPageTemplates([
            PageTemplate(id="portrait", pagesize=A4, onPage=on_page,
                         frames=[Frame(left, bottom, pw - left - right, ph - top - bottom, id="p")]),
            PageTemplate(id="landscape", pagesize=landscape(A4), onPage=on_page,
                         frames=[Frame(2.0 * cm, bottom, lw - 4.0 * cm, lh - top - bottom, id="l")]),
        ])
        doc.build(story)


# --------------------------------------------------------------------------------------------------
# python-docx + LibreOffice
# --------------------------------------------------------------------------------------------------


class DX:
    def __init__(self, font: str, body: float, cell: float) -> None:
        from docx import Document
        from docx.shared import Cm, Pt

        self.font, self.size, self.cell = font, body, cell
        self.d = Document()
        sec = self.d.sections[0]
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.0)
        sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
        st = self.d.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(body)
        self._rfonts(st.element.get_or_add_rPr())
        pf = st.paragraph_format
        pf.space_after = Pt(0)
        pf.space_before = Pt(0)
        self._footer(sec)

    def _rfonts(self, rpr) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.insert(0, rf)
        for k in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(k), self.font)

    def _footer(self, sec) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        p = sec.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), "PAGE")
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = "1"
        r.append(t)
        fld.append(r)
        p._p.append(fld)

    def _runs(self, par, text: str, bold=False, italic=False, size=None) -> None:
        from docx.shared import Pt

        pos = 0
        parts: list[tuple[str, bool]] = []
        for m in SUP_RE.finditer(text):
            parts.append((text[pos:m.start()], False))
            parts.append((m.group(1), True))
            pos = m.end()
        parts.append((text[pos:], False))
        for chunk, sup in parts:
            if not chunk:
                continue
            run = par.add_run(chunk)
            run.bold = bold or None
            run.italic = italic or None
            run.font.superscript = sup or None
            run.font.name = self.font
            run.font.size = Pt(size or self.size)
            self._rfonts(run._r.get_or_add_rPr())

    def p(self, text: str, bold=False, italic=False, align="J", indent=True, size=None, after=6,
          keep_next=False) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Cm, Pt

        par = self.d.add_paragraph()
        par.alignment = {"J": WD_ALIGN_PARAGRAPH.JUSTIFY, "C": WD_ALIGN_PARAGRAPH.CENTER,
                         "L": WD_ALIGN_PARAGRAPH.LEFT, "R": WD_ALIGN_PARAGRAPH.RIGHT}[align]
        pf = par.paragraph_format
        if indent and align == "J":
            pf.first_line_indent = Cm(1.0)
        pf.space_after = Pt(after)
        pf.line_spacing = 1.15
        pf.keep_with_next = keep_next or None
        self._runs(par, text, bold, italic, size)

    def caption(self, text: str) -> None:
        self.p(text, bold=True, align="C", indent=False, after=4, keep_next=True)

    def page_break(self) -> None:
        from docx.enum.text import WD_BREAK

        self.d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def table(self, t: Tab) -> None:
        from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import Cm, Pt

        nh = len(t.header)
        ncol = len(t.header[0])
        tbl = self.d.add_table(rows=nh + len(t.rows), cols=ncol)
        if t.rules == "grid":
            tbl.style = self.d.styles["Table Grid"]
        tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
        tbl.autofit = False
        for gc, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), t.widths, strict=True):
            gc.set(qn("w:w"), str(int(w / 2.54 * 1440)))
        for row in tbl.rows:
            for c, cell in enumerate(row.cells):
                cell.width = Cm(t.widths[c])
        al = {"L": WD_ALIGN_PARAGRAPH.LEFT, "C": WD_ALIGN_PARAGRAPH.CENTER, "R": WD_ALIGN_PARAGRAPH.RIGHT}

        def fill(cell, text, align, bold=False, italic=False):
            lines = text.split("\n")
            for k, line in enumerate(lines):
                par = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                par.alignment = align
                par.paragraph_format.space_after = Pt(0)
                par.paragraph_format.line_spacing = 1.0
                self._runs(par, line, bold, italic, self.cell)

        for r0, c0, r1, c1 in t.spans():
            cell = tbl.cell(r0, c0)
            if (r0, c0) != (r1, c1):
                cell = cell.merge(tbl.cell(r1, c1))
            is_num = t.numrow and r0 == nh - 1
            fill(cell, t.header[r0][c0], al["C"], bold=not is_num, italic=is_num)
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        for r in range(nh):
            if t.repeat_header:
                trpr = tbl.rows[r]._tr.get_or_add_trPr()
                el = OxmlElement("w:tblHeader")
                el.set(qn("w:val"), "true")
                trpr.append(el)
        for i, brow in enumerate(t.rows):
            bold = t.kinds[i] in ("group", "total")
            for c, txt in enumerate(brow):
                cell = tbl.cell(nh + i, c)
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                if txt:
                    fill(cell, txt, al[t.align[c]], bold, i in t.italic)
        self.p("", align="L", indent=False, after=2)

    def save_pdf(self, pdf_path: str, keep_dir: str | None = None) -> None:
        with tempfile.TemporaryDirectory(prefix="holdout3_") as tmp:
            stem = os.path.splitext(os.path.basename(pdf_path))[0]
            docx_path = os.path.join(tmp, stem + ".docx")
            self.d.save(docx_path)
            profile = os.path.join(tmp, "lo_profile")
            subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                            "--convert-to", "pdf", "--outdir", tmp, docx_path],
                           check=True, timeout=300, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            shutil.copyfile(os.path.join(tmp, stem + ".pdf"), pdf_path)
            if keep_dir:
                os.makedirs(keep_dir, exist_ok=True)
                shutil.copyfile(docx_path, os.path.join(keep_dir, stem + ".docx"))


# --------------------------------------------------------------------------------------------------
# fpdf2
# --------------------------------------------------------------------------------------------------


def fpdf_doc(family: str, files: dict[str, str]):
    from fpdf import FPDF

    class Doc(FPDF):
        def footer(self) -> None:
            self.set_y(-14)
            self.set_font(family, "", 10)
            self.cell(0, 8, str(self.page_no()), align="C")

    pdf = Doc(format="A4", unit="mm")
    for style, path in files.items():
        pdf.add_font(family, style, path)
    pdf.set_margins(30, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    return pdf


def fpdf_table(pdf, t: Tab, family: str, size: float, line_h: float, repeat: bool) -> None:
    from fpdf.fonts import FontFace

    assert len(t.header) == 1, "fpdf2 tables here use a single header row"
    pdf.set_font(family, "", size)
    borders = {"grid": "ALL", "none": "NONE", "hlines": "HORIZONTAL_LINES"}[t.rules]
    al = {"L": "LEFT", "C": "CENTER", "R": "RIGHT"}
    with pdf.table(col_widths=tuple(w * 10 for w in t.widths), width=sum(t.widths) * 10,
                   text_align=tuple(al[a] for a in t.align), borders_layout=borders,
                   repeat_headings=1 if repeat else 0, line_height=line_h, v_align="MIDDLE",
                   headings_style=FontFace(emphasis="BOLD"), padding=(1.0, 1.2),
                   align="CENTER") as table:
        hrow = table.row()
        for txt in t.header[0]:
            hrow.cell(plain(txt), align="CENTER")
        for i, brow in enumerate(t.rows):
            bold = t.kinds[i] in ("group", "total")
            ital = i in t.italic
            emph = ("BOLD" if bold else "") + ("ITALICS" if ital else "")
            style = FontFace(emphasis=emph) if emph else None
            row = table.row()
            for txt in brow:
                row.cell(plain(txt), style=style)


# --------------------------------------------------------------------------------------------------
# documents
# --------------------------------------------------------------------------------------------------


@dataclass
class DocSpec:
    name: str
    tables: list[Tab]
    build: Callable[[str], None]
    notes: list[str] = field(default_factory=list)


# ---------- A: SIPAS 2023 (reportlab, Liberation Serif) ----------

A1 = Tab(
    title="Bảng 1. Kết quả 09 chỉ số thành phần SIPAS năm 2023",
    header=[["STT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Năm 2022", "Năm 2022", "Năm 2023", "Năm 2023",
             "Tăng/giảm", "Tăng/giảm"],
            ["STT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Tỷ lệ", "Xếp hạng", "Tỷ lệ", "Xếp hạng", "Tỷ lệ",
             "Xếp hạng"]],
    rows=[
        ["I", "Mức độ hài lòng đối với việc xây dựng, tổ chức thực hiện chính sách", "76.53%", "49", "81.52%",
         "37", "4.99%", "12"],
        ["1", "Mức độ hài lòng đối với trách nhiệm giải trình của chính quyền về chính sách", "78.30%", "45",
         "80.70%", "40", "2.40%", "5"],
        ["2", "Mức độ hài lòng đối với cơ hội tham gia vào quá trình xây dựng, tổ chức thực hiện chính sách",
         "77.68%", "38", "80.52%", "39", "2.84%", "-1"],
        ["3", "Mức độ hài lòng đối với chất lượng tổ chức thực hiện chính sách", "76.08%", "47", "81.64%", "37",
         "5.56%", "10"],
        ["4", "Mức độ hài lòng đối với kết quả, tác động của chính sách ở địa phương", "74.06%", "57", "81.77%",
         "48", "7.71%", "9"],
        ["II", "Mức độ hài lòng đối với việc cung ứng dịch vụ hành chính công", "83.31%", "19", "81.82%", "35",
         "-1.49%", "-16"],
        ["5", "Mức độ hài lòng đối với tiếp cận dịch vụ", "80.67%", "39", "81.89%", "38", "1.22%", "1"],
        ["6", "Mức độ hài lòng đối với TTHC", "80.01%", "43", "81.74%", "40", "1.73%", "3"],
        ["7", "Mức độ hài lòng đối với công chức", "85.26%", "9", "82.10%", "35", "-3.16%", "-26"],
        ["8", "Mức độ hài lòng đối với kết quả dịch vụ[^1]", "86.93%", "5", "81.99%", "36", "-4.94%", "-31"],
        ["9", "Mức độ hài lòng đối với việc cơ quan tiếp nhận, xử lý phản ánh, kiến nghị", "83.69%", "11",
         "81.43%", "34", "-2.26%", "-23"],
        ["", "KẾT QUẢ CHỈ SỐ HÀI LÒNG CHUNG", "79.92%", "32", "81.65%", "37", "1.73%", "-5"],
    ],
    kinds=["group", "data", "data", "data", "data", "group", "data", "data", "data", "data", "data", "total"],
    widths=[1.1, 6.0, 1.6, 1.25, 1.6, 1.25, 1.7, 1.5],
    align="CLCCCCCC",
    rec=by_col({2: ("ratio", 2022), 3: ("rank", 2022), 4: ("ratio", 2023), 5: ("rank", 2023),
                6: ("delta", 2023), 7: ("delta", 2023)}),
)

_A2_ROWS = [
    ("g", "I. VIỆC XÂY DỰNG, TỔ CHỨC THỰC HIỆN CS", "81.52%", "76.53%"),
    ("g", "A. Trách nhiệm giải trình của chính quyền về CS", "80.70%", "78.30%"),
    ("d", "1. Chính quyền cung cấp, giải thích thông tin CS theo nhiều hình thức, dễ tìm, dễ thấy.", "80.40%",
     "78.09%"),
    ("d", "2. Chính quyền cung cấp thông tin CS đầy đủ, dễ hiểu ND.", "81.01%", "78.51%"),
    ("g", "B. Sự tham gia của ND vào quá trình xây dựng, tổ chức thực hiện CS", "80.52%", "77.68%"),
    ("d", "3. Chính quyền tổ chức nhiều hình thức để ND dễ dàng tham gia ý kiến xây dựng CS.", "80.14%",
     "77.06%"),
    ("d", "4. Chính quyền tổ chức nhiều hình thức để ND dễ dàng phản hồi ý kiến đánh giá tình hình triển khai "
          "và kết quả, tác động của CS ở địa phương.", "80.90%", "78.30%"),
    ("g", "C. Chất lượng tổ chức thực hiện CS", "81.64%", "76.08%"),
    ("d", "5. Chính quyền tổ chức thực hiện tốt CS phát triển kinh tế ở địa phương", "81.37%", ""),
    ("d", "6. Chính quyền tổ chức thực hiện tốt CS khám chữa bệnh ở địa phương", "81.77%", ""),
    ("d", "7. Chính quyền tổ chức thực hiện tốt CS giáo dục phổ thông ở địa phương.", "82.59%", ""),
    ("d", "8. Chính quyền tổ chức thực hiện tốt CS trật tự, an toàn xã hội ở địa phương.", "82.85%", ""),
    ("d", "9. Chính quyền tổ chức thực hiện tốt CS giao thông đường bộ ở địa phương.", "82.05%", ""),
    ("d", "10. Chính quyền tổ chức thực hiện tốt CS điện sinh hoạt ở địa phương.", "80.83%", ""),
    ("d", "11. Chính quyền tổ chức thực hiện tốt CS nước sinh hoạt ở địa phương.", "80.65%", ""),
    ("d", "12. Chính quyền tổ chức thực hiện tốt CS an sinh xã hội ở địa phương.", "81.77%", ""),
    ("d", "13. Chính quyền tổ chức thực hiện tốt CS cải cách hành chính ở địa phương.", "80.90%", ""),
    ("g", "D. Kết quả, tác động của CS", "81.77%", "74.06%"),
    ("d", "14. Kinh tế gia đình của ND địa phương tốt hơn.", "80.65%", "73.33%"),
    ("d", "15. Kinh tế - xã hội của địa phương tốt hơn.", "80.97%", ""),
    ("d", "16. Bệnh viện công lập ở địa phương khám chữa bệnh cho ND tốt hơn.", "81.12%", ""),
    ("d", "17. Trường phổ thông công lập dạy học sinh tốt hơn.", "82.20%", ""),
    ("d", "18. Trật tự, an toàn xã hội ở địa phương tốt hơn.", "82.38%", ""),
    ("d", "19. Đường bộ, giao thông ở địa phương tốt hơn.", "82.09%", ""),
    ("d", "20. Điện sinh hoạt của ND ở địa phương tốt hơn.", "82.74%", ""),
    ("d", "21. Nước sinh hoạt của ND ở địa phương tốt hơn.", "81.44%", ""),
    ("d", "22. An sinh xã hội đối với ND ở địa phương tốt hơn.", "81.95%", ""),
    ("d", "23. CQHCNN, CBCCVC ở địa phương có năng lực và thực thi công vụ tốt hơn.", "82.20%", ""),
    ("i", "CS đã góp phần giúp cho chất lượng cuộc sống của ND địa phương ngày càng tốt hơn", "", "74.78%"),
    ("g", "II. VIỆC CUNG ỨNG DVHCC", "81.82%", "83.31%"),
    ("g", "E. Tiếp cận dịch vụ", "81.89%", "80.67%"),
    ("d", "24. BPMC có biển hiệu, hướng dẫn rõ ràng, dễ tìm, dễ thấy.", "81.69%", "81.61%"),
    ("d", "25. BPMC có đủ ghế ngồi chờ, ghế ngồi giải quyết công việc và bàn viết cho ND.", "82.20%", ""),
    ("d", "26. BPMC có trang thiết bị phục vụ ND đầy đủ, chất lượng tốt, giúp giải quyết công việc dễ dàng hơn.",
     "81.77%", "80.16%"),
    ("i", "Cơ quan cung cấp thông tin về việc giải quyết TTHC theo nhiều hình thức, dễ tiếp cận, dễ hiểu đối với "
          "mọi ND", "", "78.92%"),
    ("i", "Trụ sở cơ quan tiếp nhận hồ sơ, trả kết quả sạch sẽ, văn minh", "", "81.98%"),
    ("g", "G. TTHC", "81.74%", "80.01%"),
    ("d", "27. Quy định TTHC được niêm yết công khai tại BPMC dễ thấy, dễ đọc.", "81.80%", "82.44%"),
    ("d", "28. Công chức yêu cầu ND nộp hồ sơ TTHC đúng quy định.", "81.73%", "80.16%"),
]

A2 = Tab(
    title="CHỈ SỐ HÀI LÒNG CỦA TỈNH SÓC TRĂNG",
    header=[["Tiêu chí", "Năm 2023", "Năm 2022"]],
    rows=[[a, b, c] for _k, a, b, c in _A2_ROWS],
    kinds=["group" if k == "g" else "data" for k, *_ in _A2_ROWS],
    italic={i for i, (k, *_r) in enumerate(_A2_ROWS) if k == "i"},
    widths=[11.0, 2.5, 2.5],
    align="LCC",
    rules="hlines",
    rec=by_col({1: ("ratio", 2023), 2: ("ratio", 2022)}),
)


def build_a(path: str) -> None:
    rl = RL("LibSerif", 13, 11)
    rl.footnotes = {1: [("1", "Chỉ số thành phần giảm nhiều bậc nhất so với năm 2022 (giảm 31 bậc).")]}
    s = [
        rl.p("SỞ NỘI VỤ TỈNH SÓC TRĂNG", rl.center),
        rl.bold("BÁO CÁO", rl.cap),
        rl.bold("Kết quả Chỉ số hài lòng của người dân, tổ chức (SIPAS) năm 2023", rl.cap),
        rl.p("Chỉ số SIPAS năm 2023 của tỉnh Sóc Trăng đạt 81,65%, xếp hạng 37/63 tỉnh, thành phố; tỷ lệ tăng "
             "1,73% nhưng vị trí giảm 05 bậc so với năm 2022. Kết quả được tổng hợp từ ý kiến đánh giá của 558 "
             "người dân, doanh nghiệp trong tỉnh. Kết quả của từng chỉ số thành phần như sau:"),
        rl.caption(A1.title),
        rl.table(A1),
        rl.p("Mức độ hài lòng đối với việc xây dựng, tổ chức thực hiện chính sách tăng 4,99% và 12 bậc; ngược "
             "lại, mức độ hài lòng đối với việc cung ứng dịch vụ hành chính công giảm 1,49% và 16 bậc."),
        rl.p(FILL[0]),
        rl.bold("2. Kết quả theo từng tiêu chí"),
        rl.p("Năm 2023 có 39 tiêu chí cụ thể được đo lường; những tiêu chí mới bổ sung không có số liệu của "
             "năm 2022 để so sánh. Chi tiết như sau:"),
        rl.caption(A2.title),
        rl.table(A2),
        rl.p("Tất cả các tiêu chí đều chưa đạt mức 90%; tỷ lệ cao nhất là 82,85% và thấp nhất là 80,14%."),
        rl.p(FILL[1]),
        rl.p(FILL[4]),
    ]
    rl.build(path, s, "SIPAS 2023 tỉnh Sóc Trăng")


# ---------- B: PAR Index 2023 (reportlab, Liberation Sans, landscape page) ----------

B1 = Tab(
    title="Bảng 1. Kết quả PAR Index và SIPAS năm 2023 của tỉnh Sóc Trăng",
    header=[["Chỉ số", "Năm 2023", "Năm 2023", "Năm 2023", "Năm 2022", "Năm 2022"],
            ["Chỉ số", "Tỷ lệ", "Xếp hạng cả nước", "Xếp hạng vùng ĐBSCL", "Tỷ lệ", "Xếp hạng cả nước"]],
    rows=[["Chỉ số cải cách hành chính (PAR Index)", "81,7%", "62/63", "12/13", "83,14%", "49/63"],
          ["Chỉ số hài lòng của người dân, tổ chức (SIPAS)", "81,65%", "37/63", "7/13[^1]", "79,92%", "32/63"]],
    kinds=["data", "data"],
    widths=[5.2, 1.9, 2.0, 2.1, 1.9, 2.0],
    align="LCCCCC",
    rec=by_col({1: ("ratio", 2023), 2: ("rank", 2023), 3: ("rank", 2023), 4: ("ratio", 2022),
                5: ("rank", 2022)}),
)

_B2_G = ["Điểm đánh giá, thẩm định", "Điểm điều tra xã hội học", "Điểm tổng hợp"]
_B2_S = ["Điểm tối đa quy định", "Điểm đạt được", "Tỷ lệ đạt được"]
B2 = Tab(
    title="Bảng 2. Cơ cấu điểm Chỉ số CCHC năm 2023 so với năm 2022",
    header=[["PAR INDEX"] + [g for g in _B2_G for _ in range(3)], ["PAR INDEX"] + _B2_S * 3],
    rows=[["Năm 2023", "68,00", "55.08", "81.00%", "32.00", "26.62", "83.18%", "100.00", "81.70", "81.70%"],
          ["Năm 2022", "68,00", "56.52", "83.13%", "32.00", "26.62", "83.18%", "100.00", "83.14", "83.14%"],
          ["So sánh (2023 - 2022)", "", "-1.44", "-2.13%", "", "0.00", "0.00%", "", "-1.44", "-1.44%"]],
    kinds=["data", "data", "data"],
    italic={2},
    widths=[4.6] + [2.3] * 9,
    align="L" + "C" * 9,
    rec=lambda r, c: None if c == 0 else (
        (("max_points", "points", "ratio")[(c - 1) % 3], (2023, 2022)[r]) if r < 2 else ("delta", 2023)),
)

_B3_Y = ["Kết quả chỉ số thành phần năm 2022", "Kết quả chỉ số thành phần năm 2023"]
_B3_D = "Tăng (+) Giảm (-) so với năm 2022"
B3 = Tab(
    title="Bảng 3. Kết quả các Chỉ số thành phần năm 2022 và năm 2023",
    header=[
        ["TT", "Lĩnh vực"] + [_B3_Y[0]] * 4 + [_B3_Y[1]] * 4 + [_B3_D] * 2,
        ["TT", "Lĩnh vực"] + ["Điểm", "Điểm", "Tỷ lệ (%)", "Xếp hạng"] * 2 + ["Tỷ lệ % (+,-)", "Xếp hạng (+,-)"],
        ["TT", "Lĩnh vực"] + ["Tối đa", "Đạt được", "Tỷ lệ (%)", "Xếp hạng"] * 2
        + ["Tỷ lệ % (+,-)", "Xếp hạng (+,-)"],
    ],
    rows=[
        ["1", "Công tác chỉ đạo, điều hành CCHC", "9.50", "9.10", "95.84%", "22", "9.50", "9.03", "95.01%", "39",
         "-0.83%", "-17"],
        ["2", "Cải cách thể chế", "10.00", "9.40", "93.99%", "7", "10.00", "9.45", "94.50%", "14", "0.51%", "-7"],
        ["3", "Cải cách thủ tục hành chính", "13.00", "12.59", "96.86%", "25", "13.00", "12.26", "94.31%", "38",
         "-2.55%", "-13"],
        ["4", "Cải cách tổ chức bộ máy", "10.50", "9.86", "93.95%", "5", "10.50", "9.94", "94.63%", "5", "0.68%",
         "0"],
        ["5", "Cải cách chế độ công vụ", "15.00", "12.23", "81.55%", "28", "15.00", "12.28", "81.90%", "41",
         "0.35%", "-13"],
    ],
    kinds=["data"] * 5,
    widths=[1.0, 5.6] + [1.75] * 8 + [2.1, 2.1],
    align="CL" + "C" * 10,
    rec=by_col({2: ("max_points", 2022), 3: ("points", 2022), 4: ("ratio", 2022), 5: ("rank", 2022),
                6: ("max_points", 2023), 7: ("points", 2023), 8: ("ratio", 2023), 9: ("rank", 2023),
                10: ("delta", 2023), 11: ("delta", 2023)}),
)


def build_b(path: str) -> None:
    from reportlab.platypus import NextPageTemplate, PageBreak

    rl = RL("LibSans", 11, 10)
    rl.footnotes = {1: [("1", "Giảm 01 bậc so với năm 2022.")]}
    s = [
        rl.p("UBND TỈNH SÓC TRĂNG – SỞ NỘI VỤ", rl.center),
        rl.bold("BÁO CÁO", rl.cap),
        rl.bold("Phân tích kết quả Chỉ số cải cách hành chính (PAR Index) năm 2023", rl.cap),
        rl.p("Ngày 17/4/2024, Ban Chỉ đạo Cải cách hành chính của Chính phủ công bố kết quả PAR Index và SIPAS "
             "năm 2023. Sở Nội vụ tổng hợp kết quả của tỉnh Sóc Trăng và đề xuất giải pháp cải thiện trong "
             "năm 2024."),
        rl.bold("I. CHỈ SỐ TỔNG HỢP"),
        rl.p("Chỉ số cải cách hành chính của tỉnh năm 2023 đạt 81,7/100 điểm, giảm 1,44% so với năm 2022; "
             "trong khu vực Đồng bằng sông Cửu Long, tỉnh xếp hạng 12/13."),
        rl.caption(B1.title),
        rl.table(B1),
        rl.p("Chỉ số SIPAS năm 2023 được tổng hợp từ ý kiến của 558 người dân, doanh nghiệp; tỷ lệ hài lòng "
             "tăng so với năm 2022 nhưng vị trí xếp hạng giảm."),
        rl.p(FILL[3]),
        rl.p(FILL[2]),
        rl.p("Cơ cấu Chỉ số cải cách hành chính năm 2023 gồm điểm đánh giá, thẩm định và điểm điều tra xã hội "
             "học; kết quả từng thành phần và từng lĩnh vực được trình bày tại các bảng dưới đây."),
        NextPageTemplate("landscape"),
        PageBreak(),
        rl.bold("II. CƠ CẤU ĐIỂM VÀ CÁC CHỈ SỐ THÀNH PHẦN"),
        rl.caption(B2.title),
        rl.table(B2),
        rl.p("Điểm đánh giá, thẩm định giảm 1,44 điểm, tương ứng tỷ lệ 2,13%; điểm điều tra xã hội học không "
             "thay đổi so với năm trước."),
        rl.caption(B3.title),
        rl.table(B3),
        rl.p("Trong 05 lĩnh vực nêu trên, chỉ có lĩnh vực cải cách tổ chức bộ máy giữ được vị trí xếp hạng "
             "(5/63); các lĩnh vực còn lại đều giảm bậc."),
        NextPageTemplate("portrait"),
        PageBreak(),
        rl.bold("III. ĐỀ XUẤT"),
        rl.p(FILL[0]),
        rl.p(FILL[5]),
        rl.p("Nơi nhận: Như trên; Lưu: VT, CCHC.", rl.heading),
    ]
    rl.build(path, s, "PAR Index 2023 tỉnh Sóc Trăng", margins=(3.0, 2.0, 2.0, 2.6))


# ---------- C: unit-level PAR 2021 (python-docx -> LibreOffice, Liberation Serif) ----------

C1 = Tab(
    title="Bảng 1. Kết quả xếp loại Chỉ số CCHC năm 2021 theo nhóm đơn vị",
    header=[["STT", "Xếp loại", "Chỉ số CCHC năm 2021"] + ["Số cơ quan, đơn vị"] * 5,
            ["STT", "Xếp loại", "Chỉ số CCHC năm 2021", "Sở ngành", "UBND cấp huyện", "Đơn vị SNCL",
             "Cơ quan ngành dọc", "Tổng"]],
    rows=[["1", "Nhóm 1", "Chỉ số CCHC trên 90%", "-", "-", "-", "1", "1"],
          ["2", "Nhóm 2", "Chỉ số CCHC từ 80% đến dưới 90%", "14", "5", "-", "3", "22"],
          ["3", "Nhóm 3", "Chỉ số CCHC từ 65% đến dưới 80%", "5", "6", "3", "2", "16"],
          ["4", "Nhóm 4", "Chỉ số CCHC từ 50% đến dưới 65%", "-", "-", "1", "-", "1"],
          ["5", "Nhóm 5", "Chỉ số CCHC dưới 50%", "-", "-", "-", "-", "-"],
          ["", "TỔNG CỘNG", "", "19", "11", "4", "6", "40"]],
    kinds=["data"] * 5 + ["total"],
    widths=[1.1, 2.2, 4.2, 1.7, 1.9, 1.7, 1.9, 1.3],
    align="CLLCCCCC",
    rec=by_col({k: ("count", 2021) for k in range(3, 8)}),
)

_C2_ROWS = [
    ("I", "SỞ NGÀNH", "91,26", "41,57", "18,34", "14,61", "74,52", "81,71%"),
    ("1", "Sở Xây dựng", "94,00", "48,00", "19,18", "14,91", "82,09", "87,33%"),
    ("2", "Sở Nội vụ", "93,50", "47,68", "18,92", "15,00", "81,60", "87,27%"),
    ("3", "Ban Dân tộc", "87,00", "42,68", "18,36", "14,69", "75,73", "87,05%"),
    ("4", "Sở Tư pháp", "92,00", "47,35", "18,43", "13,59", "79,37", "86,27%"),
    ("5", "Sở Kế hoạch và Đầu tư", "93,50", "47,16", "18,38", "15,00", "80,54", "86,13%"),
    ("6", "Sở Giao thông vận tải", "93,50", "47,31", "18,40", "13,65", "79,36", "84,88%"),
    ("7", "Ban Quản lý các khu công nghiệp", "86,00", "40,52", "18,83", "13,13", "72,47", "84,27%"),
    ("8", "Văn phòng UBND tỉnh", "77,50", "31,78", "17,50", "15,00", "64,28", "82,94%"),
    ("9", "Sở Nông nghiệp và Phát triển nông thôn", "95,00", "46,54", "17,56", "14,53", "78,63", "82,76%"),
    ("10", "Thanh tra tỉnh", "84,00", "35,45", "18,67", "14,85", "68,97", "82,10%"),
    ("11", "Sở Tài chính", "89,00", "40,47", "18,56", "13,91", "72,94", "81,95%"),
    ("12", "Sở Giáo dục và Đào tạo", "93,50", "41,97", "19,01", "15,00", "75,98", "81,26%"),
    ("13", "Sở Công Thương", "94,00", "42,60", "17,92", "14,96", "75,47", "80,29%"),
    ("14", "Sở Văn hóa, Thể thao và Du lịch", "94,00", "41,50", "18,93", "15,00", "75,43", "80,25%"),
    ("15", "Sở Tài nguyên và Môi trường", "93,00", "41,64", "18,01", "14,62", "74,27", "79,86%"),
    ("16", "Sở Thông tin và Truyền thông", "93,00", "40,57", "17,79", "15,00", "73,36", "78,89%"),
    ("17", "Sở Lao động - Thương binh và Xã hội", "94,00", "38,85", "18,06", "15,00", "71,91", "76,50%"),
    ("18", "Sở Khoa học và Công nghệ", "93,00", "37,74", "17,61", "15,00", "70,35", "75,64%"),
    ("19", "Sở Y tế", "94,50", "30,07", "18,30", "14,84", "63,21", "66,89%"),
    ("II", "ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP TỈNH", "91,50", "34,37", "18,88", "14,47", "67,73", "73,96%"),
    ("1", "Ban Quản lý Dự án 1", "91,50", "38,76", "18,38", "15,00", "72,14", "78,84%"),
    ("2", "Trường Cao đẳng Nghề Sóc Trăng", "93,50", "39,88", "18,88", "14,89", "73,65", "78,77%"),
    ("3", "Ban Quản lý Dự án 2", "90,50", "35,08", "20,56", "15,00", "70,64", "78,06%"),
    ("4", "Trường Cao đẳng Cộng đồng Sóc Trăng", "90,50", "23,76", "17,71", "13,00", "54,47", "60,18%"),
    ("III", "CƠ QUAN TRUNG ƯƠNG ĐẶT TẠI TỈNH", "100,70", "44,94", "23,15", "15,66", "83,76", "83,12%"),
    ("1", "Công an tỉnh", "101,00", "55,76", "19,88", "15,68", "91,32", "90,42%"),
    ("2", "Bảo hiểm xã hội", "105,50", "49,15", "23,02", "16,00", "88,17", "83,58%"),
    ("3", "Kho bạc Nhà nước", "107,00", "46,42", "25,17", "15,95", "87,54", "81,81%"),
    ("4", "Ngân hàng Nhà nước Chi nhánh tỉnh Sóc Trăng", "101,00", "41,53", "23,55", "16,00", "81,08",
     "80,27%"),
    ("5", "Chi cục Hải quan", "80,50", "25,00", "23,93", "15,04", "63,97", "79,47%"),
    ("6", "Cục Thuế", "109,00", "46,81", "23,36", "15,29", "85,46", "78,41%"),
    ("IV", "UBND CẤP HUYỆN", "93,18", "44,33", "16,16", "13,80", "74,29", "79,73%"),
    ("1", "Thị xã Ngã Năm", "93,25", "49,62", "16,57", "15,00", "81,19", "87,07%"),
    ("2", "Thị xã Vĩnh Châu", "93,25", "47,45", "15,43", "14,51", "77,39", "82,99%"),
    ("3", "Huyện Châu Thành", "93,00", "46,42", "16,94", "13,34", "76,70", "82,48%"),
    ("4", "Huyện Cù Lao Dung", "93,50", "47,09", "16,02", "13,62", "76,73", "82,07%"),
    ("5", "Huyện Trần Đề", "93,75", "43,54", "16,93", "14,88", "75,34", "80,37%"),
    ("6", "Huyện Mỹ Xuyên", "93,25", "43,93", "15,41", "14,30", "73,64", "78,97%"),
    ("7", "Huyện Thạnh Trị", "93,00", "45,83", "16,23", "11,13", "73,19", "78,70%"),
    ("8", "Thành phố Sóc Trăng", "93,25", "43,51", "16,12", "13,44", "73,06", "78,35%"),
    ("9", "Huyện Kế Sách", "93,25", "40,23", "16,49", "14,10", "70,82", "75,94%"),
    ("10", "Huyện Long Phú", "91,75", "39,04", "16,23", "13,59", "68,86", "75,06%"),
    ("11", "Huyện Mỹ Tú", "93,75", "41,00", "15,39", "13,91", "70,30", "74,99%"),
]
_C2_H0 = ["STT", "Đơn vị", "Điểm chuẩn tối đa", "Điểm tự đánh giá (đã thẩm định)", "Điểm ĐTXHH", "Điểm ĐTXHH",
          "Tổng điểm đạt được", "Chỉ số CCHC 2021"]
C2 = Tab(
    title="Bảng 2. Chỉ số CCHC năm 2021 của các cơ quan, đơn vị, địa phương",
    header=[_C2_H0, _C2_H0[:4] + ["Khảo sát CBCCVC", "Sipas"] + _C2_H0[6:],
            ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)=(4)+(5)+(6)", "(8)"]],
    rows=[list(r) for r in _C2_ROWS],
    kinds=["group" if r[0] in ("I", "II", "III", "IV") else "data" for r in _C2_ROWS],
    widths=[1.15, 3.8, 1.55, 1.75, 1.95, 1.3, 2.9, 1.6],
    align="CLCCCCCC",
    numrow=True,
    rec=by_col({2: ("max_points", 2021), 3: ("points", 2021), 4: ("points", 2021), 5: ("points", 2021),
                6: ("points", 2021), 7: ("ratio", 2021)}),
)


def build_c(path: str, keep: str | None) -> None:
    dx = DX("Liberation Serif", 13, 10)
    dx.p("UBND TỈNH SÓC TRĂNG", bold=True, align="L", indent=False, after=0)
    dx.p("SỞ NỘI VỤ", bold=True, align="L", indent=False, after=0)
    dx.p("Số: 56/BC-SNV", align="L", indent=False, after=8)
    dx.p("BÁO CÁO", bold=True, align="C", indent=False, after=2)
    dx.p("Kết quả Chỉ số cải cách hành chính của các cơ quan, đơn vị trên địa bàn tỉnh Sóc Trăng năm 2021",
         bold=True, align="C", indent=False, after=10)
    dx.p("Năm 2021 có 40/40 cơ quan, đơn vị, địa phương tham gia xác định Chỉ số CCHC, gồm 19 sở ban ngành, "
         "04 đơn vị sự nghiệp công lập tỉnh, 06 cơ quan Trung ương đặt tại tỉnh và 11 Ủy ban nhân dân cấp huyện.")
    dx.p("Chỉ số được xác định trên cơ sở điểm tự đánh giá đã được Tổ công tác thẩm định và điểm điều tra xã "
         "hội học; giá trị trung bình của 40 đơn vị đạt 80,48%, tăng 0,09% so với năm 2020.")
    dx.p("I. KẾT QUẢ XẾP LOẠI", bold=True, align="L", indent=False, keep_next=True)
    dx.caption(C1.title)
    dx.table(C1)
    dx.p("Nhóm các cơ quan Trung ương đặt tại tỉnh có giá trị trung bình cao nhất; nhóm đơn vị sự nghiệp công "
         "lập tỉnh có giá trị trung bình thấp nhất, 73,96%.")
    dx.p("II. KẾT QUẢ CHI TIẾT", bold=True, align="L", indent=False, keep_next=True)
    dx.p("Điểm tự đánh giá, điểm khảo sát cán bộ, công chức, viên chức và điểm Sipas của từng đơn vị như sau:")
    dx.caption(C2.title)
    dx.table(C2)
    dx.p("Chỉ số CCHC của Công an tỉnh đạt 90,42%, là đơn vị duy nhất thuộc nhóm 1; Trường Cao đẳng Cộng đồng "
         "Sóc Trăng đạt 60,18%, thấp nhất trong các đơn vị.")
    dx.p(FILL[1])
    dx.save_pdf(path, keep)


# ---------- D: city CCHC report 2024 (python-docx -> LibreOffice, Liberation Sans) ----------

D1 = Tab(
    title="Bảng 1. Danh sách công chức phụ trách công tác cải cách hành chính",
    header=[["STT", "Nội dung", "Họ tên", "Chức vụ", "Trình độ chuyên môn[^1]", "Email/điện thoại"]],
    rows=[["1", "Lãnh đạo phụ trách cải cách hành chính", "Trần Văn Trí", "CT. UBND TPST", "",
           "tvtri@soctrang.gov.vn"],
          ["2", "Công chức phụ trách tham mưu cải cách hành chính", "Trần Thị Thu Sương", "Trưởng phòng Nội vụ", "",
           "suongnv@gmail.com"],
          ["3", "Công chức phụ trách Bộ phận một cửa", "Trương Xuân Anh Khoa",
           "Phó Chánh Văn phòng HĐND – UBND TPST", "", "txakhoa@soctrang.gov.vn"],
          ["4", "Nhân viên phụ trách tham mưu CNTT", "Nguyễn Bá Khang", "Nhân viên VP. HĐND – UBND TPST", "",
           "nbkhang@soctrang.gov.vn"]],
    kinds=["data"] * 4,
    widths=[1.2, 2.9, 2.3, 2.5, 2.0, 5.1],
    align="CLLLCL",
)

_D2 = [
    ("g", "I", "Công tác chỉ đạo điều hành CCHC", "", "", ""),
    ("d", "1", "Tỷ lệ hoàn thành Kế hoạch CCHC năm (Lũy kế đến thời điểm báo cáo)", "%", "84",
     "Kế hoạch số 08/KH-UBND ngày 17/01/2024 thực hiện cải cách hành chính năm 2024"),
    ("d", "", "Số nhiệm vụ đề ra trong kế hoạch", "", "25", ""),
    ("d", "", "Số nhiệm vụ đã hoàn thành", "Nhiệm vụ", "21", ""),
    ("d", "", "Số văn bản chỉ đạo CCHC đã ban hành", "Văn bản", "3", ""),
    ("d", "2", "Tỷ lệ thực hiện nhiệm vụ tuyên truyền theo kế hoạch", "%", "100",
     "Kế hoạch số 27/KH-UBND ngày 26/02/2024 Tuyên truyền CCHC năm 2024"),
    ("d", "", "Số lượng tin, bài viết, phóng sự gửi và duyệt đăng tại Chuyên trang CCHC tỉnh "
              "(https://cchc.soctrang.gov.vn/)", "Tin, bài", "9", ""),
    ("d", "", "Số lượng tin, bài viết, phóng sự đã đăng tại Chuyên mục CCHC trên Trang Thông tin điện tử của "
              "đơn vị", "Tin, bài", "22 bài viết", ""),
    ("d", "3", "Tổng số nhiệm vụ UBND tỉnh giao", "Nhiệm vụ", "12", ""),
    ("d", "", "Số nhiệm vụ đã hoàn thành đúng hạn", "Nhiệm vụ", "12", ""),
    ("d", "", "Số nhiệm vụ đã hoàn thành nhưng quá hạn", "Nhiệm vụ", "0", ""),
    ("d", "4", "Có sáng kiến, giải pháp mới về CCHC", "Không = 0; Có = 1", "1", ""),
    ("d", "5", "Số lượng phiếu khảo sát sự hài lòng của người dân, tổ chức", "Phiếu", "986", ""),
    ("d", "", "Tỷ lệ hài lòng trong kỳ báo cáo", "%", "100", ""),
    ("g", "II", "Cải cách thể chế", "", "", ""),
    ("d", "1", "Số VBQPPL kiểm tra theo thẩm quyền", "Văn bản", "8",
     "Quyết định quy định quy chế thực hiện dân chủ ở cơ sở của Phường 1, 2, 4, 5, 7, 8, 9 và 10"),
    ("d", "2", "Số VBQPPL phải rà soát", "Văn bản", "45",
     "Rà soát hệ thống hóa văn bản Quy phạm pháp luật kỳ 2019 - 2023"),
    ("d", "", "Số VBQPPL đã rà soát", "Văn bản", "45", ""),
    ("g", "III", "Cải cách thủ tục hành chính", "", "", ""),
    ("d", "1", "Số TTHC được công bố mới", "Thủ tục", "14", ""),
    ("d", "2", "Số TTHC đã được bãi bỏ, thay thế", "Thủ tục", "45", ""),
    ("d", "3", "Số TTHC áp dụng tại UBND cấp huyện", "Thủ tục", "287", ""),
    ("d", "4", "Số TTHC áp dụng tại UBND cấp xã", "Thủ tục", "129", ""),
    ("d", "5", "Số hồ sơ TTHC do UBND cấp huyện tiếp nhận", "Hồ sơ", "16.865", ""),
    ("d", "", "Số hồ sơ TTHC do UBND cấp huyện giải quyết và trả kết quả", "Hồ sơ", "16.637",
     "Còn 228 hồ sơ đang giải quyết"),
    ("d", "", "Số hồ sơ TTHC do UBND cấp huyện tiếp nhận được giải quyết đúng hạn", "Hồ sơ", "16.369", ""),
    ("d", "6", "Số hồ sơ TTHC do UBND cấp xã tiếp nhận", "Hồ sơ", "14.654", ""),
    ("d", "", "Số hồ sơ TTHC do UBND cấp xã giải quyết và trả kết quả", "Hồ sơ", "14.654", ""),
    ("d", "", "Số hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn", "Hồ sơ", "14.537",
     "Còn 77 hồ sơ đang giải quyết"),
    ("g", "IV", "Cải cách tổ chức bộ máy hành chính nhà nước", "", "", ""),
    ("d", "1", "Tổng số biên chế được giao trong năm", "Người", "92", ""),
    ("d", "", "Tổng số biên chế có mặt tại thời điểm báo cáo", "Người", "90", ""),
    ("d", "", "Số hợp đồng lao động làm việc tại cơ quan hành chính nhà nước", "Người", "10", ""),
    ("d", "2", "Tổng số người làm việc được giao", "Người", "1.252",
     "1. Trung tâm GDNN-GDTX: 24\n2. Trung tâm VH-TT-TT: 35\n3. Đội Trật tự: 12\n4. Ngành Giáo dục: 1.181"),
    ("d", "", "Tổng số người làm việc có mặt", "Người", "1.093",
     "1. Trung tâm GDNN-GDTX: 18\n2. Trung tâm VH-TT-TT: 27\n3. Đội Trật tự: 6\n4. Ngành Giáo dục: 1.042"),
    ("d", "", "Tỷ lệ % đã tinh giản so với kế hoạch năm", "%", "35", ""),
    ("g", "V", "Cải cách chế độ công vụ", "", "", ""),
    ("d", "1", "Số người được đào tạo, bồi dưỡng theo Kế hoạch", "Người", "266", ""),
    ("d", "", "Số người đã được đào tạo, bồi dưỡng thực tế", "Người", "408", "Đạt 153,38%"),
    ("d", "2", "Số lãnh đạo cấp phòng và tương đương thuộc UBND cấp huyện bị kỷ luật", "Người", "3", ""),
    ("g", "VI", "Cải cách tài chính công", "", "", ""),
    ("d", "1", "Số tổ chức hành chính thực hiện cơ chế tự chủ, tự chịu trách nhiệm về quản lý kinh phí hành "
               "chính", "Cơ quan, đơn vị", "28", ""),
    ("d", "2", "Số lượng đơn vị sự nghiệp công lập (SNCL) thực hiện cơ chế tự chủ", "Cơ quan, đơn vị", "36", ""),
    ("i", "", "- Số đơn vị SNCL đã thực hiện tự chủ 100% chi thường xuyên", "Cơ quan, đơn vị", "3", ""),
    ("i", "", "- Số đơn vị SNCL đã thực hiện tự chủ một phần chi thường xuyên", "Cơ quan, đơn vị", "18", ""),
    ("i", "", "- Số đơn vị SNCL do nhà nước đảm bảo 100% chi thường xuyên", "Cơ quan, đơn vị", "15", ""),
    ("g", "VII", "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", "", "", ""),
    ("d", "1", "Tổng số văn bản đi tại UBND cấp huyện", "Văn bản", "17.900", ""),
    ("i", "", "- Số lượng văn bản được gửi hoàn toàn dưới dạng điện tử (Sử dụng chữ ký số, chứng thư số và gửi "
              "trên môi trường điện tử)", "Văn bản", "12.519", ""),
    ("i", "", "- Số lượng văn bản được gửi hoàn toàn dưới dạng điện tử và song song với văn bản giấy", "Văn bản",
     "3.399", ""),
    ("d", "2", "Tổng số văn bản đi tại UBND cấp phường", "Văn bản", "3.864", ""),
    ("d", "3", "Số TTHC cung cấp trực tuyến mức độ 3 và mức độ 4 đã tích hợp, công khai trên Cổng Dịch vụ công "
               "Quốc gia", "TTHC", "119", ""),
    ("d", "4", "Số lượng công chức, viên chức có tài khoản thư điện tử chính thức", "Người", "308", ""),
]
D2 = Tab(
    title="Bảng 2. Thống kê số liệu cải cách hành chính năm 2024",
    header=[["TT", "TÊN CHỈ TIÊU", "ĐƠN VỊ TÍNH", "Số lượng/ tỷ lệ", "Ghi chú"]],
    rows=[list(r[1:]) for r in _D2],
    kinds=["group" if r[0] == "g" else "data" for r in _D2],
    italic={i for i, r in enumerate(_D2) if r[0] == "i"},
    widths=[1.2, 5.7, 1.7, 1.7, 5.7],
    align="CLCCL",
    last_anchor="Số lượng công chức, viên chức có tài khoản",
)


def build_d(path: str, keep: str | None) -> None:
    dx = DX("Liberation Sans", 12, 11)
    dx.p("ỦY BAN NHÂN DÂN THÀNH PHỐ SÓC TRĂNG", bold=True, align="L", indent=False, after=0)
    dx.p("Số: 638/BC-UBND", align="L", indent=False, after=8)
    dx.p("BÁO CÁO", bold=True, align="C", indent=False, after=2)
    dx.p("Tình hình thực hiện cải cách hành chính năm 2024", bold=True, align="C", indent=False, after=10)
    dx.p("Thực hiện Kế hoạch số 218/KH-UBND ngày 19/12/2023 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân thành "
         "phố Sóc Trăng báo cáo kết quả thực hiện cải cách hành chính năm 2024 như sau.")
    dx.p("Trong năm, thành phố đề ra 25 nhiệm vụ cải cách hành chính; đến thời điểm báo cáo đã thực hiện "
         "22/25 nhiệm vụ. Kinh phí bố trí cho các hoạt động cải cách hành chính là 70.000.000 đồng.")
    dx.p("Cấp thành phố tiếp nhận 16.865 hồ sơ, trễ hạn 268 hồ sơ; cấp phường tiếp nhận 14.654 hồ sơ, trễ hạn "
         "40 hồ sơ. Các trường hợp trễ hạn đều có thư xin lỗi gửi cá nhân, tổ chức.")
    dx.p(FILL[4])
    dx.p("Công chức đầu mối phụ trách cải cách hành chính của thành phố:")
    dx.caption(D1.title)
    dx.table(D1)
    dx.p("[^1] Chỉ thống kê đối với công chức tham mưu CCHC, CNTT và công chức một cửa.", align="L", indent=False,
         size=10)
    dx.p(FILL[2])
    dx.p("PHỤ LỤC", bold=True, align="C", indent=False, after=2)
    dx.p("Số liệu chi tiết theo từng lĩnh vực cải cách hành chính được tổng hợp dưới đây.", align="C",
         indent=False, after=8)
    dx.caption(D2.title)
    dx.table(D2)
    dx.p("Số liệu tính đến ngày 30/11/2024; những chỉ tiêu chưa phát sinh không đưa vào bảng.")
    dx.save_pdf(path, keep)


# ---------- E: improvement scheme 2022 (fpdf2, DejaVu Serif) ----------

E1 = Tab(
    title="Bảng 1. Tỷ lệ điểm các Chỉ số thành phần giai đoạn 2016 - 2021",
    header=[["STT", "Tỷ lệ điểm các Chỉ số thành phần trong Chỉ số cải cách hành chính tỉnh Sóc Trăng",
             "Năm 2016", "Năm 2017", "Năm 2018", "Năm 2019", "Năm 2020", "Năm 2021"]],
    rows=[
        ["1", "Công tác chỉ đạo, điều hành cải cách hành chính", "79.41%", "79.40%", "88.10%", "86.00%", "87.65%",
         "97.87%"],
        ["2", "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật", "93.33%", "85.60%", "90.90%", "91.90%",
         "90.10%", "91.70%"],
        ["3", "Cải cách thủ tục hành chính", "83.33%", "77.50%", "80.70%", "83.86%", "90.74%", "97.91%"],
        ["4", "Cải cách tổ chức bộ máy hành chính nhà nước", "65.38%", "72.70%", "78.60%", "76.08%", "91.65%",
         "92.96%"],
        ["5", "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức", "47.37%", "59.00%",
         "77.80%", "82.86%", "88.00%", "76.89%"],
        ["6", "Cải cách tài chính công", "62.50%", "74.60%", "61.30%", "70.08%", "83.42%", "91.91%"],
        ["7", "Hiện đại hóa hành chính", "30.56%", "66.40%", "70.70%", "80.54%", "81.80%", "85.25%"],
        ["8", "Thực hiện cơ chế một cửa, một cửa liên thông", "56.25%", "-", "-", "-", "-", "-"],
        ["9", "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội", "80.14%",
         "87.10%", "83.00%", "86.44%", "73.75%", "74.66%"],
    ],
    kinds=["data"] * 9,
    widths=[1.1, 5.3, 1.6, 1.6, 1.6, 1.6, 1.6, 1.6],
    align="CLCCCCCC",
    rec=by_col({k: ("ratio", 2014 + k) for k in range(2, 8)}),
)

E2 = Tab(
    title="Bảng 2. Cấu trúc Bộ Chỉ số CCHC của các nhóm đơn vị",
    header=[["Nhóm đơn vị", "Số lĩnh vực", "Số tiêu chí", "Số tiêu chí thành phần", "Điểm thẩm định",
             "Điểm điều tra xã hội học"]],
    rows=[["Các sở, ban ngành tỉnh", "08", "63", "64", "63", "37"],
          ["Đơn vị sự nghiệp công lập tỉnh", "07", "45", "14", "61,5", "38,5"],
          ["Cơ quan Trung ương đặt tại tỉnh", "07", "37", "18", "54", "46"],
          ["UBND các huyện, thị xã, thành phố", "08", "65", "60", "62", "38"]],
    kinds=["data"] * 4,
    widths=[6.8, 1.5, 1.5, 2.3, 1.6, 2.3],
    align="LCCCCC",
    rules="none",
)

_E3 = [
    ("I", "SỞ NỘI VỤ", "", "", ""),
    ("1", "Tổ chức tập huấn, bồi dưỡng kiến thức, kỹ năng cho cán bộ, công chức, viên chức tham mưu Chỉ số cải "
          "cách hành chính", "Cơ sở đào tạo", "Các lớp bồi dưỡng", "Hàng năm"),
    ("2", "Cải tiến nội dung đánh giá, xác định Chỉ số cải cách hành chính các cơ quan, đơn vị trên địa bàn tỉnh",
     "Các sở chuyên ngành và đơn vị tham gia đánh giá Chỉ số cải cách hành chính",
     "Quyết định phê duyệt Chỉ số cải cách hành chính", "Năm 2023"),
    ("3", "Cải tiến phần mềm đánh giá, xác định Chỉ số cải cách hành chính các cơ quan, đơn vị trên địa bàn tỉnh",
     "Đơn vị cung cấp phần mềm và UBND cấp huyện", "Phần mềm", "Hàng năm"),
    ("4", "Tổ chức hội thảo, tọa đàm để thông tin, chia sẻ kiến thức, kinh nghiệm về cải cách hành chính",
     "Các đơn vị", "Kế hoạch; Báo cáo kết quả", "Hàng năm"),
    ("5", "Tổ chức tìm kiếm sáng kiến, giải pháp cải cách hành chính theo từng lĩnh vực thành phần.",
     "Các đơn vị", "Báo cáo kết quả", "Hàng năm"),
    ("6", "Thực hiện khảo sát, xác định Chỉ số cải cách hành chính", "Các đơn vị", "Báo cáo kết quả",
     "Hàng năm"),
    ("7", "Nghiên cứu thực tế, học tập mô hình cải cách hành chính", "Các đơn vị", "Báo cáo kết quả",
     "Hàng năm"),
    ("8", "Kiểm tra, giám sát, đôn đốc tiến độ thực hiện nhiệm vụ cải cách hành chính của các đơn vị",
     "Các đơn vị", "Báo cáo kết quả kiểm tra, giám sát", "Hàng năm"),
    ("9", "Chủ động đề xuất Ban Chỉ đạo cải cách hành chính họp chuyên đề đề xuất nhiệm vụ, giải pháp cải thiện "
          "các chỉ số liên quan cải cách hành chính (PAR Index, PAPI, PCI, DTI, SIPAS)",
     "Thành viên Ban Chỉ đạo CCHC; Các sở, ban ngành và UBND các huyện, thị xã, thành phố",
     "Văn bản đề xuất", "Hàng năm"),
    ("10", "Tham mưu xây dựng chính sách thu hút, hỗ trợ đào tạo khuyến khích cán bộ, công chức, viên chức "
           "nâng cao trình độ chuyên môn (sau đại học), góp phần nâng cao chất lượng thực thi nhiệm vụ",
     "Các đơn vị", "Nghị quyết", "Năm 2022"),
    ("11", "Báo cáo cụ thể kết quả nhiệm vụ, giải pháp được giao nêu tại mục III và IV, Phần II của Đề án này",
     "Các Sở, ban, ngành tỉnh, UBND cấp huyện, cấp xã", "Báo cáo", "Hàng năm"),
    ("12", "Sơ kết thực hiện Đề án", "Các đơn vị", "Báo cáo sơ kết", "Năm 2025"),
    ("13", "Tổng kết thực hiện Đề án", "Các đơn vị", "Báo cáo tổng kết", "Năm 2030"),
    ("II", "SỞ TƯ PHÁP", "", "", ""),
    ("1", "Đề xuất ít nhất 03 mô hình sáng kiến hoặc giải pháp nâng cao hiệu quả thực hiện nhiệm vụ trong lĩnh "
          "vực được giao phụ trách; duy trì sáng kiến, giải pháp đã đề xuất và triển khai hiệu quả thời gian qua.",
     "", "Báo cáo kết quả, nội dung giải pháp, sáng kiến", "Trong giai đoạn"),
    ("2", "Thực hiện công tác phổ biến, giáo dục pháp luật", "Các Sở, ban, ngành tỉnh, UBND cấp huyện, cấp xã",
     "Kế hoạch; báo cáo kết quả", "Hàng năm"),
    ("3", "Tăng cường bồi dưỡng để nâng cao năng lực, trình độ chuyên môn cho đội ngũ cán bộ, công chức làm "
          "công tác theo dõi thi hành pháp luật của các Sở ngành tỉnh, UBND cấp huyện.",
     "Cơ sở đào tạo hoặc Bộ Tư pháp", "Kế hoạch tập huấn", "Hàng năm"),
    ("4", "Tăng cường kiểm tra, rà soát văn bản QPPL, kịp thời phát hiện, xử lý các văn bản có nội dung không "
          "phù hợp quy định của pháp luật, mâu thuẫn, chồng chéo, hết hiệu lực.",
     "Các Sở, ban, ngành tỉnh, UBND cấp huyện, cấp xã", "Kế hoạch; báo cáo kết quả", "Hàng năm"),
]
E3 = Tab(
    title="Bảng 3. Các nhiệm vụ cụ thể của Đề án",
    header=[["TT", "Nhiệm vụ của cơ quan chủ trì", "Cơ quan phối hợp", "Hoạt động/sản phẩm", "Thời gian thực hiện"]],
    rows=[list(r) for r in _E3],
    kinds=["group" if r[0] in ("I", "II") else "data" for r in _E3],
    widths=[1.1, 6.0, 3.5, 3.2, 2.2],
    align="CLLLC",
    repeat_header=False,
    last_anchor="phù hợp quy định của pháp luật, mâu thuẫn",
)


def build_e(path: str) -> None:
    fam = "DejaVuSerif"
    pdf = fpdf_doc(fam, {"": f"{DJV}/DejaVuSerif.ttf", "B": f"{DJV}/DejaVuSerif-Bold.ttf",
                         "I": f"{DJV}/DejaVuSerif-Italic.ttf", "BI": f"{DJV}/DejaVuSerif-BoldItalic.ttf"})
    pdf.set_title("Đề án cải thiện Chỉ số CCHC tỉnh Sóc Trăng")
    pdf.add_page()
    lh = 6.2

    def par(text: str, style: str = "", align: str = "J", after: float = 2.0) -> None:
        pdf.set_font(fam, style, 12)
        pdf.multi_cell(0, lh, text, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(after)

    def caption(text: str) -> None:
        pdf.ln(1.5)
        par(text, "B", "C", 1.5)

    par("ĐỀ ÁN", "B", "C", 0)
    par("Cải thiện Chỉ số cải cách hành chính cấp tỉnh và các cơ quan thuộc tỉnh Sóc Trăng từ nay đến năm 2030",
        "B", "C", 4)
    par("Phần I. SỰ CẦN THIẾT CỦA ĐỀ ÁN", "B", "L")
    par("Chỉ số cải cách hành chính (PAR Index) là công cụ đo lường kết quả thực hiện nhiệm vụ cải cách hành "
        "chính hằng năm. Bộ chỉ số cấp tỉnh hiện có 08 lĩnh vực đánh giá, 43 tiêu chí và 102 tiêu chí thành "
        "phần, được cơ cấu theo tỷ lệ 66,50 điểm tự đánh giá và 33,50 điểm điều tra xã hội học.")
    par("Từ năm 2016 đến năm 2021, vị trí xếp hạng của tỉnh được cải thiện từ 49/63 lên 18/63; tuy vậy giá trị "
        "trung bình chung của giai đoạn chỉ đạt 79,60%. Tỷ lệ điểm của từng Chỉ số thành phần như sau:")
    caption(E1.title)
    fpdf_table(pdf, E1, fam, 10, 4.6, repeat=True)
    pdf.ln(3)
    par("Chỉ số thành phần về thực hiện cơ chế một cửa, một cửa liên thông chỉ được đánh giá trong năm 2016. "
        "Hai chỉ số thành phần có tỷ lệ năm 2021 thấp hơn năm 2016 là xây dựng và tổ chức thực hiện văn bản "
        "quy phạm pháp luật và tác động của cải cách hành chính.")
    par("Chỉ số của các đơn vị trong tỉnh được xác định theo 04 bộ chỉ số riêng cho 04 nhóm đơn vị, với cơ "
        "cấu điểm khác nhau giữa điểm thẩm định và điểm điều tra xã hội học:")
    caption(E2.title)
    fpdf_table(pdf, E2, fam, 10, 5.0, repeat=True)
    pdf.ln(3)
    par("Giá trị trung bình Chỉ số của các đơn vị tăng liên tục, từ 58,16% năm 2016 lên 80,48% năm 2021. "
        + FILL[1])
    par("Phần II. NỘI DUNG ĐỀ ÁN", "B", "L")
    par("Mục tiêu đến năm 2025, Chỉ số cải cách hành chính của tỉnh xếp vào nhóm 15 tỉnh, thành phố đứng đầu "
        "cả nước; từ năm 2026 đến năm 2030, mỗi năm tăng tối thiểu 01 bậc.")
    par(FILL[0])
    par("Các nhiệm vụ cụ thể được phân công cho từng cơ quan chủ trì như sau:")
    caption(E3.title)
    fpdf_table(pdf, E3, fam, 10, 4.6, repeat=False)
    pdf.ln(3)
    par("Các cơ quan, đơn vị chịu trách nhiệm tổ chức triển khai đầy đủ những nhiệm vụ được giao tại Đề án này.")
    pdf.output(path)


# ---------- F: sociological-survey points 2023 (reportlab, DejaVu Sans) ----------

_F1 = [
    ("g", "3.2.1", "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật (QPPL) tại tỉnh", "", "", ""),
    ("s", "", "Tác động của cải cách đến chất lượng VBQPPL do tỉnh ban hành", "4,0", "3,4497", "- 0,5503"),
    ("d", "(1)", "Tính đồng bộ, thống nhất của các VBQPPL do địa phương ban hành", "1,0", "0,837", "- 0,163"),
    ("d", "(2)", "Tính hợp lý của các VBQPPL do địa phương ban hành", "1,0", "0,8499", "- 0,1501"),
    ("d", "(3)", "Tính khả thi của các VBQPPL do địa phương ban hành", "1,0", "0,8377", "- 0,1623"),
    ("d", "(4)", "Tính kịp thời phát hiện và xử lý các bất cập, vướng mắc trong tổ chức thực hiện VBQPPL tại "
                 "địa phương", "1,0", "0,9251", "- 0,0749"),
    ("g", "3.2.2", "Cải cách tổ chức bộ máy hành chính", "", "", ""),
    ("s", "", "Tác động của cải cách đến tổ chức bộ máy hành chính", "4,0", "3.4358", "- 0.5642"),
    ("d", "(5)", "Tính hợp lý trong sắp xếp tổ chức bộ máy các cơ quan, đơn vị thuộc thẩm quyền của tỉnh", "1,0",
     "0.8435", "- 0.1565"),
    ("d", "(6)", "Tính hợp lý trong phân định chức năng, nhiệm vụ giữa các cơ quan, đơn vị tại địa phương",
     "1,0", "0.8556", "- 0.1444"),
    ("d", "(7)", "Tình hình thực hiện quy chế làm việc của UBND tỉnh", "1,0", "0.8613", "- 0.1387"),
    ("d", "(8)", "Tính hợp lý trong việc phân cấp, phân quyền thực hiện nhiệm vụ quản lý nhà nước giữa tỉnh và "
                 "huyện", "1,0", "0.8754", "- 0.1246"),
    ("g", "3.2.3", "Cải cách chế độ công vụ", "", "", ""),
    ("s", "3.2.3.1", "Tác động của cải cách đến quản lý cán bộ, công chức", "4,0", "3,5731", "- 0,4269"),
    ("d", "(9)", "Tính công khai, minh bạch trong công tác tuyển dụng công chức, viên chức", "1,0", "0,8988",
     "- 0,1012"),
    ("d", "(10)", "Tình trạng tiêu cực trong công tác tuyển dụng công chức, viên chức", "1,0", "0,9033",
     "- 0,0967"),
    ("d", "(11)", "Tính công khai, minh bạch trong công tác bổ nhiệm công chức, viên chức", "1,0", "0,872",
     "- 0,128"),
    ("d", "(12)", "Tình trạng tiêu cực trong công tác bổ nhiệm công chức, viên chức", "1,0", "0,899", "- 0,101"),
    ("s", "3.2.3.2", "Tác động của cải cách đến công tác đào tạo, bồi dưỡng cán bộ, công chức, viên chức", "1,0",
     "0,7942", "- 0,2058"),
    ("d", "(13)", "Chất lượng đào tạo, bồi dưỡng cán bộ, công chức, viên chức", "1,0", "0,7942", "- 0,2058"),
    ("s", "3.2.3.3", "Tác động của cải cách đến chất lượng đội ngũ công chức, viên chức", "4,0", "3,1674",
     "- 0,8326"),
    ("d", "(14)", "Năng lực chuyên môn của công chức trong phối hợp, xử lý công việc", "1,0", "0,783", "- 0,217"),
    ("d", "(15)", "Tinh thần trách nhiệm của công chức trong phối hợp, xử lý công việc", "1,0", "0,7945",
     "- 0,2055"),
    ("d", "(16)", "Tình trạng công chức lợi dụng chức vụ, quyền hạn để trục lợi cá nhân trong phối hợp, xử lý "
                  "công việc", "1,0", "0,8606", "- 0,1394"),
    ("d", "(17)", "Tính hiệu quả trong việc thực thi chính sách thu hút người có tài năng vào bộ máy hành chính",
     "1,0", "0,7293", "- 0,2707"),
    ("g", "3.2.4", "Cải cách tài chính công", "", "", ""),
    ("s", "", "Tác động của cải cách đến quản lý tài chính công", "4,0", "3,1677", "- 0,8323"),
    ("d", "(18)", "Tính hiệu quả của việc thực hiện cơ chế tự chủ về sử dụng kinh phí quản lý hành chính", "1,0",
     "0,7538", "- 0,2462"),
    ("d", "(19)", "Thực hiện tiết kiệm, chống lãng phí trong quản lý, sử dụng kinh phí của cơ quan, đơn vị", "1,0",
     "0,8225", "- 0,1775"),
    ("d", "(20)", "Tính hiệu quả của việc quản lý, sử dụng tài sản công", "1,0", "0,8307", "- 0,1693"),
    ("d", "(21)", "Tính hiệu quả của việc thực hiện cơ chế tự chủ tại các đơn vị SNCL", "1,0", "0,7607",
     "- 0,2393"),
    ("g", "3.2.5", "Xây dựng và phát triển chính quyền điện tử, chính quyền số", "", "", ""),
    ("s", "", "Tác động của cải cách đến xây dựng và phát triển chính quyền điện tử, chính quyền số", "1,0",
     "0,8492", "- 0,1508"),
    ("d", "(22)", "Chất lượng cung cấp thông tin trên Cổng thông tin điện tử của tỉnh", "1,0", "0,8492",
     "- 0,1508"),
    ("g", "3.2.6", "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội của "
                   "tỉnh", "", "", ""),
    ("s", "", "Kết quả Chỉ số hài lòng (SIPAS)", "10,0", "8,1854", "- 1,8146"),
    ("d", "(23)", "Chỉ số hài lòng về tiếp cận dịch vụ", "1,5", "1,2284", "- 0,2716"),
    ("d", "(24)", "Chỉ số hài lòng về tổ chức giải quyết TTHC", "1,5", "1,2261", "- 0,2739"),
    ("d", "(25)", "Chỉ số hài lòng về công chức giải quyết TTHC", "2,5", "2,0525", "- 0,4475"),
    ("d", "(26)", "Chỉ số hài lòng về kết quả giải quyết TTHC", "2,5", "2.0498", "- 0,4502"),
    ("d", "(27)", "Chỉ số hài lòng về việc tiếp nhận, xử lý phản ánh, kiến nghị liên quan đến TTHC", "2,0",
     "1,6286", "- 0,3714"),
    ("t", "", "Tổng cộng", "32,00", "26,6225", "- 5,3775"),
]
F1 = Tab(
    title="Bảng 1. Điểm điều tra xã hội học năm 2023 theo lĩnh vực",
    header=[["STT", "Nội dung", "Điểm tối đa", "Điểm đạt được", "Điểm chưa đạt"]],
    rows=[list(r[1:]) for r in _F1],
    kinds=[{"g": "group", "s": "group", "t": "total"}.get(r[0], "data") for r in _F1],
    italic={i for i, r in enumerate(_F1) if r[0] == "s"},
    widths=[1.9, 8.1, 1.9, 2.1, 2.0],
    align="CLCCC",
    rec=by_col({2: ("max_points", 2023), 3: ("points", 2023), 4: ("shortfall", 2023)}),
)

F2 = Tab(
    title="Bảng 2. Tỷ lệ khắc phục hạn chế sau kiểm tra CCHC năm 2023",
    header=[["STT", "Đơn vị được kiểm tra", "Tỷ lệ khắc phục", "Ghi chú"]],
    rows=[["1", "UBND huyện Trần Đề", "85,71%", "Bao gồm xã Đại Ân 2"],
          ["2", "UBND huyện Mỹ Tú (xã Mỹ Phước)", "82,76%", ""],
          ["3", "UBND huyện Thạnh Trị (thị trấn Hưng Lợi)", "90%", ""],
          ["4", "UBND thành phố Sóc Trăng (Phường 1)", "83,87%", ""],
          ["5", "Sở Công Thương", "40,00%", "Tỷ lệ thấp nhất"],
          ["6", "Sở Giáo dục và Đào tạo", "66,67%", ""],
          ["7", "Sở Tài chính", "50,00%", ""],
          ["8", "Sở Tài nguyên và Môi trường", "50,00%", ""],
          ["9", "Sở Tư pháp", "80,00%", ""],
          ["", "Cộng", "83,08%", "Xử lý 162/195 vấn đề"]],
    kinds=["data"] * 9 + ["total"],
    widths=[1.3, 7.4, 2.8, 4.5],
    align="CLCL",
    rules="hlines",
    rec=by_col({2: ("ratio", 2023)}),
)

F3 = Tab(
    title="Bảng 3. Cán bộ, công chức cấp xã chưa đạt chuẩn năm 2023",
    header=[["TT", "Đơn vị cấp huyện", "Cán bộ chưa đạt chuẩn", "Công chức chưa đạt chuẩn"]],
    rows=[["1", "Thành phố Sóc Trăng", "03", "01"],
          ["2", "Thị xã Vĩnh Châu", "08", "06"],
          ["3", "Thị xã Ngã Năm", "-", "03"],
          ["4", "Huyện Châu Thành", "03", "04"],
          ["5", "Huyện Cù Lao Dung", "08", "02"],
          ["6", "Huyện Kế Sách", "11", "11"],
          ["7", "Huyện Long Phú", "08", "06"],
          ["8", "Huyện Mỹ Tú", "-", "04"],
          ["9", "Huyện Mỹ Xuyên", "04", "01"],
          ["10", "Huyện Thạnh Trị", "01", "03"],
          ["11", "Huyện Trần Đề", "09", "07"],
          ["", "Tổng cộng", "55", "48"],
          ["", "Tổng số cán bộ, công chức cấp xã toàn tỉnh", "1.165", "1.014"],
          ["", "Tỷ lệ chưa đạt chuẩn", "4,72%", "4,73%"]],
    kinds=["data"] * 11 + ["total", "data", "data"],
    italic={12, 13},
    widths=[1.2, 7.6, 3.6, 3.6],
    align="CLRR",
    rules="none",
    rec=lambda r, c: None if c < 2 else (("ratio", 2023) if r == 13 else ("count", 2023)),
)


def build_f(path: str) -> None:
    from reportlab.platypus import Spacer

    rl = RL("DejaVuSans", 11, 10)
    s = [
        rl.p("SỞ NỘI VỤ TỈNH SÓC TRĂNG", rl.center),
        rl.bold("PHỤ LỤC", rl.cap),
        rl.bold("Kết quả điểm điều tra xã hội học và các hạn chế năm 2023", rl.cap),
        rl.p("Tổng điểm điều tra xã hội học của tỉnh năm 2023 đạt 26,6225/32,00 điểm; tổng điểm chưa đạt so với "
             "điểm chuẩn là 5,3775 điểm. Tất cả 27 tiêu chí, tiêu chí thành phần đều chưa đạt điểm tối đa."),
        rl.p(FILL[3]),
        rl.p(FILL[0]),
        rl.p(FILL[2]),
        rl.p(FILL[1]),
        rl.p(FILL[4]),
        Spacer(1, 3),  # places both page breaks inside a multi-line row (rows split by the break)
        rl.caption(F1.title),
        rl.table(F1, split_in_row=True, valign="TOP"),
        rl.p("Chỉ số hài lòng (SIPAS) là nội dung có số điểm chưa đạt lớn nhất, 1,8146 điểm."),
        rl.bold("Kết quả khắc phục hạn chế sau kiểm tra"),
        rl.p("Năm 2023, tỉnh xử lý 162/195 vấn đề phát hiện qua kiểm tra cải cách hành chính; 10/10 đơn vị được "
             "kiểm tra đều chưa khắc phục được 100% hạn chế. Tỷ lệ khắc phục của từng đơn vị như sau:"),
        rl.caption(F2.title),
        rl.table(F2),
        rl.p(FILL[5]),
        rl.bold("Tỷ lệ đạt chuẩn của cán bộ, công chức cấp xã"),
        rl.p("Tính đến tháng 12/2023, toàn tỉnh còn 55/1.165 cán bộ và 48/1.014 công chức cấp xã chưa đạt chuẩn "
             "theo Nghị định số 33/2023/NĐ-CP. Số lượng theo từng đơn vị cấp huyện như sau:"),
        rl.caption(F3.title),
        rl.table(F3),
        rl.p("Các đơn vị cấp huyện cần bố trí, sắp xếp cán bộ, công chức cấp xã đạt yêu cầu về tiêu chuẩn chức "
             "danh trong thời gian sớm nhất."),
    ]
    rl.build(path, s, "Điểm điều tra xã hội học 2023")


# --------------------------------------------------------------------------------------------------
# page spans + checks (rendered text only)
# --------------------------------------------------------------------------------------------------


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", s))


def page_words(pdf_path: str) -> list[list[str]]:
    import pdfplumber

    with pdfplumber.open(pdf_path) as pdf:
        return [[unicodedata.normalize("NFC", w["text"]) for w in p.extract_words()] for p in pdf.pages]


def find_pages(words: list[list[str]], t: Tab) -> list[int]:
    """Caption page .. page holding the last body row (an anchor on one rendered line, else word overlap)."""
    texts = [_squash(" ".join(p)) for p in words]
    cap = _squash(plain(t.title))
    first = next((i for i, tx in enumerate(texts) if cap in tx), None)
    if first is None:
        raise SystemExit(f"caption not found in the rendered PDF: {t.title!r}")
    anchor = t.last_anchor or max((plain(c) for c in t.rows[-1]), key=len)
    a = _squash(anchor)
    last = next((i for i in range(first, len(texts)) if a in texts[i]), None)
    if last is None:
        want = [w for c in t.rows[-1] for w in plain(c).split()]
        score = [sum(w in set(words[i]) for w in want) / len(want) for i in range(len(words))]
        last = max(range(first, len(words)), key=lambda i: (score[i], -i))
        print(f"  note: {t.title!r}: last row located by word overlap on page {last + 1} ({score[last]:.0%})")
    return list(range(first + 1, last + 2))


def check_words(words: list[list[str]], spec: DocSpec) -> list[str]:
    """Every word of every expected cell must be rendered as one word (glyphs present, no forced break);
    a word may only be glued to a following superscript marker or closing punctuation."""
    have = {w for page in words for w in page}
    missing = []
    for t in spec.tables:
        for row in t.header + t.rows:
            for cell in row:
                for w in plain(cell).split():
                    if w not in have and not any(h.startswith(w) and h[len(w):].isdigit() for h in have):
                        missing.append(w)
    return missing


def check_captions(pdf_path: str, spec: DocSpec) -> list[str]:
    """Every caption must be rendered on one text line."""
    import pdfplumber

    with pdfplumber.open(pdf_path) as pdf:
        lines = {_squash(ln) for p in pdf.pages for ln in (p.extract_text() or "").splitlines()}
    return [t.title for t in spec.tables if not any(_squash(plain(t.title)) in ln for ln in lines)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=HERE, help="output folder (default: this folder)")
    ap.add_argument("--keep-docx", metavar="DIR", help="also keep the intermediate DOCX files here")
    args = ap.parse_args(argv)
    keep = args.keep_docx
    have_soffice = shutil.which("soffice") is not None
    docs = [
        DocSpec("sipas_tinh_2023.pdf", [A1, A2], build_a),
        DocSpec("par_index_tinh_2023.pdf", [B1, B2, B3], build_b),
        DocSpec("chi_so_cchc_don_vi_2021.pdf", [C1, C2], lambda p: build_c(p, keep)),
        DocSpec("bao_cao_cchc_thanh_pho_2024.pdf", [D1, D2], lambda p: build_d(p, keep)),
        DocSpec("de_an_cai_thien_cchc_2022.pdf", [E1, E2, E3], build_e),
        DocSpec("diem_dieu_tra_xhh_2023.pdf", [F1, F2, F3], build_f),
    ]
    if not have_soffice:
        print("soffice not found: skipping the LibreOffice documents", file=sys.stderr)
        docs = [d for d in docs if not d.name.startswith(("chi_so", "bao_cao"))]
    os.makedirs(args.out, exist_ok=True)
    n_tab = n_cells = n_rec = 0
    for spec in docs:
        pdf_path = os.path.join(args.out, spec.name)
        spec.build(pdf_path)
        words = page_words(pdf_path)
        missing = check_words(words, spec)
        if missing:
            raise SystemExit(f"{spec.name}: cells not found in the rendered text: {missing[:8]}")
        split_caps = check_captions(pdf_path, spec)
        if split_caps:
            raise SystemExit(f"{spec.name}: caption not on one line: {split_caps}")
        exp = {"doc": spec.name, "n_pages": len(words), "tables": [], "records": []}
        for i, t in enumerate(spec.tables, 1):
            e = t.expected(i)
            e["pages"] = find_pages(words, t)
            exp["tables"].append(e)
            exp["records"].extend(t.records(i))
            n_tab += 1
            n_cells += sum(len(r) for r in t.rows)
        n_rec += len(exp["records"])
        if not exp["records"]:
            del exp["records"]
        with open(os.path.join(args.out, spec.name.replace(".pdf", ".expected.json")), "w",
                  encoding="utf-8") as fh:
            json.dump(exp, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        spans = ", ".join(f"#{e['table']}:{','.join(map(str, e['pages']))}" for e in exp["tables"])
        print(f"{spec.name:36} pages {len(words)}  tables {spans}")
    print(f"{len(docs)} documents, {n_tab} tables, {n_cells} body cells, {n_rec} records")
    return 0


if __name__ == "__main__":
    sys.exit(main())
