#!/usr/bin/env python
"""Build holdout set 4: six blind, born-digital PDFs of Vietnamese PAR / SIPAS reports + expected JSON.

    /work/main/.venv/bin/python benchmarks/holdout4/build.py

Documents (table contents are real figures from the seed reports of Sóc Trăng; filler prose is written here):

  A snv_par_sipas_2023          python-docx -> LibreOffice   4 tables (2- and 3-row merged headers, dot-decimal
                                                             column, ranks 61/63, footnote markers, long table with
                                                             repeated header, bold group rows, italic subtotal rows)
  B ubnd_tp_cchc_2024           python-docx -> LibreOffice   2 tables (e-mail / phone column, footnote marker in the
                                                             header, 4-page statistics appendix with a mostly empty
                                                             notes column, repeated header)
  C snv_chi_so_don_vi_2021      python-docx -> LibreOffice   3 tables (horizontal rules only, total row, landscape
                                                             section with a column-number row (7)=(4)+(5)+(6))
  D de_an_cai_thien_par_2022    reportlab                    3 tables (dot-decimal percentages, "-", a footnote marker
                                                             after a name, an unruled whitespace table, a long table
                                                             over pages WITHOUT repeated header, rows split in row)
  E snv_phu_luc_par_2023        fpdf2 (own table drawing)    3 tables (Cộng total, a row split by a page break with
                                                             repeated header, landscape page with a 3-row merged
                                                             header + column-number row, 1.165 style numbers)
  F snv_sipas_2023              reportlab                    2 tables (2-row headers, total row, group rows,
                                                             table over pages with repeated header)

Conventions of the expected files (see benchmarks/accuracy.py and CONTRACT.md): header is a grid with a merged cell's
text repeated over its span; a column-number row is the last header row; cells are whitespace-collapsed and carry no
footnote markers; a table over a page break is one table and a row split by the break is one row; row_kinds are
`group` for headings and subtotals, `total` for grand totals, `data` otherwise; `records` give measure/year/value of
numeric cells (row/col 1-based within `rows`; "46/63" gives `rank` and `rank_of`).

Pages of each table are found after rendering from unique words of its first and last body rows (pdfplumber);
the script fails if a table's anchors are not unique or a caption is not on one line.
Nothing here reads or runs the extractor.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = "/usr/share/fonts/truetype/liberation2"
DJV = "/usr/share/fonts/truetype/dejavu"

SUP_RE = re.compile(r"\^\{([^}]*)\}")


# ----------------------------------------------------------------------------------------------------------------
# table specification
# ----------------------------------------------------------------------------------------------------------------
def plain(s: str) -> str:
    """Expected text of a cell: footnote markers removed, whitespace collapsed."""
    return " ".join(SUP_RE.sub("", s).split())


def segments(s: str) -> list[tuple[str, bool]]:
    out, pos = [], 0
    for m in SUP_RE.finditer(s):
        if m.start() > pos:
            out.append((s[pos:m.start()], False))
        out.append((m.group(1), True))
        pos = m.end()
    if pos < len(s):
        out.append((s[pos:], False))
    return out


def ctext(c) -> str:
    return c[0] if isinstance(c, tuple) else c


def cstyle(c, row_style: str) -> str:
    return c[1] if isinstance(c, tuple) else row_style


def D(*cells, s=""):
    return ("data", s, list(cells))


def G(*cells, s="b"):
    return ("group", s, list(cells))


def TOT(*cells, s="b"):
    return ("total", s, list(cells))


class Tbl:
    def __init__(self, title, header, rows, widths, align, rec=None, **opt):
        self.title = title
        self.header = header
        self.rows = rows
        self.widths = widths
        self.align = align
        self.rec = rec
        self.opt = opt
        n = len(header[0])
        for h in header:
            assert len(h) == n, (title, h)
        for r in rows:
            assert len(r[2]) == n, (title, r)
        assert len(widths) == n and len(align) == n, title

    def expected(self, index: int, pages: list[int]) -> dict:
        return {
            "table": index,
            "pages": pages,
            "title": plain(self.title),
            "header": [[plain(c) for c in row] for row in self.header],
            "rows": [[plain(ctext(c)) for c in r[2]] for r in self.rows],
            "row_kinds": [r[0] for r in self.rows],
        }


def merges(header):
    """Rectangles (r0, c0, r1, c1, text) of equal header texts (a merged cell repeats its text over its span)."""
    R, C = len(header), len(header[0])
    seen = [[False] * C for _ in range(R)]
    out = []
    for r in range(R):
        for c in range(C):
            if seen[r][c]:
                continue
            t = header[r][c]
            c1 = c
            while c1 + 1 < C and not seen[r][c1 + 1] and header[r][c1 + 1] == t:
                c1 += 1
            r1 = r
            while (r1 + 1 < R and all(header[r1 + 1][k] == t and not seen[r1 + 1][k] for k in range(c, c1 + 1))
                   and (c == 0 or header[r1 + 1][c - 1] != t) and (c1 == C - 1 or header[r1 + 1][c1 + 1] != t)):
                r1 += 1
            for rr in range(r, r1 + 1):
                for cc in range(c, c1 + 1):
                    seen[rr][cc] = True
            out.append((r, c, r1, c1, t))
    return out


FIT_WARNINGS: list[str] = []


def fit_check(T: Tbl, family: str, size: float, margin_pt: float, widths_pt: list[float]):
    """Warn when a single word is wider than its column (the renderer would break it inside the word)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    cells = [(r, c0, c1, t, "b") for r, c0, _r1, c1, t in merges(T.header)]
    cells += [(len(T.header) + ri, ci, ci, ctext(c), cstyle(c, st)) for ri, (_k, st, cc) in enumerate(T.rows)
              for ci, c in enumerate(cc)]
    for _r, c0, c1, text, st in cells:
        avail = sum(widths_pt[c0:c1 + 1]) - 2 * margin_pt
        font = family + ("-B" if "b" in st else "")
        for word in plain(text).split():
            wd = stringWidth(word, font, size)
            if wd > avail:
                FIT_WARNINGS.append(f"{T.title[:45]!r}: {word!r} {wd:.1f}pt > {avail:.1f}pt")


# ----------------------------------------------------------------------------------------------------------------
# records
# ----------------------------------------------------------------------------------------------------------------
def parse_value(raw: str, measure: str) -> float | None:
    s = plain(raw).replace(" ", "")
    if s in ("", "-", "–"):
        return None
    s = s.rstrip("%")
    if "," in s:
        s = s.replace(".", "").replace(",", ".")
    elif measure == "count" and re.fullmatch(r"-?\d{1,3}(\.\d{3})+", s):
        s = s.replace(".", "")
    return float(s)


UNITS = {"max_points": "points", "points": "points", "shortfall": "points", "ratio": "%", "rank": "rank",
         "rank_of": "rank"}


def table_records(t: Tbl, index: int) -> list[dict]:
    out = []
    if t.rec is None:
        return out
    for ri, (kind, _st, cells) in enumerate(t.rows):
        for ci, c in enumerate(cells):
            raw = plain(ctext(c))
            spec = t.rec(ri, ci, raw, kind)
            if spec is None or raw in ("", "-"):
                continue
            measure, year, unit = (spec + (None,))[:3]
            if measure == "rank":
                m = re.fullmatch(r"(\d+)/(\d+)", raw)
                if m:
                    for ms, v in (("rank", m.group(1)), ("rank_of", m.group(2))):
                        out.append({"table": index, "row": ri + 1, "col": ci + 1, "measure": ms, "year": year,
                                    "value": float(v), "value_raw": raw, "unit": "rank"})
                    continue
            v = parse_value(raw, measure)
            if v is None:
                continue
            out.append({"table": index, "row": ri + 1, "col": ci + 1, "measure": measure, "year": year,
                        "value": round(v, 6), "value_raw": raw, "unit": unit or UNITS.get(measure, "")})
    return out


# ----------------------------------------------------------------------------------------------------------------
# python-docx -> LibreOffice
# ----------------------------------------------------------------------------------------------------------------
def _docx():
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Mm, Pt
    return docx, WD_ORIENT, WD_SECTION, WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT, WD_ALIGN_PARAGRAPH, \
        OxmlElement, qn, Cm, Mm, Pt


class DocxWriter:
    ALIGN = {"l": "LEFT", "c": "CENTER", "r": "RIGHT", "j": "JUSTIFY"}

    def __init__(self, font="Times New Roman", size=13, margins=(20, 20, 30, 15)):
        (docx, self.WD_ORIENT, self.WD_SECTION, self.VA, self.TA, self.PA, self.OE, self.qn, self.Cm, self.Mm,
         self.Pt) = _docx()
        self.doc = docx.Document()
        st = self.doc.styles["Normal"]
        st.font.name = font
        st.font.size = self.Pt(size)
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(self.qn("w:rFonts"))
        rfonts.set(self.qn("w:eastAsia"), font)
        rfonts.set(self.qn("w:cs"), font)
        self.size = size
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = self.Mm(210), self.Mm(297)
        self._margins(sec, margins)
        fp = sec.footer.paragraphs[0]
        fp.alignment = self.PA.CENTER
        fld = self.OE("w:fldSimple")
        fld.set(self.qn("w:instr"), "PAGE")
        r = self.OE("w:r")
        t = self.OE("w:t")
        t.text = "1"
        r.append(t)
        fld.append(r)
        fp._p.append(fld)

    def _margins(self, sec, m):
        top, bottom, left, right = m
        sec.top_margin, sec.bottom_margin = self.Mm(top), self.Mm(bottom)
        sec.left_margin, sec.right_margin = self.Mm(left), self.Mm(right)
        sec.footer_distance = self.Mm(8)

    def section(self, landscape: bool, margins):
        sec = self.doc.add_section(self.WD_SECTION.NEW_PAGE)
        if landscape:
            sec.orientation = self.WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = self.Mm(297), self.Mm(210)
        else:
            sec.orientation = self.WD_ORIENT.PORTRAIT
            sec.page_width, sec.page_height = self.Mm(210), self.Mm(297)
        self._margins(sec, margins)

    def _runs(self, p, text, bold=False, italic=False, size=None):
        for seg, sup in segments(text):
            r = p.add_run(seg)
            r.bold = bold or None
            r.italic = italic or None
            if size:
                r.font.size = self.Pt(size)
            if sup:
                r.font.superscript = True

    def para(self, text, align="j", bold=False, italic=False, size=None, indent=True, before=0, after=6,
             keep=False, line=1.1):
        p = self.doc.add_paragraph()
        pf = p.paragraph_format
        pf.alignment = getattr(self.PA, self.ALIGN[align])
        pf.space_before, pf.space_after = self.Pt(before), self.Pt(after)
        pf.line_spacing = line
        if indent and align == "j":
            pf.first_line_indent = self.Cm(1.0)
        pf.keep_with_next = keep
        self._runs(p, text, bold, italic, size)
        return p

    def caption(self, text, style="bc", size=None):
        """style: 'bc' bold centred, 'il' italic-bold left ('Bảng N. ...')."""
        if style == "bc":
            return self.para(text, align="c", bold=True, size=size or self.size - 1, indent=False, before=6, after=4,
                             keep=True)
        return self.para(text, align="l", bold=True, italic=True, size=size or self.size - 1, indent=False,
                         before=6, after=4, keep=True)

    def borders(self, tbl, spec):
        tblPr = tbl._tbl.tblPr
        b = self.OE("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = self.OE(f"w:{edge}")
            v = spec.get(edge)
            if v:
                el.set(self.qn("w:val"), "single")
                el.set(self.qn("w:sz"), str(v))
                el.set(self.qn("w:space"), "0")
                el.set(self.qn("w:color"), "000000")
            else:
                el.set(self.qn("w:val"), "nil")
            b.append(el)
        tblPr.append(b)

    def _fill(self, cell, text, bold, italic, size, align):
        p = cell.paragraphs[0]
        pf = p.paragraph_format
        pf.alignment = getattr(self.PA, self.ALIGN[align])
        pf.space_before, pf.space_after = self.Pt(1.5), self.Pt(1.5)
        pf.line_spacing = 1.0
        self._runs(p, text, bold, italic, size)

    def table(self, T: Tbl, size=11, borders="grid", repeat=True, margin=None):
        fit_check(T, "LSerif", size, (0.19 if margin is None else margin) * 28.35, [w * 28.35 for w in T.widths])
        H, ncol = len(T.header), len(T.header[0])
        tbl = self.doc.add_table(rows=H + len(T.rows), cols=ncol)
        if margin is not None:
            mar = self.OE("w:tblCellMar")
            for side in ("left", "right"):
                el = self.OE(f"w:{side}")
                el.set(self.qn("w:w"), str(int(margin * 567)))
                el.set(self.qn("w:type"), "dxa")
                mar.append(el)
            tbl._tbl.tblPr.append(mar)
        if borders == "grid":
            tbl.style = self.doc.styles["Table Grid"]
        else:
            self.borders(tbl, borders)
        tbl.alignment = self.TA.CENTER
        tbl.autofit = False
        for i, w in enumerate(T.widths):
            tbl.columns[i].width = self.Cm(w)
            for row in tbl.rows:
                row.cells[i].width = self.Cm(w)
        for r0, c0, r1, c1, t in merges(T.header):
            a = tbl.cell(r0, c0)
            if (r1, c1) != (r0, c0):
                a = a.merge(tbl.cell(r1, c1))
            self._fill(a, t, True, False, size, "c")
            a.vertical_alignment = self.VA.CENTER
        for r in range(H):
            trPr = tbl.rows[r]._tr.get_or_add_trPr()
            if repeat:
                trPr.append(self.OE("w:tblHeader"))
            trPr.append(self.OE("w:cantSplit"))
        for ri, (_kind, st, cells) in enumerate(T.rows):
            for ci, c in enumerate(cells):
                s = cstyle(c, st)
                cell = tbl.cell(H + ri, ci)
                self._fill(cell, ctext(c), "b" in s, "i" in s, size, T.align[ci])
                cell.vertical_alignment = self.VA.CENTER
        return tbl

    def letterhead(self, left, right, widths=(6.8, 9.7), size=None):
        """Borderless two-column block (agency | national motto), as Word templates do it."""
        tbl = self.doc.add_table(rows=1, cols=2)
        self.borders(tbl, {})
        tbl.autofit = False
        for i, w in enumerate(widths):
            tbl.columns[i].width = self.Cm(w)
            tbl.rows[0].cells[i].width = self.Cm(w)
        for cell, lines in zip(tbl.rows[0].cells, (left, right)):
            first = True
            for text, fmt in lines:
                p = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                p.paragraph_format.alignment = self.PA.CENTER
                p.paragraph_format.space_after = self.Pt(0)
                self._runs(p, text, "b" in fmt, "i" in fmt, size or (self.size - 1))
        self.para("", after=2)

    def save_pdf(self, outdir, name, tmp):
        path = os.path.join(tmp, name + ".docx")
        self.doc.save(path)
        profile = os.path.join(tmp, "lo_profile")
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
               "--outdir", tmp, path]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copy(os.path.join(tmp, name + ".pdf"), os.path.join(outdir, name + ".pdf"))


# ----------------------------------------------------------------------------------------------------------------
# reportlab
# ----------------------------------------------------------------------------------------------------------------
def rl_register():
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    fams = {
        "LSerif": (LIB, "LiberationSerif-Regular", "LiberationSerif-Bold", "LiberationSerif-Italic",
                   "LiberationSerif-BoldItalic"),
        "LSans": (LIB, "LiberationSans-Regular", "LiberationSans-Bold", "LiberationSans-Italic",
                  "LiberationSans-BoldItalic"),
        "DSerif": (DJV, "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic"),
        "DSans": (DJV, "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"),
    }
    for fam, (d, *files) in fams.items():
        for suffix, f, (b, i) in zip(("", "-B", "-I", "-BI"), files, ((0, 0), (1, 0), (0, 1), (1, 1))):
            pdfmetrics.registerFont(TTFont(fam + suffix, os.path.join(d, f + ".ttf")))
            addMapping(fam, b, i, fam + suffix)


def rl_markup(text, bold=False, italic=False):
    s = "".join(f"<super>{escape(seg)}</super>" if sup else escape(seg) for seg, sup in segments(text))
    if italic:
        s = f"<i>{s}</i>"
    if bold:
        s = f"<b>{s}</b>"
    return s


class RLWriter:
    def __init__(self, path, font="LSerif", size=13, landscape_pages=False, margins=(20, 20, 30, 15),
                 number_first=True):
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.units import mm
        from reportlab.platypus import SimpleDocTemplate
        self.mm = mm
        self.font, self.size = font, size
        top, bottom, left, right = margins
        self.doc = SimpleDocTemplate(path, pagesize=A4, topMargin=top * mm, bottomMargin=bottom * mm,
                                     leftMargin=left * mm, rightMargin=right * mm, title="", author="")
        self.story = []
        self.number_first = number_first

    def style(self, size=None, align="j", bold=False, italic=False, indent=True, before=0, after=6, keep=False,
              font=None, leading=None):
        from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle
        size = size or self.size
        return ParagraphStyle(
            "p", fontName=font or self.font, fontSize=size, leading=leading or size * 1.3,
            alignment={"j": TA_JUSTIFY, "c": TA_CENTER, "l": TA_LEFT, "r": TA_RIGHT}[align],
            firstLineIndent=(10 * self.mm if indent and align == "j" else 0), spaceBefore=before, spaceAfter=after,
            keepWithNext=1 if keep else 0)

    def para(self, text, **kw):
        from reportlab.platypus import Paragraph
        bold, italic = kw.pop("bold", False), kw.pop("italic", False)
        self.story.append(Paragraph(rl_markup(text, bold, italic), self.style(**kw)))

    def caption(self, text, style="bc", size=None, need=45):
        """Caption kept with the table start the way a word processor does: break only if the caption, the
        header and a first row would not fit."""
        from reportlab.platypus import CondPageBreak
        self.story.append(CondPageBreak(need * self.mm))
        if style == "bc":
            self.para(text, align="c", bold=True, size=size or self.size - 1, indent=False, before=6, after=4)
        else:
            self.para(text, align="l", bold=True, italic=True, size=size or self.size - 1, indent=False, before=6,
                      after=4)

    def space(self, h):
        from reportlab.platypus import Spacer
        self.story.append(Spacer(1, h * self.mm))

    def letterhead(self, left, right, widths=(68, 97), size=None):
        from reportlab.platypus import Paragraph, Table, TableStyle
        size = size or self.size - 1
        cells = []
        for lines in (left, right):
            cells.append([Paragraph(rl_markup(t, "b" in f, "i" in f), self.style(size=size, align="c", after=0))
                          for t, f in lines])
        t = Table([cells], colWidths=[w * self.mm for w in widths])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        self.story.append(t)
        self.space(4)

    def table(self, T: Tbl, font="LSerif", size=11, grid=True, repeat=True, split_in_row=False, head_line=False):
        from reportlab.lib import colors
        from reportlab.platypus import Paragraph, Table, TableStyle
        fit_check(T, font, size, 3, [w * 28.35 for w in T.widths])
        H = len(T.header)
        data = [["" for _ in row] for row in T.header]
        cmds = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
        hs = self.style(size=size, align="c", font=font, indent=False, after=0, leading=size * 1.2)
        for r0, c0, r1, c1, t in merges(T.header):
            data[r0][c0] = Paragraph(rl_markup(t, True), hs)
            if (r0, c0) != (r1, c1):
                cmds.append(("SPAN", (c0, r0), (c1, r1)))
        for _kind, st, cells in T.rows:
            row = []
            for ci, c in enumerate(cells):
                s = cstyle(c, st)
                ps = self.style(size=size, align=T.align[ci], font=font, indent=False, after=0, leading=size * 1.2)
                row.append(Paragraph(rl_markup(ctext(c), "b" in s, "i" in s), ps) if ctext(c) else "")
            data.append(row)
        if grid:
            cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        if head_line:
            cmds.append(("LINEBELOW", (0, H - 1), (-1, H - 1), 0.6, colors.black))
        t = Table(data, colWidths=[w * 10 * self.mm for w in T.widths], repeatRows=H if repeat else 0,
                  splitInRow=1 if split_in_row else 0, hAlign="CENTER")
        t.setStyle(TableStyle(cmds))
        self.story.append(t)

    def build(self):
        mm = self.mm

        def on_page(canv, doc):
            if doc.page == 1 and not self.number_first:
                return
            canv.saveState()
            canv.setFont(self.font, 11)
            canv.drawCentredString(doc.pagesize[0] / 2, 10 * mm, str(doc.page))
            canv.restoreState()

        self.doc.build(self.story, onFirstPage=on_page, onLaterPages=on_page)


# ----------------------------------------------------------------------------------------------------------------
# fpdf2 with an own table drawer (Word-like: header rows repeated, rows may split across a page break)
# ----------------------------------------------------------------------------------------------------------------
def fpdf_class():
    from fpdf import FPDF

    class PDF(FPDF):
        def footer(self):
            self.set_y(-13)
            self.set_font("LSerif", "", 11)
            self.cell(0, 6, str(self.page_no()), align="C")

    return PDF


class FWriter:
    def __init__(self, font="LSerif", size=13):
        PDF = fpdf_class()
        self.pdf = PDF(orientation="P", unit="mm", format="A4")
        pdf = self.pdf
        for fam, d, files in (("LSerif", LIB, ("LiberationSerif-Regular", "LiberationSerif-Bold",
                                                "LiberationSerif-Italic", "LiberationSerif-BoldItalic")),
                              ("LSans", LIB, ("LiberationSans-Regular", "LiberationSans-Bold",
                                              "LiberationSans-Italic", "LiberationSans-BoldItalic"))):
            for st, f in zip(("", "B", "I", "BI"), files):
                pdf.add_font(fam, st, os.path.join(d, f + ".ttf"))
        pdf.set_margins(30, 20, 15)
        pdf.set_auto_page_break(True, 20)
        self.font, self.size = font, size
        self.splits = []
        pdf.add_page()

    def para(self, text, align="J", style="", size=None, after=2.5, lh=None):
        pdf = self.pdf
        size = size or self.size
        pdf.set_font(self.font, style, size)
        pdf.multi_cell(0, lh or size * 0.3528 * 1.45, text, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(after)

    def caption(self, text, need=30, size=None):
        pdf = self.pdf
        if pdf.get_y() + need > pdf.h - pdf.b_margin:
            pdf.add_page(orientation=pdf.cur_orientation)
        pdf.set_font(self.font, "B", size or self.size - 1)
        pdf.cell(0, 7, text, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def _wrap(self, text, w, pad):
        pdf = self.pdf
        pdf.c_margin = pad
        if not text:
            return [""]
        lines = pdf.multi_cell(w, 5, text, dry_run=True, output="LINES")
        return lines or [""]

    def _draw_lines(self, x, y, w, h, lines, align, lh, pad, valign, marker=None, size=10, font_style=""):
        pdf = self.pdf
        pdf.rect(x, y, w, h)
        n = len(lines)
        ytop = y + pad if valign == "T" else y + (h - n * lh) / 2
        A = {"l": "L", "c": "C", "r": "R"}[align]
        for i, ln in enumerate(lines):
            pdf.set_xy(x, ytop + i * lh)
            pdf.cell(w, lh, ln, align=A)
        if marker and lines:
            sw = pdf.get_string_width(lines[-1])
            xe = x + (w + sw) / 2 if A == "C" else (x + pad + sw if A == "L" else x + w - pad)
            base = ytop + (n - 1) * lh + (lh + size * 0.3528 * 0.7) / 2
            pdf.set_font(pdf.font_family, font_style, size * 0.62)
            pdf.text(xe + 0.15, base - size * 0.3528 * 0.38, marker)
            pdf.set_font(pdf.font_family, font_style, size)

    def table(self, T: Tbl, tid, font="LSans", size=10, pad=1.2, repeat=True, split=True):
        pdf = self.pdf
        fit_check(T, font, size, pad * 2.835, [w * 2.835 for w in T.widths])
        pdf.set_auto_page_break(False)
        lh = size * 0.3528 * 1.25
        widths = T.widths
        x0 = pdf.l_margin + max(0.0, (pdf.w - pdf.l_margin - pdf.r_margin - sum(widths)) / 2)
        xs = [x0 + sum(widths[:i]) for i in range(len(widths))]
        bottom = pdf.h - 18
        # header layout
        pdf.set_font(font, "B", size)
        H = len(T.header)
        rects = []
        for r0, c0, r1, c1, t in merges(T.header):
            w = sum(widths[c0:c1 + 1])
            m = SUP_RE.search(t)
            lines = self._wrap(plain(t), w - (2.2 if m else 0), pad)
            rects.append((r0, c0, r1, c1, lines, m.group(1) if m else None))
        hts = [lh + 2 * pad] * H
        for r0, _c0, r1, _c1, lines, _m in rects:
            if r0 == r1:
                hts[r0] = max(hts[r0], len(lines) * lh + 2 * pad)
        for r0, _c0, r1, _c1, lines, _m in rects:
            need = len(lines) * lh + 2 * pad
            have = sum(hts[r0:r1 + 1])
            if r1 > r0 and need > have:
                hts[r1] += need - have
        head_h = sum(hts)

        def draw_header(y):
            pdf.set_font(font, "B", size)
            for r0, c0, r1, c1, lines, mk in rects:
                yy = y + sum(hts[:r0])
                self._draw_lines(xs[c0], yy, sum(widths[c0:c1 + 1]), sum(hts[r0:r1 + 1]), lines, "c", lh, pad,
                                 "M", mk, size, "B")
            return y + head_h

        y = pdf.get_y()
        first_h = None
        body = []
        for _kind, st, cells in T.rows:
            row = []
            for ci, c in enumerate(cells):
                s = cstyle(c, st)
                fs = ("B" if "b" in s else "") + ("I" if "i" in s else "")
                pdf.set_font(font, fs, size)
                row.append((self._wrap(plain(ctext(c)), widths[ci], pad), fs))
            body.append(row)
            if first_h is None:
                first_h = max(len(ln) for ln, _ in row) * lh + 2 * pad
        if y + head_h + first_h > bottom:
            pdf.add_page(orientation=pdf.cur_orientation)
            y = pdf.t_margin
        y = draw_header(y)
        for ri, row in enumerate(body):
            nmax = max(len(ln) for ln, _ in row)
            h = nmax * lh + 2 * pad
            if y + h > bottom:
                k = int((bottom - y - 2 * pad) // lh)
                if split and 1 <= k < nmax:
                    hh = k * lh + 2 * pad
                    for ci, (lines, fs) in enumerate(row):
                        pdf.set_font(font, fs, size)
                        self._draw_lines(xs[ci], y, widths[ci], hh, lines[:k], T.align[ci], lh, pad, "T")
                    self.splits.append((tid, ri, k, nmax))
                    pdf.add_page(orientation=pdf.cur_orientation)
                    y = pdf.t_margin
                    if repeat:
                        y = draw_header(y)
                    rest = nmax - k
                    hh = rest * lh + 2 * pad
                    for ci, (lines, fs) in enumerate(row):
                        pdf.set_font(font, fs, size)
                        self._draw_lines(xs[ci], y, widths[ci], hh, lines[k:], T.align[ci], lh, pad, "T")
                    y += hh
                    continue
                pdf.add_page(orientation=pdf.cur_orientation)
                y = pdf.t_margin
                if repeat:
                    y = draw_header(y)
            for ci, (lines, fs) in enumerate(row):
                pdf.set_font(font, fs, size)
                self._draw_lines(xs[ci], y, widths[ci], h, lines, T.align[ci], lh, pad, "M")
            y += h
        pdf.set_xy(pdf.l_margin, y + 3)
        pdf.set_auto_page_break(True, 20)

    def save(self, path):
        self.pdf.output(path)


# ================================================================================================================
# Document A: Sở Nội vụ report on PAR Index / SIPAS 2023 (Word -> LibreOffice)
# ================================================================================================================
def tables_a():
    def rec1(r, c, raw, kind):
        if c == 0:
            return None
        year = {0: 2023, 1: 2022}.get(r, 2023)
        k = (c - 1) % 3
        if r == 2:
            return ("delta", 2023, "%" if k == 2 else "points")
        return (["max_points", "points", "ratio"][k], year)

    t1 = Tbl(
        "Bảng 1. Kết quả Chỉ số cải cách hành chính tỉnh Sóc Trăng năm 2023",
        [["PAR INDEX"] + ["Điểm đánh giá, thẩm định"] * 3 + ["Điểm điều tra xã hội học"] * 3 + ["Điểm tổng hợp"] * 3,
         ["PAR INDEX"] + ["Điểm tối đa", "Điểm đạt được", "Tỷ lệ đạt được"] * 3],
        [D("Năm 2023", "68,00", "55.08", "81,00%", "32,00", "26,62", "83,18%", "100,00", "81,70", "81,7%"),
         D("Năm 2022", "68,00", "56.52", "83,13%", "32,00", "26,62", "83,18%", "100,00", "83,14", "83,14%"),
         D("So sánh (2023 - 2022)", "", "-1.44", "-2,13%", "", "0,00", "0,00%", "", "-1,44", "-1,44%", s="i")],
        [2.45] + [1.56] * 9, ["l"] + ["c"] * 9, rec=rec1)

    def rec2(r, c, raw, kind):
        if c == 0:
            return None
        year = 2023 if r in (0, 1, 2, 6) else 2022
        kindm = {0: "points", 3: "points", 1: "ratio", 4: "ratio", 2: "rank", 5: "rank", 6: "delta"}[r]
        if kindm == "rank" and c == 4:
            return None
        return (kindm, year, "%" if kindm == "delta" else None)

    t2 = Tbl(
        "Bảng 2. Cơ cấu Chỉ số cải cách hành chính năm 2023 theo nhóm thành phần",
        [["PAR Index", "Điểm thẩm định"] + ["Điểm đánh giá tác động của CCHC"] * 3 + ["Kết quả chung"],
         ["PAR Index", "Điểm thẩm định", "Chỉ số SIPAS", "Khảo sát CC, LĐ quản lý", "Tác động PT KT-XH",
          "Kết quả chung"]],
        [D("Năm 2023", "51,61", "8,19", "18,44", "3,47", "81,70"),
         D("", "83,92%", "81,80%", "83,82%", "53,38%", "81,70%"),
         D("", "61/63", "35/63", "21/63", "24/28^{1} trong 63 tỉnh, thành được xếp hạng", "62/63", s="b"),
         D("Năm 2022", "52,07", "8,39", "18,23", "4,46", "83,14"),
         D("", "84,67%", "83,90%", "82,86%", "68,62%", "83,14%"),
         D("", "55/63", "16/63", "14/63", "42/59^{2} trong 63 tỉnh, thành được xếp hạng", "49/63", s="b"),
         D(("Tăng/ Giảm (%)", "b"), "-0,75%", "-2,10%", "0,96%", "-15,24%", "-1,44%")],
        [2.6, 2.4, 2.4, 2.6, 3.8, 2.6], ["l", "c", "c", "c", "c", "c"], rec=rec2)

    def rec3(r, c, raw, kind):
        if c < 2:
            return None
        if c <= 5:
            return (["max_points", "points", "ratio", "rank"][c - 2], 2022)
        if c <= 9:
            return (["max_points", "points", "ratio", "rank"][c - 6], 2023)
        return ("delta", 2023, "%" if c == 10 else "rank")

    g22, g23, gd = ("Kết quả chỉ số thành phần năm 2022", "Kết quả chỉ số thành phần năm 2023",
                    "Tăng (+) Giảm (-) so với năm 2022")
    t3 = Tbl(
        "Bảng 3. Kết quả các Chỉ số thành phần năm 2023 so với năm 2022",
        [["TT", "Lĩnh vực"] + [g22] * 4 + [g23] * 4 + [gd] * 2,
         ["TT", "Lĩnh vực", "Điểm", "Điểm", "Tỷ lệ (%)", "Xếp hạng", "Điểm", "Điểm", "Tỷ lệ (%)", "Xếp hạng",
          "Tỷ lệ % (+,-)", "Xếp hạng (+,-)"],
         ["TT", "Lĩnh vực", "Tối đa", "Đạt được", "Tỷ lệ (%)", "Xếp hạng", "Tối đa", "Đạt được", "Tỷ lệ (%)",
          "Xếp hạng", "Tỷ lệ % (+,-)", "Xếp hạng (+,-)"]],
        [D("1", "Công tác chỉ đạo, điều hành CCHC", "9,50", "9,10", "95,84%", "22", "9,50", "9,03", "95,01%", "39",
           "-0,83%", "-17"),
         D("2", "Cải cách thể chế", "10,00", "9,40", "93,99%", "7", "10,00", "9,45", "94,50%", "14", "0,51%", "-7"),
         D("3", "Cải cách thủ tục hành chính", "13,00", "12,59", "96,86%", "25", "13,00", "12,26", "94,31%", "38",
           "-2,55%", "-13"),
         D("4", "Cải cách tổ chức bộ máy", "10,50", "9,86", "93,95%", "5", "10,50", "9,94", "94,63%", "5", "0,68%",
           "0"),
         D("5", "Cải cách chế độ công vụ", "15,00", "12,23", "81,55%", "28", "15,00", "12,28", "81,90%", "41",
           "0,35%", "-13")],
        [0.7, 2.6, 1.2, 1.3, 1.4, 1.25, 1.2, 1.3, 1.4, 1.25, 1.45, 1.45], ["c", "l"] + ["c"] * 10, rec=rec3)

    def rec4(r, c, raw, kind):
        return {2: ("max_points", 2023), 3: ("points", 2023), 4: ("shortfall", 2023)}.get(c)

    gi = lambda code, text, a, b, d: G((code, "b") if code else "", text, a, b, d, s="i")
    t4 = Tbl(
        "Bảng 4. Kết quả điểm điều tra xã hội học của tỉnh năm 2023",
        [["STT", "Nội dung", "Điểm tối đa", "Điểm đạt được", "Điểm chưa đạt"]],
        [G("3.2.1", "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật (QPPL) tại tỉnh", "", "", ""),
         gi("", "Tác động của cải cách đến chất lượng VBQPPL do tỉnh ban hành:", "4,0", "3,4497", "- 0,5503"),
         D("(1)", "Tính đồng bộ, thống nhất của các VBQPPL do địa phương ban hành", "1,0", "0,837", "- 0,163"),
         D("(2)", "Tính hợp lý của các VBQPPL do địa phương ban hành", "1,0", "0,8499", "- 0,1501"),
         D("(3)", "Tính khả thi của các VBQPPL do địa phương ban hành", "1,0", "0,8377", "- 0,1623"),
         D("(4)", "Tính kịp thời phát hiện và xử lý các bất cập, vướng mắc trong tổ chức thực hiện VBQPPL tại địa "
                  "phương", "1,0", "0,9251", "- 0,0749"),
         G("3.2.2", "Cải cách tổ chức bộ máy hành chính", "", "", ""),
         gi("", "Tác động của cải cách đến tổ chức bộ máy hành chính", "4,0", "3.4358", "- 0.5642"),
         D("(5)", "Tính hợp lý trong sắp xếp tổ chức bộ máy các cơ quan, đơn vị thuộc thẩm quyền của tỉnh", "1,0",
           "0.8435", "- 0.1565"),
         D("(6)", "Tính hợp lý trong phân định chức năng, nhiệm vụ giữa các cơ quan, đơn vị tại địa phương", "1,0",
           "0.8556", "- 0.1444"),
         D("(7)", "Tình hình thực hiện quy chế làm việc của UBND tỉnh", "1,0", "0.8613", "- 0.1387"),
         D("(8)", "Tính hợp lý trong việc phân cấp, phân quyền thực hiện nhiệm vụ quản lý nhà nước giữa tỉnh và "
                  "huyện", "1,0", "0.8754", "- 0.1246"),
         G("3.2.3", "Cải cách chế độ công vụ", "", "", ""),
         gi("3.2.3.1", "Tác động của cải cách đến quản lý cán bộ, công chức", "4,0", "3,5731", "- 0,4269"),
         D("(9)", "Tính công khai, minh bạch trong công tác tuyển dụng công chức, viên chức", "1,0", "0,8988",
           "- 0,1012"),
         D("(10)", "Tình trạng tiêu cực trong công tác tuyển dụng công chức, viên chức", "1,0", "0,9033",
           "- 0,0967"),
         D("(11)", "Tính công khai, minh bạch trong công tác bổ nhiệm công chức, viên chức", "1,0", "0,872",
           "- 0,128"),
         D("(12)", "Tình trạng tiêu cực trong công tác bổ nhiệm công chức, viên chức", "1,0", "0,899", "- 0,101"),
         gi("3.2.3.2", "Tác động của cải cách đến công tác đào tạo, bồi dưỡng cán bộ, công chức, viên chức", "1,0",
            "0,7942", "- 0,2058"),
         D("(13)", "Chất lượng đào tạo, bồi dưỡng cán bộ, công chức, viên chức", "1,0", "0,7942", "0,2058"),
         gi("3.2.3.3", "Tác động của cải cách đến chất lượng đội ngũ công chức, viên chức", "4,0", "3,1674",
            "- 0,8326"),
         D("(14)", "Năng lực chuyên môn của công chức trong phối hợp, xử lý công việc", "1,0", "0,783", "- 0,217"),
         D("(15)", "Tinh thần trách nhiệm của công chức trong phối hợp, xử lý công việc", "1,0", "0,7945",
           "- 0,2055"),
         D("(16)", "Tình trạng công chức lợi dụng chức vụ, quyền hạn để trục lợi cá nhân trong phối hợp, xử lý công "
                   "việc", "1,0", "0,8606", "- 0,1394"),
         D("(17)", "Tính hiệu quả trong việc thực thi chính sách thu hút người có tài năng vào bộ máy hành chính",
           "1,0", "0,7293", "- 0,2707"),
         G("3.2.4", "Cải cách tài chính công", "", "", ""),
         gi("", "Tác động của cải cách đến quản lý tài chính công", "4,0", "3,1677", "- 0,8323"),
         D("(18)", "Tính hiệu quả của việc thực hiện cơ chế tự chủ về sử dụng kinh phí quản lý hành chính", "1,0",
           "0,7538", "- 0,2462"),
         D("(19)", "Thực hiện tiết kiệm, chống lãng phí trong quản lý, sử dụng kinh phí của cơ quan, đơn vị", "1,0",
           "0,8225", "- 0,1775"),
         D("(20)", "Tính hiệu quả của việc quản lý, sử dụng tài sản công", "1,0", "0,8307", "- 0,1693"),
         D("(21)", "Tính hiệu quả của việc thực hiện cơ chế tự chủ tại các đơn vị SNCL", "1,0", "0,7607",
           "- 0,2393"),
         G("3.2.5", "Xây dựng và phát triển chính quyền điện tử, chính quyền số", "", "", ""),
         gi("", "Tác động của cải cách đến Xây dựng và phát triển chính quyền điện tử, chính quyền số", "1,0",
            "0,8492", "- 0,1508"),
         D("(22)", "Chất lượng cung cấp thông tin trên Cổng thông tin điện tử của tỉnh", "1,0", "0,8492",
           "- 0,1508"),
         G("3.2.6", "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội của tỉnh",
           "", "", ""),
         gi("", "Kết quả Chỉ số hài lòng (SIPAS)", "10,0", "8,1854", "- 1,8146"),
         D("(23)", "Chỉ số hài lòng về tiếp cận dịch vụ", "1,5", "1,2284", "- 0,2716"),
         D("(24)", "Chỉ số hài lòng về tổ chức giải quyết TTHC", "1,5", "1,2261", "- 0,2739"),
         D("(25)", "Chỉ số hài lòng về công chức giải quyết TTHC", "2,5", "2,0525", "- 0,4475"),
         D("(26)", "Chỉ số hài lòng về kết quả giải quyết TTHC", "2,5", "2.0498", "- 0,4502"),
         D("(27)", "Chỉ số hài lòng về việc tiếp nhận, xử lý phản ánh, kiến nghị liên quan đến TTHC", "2,0",
           "1,6286", "- 0,3714"),
         TOT("", "Tổng cộng", "32,0", "26,6225", "- 5,3775")],
        [1.5, 9.2, 1.9, 1.9, 1.9], ["c", "l", "c", "c", "c"], rec=rec4)
    return [t1, t2, t3, t4]


def build_a(outdir, tmp):
    name = "snv_par_sipas_2023"
    t1, t2, t3, t4 = tables_a()
    w = DocxWriter(size=13)
    w.letterhead([("UBND TỈNH SÓC TRĂNG", ""), ("SỞ NỘI VỤ", "b"), ("Số:        /BC-SNV", "")],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
                  ("Sóc Trăng, ngày      tháng 4 năm 2024", "i")])
    w.para("BÁO CÁO", align="c", bold=True, size=14, indent=False, before=6, after=0)
    w.para("Kết quả Chỉ số cải cách hành chính và Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của "
           "cơ quan hành chính nhà nước tỉnh Sóc Trăng năm 2023", align="c", bold=True, indent=False, after=8)
    w.para("Kính gửi: Ủy ban nhân dân tỉnh Sóc Trăng", align="c", indent=False, after=8)
    w.para("Căn cứ kết quả công bố Chỉ số cải cách hành chính của các bộ, cơ quan ngang bộ, Ủy ban nhân dân các "
           "tỉnh, thành phố trực thuộc Trung ương (PAR Index) và Chỉ số hài lòng của người dân, tổ chức đối với sự "
           "phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2023 được Ban Chỉ đạo Cải cách hành chính của "
           "Chính phủ công bố ngày 17/4/2024 tại Hà Nội, Sở Nội vụ báo cáo Ủy ban nhân dân tỉnh kết quả phân tích, "
           "đánh giá và đề xuất giải pháp cải thiện kết quả năm 2024 như sau:")
    w.para("I. KẾT QUẢ PAR INDEX NĂM 2023", bold=True, indent=False, align="l", keep=True)
    w.para("1. Chỉ số tổng hợp", bold=True, indent=False, align="l", keep=True)
    w.para("Kết quả Chỉ số cải cách hành chính tỉnh Sóc Trăng năm 2023 đạt 81,7/100 điểm, tương đương 81,7%, xếp "
           "hạng 62/63 tỉnh, thành phố. Chi tiết như sau:")
    w.caption(t1.title, "il")
    w.table(t1, size=10)
    w.para("Như vậy, Chỉ số cải cách hành chính của tỉnh năm 2023 có sự sụt giảm về tỷ lệ điểm tự chấm và chưa có "
           "sự bứt phá trong tỷ lệ điểm điều tra xã hội học. Mức giảm điểm tự chấm là 1,44 điểm, tương ứng với tỷ "
           "lệ 2,13%; vị trí xếp hạng giảm 13 bậc so với năm 2022 (49/63 tỉnh, thành phố với tỷ lệ 83,14%) và chỉ "
           "xếp hạng 12/13 tỉnh, thành phố khu vực Đồng bằng sông Cửu Long.", before=6)
    w.para("Cơ cấu Chỉ số cải cách hành chính của tỉnh vẫn thực hiện như năm 2022, gồm 04 thành phần: (1) Điểm thẩm "
           "định; (2) Điểm SIPAS; (3) Khảo sát công chức, lãnh đạo quản lý; (4) Tác động phát triển kinh tế - xã "
           "hội. Cụ thể như sau:")
    w.caption(t2.title, "il")
    w.table(t2, size=10.5)
    w.para("^{1} Nhiều đơn vị trùng tỷ lệ, vị trí xếp hạng.", align="l", size=10, indent=False, before=3, after=0)
    w.para("^{2} Nhiều đơn vị trùng tỷ lệ, vị trí xếp hạng.", align="l", size=10, indent=False, after=6)
    w.para("Tỷ lệ điểm Chỉ số cải cách hành chính của tỉnh giảm rõ ở 03/04 nhóm thành phần gồm nhóm điểm thẩm định, "
           "nhóm Chỉ số SIPAS và nhóm Tác động phát triển kinh tế - xã hội; duy nhất nhóm Khảo sát công chức, lãnh "
           "đạo quản lý có sự thay đổi tích cực về tỷ lệ điểm đạt được, tăng 0,96%.")
    w.para("2. Kết quả đạt được theo từng lĩnh vực", bold=True, indent=False, align="l", keep=True)
    w.para("Tỷ lệ điểm các Chỉ số thành phần năm 2023 có sự chênh lệch so với năm 2022, kéo theo vị trí xếp hạng "
           "của các Chỉ số thành phần cũng thay đổi. Riêng Chỉ số thành phần Cải cách tổ chức bộ máy duy trì được "
           "vị trí xếp hạng 5/63 tỉnh, thành phố. Kết quả của 05 lĩnh vực đầu tiên như sau:")
    w.caption(t3.title, "il")
    w.table(t3, size=9.5, margin=0.08)
    w.para("Qua đánh giá của các bộ, ngành Trung ương, công tác cải cách hành chính năm 2023 của tỉnh vẫn còn những "
           "nhiệm vụ chưa thực hiện hoặc có thực hiện nhưng chưa đạt theo yêu cầu. Tổng điểm tự chấm chưa đạt so "
           "với điểm chuẩn là 12,9183 điểm (đạt 55,0817/68,00 điểm), chi tiết theo Phụ lục 1 kèm theo.", before=6)
    w.para("3. Đối với nội dung điểm điều tra xã hội học", bold=True, indent=False, align="l", keep=True)
    w.para("Tổng điểm chưa đạt so với điểm chuẩn là 5,3775 điểm (đạt 26,6225/32,00 điểm). Kết quả từng tiêu chí, "
           "tiêu chí thành phần được thống kê như sau:")
    w.caption(t4.title, "il")
    w.table(t4, size=11)
    w.para("Tất cả 27 tiêu chí, tiêu chí thành phần liên quan điểm điều tra xã hội học của tỉnh đều không ghi nhận "
           "tỷ lệ điểm tối đa (100%) từ người cho ý kiến đánh giá gồm cán bộ, công chức, viên chức và người dân, "
           "tổ chức. Tỷ lệ điểm thấp nhất thuộc về nhóm tiêu chí về quản lý tài chính công và chất lượng đội ngũ "
           "công chức, viên chức.", before=6)
    w.para("II. KẾT QUẢ SIPAS 2023", bold=True, indent=False, align="l", keep=True)
    w.para("Chỉ số SIPAS năm 2023 tỉnh Sóc Trăng đạt 81,65%, xếp hạng 37/63 tỉnh, thành phố, tăng 1,73% và giảm 05 "
           "bậc so với năm 2022 (79,92%, xếp hạng 32/63 tỉnh, thành phố). Kết quả này được tổng hợp từ ý kiến đánh "
           "giá, cảm nhận của 558 người dân, doanh nghiệp trong tỉnh; chi tiết theo Báo cáo chuyên đề kèm theo.")
    w.para("Trên đây là báo cáo kết quả Chỉ số cải cách hành chính và Chỉ số hài lòng năm 2023 của tỉnh Sóc Trăng, "
           "Sở Nội vụ kính trình Ủy ban nhân dân tỉnh xem xét, chỉ đạo./.")
    w.letterhead([("Nơi nhận:", "bi"), ("- Như trên;", ""), ("- Lưu: VT, CCHC.", "")],
                 [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", "")], size=11)
    w.save_pdf(outdir, name, tmp)
    return name, "python-docx -> LibreOffice (Times New Roman 13 pt body, tables 9.5-11 pt)", [t1, t2, t3, t4]


# ================================================================================================================
# Document B: Thành phố Sóc Trăng, CCHC report 2024 with statistics appendix (Word -> LibreOffice)
# ================================================================================================================
B_STATS = """\
g|I|Công tác chỉ đạo điều hành CCHC|||
d|1|Tỷ lệ hoàn thành Kế hoạch CCHC năm (Lũy kế đến thời điểm báo cáo)|%|84|Kế hoạch số 08/KH-UBND ngày 17/01/2024 thực hiện cải cách hành chính năm 2024
d||Số nhiệm vụ đề ra trong kế hoạch||25|
d||Số nhiệm vụ đã hoàn thành|Nhiệm vụ|21|
d||Số văn bản chỉ đạo CCHC đã ban hành|Văn bản|3|
g|2|Kiểm tra CCHC|||Kế hoạch số 28/KH-UBND ngày 26/02/2024 Kiểm tra công tác CCHC, phân cấp quản lý nhà nước và thực thi công vụ năm 2024
d||Số phòng ban đã kiểm tra|Cơ quan, đơn vị|0|
d||Số đơn vị trực thuộc đã kiểm tra|Cơ quan, đơn vị|0|
d||Số UBND cấp xã đã kiểm tra|Cơ quan, đơn vị|0|
d||Số vấn đề phát hiện qua kiểm tra|Vấn đề|0|
d||Số vấn đề phát hiện đã xử lý xong|Vấn đề|0|
g|3|Tuyên truyền CCHC|||Kế hoạch số 27/KH-UBND ngày 26/02/2024 Tuyên truyền CCHC năm 2024
d||Tỷ lệ thực hiện nhiệm vụ tuyên truyền theo kế hoạch|%|100|
d||Số lượng tin, bài viết, phóng sự gửi và duyệt đăng tại Chuyên trang CCHC tỉnh (https://cchc.soctrang.gov.vn/)|Tin, bài|9|
d||Số lượng tin, bài viết, phóng sự đã đăng tại Chuyên mục CCHC trên Trang Thông tin điện tử của đơn vị|Tin, bài|22 bài viết|
d||Có thực hiện tuyên truyền CCHC thường xuyên thông qua phương tiện truyền thông (báo, đài, website, zalo, ...)|Tin, bài||
d||Có thực hiện tuyên truyền CCHC thường xuyên thông qua các cuộc họp, hội nghị, hội thi, hội diễn, ...|Có = 1 Không = 0|1|
g|4|Thực hiện nhiệm vụ UBND tỉnh giao|||
d||Tổng số nhiệm vụ được giao|Nhiệm vụ|12|
d||Số nhiệm vụ đã hoàn thành đúng hạn|Nhiệm vụ|12|
d||Số nhiệm vụ đã hoàn thành nhưng quá hạn|Nhiệm vụ|0|
d|5|Có sáng kiến, giải pháp mới về CCHC|Không = 0; Có = 1|1|
d|6|Thực hiện khen thưởng về kết quả CCHC|Không = 0; Có = 1|1|
g|7|Khảo sát sự hài lòng của người dân, tổ chức|||
d||Số lượng phiếu khảo sát|Số lượng|986|
d||Hình thức khảo sát|Trực tuyến = 0 Phát phiếu = 1 Kết hợp = 2|0|
d||Tỷ lệ hài lòng trong kỳ báo cáo|%|100|
d|8|Tổ chức đối thoại của lãnh đạo với người dân, doanh nghiệp|Có = 1 Không = 0|0|
d|9|Việc chấp hành Chỉ thị 10 của Chủ tịch UBND tỉnh và Chỉ thị 10, Chỉ thị 26 của Thủ tướng Chính phủ về kỷ luật, kỷ cương hành chính|Tốt = 1 Có vi phạm = 0|1|
d|10|Kết quả thực hiện nhiệm vụ khác (nếu có)|||
g|II|Cải cách thể chế|||
d|1|Số VBQPPL đã ban hành|Văn bản|0|
d||Số VBQPPL được ban hành đúng tiến độ|Văn bản|0|
d||Số VBQPPL được ban hành đúng quy trình, thủ tục theo quy định|Văn bản|0|
g|2|Kiểm tra và tự kiểm tra, xử lý VBQPPL|||
d||Số VBQPPL tự kiểm tra theo thẩm quyền|Văn bản|0|
d||Số VBQPPL phát hiện trái pháp luật|Văn bản|0|
d||Số VBQPPL phát hiện trái pháp luật đã được xử lý|Văn bản|0|
d||Số VBQPPL kiểm tra theo thẩm quyền|Văn bản|8|Quyết định quy định quy chế thực hiện dân chủ ở cơ sở của Phường 1, 2, 4, 5, 7, 8, 9 và 10
g|3|Rà soát VBQPPL|||
d||Số VBQPPL phải rà soát|Văn bản|45|Rà soát hệ thống hóa văn bản Quy phạm pháp luật kỳ 2019 - 2023
d||Số VBQPPL đã rà soát|Văn bản|45|
d||Số VBQPPL đã kiến nghị xử lý sau kiểm tra, rà soát|Văn bản|0|
d||Số VBQPPL có kiến nghị xử lý đã được xử lý xong|Văn bản|0|
d|4|Thực hiện công tác phổ biến giáo dục pháp luật|Không = 0; Có = 1|1|
d||Số lượng văn bản đã tuyên truyền|Văn bản||Tuyên truyền một số quy định của pháp luật về xử lý vi phạm hành chính
g|III|Cải cách thủ tục hành chính|||
d|1|Kiểm soát TTHC|Không = 0; Có = 1|1|Kế hoạch số 10/KH-UBND ngày 19/01/2024 về việc thực hiện công tác kiểm soát thủ tục hành chính năm 2024
d||Số lượng TTHC thực hiện rà soát|TTHC|1|TTHC: Chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền đối với hộ gia đình, cá nhân
d|2|Kế hoạch rà soát TTHC|Có = 1 Không = 0|1|Kế hoạch số 11/KH-UBND ngày 19/01/2024 về việc rà soát, đánh giá thủ tục hành chính năm 2024 trên địa bàn thành phố Sóc Trăng
d||Đơn giản hóa TTHC|Không = 0; Có = 1|1|Chưa đến thời hạn báo cáo
d||Rút ngắn thời gian giải quyết so với quy định|Thủ tục|2|Lĩnh vực hoạt động xây dựng
d||Giảm thành phần hồ sơ|Thủ tục|0|
d||Khác|Thủ tục|0|
g|3|Thống kê TTHC|||
d||Số TTHC được công bố mới|Thủ tục|14|
d||Số TTHC đã được bãi bỏ, thay thế|Thủ tục|45|
d||Tổng số TTHC đang có hiệu lực:|Thủ tục||
d||- Số TTHC áp dụng tại UBND cấp huyện:|Thủ tục|287|
d||- Số TTHC áp dụng tại UBND cấp xã:|Thủ tục|129|
d|4|Có thực hiện niêm yết địa chỉ tiếp nhận phản ánh kiến nghị của cá nhân, tổ chức đối với TTHC thuộc thẩm quyền giải quyết|Có = 1 Không = 0|1|
d||Số lượng ý kiến đã tiếp nhận|Ý kiến|1|
d||Số lượng ý kiến đã giải quyết|Ý kiến|1|
g|5|Kết quả giải quyết TTHC|||
d||Số hồ sơ TTHC do UBND cấp huyện tiếp nhận|Hồ sơ|16.865|
d||Số hồ sơ TTHC do UBND cấp huyện giải quyết và trả kết quả||16.637|còn 228 hồ sơ đang giải quyết
d||Số hồ sơ TTHC do UBND cấp huyện tiếp nhận được giải quyết đúng hạn|Hồ sơ|16.369|
d||Số hồ sơ TTHC do UBND cấp xã tiếp nhận|Hồ sơ|14.654|
d||Số hồ sơ TTHC do UBND cấp xã giải quyết và trả kết quả|Hồ sơ|14.654|
d||Số hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn|Hồ sơ|14.537|Còn 77 hồ sơ đang giải quyết
g|IV|Cải cách tổ chức bộ máy hành chính nhà nước|||
g|1|Cơ cấu tổ chức bộ máy|||
d||Số phòng ban chuyên môn thuộc UBND cấp huyện|Cơ quan, đơn vị|11|
d||Số đơn vị SNCL thuộc UBND cấp huyện|Cơ quan, đơn vị|36|
d||Số phòng ban trong đơn vị SNCL thuộc UBND cấp huyện|Cơ quan, đơn vị|0|
d||Số lượng phòng ban chuyên môn thuộc UBND cấp huyện được cắt giảm trong năm|Cơ quan, đơn vị|0|
d||Số lượng đơn vị SNCL đã cắt giảm trong năm|Cơ quan, đơn vị|0|
d||Số lượng phòng ban trong đơn vị SNCL đã cắt giảm trong năm|Cơ quan, đơn vị|0|
g|2|Số liệu về biên chế công chức|||
d||Tổng số biên chế được giao trong năm|Người|92|
d||Tổng số biên chế có mặt tại thời điểm báo cáo|Người|90|
d||Số hợp đồng lao động làm việc tại cơ quan hành chính nhà nước|Người|10|
d||Số biên chế đã tinh giản trong kỳ báo cáo|Người|0|
d||Tỷ lệ phần trăm biên chế đã tinh giản trong năm so với kế hoạch|%||
g|3|Số người làm việc hưởng lương từ NSNN tại các đơn vị sự nghiệp công lập|||
d||Tổng số người làm việc được giao|Người|1.252|1. Trung tâm GDNN-GDTX: 24 2. Trung tâm VH-TT-TT: 35 3. Đội Trật tự: 12 4. Ngành Giáo dục: 1.181
d||Tổng số người làm việc có mặt|Người|1.093|1. Trung tâm GDNN-GDTX: 18 2. Trung tâm VH-TT-TT: 27 3. Đội Trật tự: 6 4. Ngành Giáo dục: 1.042
d||Số người đã tinh giản trong kỳ báo cáo|Người|7|1. Trường Mẫu giáo Vĩnh Xuyên: 01 2. Trường Mẫu giáo Mai Hoa: 01 3. Trường Tiểu học Võ Thị Sáu: 01 4. Trường Tiểu học Lý Thường Kiệt: 01 5. Phòng Giáo dục và Đào tạo: 03
d||Tỷ lệ % đã tinh giản so với kế hoạch năm|%|35|
g|4|Số người làm việc tại các đơn vị sự nghiệp công lập tự chủ hoàn toàn|||
d||Tổng số người làm việc được phê duyệt|Người|58|Phê duyệt theo Đề án VTVL 1. Ban Quản lý dự án: 17 2. Ban Quản lý chợ: 24 3. Trung tâm Phát triển quỹ đất: 17
d||Tổng số người làm việc có mặt|Người|49|1) Ban Quản lý dự án: hiện có 17 2) Ban Quản lý chợ: hiện có 18 3) Trung tâm Phát triển quỹ đất: hiện có 14
g|5|Số liệu về lãnh đạo|||
d||Số lượng lãnh đạo UBND cấp huyện|Người|4|
d||Số lượng lãnh đạo cấp phòng và tương đương|Người|33|
d||Số lượng lãnh đạo các đơn vị trực thuộc UBND cấp huyện|Người|84|
d||Số lượng lãnh đạo UBND cấp Phường|Người|27|
g|V|Cải cách chế độ công vụ|||
g|1|Vị trí việc làm của công chức, viên chức|||
d||Cơ quan, đơn vị đã được phê duyệt vị trí việc làm theo quy định|Có = 1 Không = 0|1|
d||Cơ quan, đơn vị đã thực hiện rà soát, hoàn chỉnh bản mô tả vị trí việc làm, khung năng lực công chức, viên chức theo chức năng, nhiệm vụ hiện hành và gửi về Sở Nội vụ|Có = 1 Không = 0|1|
g|2|Tuyển dụng công chức, viên chức|||
d||Số công chức được tuyển dụng (thi tuyển, xét tuyển)|Người|0|
d||Số công chức được tuyển dụng theo trường hợp đặc biệt.|Người|0|
d||Số cán bộ, công chức cấp xã được xét chuyển thành công chức cấp huyện trở lên.|Người|2|Huỳnh Tấn Phát; Nguyễn Hồng Hiếu
d||Số viên chức được tuyển dụng (thi tuyển, xét tuyển).|Người||
d||Số viên chức được tuyển dụng theo trường hợp đặc biệt.|Người|0|
g|3|Số liệu về bổ nhiệm công chức lãnh đạo|||
d||Thực hiện tuyển chọn, bổ nhiệm lãnh đạo qua thi tuyển|Đã thực hiện = 1 Chưa thực hiện = 0|0|
d||Số lãnh đạo UBND cấp huyện được bổ nhiệm mới|Người|0|
d||Số lãnh đạo cấp phòng chuyên môn thuộc UBND cấp huyện được bổ nhiệm mới|Người|1|
d||Số lãnh đạo UBND cấp xã được bổ nhiệm mới|Người|3|- Phường 2 và Phường 5
g|4|Công tác đào tạo, bồi dưỡng|||
d||Số người được đào tạo, bồi dưỡng theo Kế hoạch|Người|266|
d||Số người đã được đào tạo, bồi dưỡng thực tế|Người|408|Đạt 153,38%
g|VI|Cải cách tài chính công|||
d|1|UBND cấp huyện thực hiện cơ chế tự chủ theo quy định|Có = 1 Không = 0|1|
d|2|Số tổ chức hành chính thực hiện cơ chế tự chủ, tự chịu trách nhiệm về quản lý kinh phí hành chính|Cơ quan, đơn vị|28|
d|3|Số lượng đơn vị sự nghiệp công lập (SNCL) thực hiện cơ chế tự chủ||36|
d||Số đơn vị SNCL đã thực hiện tự chủ 100% chi thường xuyên và chi đầu tư (lũy kế đến thời điểm báo cáo)|Cơ quan, đơn vị|0|
d||Số đơn vị SNCL đã thực hiện tự chủ 100% chi thường xuyên (lũy kế đến thời điểm báo cáo)|Cơ quan, đơn vị|3|
d||Số đơn vị SNCL đã thực hiện tự chủ một phần chi thường xuyên (lũy kế đến thời điểm báo cáo)|Cơ quan, đơn vị|18|
d||Số đơn vị SNCL do nhà nước đảm bảo 100% chi thường xuyên (lũy kế đến thời điểm báo cáo)|Cơ quan, đơn vị|15|
g|VII|Xây dựng và phát triển Chính quyền điện tử, Chính quyền số|||
d|1|Ban hành kế hoạch phát triển chính quyền số, ứng dụng CNTT|Không = 0; Có = 1|1|Kế hoạch số 71/KH-UBND ngày 16/5/2024
d|2|Bố trí công chức, viên chức chuyên trách CNTT|Người|1|
g|3|Dịch vụ công trực tuyến|||
d||- Tổng số TTHC đủ điều kiện cung cấp trực tuyến một phần|TTHC|82|
d||- Tổng số TTHC đủ điều kiện cung cấp trực tuyến toàn trình|TTHC|87|
d||Số TTHC cung cấp trực tuyến đã tích hợp, công khai trên Cổng Dịch vụ công Quốc gia|TTHC|119|
d||Tổng số hồ sơ TTHC đã tiếp nhận (cả trực tiếp và trực tuyến đối với các TTHC đã cung cấp trực tuyến có phát sinh hồ sơ)|Hồ sơ|14.992|
d||Số lượng hồ sơ TTHC được tiếp nhận trực tuyến|Hồ sơ|14.871|
d||Tổng số TTHC có yêu cầu nghĩa vụ tài chính (tất cả các TTHC có phát sinh phí, lệ phí,...)|TTHC|45|
d||Số TTHC đã được tích hợp, triển khai thanh toán trực tuyến trên Cổng DVC Quốc gia hoặc trên Cổng DVC của tỉnh|TTHC|35|"""


def tables_b():
    t1 = Tbl(
        "Danh sách công chức phụ trách công tác cải cách hành chính",
        [["STT", "Nội dung", "Họ tên", "Chức vụ", "Trình độ chuyên môn^{1}", "Email/điện thoại"]],
        [D("1", "Lãnh đạo phụ trách cải cách hành chính", "Trần Văn Trí", "CT. UBND TPST", "",
           "tvtri@soctrang.gov.vn"),
         D("2", "Công chức phụ trách tham mưu cải cách hành chính", "Trần Thị Thu Sương", "Trưởng phòng Nội vụ", "",
           "suongnv@gmail.com - ĐT: 0299.3827.412"),
         D("3", "Công chức phụ trách Bộ phận một cửa", "Trương Xuân Anh Khoa",
           "Phó Chánh Văn phòng HĐND – UBND TPST", "", "txakhoa@soctrang.gov.vn - ĐT: 0299.3822.116"),
         D("4", "Nhân viên phụ trách tham mưu CNTT", "Nguyễn Bá Khang", "Nhân viên VP. HĐND – UBND TPST", "",
           "nbkhang@soctrang.gov.vn")],
        [1.2, 3.4, 2.5, 2.8, 1.8, 4.8], ["c", "l", "l", "l", "c", "l"])
    rows = []
    for line in B_STATS.strip("\n").split("\n"):
        k, tt, name, unit, val, note = line.split("|")
        rows.append(G(tt, name, unit, val, note) if k == "g" else D(tt, name, unit, val, note))
    t2 = Tbl("Bảng thống kê số liệu kết quả thực hiện công tác cải cách hành chính năm 2024",
             [["TT", "TÊN CHỈ TIÊU", "ĐƠN VỊ TÍNH", "Số lượng/ tỷ lệ", "Ghi chú"]],
             rows, [1.1, 7.3, 2.9, 1.9, 3.3], ["c", "l", "c", "c", "l"])
    return [t1, t2]


def build_b(outdir, tmp):
    name = "ubnd_tp_cchc_2024"
    t1, t2 = tables_b()
    w = DocxWriter(size=14, margins=(20, 20, 30, 15))
    w.letterhead([("ỦY BAN NHÂN DÂN", "b"), ("THÀNH PHỐ SÓC TRĂNG", "b"), ("Số: 638/BC-UBND", "")],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
                  ("Tp. Sóc Trăng, ngày 12 tháng 12 năm 2024", "i")], size=12.5)
    w.para("BÁO CÁO", align="c", bold=True, indent=False, before=6, after=0)
    w.para("Tình hình thực hiện cải cách hành chính năm 2024", align="c", bold=True, indent=False, after=8)
    w.para("Kính gửi: Sở Nội vụ tỉnh Sóc Trăng", align="c", indent=False, after=8)
    w.para("Thực hiện Kế hoạch số 218/KH-UBND ngày 19/12/2023 của Ủy ban nhân dân tỉnh Sóc Trăng về việc thực hiện "
           "cải cách hành chính năm 2024, Ủy ban nhân dân thành phố Sóc Trăng báo cáo kết quả thực hiện cải cách "
           "hành chính năm 2024 trên địa bàn thành phố như sau:")
    w.para("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", bold=True, align="l", indent=False, keep=True)
    w.para("Tại Kế hoạch số 08/KH-UBND ngày 17/01/2024, Ủy ban nhân dân thành phố đã đề ra 25 nhiệm vụ, có phân "
           "công cụ thể cho các cơ quan chuyên môn và Ủy ban nhân dân các phường thực hiện. Đến nay đã thực hiện "
           "22/25 nhiệm vụ, đạt 88%; các nhiệm vụ còn lại dự kiến hoàn thành trước ngày 31/12/2024.")
    w.para("Công tác tuyên truyền được duy trì thường xuyên: Trung tâm Văn hóa – Thể thao – Truyền thanh thực hiện "
           "12 chuyên mục “Người dân thành phố Sóc Trăng với Cải cách hành chính”; Cổng thông tin điện tử của thành "
           "phố đăng 23 bài viết về cải cách hành chính và 14 bài viết về chuyển đổi số.")
    w.para("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ TRONG NĂM", bold=True, align="l", indent=False, keep=True)
    w.para("Kết quả giải quyết hồ sơ hành chính cấp thành phố: đã tiếp nhận 16.865 hồ sơ, giải quyết hoàn trả trước "
           "hạn và đúng hạn 16.369 hồ sơ, trễ hạn 268 hồ sơ (đã gửi thư xin lỗi đến cá nhân, tổ chức); còn 228 hồ "
           "sơ đang giải quyết. Bộ phận Tiếp nhận và trả kết quả thành phố đã nhận được 986 ý kiến phản hồi, tỷ lệ "
           "hài lòng đạt 100%.")
    w.para("Ủy ban nhân dân thành phố có 11 cơ quan chuyên môn trực thuộc, 36 đơn vị sự nghiệp (gồm 05 đơn vị sự "
           "nghiệp công lập và 31 đơn vị sự nghiệp giáo dục); biên chế phòng, ban chuyên môn 90/92; đơn vị sự "
           "nghiệp 1.093/1.252 người. Từ đầu năm đã cử 408/266 lượt cán bộ, công chức, viên chức tham dự các lớp "
           "đào tạo, bồi dưỡng, đạt 153,38% kế hoạch.")
    w.para("III. PHƯƠNG HƯỚNG TRONG THỜI GIAN TỚI", bold=True, align="l", indent=False, keep=True)
    w.para("Tăng cường vai trò lãnh đạo của cấp ủy đảng, người đứng đầu các cơ quan hành chính đối với công tác cải "
           "cách hành chính; đẩy mạnh tuyên truyền, khuyến khích cá nhân, tổ chức sử dụng dịch vụ công trực tuyến; "
           "tiếp tục rà soát, cắt giảm, đơn giản hóa thủ tục hành chính.")
    w.para("Trên đây là kết quả thực hiện cải cách hành chính năm 2024 của Ủy ban nhân dân thành phố Sóc Trăng./.")
    w.letterhead([("Nơi nhận:", "bi"), ("- Như trên;", ""), ("- Chủ tịch UBND;", ""), ("- Phòng Nội vụ;", ""),
                  ("- Lưu: VT.", "")],
                 [("TM. ỦY BAN NHÂN DÂN", "b"), ("CHỦ TỊCH", "b"), ("", ""), ("", ""), ("Trần Văn Trí", "b")],
                 size=11.5)
    w.caption(t1.title, "bc", size=13)
    w.table(t1, size=11)
    w.para("^{1} Chỉ thống kê đối với công chức tham mưu CCHC, CNTT và công chức một cửa.", align="l", size=11,
           indent=False, before=3)
    w.doc.add_page_break()
    w.para("PHỤ LỤC", align="c", bold=True, indent=False, after=0)
    w.para("THỐNG KÊ SỐ LIỆU VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2024", align="c", bold=True,
           indent=False, after=0, size=13)
    w.para("(Ban hành kèm theo Báo cáo số 638/BC-UBND ngày 12/12/2024 của UBND thành phố)", align="c", italic=True,
           indent=False, after=4, size=13)
    w.caption(t2.title, "bc", size=12)
    w.table(t2, size=11)
    w.save_pdf(outdir, name, tmp)
    return name, "python-docx -> LibreOffice (Times New Roman 14 pt body, tables 11-11.5 pt)", [t1, t2]


# ================================================================================================================
# Document C: unit-level PAR Index 2021 (Sở Nội vụ, Word -> LibreOffice, landscape section)
# ================================================================================================================
C_SIPAS = [
    ("I", "SỞ NGÀNH", [
        ("Sở Giáo dục và Đào tạo", "100", "15,00"), ("Sở Kế hoạch và Đầu tư", "100", "15,00"),
        ("Sở Khoa học và Công nghệ", "100", "15,00"), ("Sở Lao động, Thương binh và Xã hội", "100", "15,00"),
        ("Sở Nội vụ", "100", "15,00"), ("Sở Thông tin và Truyền thông", "100", "15,00"),
        ("Sở Văn hóa, Thể thao và Du lịch", "100", "15,00"), ("Văn phòng UBND tỉnh", "100", "15,00"),
        ("Sở Công Thương", "99,71", "14,96"), ("Sở Xây dựng", "99,40", "14,91"), ("Thanh tra tỉnh", "99,00", "14,85"),
        ("Sở Y tế", "98,91", "14,84"), ("Ban Dân tộc", "97,92", "14,69"),
        ("Sở Tài nguyên và Môi trường", "97,45", "14,62"),
        ("Sở Nông nghiệp và Phát triển nông thôn", "96,86", "14,53"), ("Sở Tài chính", "92,73", "13,91"),
        ("Sở Giao thông vận tải", "91,00", "13,65"), ("Sở Tư pháp", "90,57", "13,59"),
        ("Ban Quản lý các khu công nghiệp", "87,50", "13,13")]),
    ("II", "ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP TỈNH", [
        ("Ban Quản lý Dự án 1", "100,00", "15,00"), ("Ban Quản lý Dự án 2", "100,00", "15,00"),
        ("Trường Cao đẳng Nghề Sóc Trăng", "99,29", "14,89"), ("Trường Cao đẳng Cộng đồng Sóc Trăng", "86,67", "13,00")]),
    ("III", "CƠ QUAN TRUNG ƯƠNG ĐẶT TẠI TỈNH", [
        ("Bảo hiểm xã hội", "100", "16,00"), ("Ngân hàng Nhà nước Chi nhánh tỉnh Sóc Trăng", "100", "16,00"),
        ("Kho bạc Nhà nước", "99,71", "15,95"), ("Công an tỉnh", "98,00", "15,68"), ("Cục Thuế", "95,57", "15,29"),
        ("Chi cục Hải quan", "94,03", "15,04")]),
    ("IV", "UBND CẤP HUYỆN", [
        ("UBND thị xã Ngã Năm", "100,00", "15,00"), ("UBND huyện Trần Đề", "99,18", "14,88"),
        ("UBND thị xã Vĩnh Châu", "96,73", "14,51"), ("UBND huyện Mỹ Xuyên", "95,32", "14,30"),
        ("UBND huyện Kế Sách", "94,00", "14,10"), ("UBND huyện Mỹ Tú", "92,73", "13,91"),
        ("UBND huyện Cù Lao Dung", "90,82", "13,62"), ("UBND huyện Long Phú", "90,61", "13,59"),
        ("UBND thành phố Sóc Trăng", "89,59", "13,44"), ("UBND huyện Châu Thành", "88,95", "13,34"),
        ("UBND huyện Thạnh Trị", "74,18", "11,13")]),
]

C_PAR = [
    (("I", "SỞ NGÀNH"), ("91,26", "41,57", "18,34", "14,61", "74,52", "81,71%"), [
        ("Sở Xây dựng", "94,00", "48,00", "19,18", "14,91", "82,09", "87,33%"),
        ("Sở Nội vụ", "93,50", "47,68", "18,92", "15,00", "81,60", "87,27%"),
        ("Ban Dân tộc", "87,00", "42,68", "18,36", "14,69", "75,73", "87,05%"),
        ("Sở Tư pháp", "92,00", "47,35", "18,43", "13,59", "79,37", "86,27%"),
        ("Sở Kế hoạch và Đầu tư", "93,50", "47,16", "18,38", "15,00", "80,54", "86,13%"),
        ("Sở Giao thông vận tải", "93,50", "47,31", "18,40", "13,65", "79,36", "84,88%"),
        ("Ban Quản lý các khu công nghiệp", "86,00", "40,52", "18,83", "13,13", "72,47", "84,27%"),
        ("Văn phòng UBND tỉnh", "77,50", "31,78", "17,50", "15,00", "64,28", "82,94%"),
        ("Sở Nông nghiệp và Phát triển nông thôn", "95,00", "46,54", "17,56", "14,53", "78,63", "82,76%"),
        ("Thanh tra tỉnh", "84,00", "35,45", "18,67", "14,85", "68,97", "82,10%"),
        ("Sở Tài chính", "89,00", "40,47", "18,56", "13,91", "72,94", "81,95%"),
        ("Sở Giáo dục và Đào tạo", "93,50", "41,97", "19,01", "15,00", "75,98", "81,26%"),
        ("Sở Công Thương", "94,00", "42,60", "17,92", "14,96", "75,47", "80,29%"),
        ("Sở Văn hóa, Thể thao và Du lịch", "94,00", "41,50", "18,93", "15,00", "75,43", "80,25%"),
        ("Sở Tài nguyên và Môi trường", "93,00", "41,64", "18,01", "14,62", "74,27", "79,86%"),
        ("Sở Thông tin và Truyền thông", "93,00", "40,57", "17,79", "15,00", "73,36", "78,89%"),
        ("Sở Lao động - Thương binh và Xã hội", "94,00", "38,85", "18,06", "15,00", "71,91", "76,50%"),
        ("Sở Khoa học và Công nghệ", "93,00", "37,74", "17,61", "15,00", "70,35", "75,64%"),
        ("Sở Y tế", "94,50", "30,07", "18,30", "14,84", "63,21", "66,89%")]),
    (("II", "ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP TỈNH"), ("91,50", "34,37", "18,88", "14,47", "67,73", "73,96%"), [
        ("Ban Quản lý Dự án 1", "91,50", "38,76", "18,38", "15,00", "72,14", "78,84%"),
        ("Trường Cao đẳng Nghề Sóc Trăng", "93,50", "39,88", "18,88", "14,89", "73,65", "78,77%"),
        ("Ban Quản lý Dự án 2", "90,50", "35,08", "20,56", "15,00", "70,64", "78,06%"),
        ("Trường Cao đẳng Cộng đồng Sóc Trăng", "90,50", "23,76", "17,71", "13,00", "54,47", "60,18%")]),
    (("III", "CƠ QUAN TRUNG ƯƠNG ĐẶT TẠI TỈNH"), ("100,70", "44,94", "23,15", "15,66", "83,76", "83,12%"), [
        ("Công an tỉnh", "101,00", "55,76", "19,88", "15,68", "91,32", "90,42%^{1}"),
        ("Bảo hiểm xã hội", "105,50", "49,15", "23,02", "16,00", "88,17", "83,58%"),
        ("Kho bạc Nhà nước", "107,00", "46,42", "25,17", "15,95", "87,54", "81,81%"),
        ("Ngân hàng Nhà nước Chi nhánh tỉnh Sóc Trăng", "101,00", "41,53", "23,55", "16,00", "81,08", "80,27%"),
        ("Chi cục Hải quan", "80,50", "25,00", "23,93", "15,04", "63,97", "79,47%"),
        ("Cục Thuế", "109,00", "46,81", "23,36", "15,29", "85,46", "78,41%")]),
    (("IV", "UBND CẤP HUYỆN"), ("93,18", "44,33", "16,16", "13,80", "74,29", "79,73%"), [
        ("Thị xã Ngã Năm", "93,25", "49,62", "16,57", "15,00", "81,19", "87,07%"),
        ("Thị xã Vĩnh Châu", "93,25", "47,45", "15,43", "14,51", "77,39", "82,99%"),
        ("Huyện Châu Thành", "93,00", "46,42", "16,94", "13,34", "76,70", "82,48%"),
        ("Huyện Cù Lao Dung", "93,50", "47,09", "16,02", "13,62", "76,73", "82,07%"),
        ("Huyện Trần Đề", "93,75", "43,54", "16,93", "14,88", "75,34", "80,37%"),
        ("Huyện Mỹ Xuyên", "93,25", "43,93", "15,41", "14,30", "73,64", "78,97%"),
        ("Huyện Thạnh Trị", "93,00", "45,83", "16,23", "11,13", "73,19", "78,70%"),
        ("Thành phố Sóc Trăng", "93,25", "43,51", "16,12", "13,44", "73,06", "78,35%"),
        ("Huyện Kế Sách", "93,25", "40,23", "16,49", "14,10", "70,82", "75,94%"),
        ("Huyện Long Phú", "91,75", "39,04", "16,23", "13,59", "68,86", "75,06%"),
        ("Huyện Mỹ Tú", "93,75", "41,00", "15,39", "13,91", "70,30", "74,99%")]),
]


def tables_c():
    rows = []
    for code, name, units in C_SIPAS:
        rows.append(G(code, name, "", ""))
        for i, (u, a, b) in enumerate(units, 1):
            rows.append(D(str(i), u, a, b))
    t1 = Tbl("Bảng 1. Kết quả Chỉ số SIPAS năm 2021 của các cơ quan, đơn vị",
             [["STT", "Đơn vị", "Chỉ số SIPAS (%)", "Điểm SIPAS quy đổi"]], rows,
             [1.4, 8.6, 3.0, 3.2], ["c", "l", "c", "c"],
             rec=lambda r, c, raw, k: {2: ("ratio", 2021), 3: ("points", 2021)}.get(c))
    t2 = Tbl("Bảng 2. Xếp loại Chỉ số CCHC năm 2021 theo nhóm cơ quan, đơn vị",
             [["STT", "Xếp loại", "Chỉ số CCHC năm 2021"] + ["Số cơ quan, đơn vị"] * 5,
              ["STT", "Xếp loại", "Chỉ số CCHC năm 2021", "Sở ngành", "UBND cấp huyện", "Đơn vị SNCL",
               "Cơ quan ngành dọc", "Tổng"]],
             [D("1", "Nhóm 1", "Chỉ số CCHC trên 90%", "-", "-", "-", "1", "1"),
              D("2", "Nhóm 2", "Chỉ số CCHC từ 80% đến dưới 90%", "14", "5", "-", "3", "22"),
              D("3", "Nhóm 3", "Chỉ số CCHC từ 65% đến dưới 80%", "5", "6", "3", "2", "16"),
              D("4", "Nhóm 4", "Chỉ số CCHC từ 50% đến dưới 65%", "-", "-", "1", "-", "1"),
              D("5", "Nhóm 5", "Chỉ số CCHC dưới 50%", "-", "-", "-", "-", "-"),
              TOT("", "TỔNG CỘNG", "", "19", "11", "4", "6", "40")],
             [1.3, 1.9, 4.3, 1.7, 1.9, 1.8, 2.0, 1.5], ["c", "l", "l", "c", "c", "c", "c", "c"],
             rec=lambda r, c, raw, k: ("count", 2021, "đơn vị") if c >= 3 else None)
    rows = []
    for (code, name), vals, units in C_PAR:
        rows.append(G(code, name, *vals))
        for i, u in enumerate(units, 1):
            rows.append(D(str(i), *u))
    t3 = Tbl("Bảng 3. Kết quả Chỉ số cải cách hành chính năm 2021 của các cơ quan, đơn vị, địa phương",
             [["STT", "Đơn vị", "Điểm chuẩn tối đa", "Điểm tự đánh giá (đã thẩm định)", "Điểm ĐTXHH", "Điểm ĐTXHH",
               "Tổng điểm đạt được", "Chỉ số CCHC 2021"],
              ["STT", "Đơn vị", "Điểm chuẩn tối đa", "Điểm tự đánh giá (đã thẩm định)", "Khảo sát CBCCVC",
               "Chỉ số SIPAS", "Tổng điểm đạt được", "Chỉ số CCHC 2021"],
              ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)=(4)+(5)+(6)", "(8)=(7)/(3)"]],
             rows, [1.3, 8.2, 2.4, 3.2, 2.5, 2.3, 3.2, 2.6], ["c", "l", "c", "c", "c", "c", "c", "c"],
             rec=lambda r, c, raw, k: {2: ("max_points", 2021), 3: ("points", 2021), 4: ("points", 2021),
                                       5: ("points", 2021), 6: ("points", 2021), 7: ("ratio", 2021)}.get(c))
    return [t1, t2, t3]


def build_c(outdir, tmp):
    name = "snv_chi_so_don_vi_2021"
    t1, t2, t3 = tables_c()
    w = DocxWriter(size=14, margins=(20, 20, 30, 15))
    w.letterhead([("UBND TỈNH SÓC TRĂNG", ""), ("SỞ NỘI VỤ", "b"), ("Số: 56/BC-SNV", "")],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
                  ("Sóc Trăng, ngày 26 tháng 5 năm 2022", "i")], size=12.5)
    w.para("BÁO CÁO", align="c", bold=True, indent=False, before=6, after=0)
    w.para("Kết quả Chỉ số cải cách hành chính của các cơ quan, đơn vị trên địa bàn tỉnh Sóc Trăng năm 2021",
           align="c", bold=True, indent=False, after=8)
    w.para("Kính gửi: Ủy ban nhân dân tỉnh Sóc Trăng", align="c", indent=False, after=8)
    w.para("Căn cứ Quyết định số 3119/QĐ-UBND ngày 05/11/2021 của Chủ tịch Ủy ban nhân dân tỉnh Sóc Trăng về việc "
           "ban hành Chỉ số cải cách hành chính của các sở ngành, đơn vị sự nghiệp công lập tỉnh, Ủy ban nhân dân "
           "các huyện, thị xã, thành phố và các cơ quan Trung ương đặt tại tỉnh Sóc Trăng năm 2021 và những năm tiếp "
           "theo, Sở Nội vụ báo cáo kết quả cụ thể như sau:")
    w.para("I. TỔNG QUAN VỀ CHỈ SỐ CCHC CỦA CÁC CƠ QUAN, ĐƠN VỊ", bold=True, align="l", indent=False, keep=True)
    w.para("Tổng số có 40/40 cơ quan, đơn vị, địa phương tham gia xác định Chỉ số CCHC năm 2021, gồm 19 sở ban "
           "ngành, 04 đơn vị sự nghiệp công lập tỉnh, 06 cơ quan Trung ương đặt tại tỉnh và 11 Ủy ban nhân dân cấp "
           "huyện. Chỉ số CCHC được xác định dựa trên điểm tự đánh giá (đã được Tổ công tác thẩm định) và điểm điều "
           "tra xã hội học, trong đó có kết quả đo lường sự hài lòng của người dân, tổ chức (Chỉ số SIPAS).")
    w.para("II. KẾT QUẢ CHỈ SỐ SIPAS", bold=True, align="l", indent=False, keep=True)
    w.para("Giá trị trung bình Chỉ số SIPAS năm 2021 của các cơ quan, đơn vị trên địa bàn tỉnh đạt 94,06%, tăng "
           "1,67% so với năm 2020 (92,39%) và tăng 5,79% so với năm 2019 (88,15%). Tỷ lệ điểm SIPAS là tiêu chí "
           "trong Chỉ số CCHC, chiếm 15% tổng điểm tối đa. Kết quả cụ thể như sau:")
    w.caption(t1.title, "il", size=13)
    w.table(t1, size=12, borders={"top": 8, "bottom": 8, "insideH": 4})
    w.para("III. KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2021", bold=True, align="l", indent=False, keep=True,
           before=8)
    w.para("Theo kết quả phê duyệt, công bố tại Quyết định số 1256/QĐ-UBND ngày 10/5/2022 của Chủ tịch Ủy ban nhân "
           "dân tỉnh, trong năm 2021, 100% (40/40) đơn vị tham gia Chỉ số CCHC đều có tỷ lệ Chỉ số từ 60% trở lên. "
           "Kết quả xếp loại được phân theo các nhóm như sau:")
    w.caption(t2.title, "il", size=13)
    w.table(t2, size=12)
    w.para("Giá trị trung bình Chỉ số CCHC của 40 đơn vị tham gia xác định Chỉ số CCHC năm 2021 đạt 80,48%, tăng "
           "0,09% so với năm 2020 (80,39%) và tăng 2,88% so với năm 2019 (77,60%). Nhóm các cơ quan Trung ương đặt "
           "tại tỉnh có giá trị trung bình cao nhất; nhóm đơn vị sự nghiệp tỉnh có giá trị trung bình thấp nhất, "
           "73,96%. Chi tiết kết quả từng đơn vị tại Bảng 3 dưới đây.", before=6)
    w.section(True, (20, 18, 20, 20))
    w.caption(t3.title, "il", size=13)
    w.table(t3, size=11.5)
    w.para("^{1} Đơn vị duy nhất có Chỉ số CCHC năm 2021 trên 90% (Nhóm 1).", align="l", size=11, indent=False,
           before=3)
    w.section(False, (20, 20, 30, 15))
    w.para("IV. KẾT LUẬN, KIẾN NGHỊ", bold=True, align="l", indent=False, keep=True)
    w.para("Chỉ số CCHC đã phản ánh đầy đủ kết quả triển khai các lĩnh vực cải cách hành chính tại các cơ quan, đơn "
           "vị. Kết quả Chỉ số CCHC năm 2021 là cơ sở để các cơ quan, đơn vị phân tích, xác định những nhiệm vụ đã "
           "thực hiện tốt để tiếp tục duy trì, phát huy và những tồn tại, hạn chế cần có giải pháp khắc phục.")
    w.para("Đề nghị các cơ quan, đơn vị phân tích chi tiết kết quả Chỉ số CCHC năm 2021 của cơ quan, đơn vị mình, "
           "xác định rõ những nội dung đã thực hiện tốt để có giải pháp duy trì và chỉ đạo bộ phận chuyên môn khắc "
           "phục các tiêu chí, lĩnh vực có kết quả thấp./.")
    w.letterhead([("Nơi nhận:", "bi"), ("- TT.HĐND tỉnh; UBND tỉnh (để b/c);", ""),
                  ("- 40 đơn vị tham gia đánh giá Chỉ số;", ""), ("- Lưu: VT.", "")],
                 [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b")], size=11.5)
    w.save_pdf(outdir, name, tmp)
    return name, "python-docx -> LibreOffice (Times New Roman 14 pt body, tables 11.5-12 pt, landscape section)", \
        [t1, t2, t3]


# ================================================================================================================
# Document D: improvement scheme 2022 (reportlab, Liberation Serif)
# ================================================================================================================
D_TASKS = [
    ("I", "SỞ NỘI VỤ", [
        ("Tổ chức tập huấn, bồi dưỡng kiến thức, kỹ năng cho cán bộ, công chức, viên chức tham mưu Chỉ số cải cách "
         "hành chính", "Cơ sở đào tạo", "Các lớp bồi dưỡng", "Hàng năm"),
        ("Cải tiến nội dung đánh giá, xác định Chỉ số cải cách hành chính các cơ quan, đơn vị trên địa bàn tỉnh",
         "Các sở chuyên ngành và đơn vị tham gia đánh giá Chỉ số cải cách hành chính",
         "Quyết định phê duyệt Chỉ số cải cách hành chính", "Năm 2023"),
        ("Cải tiến phần mềm đánh giá, xác định Chỉ số cải cách hành chính các cơ quan, đơn vị trên địa bàn tỉnh",
         "Đơn vị cung cấp phần mềm và UBND cấp huyện", "Phần mềm", "Hàng năm"),
        ("Tổ chức hội thảo, tọa đàm để thông tin, chia sẻ kiến thức, kinh nghiệm về cải cách hành chính",
         "Các đơn vị", "Kế hoạch; Báo cáo kết quả", "Hàng năm"),
        ("Tổ chức tìm kiếm sáng kiến, giải pháp cải cách hành chính theo từng lĩnh vực thành phần.", "Các đơn vị",
         "Báo cáo kết quả", "Hàng năm"),
        ("Thực hiện khảo sát, xác định Chỉ số cải cách hành chính", "Các đơn vị", "Báo cáo kết quả", "Hàng năm"),
        ("Nghiên cứu thực tế, học tập mô hình cải cách hành chính", "Các đơn vị", "Báo cáo kết quả", "Hàng năm"),
        ("Kiểm tra, giám sát, đôn đốc tiến độ thực hiện nhiệm vụ cải cách hành chính của các đơn vị", "Các đơn vị",
         "Báo cáo kết quả kiểm tra, giám sát", "Hàng năm"),
        ("Chủ động đề xuất Ban Chỉ đạo cải cách hành chính họp chuyên đề đề xuất nhiệm vụ, giải pháp cải thiện các "
         "chỉ số liên quan cải cách hành chính (PAR Index, PAPI, PCI, DTI, SIPAS)",
         "Thành viên Ban Chỉ đạo CCHC; Các sở, ban ngành và UBND các huyện, thị xã, thành phố", "Văn bản đề xuất",
         "Hàng năm"),
        ("Tham mưu xây dựng chính sách thu hút, hỗ trợ đào tạo khuyến khích cán bộ, công chức, viên chức nâng cao "
         "trình độ chuyên môn (sau đại học), góp phần nâng cao chất lượng thực thi nhiệm vụ", "Các đơn vị",
         "Nghị quyết", "Năm 2022"),
        ("Báo cáo cụ thể kết quả nhiệm vụ, giải pháp được giao nêu tại mục III và IV, Phần II của Đề án này",
         "Các Sở, ban, ngành tỉnh, UBND cấp huyện, cấp xã", "Báo cáo", "Hàng năm"),
        ("Sơ kết thực hiện Đề án", "Các đơn vị", "Báo cáo sơ kết", "Năm 2025"),
        ("Tổng kết thực hiện Đề án", "Các đơn vị", "Báo cáo tổng kết", "Năm 2030")]),
    ("II", "SỞ TƯ PHÁP", [
        ("Đề xuất ít nhất 03 mô hình sáng kiến hoặc giải pháp nâng cao hiệu quả thực hiện nhiệm vụ trong lĩnh vực "
         "được giao phụ trách. Đồng thời, chịu trách nhiệm duy trì sáng kiến, giải pháp đã đề xuất và triển khai "
         "hiệu quả thời gian qua.", "", "Báo kết quả, nội dung giải pháp, sáng kiến", "Trong giai đoạn"),
        ("Thực hiện công tác phổ biến, giáo dục pháp luật", "Các Sở, ban, ngành tỉnh, UBND cấp huyện, cấp xã",
         "Kế hoạch; báo cáo kết quả", "Hàng năm"),
        ("Đổi mới công tác kiểm tra, khảo sát, đánh giá tình hình thi hành pháp luật của việc thực hiện trách "
         "nhiệm. Tăng cường theo dõi đôn đốc và kiểm tra việc thực hiện trách nhiệm quản lý nhà nước; Đẩy mạnh ứng "
         "dụng công nghệ thông tin trong tổ chức thi hành pháp luật và theo dõi tình hình thi hành pháp luật.",
         "Các Sở, ban, ngành tỉnh, UBND cấp huyện, cấp xã",
         "Kế hoạch; văn bản hướng dẫn, đôn đốc, kiểm tra; báo cáo kết quả.", "Hàng năm"),
        ("Tăng cường bồi dưỡng để nâng cao năng lực, trình độ chuyên môn cho đội ngũ cán bộ, công chức làm công tác "
         "theo dõi thi hành pháp luật của các Sở ngành tỉnh, UBND cấp huyện.", "Cơ sở đào tạo hoặc Bộ Tư pháp",
         "Kế hoạch tập huấn", "Hàng năm"),
        ("Tăng cường kiểm tra, rà soát văn bản QPPL kịp thời phát hiện, xử lý hoặc đề nghị cơ quan, người có thẩm "
         "quyền xử lý các văn bản có nội dung không phù hợp quy định của pháp luật, mâu thuẫn, chồng chéo, hết hiệu "
         "lực hoặc không còn phù hợp với hệ thống pháp luật hiện hành và tình hình thực tế của địa phương.",
         "Các Sở, ban, ngành tỉnh, UBND cấp huyện, cấp xã", "Kế hoạch; Quyết định; Báo cáo kết quả", "Hàng năm"),
        ("Báo cáo cụ thể kết quả nhiệm vụ, giải pháp được giao nêu tại mục III và IV, Phần II của Đề án này",
         "Các Sở, ban, ngành tỉnh, UBND cấp huyện, cấp xã", "Báo cáo", "Hàng năm")]),
    ("III", "SỞ TÀI CHÍNH", [
        ("Đề xuất ít nhất 03 mô hình sáng kiến hoặc giải pháp nâng cao hiệu quả thực hiện nhiệm vụ trong lĩnh vực "
         "được giao phụ trách. Đồng thời, chịu trách nhiệm duy trì sáng kiến, giải pháp đã đề xuất và triển khai "
         "hiệu quả thời gian qua.", "", "Báo kết quả, nội dung giải pháp, sáng kiến", "Trong giai đoạn"),
        ("Phối hợp tham mưu UBND tỉnh sửa đổi nội dung đánh giá kết quả cải cách hành chính và hướng dẫn, đánh giá, "
         "xác định Chỉ số cải cách hành chính các đơn vị trên địa bàn tỉnh.",
         "Các sở, ban ngành và UBND các huyện, thị xã, thành phố", "Văn bản đề xuất, hướng dẫn", "Hàng năm"),
        ("Báo cáo cụ thể kết quả nhiệm vụ, giải pháp được giao nêu tại mục III và IV, Phần II của Đề án này",
         "Các Sở, ban, ngành tỉnh, UBND cấp huyện, cấp xã", "Báo cáo", "Hàng năm")]),
    ("IV", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", [
        ("Đề xuất ít nhất 03 mô hình sáng kiến hoặc giải pháp nâng cao hiệu quả thực hiện nhiệm vụ trong lĩnh vực "
         "được giao phụ trách. Đồng thời, chịu trách nhiệm duy trì sáng kiến, giải pháp đã đề xuất và triển khai "
         "hiệu quả thời gian qua.", "", "Báo kết quả, nội dung giải pháp, sáng kiến", "Trong giai đoạn"),
        ("Phối hợp tham mưu UBND tỉnh sửa đổi nội dung đánh giá kết quả cải cách hành chính và hướng dẫn, đánh giá, "
         "xác định Chỉ số cải cách hành chính các đơn vị trên địa bàn tỉnh.",
         "Các sở, ban ngành và UBND các huyện, thị xã, thành phố", "Văn bản đề xuất, hướng dẫn", "Hàng năm"),
        ("Tham mưu đẩy mạnh triển khai việc kết nối, chia sẻ dữ liệu giữa các ngành, các địa phương trên địa bàn "
         "tỉnh kết hợp với việc thực hiện quy trình số hóa theo quy định tại Nghị định 107/2021/NĐ-CP sửa đổi, bổ "
         "sung một số điều của Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ "
         "chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính; giúp cá nhân, tổ chức không phải nộp "
         "lại hồ sơ, giấy tờ do cơ quan nhà nước lưu trữ khi thực hiện thủ tục hành chính, thu hút thêm nhiều người "
         "thực hiện dịch vụ công trực tuyến", "Các cơ quan, đơn vị", "Báo cáo kết quả", "Hàng năm"),
        ("Nâng cấp Hệ thống quản lý văn bản và điều hành trên địa bàn tỉnh, đáp ứng tốt hơn việc xử lý văn bản, hồ "
         "sơ công việc trên môi trường điện tử trong nội bộ đơn vị và giữa các cơ quan, đơn vị, địa phương",
         "Các cơ quan, đơn vị", "Báo cáo kết quả", "Hàng năm"),
        ("Báo cáo cụ thể kết quả nhiệm vụ, giải pháp nêu tại mục III và IV, Phần II của Đề án này",
         "Các Sở, ban, ngành tỉnh, UBND cấp huyện, cấp xã", "Báo cáo", "Hàng năm")]),
    ("V", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", [
        ("Đề xuất ít nhất 03 mô hình sáng kiến hoặc giải pháp nâng cao hiệu quả thực hiện nhiệm vụ trong lĩnh vực "
         "được giao phụ trách. Đồng thời, chịu trách nhiệm duy trì sáng kiến, giải pháp đã đề xuất và triển khai "
         "hiệu quả thời gian qua.", "", "Báo kết quả, nội dung giải pháp, sáng kiến", "Trong giai đoạn"),
        ("Triển khai áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 bản điện tử "
         "(ISO điện tử) vào hoạt động của các cơ quan hành chính nhà nước tỉnh Sóc Trăng năm 2022",
         "Các Sở, ban, ngành tỉnh, UBND cấp huyện, cấp xã", "Báo kết quả", "Hàng năm"),
        ("Báo cáo cụ thể kết quả nhiệm vụ, giải pháp được giao nêu tại mục III và IV, Phần II của Đề án này",
         "Các Sở, ban, ngành tỉnh, UBND cấp huyện, cấp xã", "Báo cáo", "Hàng năm")]),
    ("VI", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ", [
        ("Đề xuất ít nhất 03 mô hình sáng kiến hoặc giải pháp nâng cao hiệu quả thực hiện nhiệm vụ trong lĩnh vực "
         "được giao phụ trách. Đồng thời, chịu trách nhiệm duy trì sáng kiến, giải pháp đã đề xuất và triển khai "
         "hiệu quả thời gian qua.", "", "Báo kết quả, nội dung giải pháp, sáng kiến", "Trong giai đoạn"),
        ("Phát huy vai trò thành viên Ban Chỉ đạo cải cách hành chính tích cực trong việc đề xuất nhiệm vụ, giải "
         "pháp cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh quốc gia trên địa bàn tỉnh Sóc Trăng",
         "Cơ quan Thường trực Ban Chỉ đạo CCHC và Thành viên Ban Chỉ đạo CCHC; Các sở, ban ngành và UBND các huyện, "
         "thị xã, thành phố", "Kế hoạch cải thiện PCI", "- Giai đoạn 2022 -2025 - Giai đoạn 2026 -2030"),
        ("Chủ động đề xuất Ban Chỉ đạo cải cách hành chính họp chuyên đề nhiệm vụ, giải pháp cải thiện môi trường "
         "kinh doanh, nâng cao năng lực cạnh tranh tỉnh",
         "Cơ quan Thường trực Ban Chỉ đạo CCHC và Thành viên Ban Chỉ đạo CCHC; Các sở, ban ngành và UBND các huyện, "
         "thị xã, thành phố", "Văn bản đề xuất", "Hàng năm"),
        ("Tham mưu ban hành Kế hoạch của UBND tỉnh thực hiện Nghị quyết của Hội đồng nhân dân tỉnh về phát triển "
         "kinh tế - xã hội 6 tháng đầu năm và Kế hoạch của UBND tỉnh thực hiện Nghị quyết của Hội đồng nhân dân "
         "tỉnh về phát triển kinh tế - xã hội 6 tháng cuối năm",
         "Các sở, ban ngành và UBND các huyện, thị xã, thành phố", "Kế hoạch của UBND tỉnh", "Hàng năm"),
        ("Báo cáo cụ thể kết quả nhiệm vụ, giải pháp được giao nêu tại mục III và IV, Phần II của Đề án này",
         "Các Sở, ban, ngành tỉnh, UBND cấp huyện, cấp xã", "Báo cáo", "Hàng năm")]),
]


def tables_d():
    years = [str(y) for y in range(2016, 2022)]
    t1 = Tbl(
        "Bảng 1. Tỷ lệ điểm các Chỉ số thành phần của tỉnh giai đoạn 2016 - 2021",
        [["STT", "Tỷ lệ điểm các Chỉ số thành phần trong Chỉ số cải cách hành chính tỉnh Sóc Trăng"]
         + [f"Năm {y}" for y in years]],
        [D("1", "Công tác chỉ đạo, điều hành cải cách hành chính", "79.41%", "79.40%", "88.10%", "86.00%", "87.65%",
           "97.87%"),
         D("2", "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật", "93.33%", "85.60%", "90.90%", "91.90%",
           "90.10%", "91.70%"),
         D("3", "Cải cách thủ tục hành chính", "83.33%", "77.50%", "80.70%", "83.86%", "90.74%", "97.91%"),
         D("4", "Cải cách tổ chức bộ máy hành chính nhà nước", "65.38%", "72.70%", "78.60%", "76.08%", "91.65%",
           "92.96%"),
         D("5", "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức", "47.37%", "59.00%", "77.80%",
           "82.86%", "88.00%", "76.89%"),
         D("6", "Cải cách tài chính công", "62.50%", "74.60%", "61.30%", "70.08%", "83.42%", "91.91%"),
         D("7", "Hiện đại hóa hành chính", "30.56%", "66.40%", "70.70%", "80.54%", "81.80%", "85.25%"),
         D("8", "Thực hiện cơ chế một cửa, một cửa liên thông^{2}", "56.25%", "-", "-", "-", "-", "-"),
         D("9", "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội", "80.14%",
           "87.10%", "83.00%", "86.44%", "73.75%", "74.66%")],
        [1.0, 5.5] + [1.65] * 6, ["c", "l"] + ["c"] * 6,
        rec=lambda r, c, raw, k: ("ratio", 2014 + c) if c >= 2 else None)
    t2 = Tbl(
        "Bảng 2. Giá trị trung bình Chỉ số CCHC của các nhóm đơn vị qua các năm",
        [["Nhóm đơn vị", "Năm 2021", "Năm 2020", "Năm 2019", "Năm 2018", "Năm 2017", "Năm 2016"]],
        [D("Sở ngành", "81.71%", "77.16%", "74.89%", "72.12%", "71.51%", "58.16%"),
         D("UBND cấp huyện", "79.73%", "76.97%", "71.43%", "72.44%", "73.94%", "52.95%"),
         D("Cơ quan ngành dọc", "83.12%", "79.51%", "72.62%", "64.23%", "-", "-"),
         D("Đơn vị sự nghiệp công lập tỉnh", "73.96%", "70.37%", "71.48%", "66.14%", "59.19%", "47.30%")],
        [5.4, 1.85, 1.85, 1.85, 1.85, 1.85, 1.85], ["l"] + ["r"] * 6,
        rec=lambda r, c, raw, k: ("ratio", 2022 - c) if c >= 1 else None)
    rows = []
    for code, org, tasks in D_TASKS:
        rows.append(G(code, org, "", "", ""))
        for i, task in enumerate(tasks, 1):
            rows.append(D(str(i), *task))
    t3 = Tbl("CÁC NHIỆM VỤ CỤ THỂ CỦA ĐỀ ÁN",
             [["TT", "Nhiệm vụ của cơ quan chủ trì", "Cơ quan phối hợp", "Hoạt động/sản phẩm", "Thời gian thực hiện"]],
             rows, [1.0, 6.9, 3.6, 3.0, 2.0], ["c", "j", "l", "l", "c"])
    return [t1, t2, t3]


def build_d(outdir, tmp):
    name = "de_an_cai_thien_par_2022"
    t1, t2, t3 = tables_d()
    w = RLWriter(os.path.join(outdir, name + ".pdf"), font="LSerif", size=13, number_first=False)
    w.para("ĐỀ ÁN", align="c", bold=True, size=14, indent=False, after=2)
    w.para("Cải thiện Chỉ số cải cách hành chính cấp tỉnh và các cơ quan thuộc tỉnh Sóc Trăng từ nay đến năm 2030",
           align="c", bold=True, indent=False, after=2)
    w.para("(Ban hành kèm theo Quyết định số      /QĐ-UBND ngày      /     /2022 của Ủy ban nhân dân tỉnh Sóc Trăng)",
           align="c", italic=True, indent=False, after=10)
    w.para("Phần I", align="c", bold=True, indent=False, after=0)
    w.para("SỰ CẦN THIẾT CỦA ĐỀ ÁN", align="c", bold=True, indent=False, after=8)
    w.para("Chỉ số cải cách hành chính (Public Administration Reform Index - PAR Index) được xem là công cụ đo lường "
           "hiệu quả, chính xác các nội dung cải cách hành chính hàng năm tại các cơ quan, đơn vị trong quá trình "
           "triển khai thực hiện Chương trình, Kế hoạch cải cách hành chính trên địa bàn tỉnh Sóc Trăng.")
    w.para("Trong giai đoạn 2016 đến nay, Chỉ số cải cách hành chính của tỉnh Sóc Trăng hàng năm đều có sự cải thiện "
           "về vị trí xếp hạng^{1} và tăng về tỷ lệ điểm đạt được, tuy nhiên giá trị trung bình chung vẫn chưa cao, "
           "chỉ đạt 79,60%. So với năm 2016, năm 2021 tỉnh có 02 chỉ số thành phần sụt giảm về tỷ lệ đạt được. Chi "
           "tiết như sau:")
    w.caption(t1.title, "il")
    w.table(t1, font="LSerif", size=11)
    w.para("^{1} Từ vị trí xếp hạng 49/63 tỉnh, thành phố vào năm 2016, Sóc Trăng đã vươn lên vị trí 18/63 tỉnh, "
           "thành phố vào năm 2021.", align="l", size=10, indent=False, before=4, after=0)
    w.para("^{2} Chỉ thực hiện đánh giá trong năm 2016.", align="l", size=10, indent=False, after=8)
    w.para("Kết quả thống kê trên cho thấy, Chỉ số cải cách hành chính của tỉnh Sóc Trăng còn nhiều nội dung cần "
           "được cải thiện. Trong đó, Chỉ số thành phần về hiện đại hóa hành chính và Chỉ số thành phần xây dựng và "
           "nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức đạt tỷ lệ còn khiêm tốn so với các chỉ số thành "
           "phần còn lại.")
    w.para("Việc đánh giá, xếp loại Chỉ số cải cách hành chính đối với các cơ quan, đơn vị trên địa bàn tỉnh được "
           "triển khai kể từ năm 2013. Ở mỗi nhóm tham gia đánh giá Chỉ số, giá trị trung bình thay đổi khác nhau:")
    w.caption(t2.title, "il")
    w.table(t2, font="LSerif", size=11, grid=False)
    w.para("Qua 06 năm đánh giá, giá trị trung bình chung Chỉ số của các đơn vị trong tỉnh chỉ đạt 73,28%, thấp hơn "
           "giá trị trung bình của cấp tỉnh là 6,32%. Vì vậy, để nâng cao Chỉ số cải cách hành chính của tỉnh thì "
           "kết quả Chỉ số của các đơn vị trong tỉnh phải đạt giá trị cao hơn giá trị Chỉ số của tỉnh.", before=6)
    w.para("Phần II", align="c", bold=True, indent=False, after=0, before=6)
    w.para("NỘI DUNG ĐỀ ÁN", align="c", bold=True, indent=False, after=8)
    w.para("Mục tiêu của Đề án là cải thiện vị trí xếp hạng và tỷ lệ điểm Chỉ số cải cách hành chính của tỉnh; đến "
           "năm 2025, Chỉ số cải cách hành chính tỉnh Sóc Trăng xếp vào nhóm khá cả nước, trong nhóm 15 tỉnh, thành "
           "phố đứng đầu cả nước; từ năm 2026 đến năm 2030, mỗi năm tăng tối thiểu 01 bậc.")
    w.para("Các cơ quan, đơn vị chịu trách nhiệm tổ chức triển khai đầy đủ và có hiệu quả những nhiệm vụ được giao "
           "tại Đề án này, bảo đảm tỷ lệ đạt được của Chỉ số thành phần thuộc lĩnh vực phụ trách tăng lên hàng "
           "năm./.")
    from reportlab.platypus import PageBreak
    w.story.append(PageBreak())
    w.para("PHỤ LỤC", align="c", bold=True, indent=False, after=0)
    w.para("(Kèm theo Quyết định số      /QĐ-UBND ngày      tháng      năm 2022 của Ủy ban nhân dân tỉnh Sóc Trăng)",
           align="c", italic=True, size=12, indent=False, after=6)
    w.caption(t3.title, "bc")
    w.table(t3, font="LSerif", size=11, repeat=False, split_in_row=True)
    w.build()
    return name, "reportlab (Liberation Serif 13 pt body, tables 11 pt; page numbers from page 2)", [t1, t2, t3]


# ================================================================================================================
# Document E: appendices of the 2023 PAR report (fpdf2, own table drawing, landscape page)
# ================================================================================================================
E_CRIT = [
    ("1.3.2", "Xử lý các vấn đề phát hiện qua kiểm tra", "1", "0,8308", "83,08%", "Sở Nội vụ"),
    ("1.6", "Đối thoại của lãnh đạo tỉnh với người dân, doanh nghiệp", "1", "0,9375", "93,75%",
     "Sở Kế hoạch và Đầu tư"),
    ("1.7", "Thực hiện nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao", "1,5", "1,2573", "83,82%",
     "Văn phòng UBND tỉnh"),
    ("3.2.1", "Công bố TTHC, danh mục TTHC theo quy định", "0,5", "0", "-", "Văn phòng UBND tỉnh"),
    ("3.2.3", "Công khai tiến độ, kết quả giải quyết hồ sơ trên Hệ thống thông tin giải quyết TTHC", "1", "0,7701",
     "77,01%", "Văn phòng UBND tỉnh"),
    ("3.4.1", "Tỷ lệ hồ sơ TTHC do CQCM cấp tỉnh tiếp nhận trong năm được giải quyết đúng hạn", "1,5", "1,4994",
     "99,96%", "Văn phòng UBND tỉnh"),
    ("3.4.2", "Tỷ lệ hồ sơ TTHC do UBND cấp huyện tiếp nhận trong năm được giải quyết đúng hạn", "1,5", "1,4919",
     "99,46%", "Văn phòng UBND tỉnh"),
    ("3.4.3", "Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận trong năm được giải quyết đúng hạn", "1", "0,9984",
     "99,84%", "Văn phòng UBND tỉnh"),
    ("5.3.1", "Thực hiện quy định về bổ nhiệm các chức danh lãnh đạo, quản lý", "0,75", "0,5", "66,67%",
     "Sở Nội vụ"),
    ("5.4", "Chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức, viên chức", "1,5", "1", "66,67%",
     "Sở Nội vụ"),
    ("5.6", "Tỷ lệ đạt chuẩn của cán bộ, công chức cấp xã", "0,5", "0", "-", "Sở Nội vụ"),
    ("6.1.1", "Thực hiện giải ngân kế hoạch đầu tư vốn ngân sách nhà nước (NSNN)", "1", "0,9363", "93,63%",
     "Sở Tài chính"),
    ("6.1.2", "Thực hiện quy định về việc sử dụng kinh phí nguồn từ NSNN", "1", "0", "-", "Sở Tài chính"),
    ("6.1.3", "Thực hiện các kiến nghị sau thanh tra, kiểm tra, kiểm toán nhà nước về tài chính, ngân sách", "1",
     "0,6675", "66,75%", "Sở Tài chính"),
    ("6.3.3", "Thực hiện quy định về sử dụng các nguồn tài chính và phân phối kết quả tài chính tại các đơn vị SNCL.",
     "1", "0", "-", "Sở Tài chính"),
    ("6.3.4", "Tỷ lệ giảm chi trực tiếp ngân sách cho đơn vị sự nghiệp so với năm 2021", "1", "0", "-",
     "Sở Tài chính"),
    ("7.1.2", "Triển khai Trung tâm dữ liệu phục vụ chuyển đổi số theo hướng sử dụng công nghệ điện toán đám mây",
     "1", "0,5", "50,00%", "Sở Thông tin và Truyền thông"),
    ("7.1.4", "Tỷ lệ số dịch vụ dữ liệu có trên Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) được đưa vào sử "
              "dụng chính thức", "1", "0,4706", "47,06%", "Sở Thông tin và Truyền thông"),
    ("7.3.4", "Triển khai số hóa hồ sơ giải quyết TTHC", "1", "0", "-", "Sở Thông tin và Truyền thông"),
    ("7.3.5", "Tỷ lệ dịch vụ công trực tuyến toàn trình", "0,5", "0,2934", "58,68%", "Sở Thông tin và Truyền thông"),
    ("7.3.6", "Tỷ lệ hồ sơ trực tuyến toàn trình", "1,5", "0,8276", "55,17%", "Sở Thông tin và Truyền thông"),
    ("7.3.7", "Thực hiện thanh toán trực tuyến", "1,5", "0,3759", "25,06%", "Sở Thông tin và Truyền thông"),
    ("8.2", "Mức độ thu hút đầu tư của tỉnh", "1", "0", "-", "Sở Kế hoạch và Đầu tư"),
    ("8.3.1", "Số lượng doanh nghiệp gia nhập và tái gia nhập thị trường", "0,5", "0", "-", "Sở Kế hoạch và Đầu tư"),
    ("8.4", "Thực hiện thu ngân sách hàng năm của tỉnh theo Kế hoạch được Chính phủ giao", "1,5", "0,75", "50,00%",
     "Sở Tài chính"),
    ("8.5", "Mức độ thực hiện các chỉ tiêu phát triển KT-XH do HĐND tỉnh giao", "2", "1,225", "61,25%",
     "Sở Kế hoạch và Đầu tư"),
]

E_NOTE = "Số hồ sơ chênh lệch do đơn vị sử dụng Phần mềm chuyên ngành của Bộ chủ quản trong tiếp nhận và xử lý hồ sơ TTHC."

E_CB = [
    ("1", "Bí thư Đảng ủy", "107 0 0 107 0 0 0 0 83 24 0 0 7 100 107 100"),
    ("2", "Phó Bí thư Đảng ủy", "128 0 0 128 0 0 0 0 126 2 0 0 56 72 128 100"),
    ("3", "Chủ tịch Hội đồng nhân dân", "2 0 0 2 0 0 0 0 2 0 0 0 2 0 2 100"),
    ("4", "Phó Chủ tịch Hội đồng nhân dân", "106 0 0 106 0 0 2 0 102 2 0 0 94 12 104 98,11"),
    ("5", "Chủ tịch Ủy ban nhân dân", "83 0 0 83 0 0 0 0 74 9 0 0 28 55 83 100"),
    ("6", "Phó Chủ tịch Ủy ban nhân dân", "209 0 0 209 0 0 1 0 201 7 0 0 171 38 208 99,52"),
    ("7", "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam", "97 0 0 97 0 0 5 0 92 0 0 0 92 5 92 94,85"),
    ("8", "Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh", "108 0 0 108 0 0 2 2 103 1 0 2 103 3 103 95,37"),
    ("9", "Chủ tịch Hội Liên hiệp phụ nữ Việt Nam", "109 0 0 109 0 0 9 0 100 0 0 1 101 7 99 90,83"),
    ("10", "Chủ tịch Hội Nông dân Việt Nam", "107 0 0 107 0 0 7 0 99 1 0 1 103 3 99 92,52"),
    ("11", "Chủ tịch Hội Cựu Chiến binh Việt Nam", "109 1 0 108 1 1 19 1 87 0 0 2 105 2 85 77,98"),
]
E_CC = [
    ("1", "Chỉ huy trưởng Ban Chỉ huy Quân sự", "109 0 0 109 0 0 21 20 68 0 1 0 108 0 109 100"),
    ("2", "Tư pháp - Hộ tịch", "159 0 0 159 0 0 6 0 152 1 8 15 136 0 159 100"),
    ("3", "Văn phòng - Thống kê", "308 0 0 308 0 0 11 1 293 3 15 12 275 6 296 96,10"),
    ("4", "Tài chính - Kế toán", "99 0 0 99 0 0 6 1 91 1 6 7 86 0 92 92,93"),
    ("5", "Văn hóa - Xã hội", "162 0 0 162 0 0 7 2 152 1 10 13 138 1 153 94,44"),
    ("6", "Địa chính - Xây dựng - Đô thị và Môi trường hoặc Địa chính - Nông nghiệp - Xây dựng và Môi trường",
     "177 0 0 177 0 0 18 2 152 5 21 20 135 1 157 88,70"),
]

E_FILLER = [
    "Số hồ sơ tiếp nhận được tổng hợp từ Báo cáo kiểm soát thủ tục hành chính năm 2023 của các cơ quan, đơn vị.",
    "Số hồ sơ cập nhật, công khai được trích xuất từ Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.",
    "Một số đơn vị sử dụng phần mềm chuyên ngành của bộ chủ quản nên số hồ sơ cập nhật trên Hệ thống của tỉnh thấp.",
    "Đối với lĩnh vực chứng thực cấp xã, số hồ sơ phát sinh chiếm 48,51% tổng số hồ sơ phát sinh trên toàn tỉnh.",
    "Công chức Bộ phận một cửa cấp xã phải cập nhật hồ sơ trên nhiều phần mềm khác nhau, gây lãng phí thời gian.",
    "Toàn tỉnh đã tiếp nhận 605.859 hồ sơ và công khai trên Hệ thống của tỉnh 463.928 hồ sơ, đạt tỷ lệ 76,5%.",
    "Đồng bộ, công khai trên Cổng Dịch vụ công quốc gia 458.660 hồ sơ, đạt tỷ lệ 75,7%.",
    "Các đơn vị cần chỉ đạo công chức cập nhật đầy đủ hồ sơ tiếp nhận vào phần mềm một cửa điện tử.",
    "Văn phòng UBND tỉnh theo dõi, đôn đốc việc đồng bộ dữ liệu giữa các hệ thống thông tin.",
    "Sở Thông tin và Truyền thông hướng dẫn kết nối phần mềm chuyên ngành với Hệ thống của tỉnh.",
    "Tỷ lệ hồ sơ TTHC cơ quan chuyên môn cấp tỉnh giải quyết đúng hạn đạt 99,97%, quá hạn 32 hồ sơ.",
    "Tỷ lệ hồ sơ TTHC UBND cấp huyện giải quyết đúng hạn đạt 99,46%, quá hạn 558 hồ sơ.",
    "Tỷ lệ hồ sơ TTHC UBND cấp xã giải quyết đúng hạn đạt 99,87%, quá hạn 640 hồ sơ.",
    "Hồ sơ trễ hạn vẫn còn ở cả 3 cấp tỉnh, huyện, xã với 1.230 hồ sơ, tăng gấp đôi so với năm 2022.",
    "Nguyên nhân chủ yếu do công chức, viên chức tiếp nhận và giải quyết hồ sơ chậm xử lý, cập nhật trên phần mềm.",
    "Tiêu chí công khai tiến độ, kết quả giải quyết hồ sơ đạt 0,7701 điểm, thấp hơn điểm chuẩn 0,2299 điểm.",
]


def tables_e():
    rows = [D(*r) for r in E_CRIT]
    rows.append(TOT("", "Cộng", "28,25", "15,3317", "54,27%", ""))
    t1 = Tbl("Bảng 1. Tiêu chí, tiêu chí thành phần tự chấm chưa đạt điểm tối đa năm 2023",
             [["Tiêu chí", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm chuẩn", "Điểm thẩm định", "Tỷ lệ %",
               "Cơ quan phụ trách tham mưu"]], rows, [15, 66, 16, 18, 17, 33], ["c", "l", "c", "c", "c", "l"],
             rec=lambda r, c, raw, k: {2: ("max_points", 2023), 3: ("points", 2023), 4: ("ratio", 2023)}.get(c))
    rows = [G("A", "Sở, ngành tỉnh", "", "", "", ""),
            D("1", "Sở Giao thông vận tải", "33.976", "424", "1,25", E_NOTE),
            D("2", "Sở Kế hoạch và Đầu tư", "3.139", "41", "1,31", E_NOTE),
            D("3", "Sở Lao động - Thương binh và Xã hội", "13.381", "4.060", "30,34", ""),
            D("4", "Sở Tài chính", "676", "18", "2,66", E_NOTE),
            D("5", "Sở Y tế", "2.540", "2.007", "79,02", ""),
            G("B", "UBND cấp huyện, cấp xã", "", "", "", "")]
    for code, unit, tot, hx in (("I", "Thành phố Sóc Trăng", ("42.541", "29.440", "69,20"),
                                 (("18.010", "17.640", "97,95"), ("24.531", "11.800", "48,10"))),
                                ("II", "Huyện Kế Sách", ("44.358", "34.521", "77,82"),
                                 (("6.853", "6.163", "89,93"), ("37.505", "28.358", "75,61"))),
                                ("III", "Huyện Trần Đề", ("94.050", "41.794", "44,44"),
                                 (("14.364", "14.059", "97,88"), ("79.686", "27.735", "34,81"))),
                                ("IV", "Huyện Thạnh Trị", ("50.243", "33.169", "66,02"),
                                 (("5.510", "5.156", "93,58"), ("44.733", "28.013", "62,62"))),
                                ("V", "Huyện Mỹ Tú", ("26.106", "21.637", "82,88"),
                                 (("9.114", "9.546", "104,74"), ("16.992", "12.091", "71,16")))):
        rows.append(G(code, unit, *tot, ""))
        rows.append(D("1", "Cấp huyện", *hx[0], ""))
        rows.append(D("2", "Cấp xã", *hx[1], ""))
    t2 = Tbl("Bảng 2. Hồ sơ TTHC được cập nhật, công khai trên Hệ thống của tỉnh năm 2023",
             [["STT", "Tên đơn vị", "Tổng số hồ sơ tiếp nhận theo Báo cáo kiểm soát TTHC năm 2023 của các cơ quan, "
                                    "đơn vị",
               "Số hồ sơ cập nhật, công khai trên Hệ thống thông tin giải quyết TTHC của tỉnh^{1}", "Tỷ lệ (%)",
               "Ghi chú"]],
             rows, [12, 42, 30, 32, 17, 32], ["c", "l", "r", "r", "c", "l"],
             rec=lambda r, c, raw, k: {2: ("count", 2023, "hồ sơ"), 3: ("count", 2023, "hồ sơ"),
                                       4: ("ratio", 2023)}.get(c))
    tv = "Trình độ"
    h1 = ["TT", "Chức danh", "Số lượng"] + [tv] * 13 + ["Số người đạt chuẩn theo quy định",
                                                          "Tỷ lệ đạt chuẩn theo quy định (%)"]
    h2 = (["TT", "Chức danh", "Số lượng"] + ["Học vấn"] * 3 + ["Chuyên môn"] * 6 + ["Lý luận chính trị"] * 4
          + h1[-2:])
    h3 = (["TT", "Chức danh", "Số lượng", "THCS", "THPT", "TNC3", "Chưa qua đào tạo", "Sơ cấp", "Trung cấp",
           "Cao đẳng", "Đại học", "Sau Đại học", "Chưa qua đào tạo", "Sơ cấp", "Trung cấp", "Cao cấp"] + h1[-2:])
    h4 = [f"({i})" for i in range(1, 19)]
    rows = [G("A", "CÁN BỘ", *"1.165 1 0 1.164 1 1 45 3 1.069 46 0 6 862 297 1.110 95,28".split())]
    rows += [D(a, b, *v.split()) for a, b, v in E_CB]
    rows.append(G("B", "CÔNG CHỨC", *"1.014 0 0 1.014 0 0 69 26 908 11 61 67 878 8 966 95,27".split()))
    rows += [D(a, b, *v.split()) for a, b, v in E_CC]
    rows.append(TOT("", "TỔNG CỘNG", *"2.179 1 0 2.178 1 1 114 29 1.977 57 61 73 1.740 305 2.076 95,27".split()))
    t3 = Tbl("Bảng 3. Trình độ cán bộ, công chức cấp xã theo chức danh (tính đến tháng 12/2023)",
             [h1, h2, h3, h4], rows, [9, 50, 14] + [12.2] * 13 + [17, 17], ["c", "l"] + ["c"] * 16,
             rec=lambda r, c, raw, k: ("ratio", 2023) if c == 17 else (("count", 2023, "người") if c >= 2 else None))
    return [t1, t2, t3]


def _build_e(path, nfill, gap):
    t1, t2, t3 = tables_e()
    w = FWriter(font="LSerif", size=13)
    pdf = w.pdf
    pdf.set_font("LSerif", "", 12)
    pdf.cell(80, 6, "UBND TỈNH SÓC TRĂNG", align="C")
    pdf.set_font("LSerif", "B", 12)
    pdf.cell(0, 6, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(80, 6, "SỞ NỘI VỤ", align="C")
    pdf.cell(0, 6, "Độc lập - Tự do - Hạnh phúc", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    w.para("PHỤ LỤC", align="C", style="B", after=0)
    w.para("Kèm theo Báo cáo kết quả Chỉ số cải cách hành chính và Chỉ số hài lòng của tỉnh Sóc Trăng năm 2023",
           align="C", style="I", size=12.5, after=5)
    w.para("1. Tiêu chí, tiêu chí thành phần tự chấm chưa đạt điểm tối đa", style="B", align="L")
    w.para("Qua đánh giá của các bộ, ngành Trung ương, tổng điểm tự chấm chưa đạt so với điểm chuẩn là 12,9183 điểm "
           "(đạt 55,0817/68,00 điểm). Trong đó, 08 tiêu chí, tiêu chí thành phần không đạt điểm và 18 tiêu chí, tiêu "
           "chí thành phần không đạt điểm tối đa; cơ quan phụ trách tham mưu từng tiêu chí như sau:")
    w.caption(t1.title)
    w.table(t1, 1, font="LSans", size=10)
    w.para("Đề nghị các cơ quan phụ trách tham mưu chủ động rà soát, làm rõ nguyên nhân và đề xuất giải pháp khắc "
           "phục đối với từng tiêu chí, tiêu chí thành phần nêu trên, báo cáo kết quả về Sở Nội vụ trước ngày "
           "30/6/2024.")
    pdf.add_page()
    w.para("2. Công khai tiến độ, kết quả giải quyết hồ sơ TTHC", style="B", align="L")
    w.para("Tỷ lệ hồ sơ TTHC do cơ quan hành chính các cấp tại địa phương tiếp nhận, giải quyết được công khai trên "
           "Hệ thống của tỉnh còn thấp so với yêu cầu của tiêu chí. " + " ".join(E_FILLER[:nfill]))
    w.para("Kết quả thống kê theo từng đơn vị như sau:")
    pdf.ln(gap)
    w.caption(t2.title, need=60)
    w.table(t2, 2, font="LSans", size=10)
    w.para("\u00b9 Số liệu trích xuất từ Hệ thống thông tin giải quyết TTHC tỉnh Sóc Trăng ngày 31/12/2023.",
           size=10.5, align="L")
    pdf.add_page(orientation="L")
    pdf.set_margins(15, 15, 15)
    pdf.set_y(15)
    w.para("3. Tỷ lệ đạt chuẩn của cán bộ, công chức cấp xã", style="B", align="L")
    w.para("Tính đến tháng 12/2023, toàn tỉnh có 95,28% cán bộ cấp xã và 95,27% công chức cấp xã đạt chuẩn theo Nghị "
           "định số 33/2023/NĐ-CP ngày 10/6/2023 của Chính phủ; còn 55/1.165 cán bộ và 48/1.014 công chức chưa đạt "
           "chuẩn. Chi tiết như sau:")
    w.caption(t3.title)
    w.table(t3, 3, font="LSans", size=10, pad=1.0)
    pdf.set_margins(30, 20, 15)
    w.save(path)
    return w.splits, [t1, t2, t3]


def build_e(outdir, tmp):
    name = "snv_phu_luc_par_2023"
    path = os.path.join(outdir, name + ".pdf")
    # place the start of table 2 so that one of its tall rows (with a note) is cut by the page break
    for nfill in range(4, len(E_FILLER) + 1):
        for gap in (0, 2, 4, 6, 8):
            splits, tables = _build_e(path, nfill, gap)
            if any(tid == 2 and ri in (1, 2, 4) and k >= 2 and n - k >= 2 for tid, ri, k, n in splits):
                break
        else:
            continue
        break
    else:
        raise SystemExit("document E: could not place a row split in table 2")
    return name, f"fpdf2 (own table drawing; Liberation Serif 13 pt body, Liberation Sans 10 pt tables; " \
                 f"row splits {splits})", tables


# ================================================================================================================
# Document F: SIPAS 2023 thematic report (reportlab, DejaVu Serif body, Liberation Sans tables)
# ================================================================================================================
F_CRIT = """\
g|I. VIỆC XÂY DỰNG, TỔ CHỨC THỰC HIỆN CS|81.52%|76.53%
g|A. Trách nhiệm giải trình của chính quyền về CS|80.70%|78.30%
d|1. Chính quyền cung cấp, giải thích thông tin CS theo nhiều hình thức, dễ tìm, dễ thấy.|80.40%|78.09%
d|2. Chính quyền cung cấp thông tin CS đầy đủ, dễ hiểu ND.|81.01%|78.51%
g|B. Sự tham gia của ND vào quá trình xây dựng, tổ chức thực hiện CS|80.52%|77.68%
d|3. Chính quyền tổ chức nhiều hình thức để ND dễ dàng tham gia ý kiến xây dựng CS.|80.14%|77.06%
d|4. Chính quyền tổ chức nhiều hình thức để ND dễ dàng phản hồi ý kiến đánh giá tình hình triển khai và kết quả, tác động của CS ở địa phương.|80.90%|78.30%
g|C. Chất lượng tổ chức thực hiện CS (năm 2023)|81.64%|76.08%
g|C. Chất lượng CS (năm 2022)||
d|5. Chính quyền tổ chức thực hiện tốt CS phát triển kinh tế ở địa phương|81.37%|
d|6. Chính quyền tổ chức thực hiện tốt CS khám chữa bệnh ở địa phương|81.77%|
d|7. Chính quyền tổ chức thực hiện tốt CS giáo dục phổ thông ở địa phương.|82.59%|
d|8. Chính quyền tổ chức thực hiện tốt CS trật tự, an toàn xã hội ở địa phương.|82.85%|
d|9. Chính quyền tổ chức thực hiện tốt CS giao thông đường bộ ở địa phương.|82.05%|
d|10. Chính quyền tổ chức thực hiện tốt CS điện sinh hoạt ở địa phương.|80.83%|
d|11. Chính quyền tổ chức thực hiện tốt CS nước sinh hoạt ở địa phương.|80.65%|
d|12. Chính quyền tổ chức thực hiện tốt CS an sinh xã hội ở địa phương.|81.77%|
d|13. Chính quyền tổ chức thực hiện tốt CS cải cách hành chính ở địa phương.|80.90%|
g|D. Kết quả, tác động của CS|81.77%|74.06%
d|14. Kinh tế gia đình của ND địa phương tốt hơn.|80.65%|73.33%
d|15. Kinh tế - xã hội của địa phương tốt hơn.|80.97%|
d|16. Bệnh viện công lập ở địa phương khám chữa bệnh cho ND tốt hơn.|81.12%|
d|17. Trường phổ thông công lập dạy học sinh tốt hơn.|82.20%|
d|18. Trật tự, an toàn xã hội ở địa phương tốt hơn.|82.38%|
d|19. Đường bộ, giao thông ở địa phương tốt hơn.|82.09%|
d|20. Điện sinh hoạt của ND ở địa phương tốt hơn.|82.74%|
d|21. Nước sinh hoạt của ND ở địa phương tốt hơn.|81.44%|
d|22. An sinh xã hội đối với ND ở địa phương tốt hơn.|81.95%|
d|23. CQHCNN, CBCCVC ở địa phương có năng lực và thực thi công vụ tốt hơn.|82.20%|
d|CS đã góp phần giúp cho chất lượng cuộc sống của ND địa phương ngày càng tốt hơn||74.78%
g|II. VIỆC CUNG ỨNG DVHCC|81.82%|83.31%
g|E. Tiếp cận dịch vụ|81.89%|80.67%
d|24. BPMC có biển hiệu, hướng dẫn rõ ràng, dễ tìm, dễ thấy.|81.69%|81.61%
d|25. BPMC có đủ ghế ngồi chờ, ghế ngồi giải quyết công việc và bàn viết cho ND.|82.20%|
d|26. BPMC có trang thiết bị phục vụ ND đầy đủ, chất lượng tốt, giúp giải quyết công việc dễ dàng hơn.|81.77%|80.16%
d|Cơ quan cung cấp thông tin về việc giải quyết TTHC theo nhiều hình thức, dễ tiếp cận, dễ hiểu đối với mọi ND||78.92%
d|Trụ sở cơ quan tiếp nhận hồ sơ, trả kết quả sạch sẽ, văn minh||81.98%
g|G. TTHC|81.74%|80.01%
d|27. Quy định TTHC được niêm yết công khai tại BPMC dễ thấy, dễ đọc.|81.80%|82.44%
d|28. Công chức yêu cầu ND nộp hồ sơ TTHC đúng quy định.|81.73%|80.16%
"""


def tables_f():
    def rec1(r, c, raw, k):
        return {2: ("ratio", 2022), 3: ("rank", 2022), 4: ("ratio", 2023), 5: ("rank", 2023),
                6: ("delta", 2023, "%"), 7: ("delta", 2023, "rank")}.get(c)

    t1 = Tbl(
        "Bảng 1. Kết quả 09 chỉ số thành phần SIPAS năm 2023",
        [["STT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Năm 2022", "Năm 2022", "Năm 2023", "Năm 2023",
          "Tăng/giảm", "Tăng/giảm"],
         ["STT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Tỷ lệ", "Xếp hạng", "Tỷ lệ", "Xếp hạng", "Tỷ lệ",
          "Xếp hạng"]],
        [G("I", "Mức độ hài lòng đối với việc xây dựng, tổ chức thực hiện chính sách", "76,53%", "49", "81,52%",
           "37", "4,99%", "12"),
         D("1", "Mức độ hài lòng đối với trách nhiệm giải trình của chính quyền về chính sách", "78,30%", "45",
           "80,70%", "40", "2,40%", "5"),
         D("2", "Mức độ hài lòng đối với cơ hội tham gia vào quá trình xây dựng, tổ chức thực hiện chính sách",
           "77,68%", "38", "80,52%", "39", "2,84%", "-1"),
         D("3", "Mức độ hài lòng đối với chất lượng tổ chức thực hiện chính sách", "76,08%", "47", "81,64%", "37",
           "5,56%", "10"),
         D("4", "Mức độ hài lòng đối với kết quả, tác động của chính sách ở địa phương", "74,06%", "57", "81,77%",
           "48", "7,71%", "9"),
         G("II", "Mức độ hài lòng đối với việc cung ứng dịch vụ hành chính công", "83,31%", "19", "81,82%", "35",
           "-1,49%", "-16"),
         D("5", "Mức độ hài lòng đối với tiếp cận dịch vụ", "80,67%", "39", "81,89%", "38", "1,22%", "1"),
         D("6", "Mức độ hài lòng đối với TTHC", "80,01%", "43", "81,74%", "40", "1,73%", "3"),
         D("7", "Mức độ hài lòng đối với công chức", "85,26%", "9", "82,10%", "35", "-3,16%", "-26"),
         D("8", "Mức độ hài lòng đối với kết quả dịch vụ", "86,93%", "5", "81,99%", "36", "-4,94%", "-31"),
         D("9", "Mức độ hài lòng đối với việc cơ quan tiếp nhận, xử lý phản ánh, kiến nghị", "83,69%", "11",
           "81,43%", "34", "-2,26%", "-23"),
         TOT("", "KẾT QUẢ CHỈ SỐ HÀI LÒNG CHUNG", "79,92%", "32", "81,65%", "37", "1,73%", "-5")],
        [1.0, 6.6, 1.5, 1.45, 1.5, 1.45, 1.5, 1.45], ["c", "l"] + ["c"] * 6, rec=rec1)
    rows = []
    for line in F_CRIT.strip("\n").split("\n"):
        k, a, b, c = line.split("|")
        rows.append(G(a, b, c) if k == "g" else D(a, b, c))
    t2 = Tbl("CHỈ SỐ HÀI LÒNG CỦA TỈNH SÓC TRĂNG THEO TIÊU CHÍ",
             [["Tiêu chí", "Tỷ lệ hài lòng", "Tỷ lệ hài lòng"], ["Tiêu chí", "Năm 2023", "Năm 2022"]],
             rows, [11.4, 2.5, 2.5], ["l", "c", "c"],
             rec=lambda r, c, raw, k: {1: ("ratio", 2023), 2: ("ratio", 2022)}.get(c))
    return [t1, t2]


def build_f(outdir, tmp):
    name = "snv_sipas_2023"
    t1, t2 = tables_f()
    w = RLWriter(os.path.join(outdir, name + ".pdf"), font="DSerif", size=12)
    w.letterhead([("UBND TỈNH SÓC TRĂNG", ""), ("SỞ NỘI VỤ", "b")],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b")], size=11)
    w.para("BÁO CÁO CHUYÊN ĐỀ", align="c", bold=True, size=13, indent=False, after=2)
    w.para("Kết quả Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước "
           "(SIPAS) tỉnh Sóc Trăng năm 2023", align="c", bold=True, indent=False, after=10)
    w.para("1. Chỉ số tổng hợp", bold=True, align="l", indent=False)
    w.para("Chỉ số SIPAS năm 2023 tỉnh Sóc Trăng đạt 81,65%, xếp hạng 37/63 tỉnh, thành phố, tăng 1,73% và giảm 05 "
           "bậc so với năm 2022 (79,92%, xếp hạng 32/63 tỉnh, thành phố trong cả nước), xếp thứ 7/13 các tỉnh khu "
           "vực Đồng bằng sông Cửu Long. Kết quả này được tổng hợp từ ý kiến đánh giá, cảm nhận của 558 người dân, "
           "doanh nghiệp trong tỉnh Sóc Trăng.")
    w.para("2. Kết quả chỉ số thành phần", bold=True, align="l", indent=False)
    w.para("Mức độ hài lòng của người dân năm 2023 được xác định dựa trên hai nội dung gồm “mức độ hài lòng đối với "
           "việc xây dựng, tổ chức thực hiện chính sách” và “mức độ hài lòng đối với việc cung ứng dịch vụ hành chính "
           "công” với tất cả 09 chỉ số thành phần. Kết quả cụ thể như sau:")
    w.caption(t1.title, "il", size=11.5)
    w.table(t1, font="LSans", size=10)
    w.para("Theo kết quả công bố, mức độ hài lòng đối với việc xây dựng, tổ chức thực hiện chính sách năm 2023 của "
           "tỉnh tăng 4,99% và 12 bậc so với năm 2022 (từ 76,53% lên 81,52%) nhưng mức độ hài lòng đối với việc cung "
           "ứng dịch vụ hành chính công chỉ đạt 81,82%, giảm 1,49% và giảm tương ứng 16 bậc.", before=6)
    w.para("So với năm 2022, nội dung xác định SIPAS năm 2023 có điều chỉnh, với tất cả 39 tiêu chí cụ thể có ảnh "
           "hưởng trực tiếp đến cuộc sống của người dân và chất lượng cung cấp dịch vụ hành chính công. Kết quả chi "
           "tiết của các tiêu chí có số liệu so sánh như bảng sau:")
    w.caption(t2.title, "bc", size=11.5)
    w.table(t2, font="LSans", size=10, split_in_row=True)
    w.para("Tất cả 9 tiêu chí trong nội dung đánh giá Chỉ số hài lòng của tỉnh đều chưa đạt tỷ lệ 90% trở lên, cao "
           "nhất chỉ đạt 82,10%, thấp nhất là 80,52%. Ngoài ra, có 11,6% người dân cho rằng có công chức gây phiền "
           "hà, sách nhiễu khi giải quyết thủ tục hành chính.", before=6)
    w.para("3. Giải pháp cải thiện", bold=True, align="l", indent=False)
    w.para("Mức độ hài lòng của 09 tiêu chí phải tăng từ 85% trở lên vào năm 2024, để bảo đảm mục tiêu đạt mức 90% "
           "vào năm 2025 theo Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 – 2030.")
    w.build()
    return name, "reportlab (DejaVu Serif 12 pt body, Liberation Sans 10 pt tables)", [t1, t2]


# ================================================================================================================
# pages of each table, checks, expected JSON
# ================================================================================================================
def doc_words(path):
    with pdfplumber.open(path) as pdf:
        return [p.extract_words() for p in pdf.pages]


def find_seq(pages, seq):
    """[(page, top)] of every place where the words of seq appear consecutively."""
    hits = []
    k = len(seq)
    for pi, words in enumerate(pages, 1):
        texts = [w["text"] for w in words]
        for i in range(len(texts) - k + 1):
            if texts[i:i + k] == seq:
                hits.append((pi, words[i]["top"], {round(w["top"]) for w in words[i:i + k]}))
    return hits


def row_page(pages, t: Tbl, ri: int) -> tuple[int | None, str]:
    """Page of body row ri from one of its cells whose text occurs exactly once in the document."""
    cells = sorted((plain(ctext(c)) for c in t.rows[ri][2]), key=len, reverse=True)
    cands = [c.split() for c in cells if c and c not in ("-", "0", "1")]
    cands += [c[:n] for c in cands for n in (5, 4, 3) if len(c) > n]
    votes = {}
    for seq in cands:
        hits = find_seq(pages, seq)
        if len(hits) == 1:
            votes.setdefault(hits[0][0], []).append(" ".join(seq))
    if not votes:
        return None, ""
    best = max(votes, key=lambda p: len(votes[p]))
    if len(votes) > 1:
        print(f"  note: row anchors disagree for {t.title[:40]!r} row {ri + 1}: {votes} -> page {best}")
    return best, votes[best][0]


def table_pages(pages, t: Tbl) -> list[int]:
    n = len(t.rows)
    first = last = None
    for ri in range(n):
        p, _a = row_page(pages, t, ri)
        if p is not None:
            first = p
            break
        if ri >= 2:
            break
    for ri in range(n - 1, -1, -1):
        p, _a = row_page(pages, t, ri)
        if p is not None:
            last = p
            break
        if ri <= n - 3:
            break
    cap = find_seq(pages, plain(t.title).split())
    if len(cap) != 1:
        raise SystemExit(f"caption not found once on one line: {t.title!r} -> {cap}")
    cpage, _top, tops = cap[0]
    if max(tops) - min(tops) > 2:
        raise SystemExit(f"caption wraps: {t.title!r}")
    if first is None:
        first = cpage
    if last is None:
        raise SystemExit(f"no unique anchor in the last rows of {t.title!r}")
    if cpage != first:
        print(f"  note: caption of {t.title!r} on page {cpage}, first row on page {first}")
    return list(range(first, last + 1))


def check_text(pages, tables, name):
    blob = " ".join(w["text"] for ws in pages for w in ws)
    missing = set()
    for t in tables:
        for row in [*t.header, *[[ctext(c) for c in r[2]] for r in t.rows]]:
            for c in row:
                for word in plain(c).split():
                    if word not in blob:
                        missing.add(word)
    if missing:
        raise SystemExit(f"{name}: words not rendered: {sorted(missing)[:20]}")


def main():
    outdir = HERE
    for f in os.listdir(outdir):
        if f.endswith(".pdf") or f.endswith(".expected.json"):
            os.remove(os.path.join(outdir, f))
    rl_register()
    tmp = tempfile.mkdtemp(prefix="holdout4_")
    summary = []
    try:
        for builder in (build_a, build_b, build_c, build_d, build_e, build_f):
            name, producer, tables = builder(outdir, tmp)
            path = os.path.join(outdir, name + ".pdf")
            pages = doc_words(path)
            check_text(pages, tables, name)
            exp_tables, records = [], []
            for i, t in enumerate(tables, 1):
                exp_tables.append(t.expected(i, table_pages(pages, t)))
                records += table_records(t, i)
            exp = {"doc": name + ".pdf", "n_pages": len(pages), "producer": producer, "tables": exp_tables,
                   "records": records}
            with open(os.path.join(outdir, name + ".expected.json"), "w", encoding="utf-8") as fh:
                json.dump(exp, fh, ensure_ascii=False, indent=1)
            cells = sum(len(r) for t in exp_tables for r in t["rows"])
            summary.append((name, len(pages), len(exp_tables), cells, len(records)))
            print(f"{name}: {len(pages)} pages, {len(exp_tables)} tables, {cells} body cells, {len(records)} records")
            for t in exp_tables:
                print(f"   #{t['table']} pages {t['pages']} {len(t['header'])}x{len(t['header'][0])} header, "
                      f"{len(t['rows'])} rows  {t['title']}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for wmsg in FIT_WARNINGS:
        print("  fit warning:", wmsg)
    tot = [sum(x[i] for x in summary) for i in range(1, 5)]
    print(f"TOTAL: {len(summary)} documents, {tot[0]} pages, {tot[1]} tables, {tot[2]} body cells, {tot[3]} records")


if __name__ == "__main__":
    sys.exit(main())
