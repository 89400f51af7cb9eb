#!/usr/bin/env python
"""Build the holdout11 blind test set: 4 born-digital PDF reports (Vietnamese provincial
CCHC / PAR Index / SIPAS style) and their `<name>.expected.json` files.

    /work/main/.venv/bin/python benchmarks/holdout11/build.py

Three documents are written with python-docx (Word table grid, Times New Roman, national
heading block) and converted to PDF with LibreOffice; one is drawn with reportlab.
All numbers come from a fixed random seed, so the build is deterministic. The expected
texts come from the data below; only the page numbers each table occupies are read back
from the finished PDFs (pdfplumber), and every expected body row is checked against the
ruled cells found on the pages.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(20241111)


# ----------------------------------------------------------------------------- helpers
def vn_int(n: int) -> str:
    """1165 -> '1.165'"""
    return f"{n:,}".replace(",", ".")


def vn_dec(x: float, d: int = 2) -> str:
    """93.5 -> '93,50'; 1234.5 -> '1.234,50'"""
    s = f"{x:,.{d}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def vn_pts(x: float) -> str:
    """points without trailing zeros: 2 -> '2', 1.5 -> '1,5', 0.75 -> '0,75'"""
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return s.replace(".", ",")


def signed(x, d=2):
    """+1,73 / -2,26 / 0,00 ; d=0: +5 / -23 / 0"""
    if d == 0:
        x = int(x)
        return "0" if x == 0 else ("+" if x > 0 else "-") + vn_int(abs(x))
    if round(abs(x), d) == 0:
        return vn_dec(0, d)
    return ("+" if x > 0 else "-") + vn_dec(abs(x), d)


def dash(n: int) -> str:
    return "-" if n == 0 else vn_int(n)


class Sup(str):
    """Cell text printed with a superscript footnote marker after it (marker not expected)."""

    def __new__(cls, text, mark):
        o = str.__new__(cls, text)
        o.mark = mark
        return o


def D(*cells):
    return {"c": list(cells), "k": "data", "i": False}


def IT(*cells):
    return {"c": list(cells), "k": "data", "i": True}


def G(*cells):
    return {"c": list(cells), "k": "group", "i": False}


def TOT(*cells):
    return {"c": list(cells), "k": "total", "i": False}


class T:
    """One table: caption (+ optional 'Phụ lục N' line above it, unit line below it), full
    header grid (merged text repeated), merges (r0, c0, r1, c1) in header coordinates,
    body rows, column widths in cm and column alignment ('L', 'C', 'R')."""

    def __init__(self, caption, header, rows, widths, merges=(), label=None, unit=None,
                 repeat=True, align=None, footnote=None, rules="grid", font=12):
        self.caption, self.header, self.rows, self.widths = caption, header, rows, widths
        self.merges, self.label, self.unit, self.repeat = list(merges), label, unit, repeat
        nc = len(header[0])
        self.align = align or (["C", "L"] + ["C"] * (nc - 2))
        self.footnote, self.rules, self.font = footnote, rules, font
        for r in header:
            assert len(r) == nc, (caption, r)
        for r in rows:
            assert len(r["c"]) == nc, (caption, r["c"])
        assert len(widths) == nc, caption
        assert 8 <= len(rows) <= 40, (caption, len(rows))

    @property
    def title(self):
        return f"{self.label} {self.caption}" if self.label else self.caption

    def expected(self, idx, pages):
        return {"table": idx, "pages": pages, "title": self.title,
                "header": [[str(c) for c in r] for r in self.header],
                "rows": [[str(c) for c in r["c"]] for r in self.rows],
                "row_kinds": [r["k"] for r in self.rows]}


def is_numrow(row):
    return all(re.fullmatch(r"\(\d+\)", c or "") for c in row)


# ----------------------------------------------------------------------------- DOCX writer
FONT = "Times New Roman"
ALIGN = {"L": WD_ALIGN_PARAGRAPH.LEFT, "C": WD_ALIGN_PARAGRAPH.CENTER,
         "R": WD_ALIGN_PARAGRAPH.RIGHT, "J": WD_ALIGN_PARAGRAPH.JUSTIFY}


def new_document():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(13)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), FONT)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    sec = doc.sections[0]
    set_page(sec, landscape=False)
    return doc


def set_page(sec, landscape):
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)
        sec.left_margin, sec.right_margin = Cm(2.0), Cm(1.5)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
        sec.left_margin, sec.right_margin = Cm(3.0), Cm(1.5)


def new_section(doc, landscape):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    set_page(sec, landscape)
    return sec


def run_font(run, size=None, bold=None, italic=None):
    run.font.name = FONT
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), FONT)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if italic is not None:
        run.italic = italic


def para(doc, text="", bold=False, italic=False, align="J", indent=True, size=13, keep=False,
         after=6, before=0, line=1.15):
    """text: str or list of (text, bold, italic) segments"""
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.alignment = ALIGN[align]
    pf.space_after = Pt(after)
    pf.space_before = Pt(before)
    pf.line_spacing = line
    if indent and align == "J":
        pf.first_line_indent = Cm(1.0)
    if keep:
        pf.keep_with_next = True
    segs = [(text, bold, italic)] if isinstance(text, str) else text
    for t, b, i in segs:
        r = p.add_run(t)
        run_font(r, size, b, i)
    return p


def borderless_block(doc, left, right, widths=(6.5, 10.0), size=13):
    """Two-column block without borders (national heading, signature). left/right: lists of
    (text, bold, italic)."""
    tb = doc.add_table(rows=1, cols=2)
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    fix_widths(tb, widths)
    for cell, lines in ((tb.cell(0, 0), left), (tb.cell(0, 1), right)):
        first = True
        for t, b, i in lines:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
            r = p.add_run(t)
            run_font(r, size, b, i)
    return tb


def fix_widths(tb, widths):
    tb.autofit = False
    tblPr = tb._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    for gc, w in zip(tb._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in tb.rows:
        for i, cell in enumerate(row.cells):
            cell.width = Cm(widths[i])


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def write_cell(cell, text, bold=False, italic=False, align="C", size=12):
    p = cell.paragraphs[0]
    pf = p.paragraph_format
    pf.alignment = ALIGN[align]
    pf.space_before = Pt(1)
    pf.space_after = Pt(1)
    pf.line_spacing = 1.0
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if text:
        r = p.add_run(str(text))
        run_font(r, size, bold, italic)
        if isinstance(text, Sup):
            r2 = p.add_run(text.mark)
            run_font(r2, size, bold, italic)
            r2.font.superscript = True


def docx_table(doc, t: T):
    if t.label:
        para(doc, t.label, bold=True, align="C", keep=True, after=0, before=6)
    para(doc, t.caption, bold=True, align="C", keep=True, after=2 if t.unit else 6,
         before=0 if t.label else 6)
    if t.unit:
        para(doc, t.unit, italic=True, align="R", keep=True, after=2, size=12)
    nh, nc = len(t.header), len(t.header[0])
    tb = doc.add_table(rows=nh + len(t.rows), cols=nc)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    fix_widths(tb, t.widths)
    covered = set()
    for r0, c0, r1, c1 in t.merges:
        tb.cell(r0, c0).merge(tb.cell(r1, c1))
        covered |= {(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)} - {(r0, c0)}
    for r in range(nh):
        num = is_numrow(t.header[r])
        for c in range(nc):
            if (r, c) not in covered:
                write_cell(tb.cell(r, c), t.header[r][c], bold=not num, italic=num, size=t.font)
        if t.repeat:
            mark_header_row(tb.rows[r])
    for i, row in enumerate(t.rows):
        bold = row["k"] != "data"
        for c, txt in enumerate(row["c"]):
            write_cell(tb.cell(nh + i, c), txt, bold=bold, italic=row["i"], align=t.align[c], size=t.font)
    if t.footnote:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(3)
        r = p.add_run(t.footnote[0])
        run_font(r, 11)
        r.font.superscript = True
        r = p.add_run(" " + t.footnote[1])
        run_font(r, 11, False, True)
    para(doc, "", after=4)
    return tb


def heading_docx(doc, org1, org2, number, place_date):
    borderless_block(
        doc,
        [(org1, False, False), (org2, True, False), ("", False, False), (number, False, False)],
        [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
         ("", False, False), (place_date, False, True)])
    para(doc, "", after=6)


def signature_docx(doc, receivers, role_lines, name):
    left = [("Nơi nhận:", True, True)] + [(r, False, False) for r in receivers]
    right = [(r, True, False) for r in role_lines] + [("", False, False)] * 3 + [(name, True, False)]
    tb = borderless_block(doc, left, right, widths=(8.0, 8.5), size=12)
    for p in tb.cell(0, 0).paragraphs[1:]:
        p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    tb.cell(0, 0).paragraphs[0].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT


def docx_to_pdf(docx_path, outdir):
    prof = tempfile.mkdtemp(prefix="lo_h11_")
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", outdir, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    finally:
        shutil.rmtree(prof, ignore_errors=True)
    return os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")


# ============================================================================= DOC A
# Báo cáo kết quả thực hiện CCHC năm 2024 - UBND huyện Kế Sách (DOCX -> PDF)
KS_XA = ["Thị trấn Kế Sách", "Thị trấn An Lạc Thôn", "Xã An Lạc Tây", "Xã Xuân Hòa", "Xã Phong Nẫm",
         "Xã Kế An", "Xã Kế Thành", "Xã Nhơn Mỹ", "Xã An Mỹ", "Xã Thới An Hội", "Xã Đại Hải",
         "Xã Trinh Phú", "Xã Ba Trinh"]


def tables_a():
    r = RNG
    out = []
    # --- Bảng 1: kiểm tra CCHC (2-row header, vertical merges, group subtotals, '-' cells, sparse notes)
    units1 = [("Phòng Tài nguyên và Môi trường", "Tháng 4/2024", "Đang hoàn thiện quy trình nội bộ giải quyết hồ sơ đất đai"),
              ("Phòng Tư pháp", "Tháng 4/2024", ""),
              ("Phòng Lao động - Thương binh và Xã hội", "Tháng 5/2024", ""),
              ("Phòng Kinh tế và Hạ tầng", "Tháng 6/2024", ""),
              ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "Tháng 6/2024", "Kiểm tra đột xuất")]
    units2 = [("Thị trấn Kế Sách", "Tháng 7/2024", ""), ("Xã An Lạc Tây", "Tháng 7/2024", ""),
              ("Xã Phong Nẫm", "Tháng 8/2024", "Chưa niêm yết đầy đủ TTHC tại Bộ phận Một cửa"),
              ("Xã Nhơn Mỹ", "Tháng 8/2024", ""), ("Xã Đại Hải", "Tháng 9/2024", ""),
              ("Xã Ba Trinh", "Tháng 9/2024", "")]

    def block(units):
        rows, tf, tk, tp = [], 0, 0, 0
        for i, (u, when, note) in enumerate(units, 1):
            f = r.randint(1, 6)
            p = 1 if note and "Kiểm tra" not in note else 0
            k = f - p
            rows.append(D(str(i), u, when, str(f), dash(k), dash(p), note))
            tf, tk, tp = tf + f, tk + k, tp + p
        return rows, (tf, tk, tp)

    b1, s1 = block(units1)
    b2, s2 = block(units2)
    rows = ([G("I", "Phòng, ban chuyên môn thuộc UBND huyện", "", str(s1[0]), dash(s1[1]), dash(s1[2]), "")] + b1 +
            [G("II", "Ủy ban nhân dân các xã, thị trấn", "", str(s2[0]), dash(s2[1]), dash(s2[2]), "")] + b2 +
            [TOT("", "Tổng cộng", "", str(s1[0] + s2[0]), dash(s1[1] + s2[1]), dash(s1[2] + s2[2]), "")])
    hdr = [["STT", "Đơn vị được kiểm tra", "Thời gian kiểm tra", "Kết quả kiểm tra", "Kết quả kiểm tra", "Kết quả kiểm tra", "Ghi chú"],
           ["STT", "Đơn vị được kiểm tra", "Thời gian kiểm tra", "Số tồn tại, hạn chế phát hiện", "Đã khắc phục", "Đang khắc phục", "Ghi chú"]]
    out.append(T("Bảng 1. Kết quả kiểm tra công tác cải cách hành chính năm 2024", hdr, rows,
                 [1.3, 4.3, 2.2, 2.3, 1.9, 1.9, 2.6],
                 merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)],
                 align=["C", "L", "C", "C", "C", "C", "L"]))

    # --- Bảng 2: văn bản QPPL (2-row header, italic breakdown rows, signed deltas)
    def pair(a, b):
        return [dash(a) if a else "0", dash(b) if b else "0", signed(b - a, 0)]
    rows = []
    a1, a2, b1_, b2_ = 3, 2, 2, 2
    rows.append(G("1", "Số văn bản QPPL được ban hành", *pair(a1 + a2, b1_ + b2_), ""))
    rows.append(IT("", "- Cấp huyện", *pair(a1, b1_), ""))
    rows.append(IT("", "- Cấp xã", *pair(a2, b2_), ""))
    c1, c2, d1, d2 = 5, 7, 6, 9
    rows.append(G("2", "Số văn bản QPPL tự kiểm tra theo thẩm quyền", *pair(c1 + c2, d1 + d2), ""))
    rows.append(IT("", "- Cấp huyện", *pair(c1, d1), ""))
    rows.append(IT("", "- Cấp xã", *pair(c2, d2), ""))
    rows.append(D("3", "Số văn bản QPPL phát hiện trái pháp luật (về nội dung, thẩm quyền, thể thức)", "1", "0", "-1",
                  "Đã xử lý xong trong năm 2023"))
    rows.append(D("4", "Số văn bản QPPL phải rà soát trong kỳ hệ thống hóa 2019 - 2023", "-", "52", "-",
                  "Kỳ hệ thống hóa 2019 - 2023"))
    rows.append(D("5", "Số văn bản QPPL đã rà soát", "-", "52", "-", ""))
    rows.append(D("6", "Số văn bản QPPL kiến nghị sửa đổi, bổ sung, thay thế hoặc bãi bỏ", "2", "4", "+2", ""))
    rows.append(D("7", "Số văn bản QPPL được cập nhật lên Cơ sở dữ liệu quốc gia về pháp luật", "5", "4", "-1", ""))
    rows.append(D("8", "Số cuộc kiểm tra công tác thi hành pháp luật", "2", "3", "+1",
                  "Lĩnh vực xử lý vi phạm hành chính"))
    hdr = [["STT", "Nội dung", "Số lượng (văn bản)", "Số lượng (văn bản)", "Tăng (+), giảm (-)", "Ghi chú"],
           ["STT", "Nội dung", "Năm 2023", "Năm 2024", "Tăng (+), giảm (-)", "Ghi chú"]]
    out.append(T("Bảng 2. Tình hình ban hành, kiểm tra, rà soát văn bản quy phạm pháp luật", hdr, rows,
                 [1.3, 6.0, 1.9, 1.9, 2.0, 3.4],
                 merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4), (0, 5, 1, 5)],
                 align=["C", "L", "C", "C", "C", "L"]))

    # --- Bảng 3: hồ sơ cấp xã theo quý (unit line, single header, Tổng cộng)
    rows, tot = [], [0] * 6
    for i, x in enumerate(KS_XA, 1):
        q = [r.randint(180, 1450) for _ in range(4)]
        late = r.choice([0, 0, 0, 1, 2, 3, 5])
        vals = q + [sum(q), late]
        tot = [a + b for a, b in zip(tot, vals)]
        rows.append(D(str(i), x, *[vn_int(v) for v in vals[:5]], dash(late)))
    rows.append(TOT("", "Tổng cộng", *[vn_int(v) for v in tot[:5]], dash(tot[5])))
    hdr = [["STT", "Đơn vị", "Quý I", "Quý II", "Quý III", "Quý IV", "Cả năm", "Trong đó: trễ hạn"]]
    out.append(T("Bảng 3. Số hồ sơ thủ tục hành chính tiếp nhận tại Bộ phận Một cửa cấp xã theo quý", hdr, rows,
                 [1.3, 4.2, 1.7, 1.7, 1.7, 1.7, 1.9, 2.3], unit="Đơn vị tính: hồ sơ"))

    # --- Phụ lục 1 (landscape, 13 columns): TTHC by lĩnh vực, group subtotals, footnote marker
    huyen = [("Đất đai", 1165), ("Hộ tịch", 420), ("Chứng thực", 310), ("Xây dựng", 96), ("Đăng ký kinh doanh", 0),
             ("Thành lập và hoạt động của hộ kinh doanh, hợp tác xã", 688), ("Lao động - Thương binh và Xã hội", 540),
             ("Giáo dục và Đào tạo", 72), ("Y tế", 35), ("Văn hóa, Thể thao và Du lịch", 14),
             ("Tài nguyên nước và môi trường", 9), ("Nông nghiệp và Phát triển nông thôn", 128),
             ("Giải quyết khiếu nại, tố cáo", 21)]
    xa = [("Hộ tịch", 6412), ("Chứng thực", 11870), ("Đất đai", 385), ("Bảo trợ xã hội", 942),
          ("Người có công", 217), ("Hòa giải ở cơ sở", 64), ("Nuôi con nuôi", 3), ("Thi đua, khen thưởng", 41)]

    def tthc(name, scale, no_online=False, fixed_total=None):
        if scale == 0:
            return [name] + [0] * 11
        carried = r.randint(0, max(1, scale // 25))
        online = 0 if no_online else int(scale * r.uniform(0.25, 0.65))
        direct = scale - online
        if fixed_total:
            carried = fixed_total - scale
        total = online + direct + carried
        pending = r.randint(0, max(0, scale // 45))
        resolved = total - pending
        late = r.choice([0, 0, 0, 1, 2, 3]) if resolved > 30 else 0
        early = int(resolved * r.uniform(0.3, 0.7))
        ontime = resolved - early - late
        pl = r.choice([0, 0, 1]) if pending else 0
        return [name, total, online, direct, carried, resolved, early, ontime, late, pending, pending - pl, pl]

    hrows = [tthc(n, s, no_online=(n.startswith("Giải quyết")), fixed_total=1193 if n == "Đất đai" else None)
             for n, s in huyen]
    # Đất đai: set a visible late count carrying the footnote marker
    dd = hrows[0]
    dd[7] -= 12 - dd[8]
    dd[8] = 12
    xrows = [tthc(n, s) for n, s in xa]
    pl1_online = {h[0]: (h[2], h[1]) for h in hrows}

    def sums(rs):
        return [sum(x[k] for x in rs) for k in range(1, 12)]

    rows = [G("I", "Cấp huyện", *[dash(v) for v in sums(hrows)])]
    for i, h in enumerate(hrows, 1):
        cells = [str(i), h[0]] + [dash(v) for v in h[1:]]
        if h[0] == "Đất đai":
            cells[9] = Sup(cells[9], "1")
        rows.append(D(*cells))
    rows.append(G("II", "Cấp xã", *[dash(v) for v in sums(xrows)]))
    for i, h in enumerate(xrows, 1):
        rows.append(D(str(i), h[0], *[dash(v) for v in h[1:]]))
    rows.append(TOT("", "Tổng cộng", *[dash(a + b) for a, b in zip(sums(hrows), sums(xrows))]))
    g1, g2, g3 = "Số hồ sơ tiếp nhận", "Số hồ sơ đã giải quyết", "Số hồ sơ đang giải quyết"
    hdr = [["STT", "Lĩnh vực"] + [g1] * 4 + [g2] * 4 + [g3] * 3,
           ["STT", "Lĩnh vực", "Tổng số", "Trực tuyến", "Trực tiếp, bưu chính công ích", "Kỳ trước chuyển qua",
            "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn", "Tổng số", "Trong hạn", "Quá hạn"]]
    out.append(T("KẾT QUẢ TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH NĂM 2024", hdr, rows,
                 [1.3, 5.1] + [1.75] * 11, label="Phụ lục 1", unit="Đơn vị tính: hồ sơ",
                 merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5), (0, 6, 0, 9), (0, 10, 0, 12)],
                 footnote=("1", "Hồ sơ quá hạn chủ yếu thuộc thủ tục đăng ký, cấp Giấy chứng nhận quyền sử dụng đất "
                                "lần đầu do phải xác minh nguồn gốc sử dụng đất.")))

    # --- Phụ lục 2: DVCTT (portrait, 2-row header, percentages from Phụ lục 1, '-' cells, sparse notes)
    rows, t_tthc, t_tt, t_mp, t_on, t_all = [], 0, 0, 0, 0, 0
    notes = {"Đăng ký kinh doanh": "Chưa phát sinh hồ sơ", "Giải quyết khiếu nại, tố cáo": "Không cung cấp DVCTT",
             "Đất đai": "Liên thông với Chi nhánh Văn phòng đăng ký đất đai"}
    for i, (name, _s) in enumerate(huyen, 1):
        n = r.randint(4, 46)
        if name == "Giải quyết khiếu nại, tố cáo":
            tt = mp = 0
        else:
            tt = r.randint(0, n // 2)
            mp = r.randint(1, n - tt)
        on, allh = pl1_online[name]
        ratio = "-" if allh == 0 or on == 0 else vn_dec(100.0 * on / allh, 2)
        rows.append(D(str(i), name, str(n), dash(tt), dash(mp), dash(on), ratio, notes.get(name, "")))
        t_tthc, t_tt, t_mp, t_on, t_all = t_tthc + n, t_tt + tt, t_mp + mp, t_on + on, t_all + allh
    rows.append(TOT("", "Tổng cộng", str(t_tthc), dash(t_tt), dash(t_mp), vn_int(t_on), vn_dec(100.0 * t_on / t_all, 2), ""))
    hdr = [["STT", "Lĩnh vực", "Số TTHC", "Dịch vụ công trực tuyến", "Dịch vụ công trực tuyến",
            "Hồ sơ nộp trực tuyến", "Hồ sơ nộp trực tuyến", "Ghi chú"],
           ["STT", "Lĩnh vực", "Số TTHC", "Toàn trình", "Một phần", "Số hồ sơ", "Tỷ lệ (%)", "Ghi chú"]]
    out.append(T("KẾT QUẢ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN CẤP HUYỆN NĂM 2024", hdr, rows,
                 [1.3, 3.9, 1.7, 1.7, 1.7, 1.8, 1.7, 2.5], label="Phụ lục 2",
                 merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 0, 6), (0, 7, 1, 7)],
                 align=["C", "L", "C", "C", "C", "C", "C", "L"]))

    # --- Phụ lục 3: biểu thống kê (long, over a page break, header repeated)
    U = "Văn bản"
    rows = [
        G("I", "Công tác chỉ đạo điều hành CCHC", "", "", ""),
        D("1", "Tỷ lệ hoàn thành Kế hoạch CCHC năm (lũy kế đến thời điểm báo cáo)", "%", "92", "Kế hoạch số 12/KH-UBND ngày 15/01/2024 thực hiện cải cách hành chính năm 2024"),
        IT("", "- Số nhiệm vụ đề ra trong kế hoạch", "Nhiệm vụ", "25", ""),
        IT("", "- Số nhiệm vụ đã hoàn thành", "Nhiệm vụ", "23", ""),
        D("2", "Số văn bản chỉ đạo CCHC đã ban hành", U, "6", ""),
        G("3", "Kiểm tra CCHC", "", "", "Kế hoạch số 31/KH-UBND ngày 28/02/2024"),
        D("", "Số phòng, ban chuyên môn đã kiểm tra", "Cơ quan, đơn vị", "5", ""),
        D("", "Số UBND cấp xã đã kiểm tra", "Cơ quan, đơn vị", "6", ""),
        D("", "Số vấn đề phát hiện qua kiểm tra", "Vấn đề", "21", ""),
        D("", "Số vấn đề phát hiện đã xử lý xong", "Vấn đề", "19", "02 vấn đề đang khắc phục"),
        G("4", "Tuyên truyền CCHC", "", "", ""),
        D("", "Tỷ lệ thực hiện nhiệm vụ tuyên truyền theo kế hoạch", "%", "100", ""),
        D("", "Số lượng tin, bài viết, phóng sự đăng tại Chuyên mục CCHC trên Trang thông tin điện tử của huyện", "Tin, bài", "37", ""),
        D("", "Có thực hiện tuyên truyền CCHC thông qua các cuộc họp, hội nghị, hội thi", "Có = 1; Không = 0", "1", ""),
        D("5", "Khảo sát sự hài lòng của người dân, tổ chức", "Phiếu", "1.240", "Khảo sát trực tuyến kết hợp phát phiếu"),
        D("6", "Tổ chức đối thoại của lãnh đạo với người dân, doanh nghiệp", "Cuộc", "2", ""),
        G("II", "Cải cách thể chế", "", "", ""),
        D("1", "Số VBQPPL đã ban hành", U, "4", ""),
        D("2", "Số VBQPPL tự kiểm tra theo thẩm quyền", U, "15", ""),
        D("3", "Số VBQPPL phát hiện trái pháp luật", U, "0", ""),
        D("4", "Số VBQPPL đã rà soát", U, "52", "Rà soát hệ thống hóa văn bản QPPL kỳ 2019 - 2023"),
        G("III", "Cải cách thủ tục hành chính", "", "", ""),
        D("1", "Số TTHC được công khai tại Bộ phận Một cửa cấp huyện", "TTHC", "286", ""),
        D("2", "Số TTHC được công khai tại Bộ phận Một cửa cấp xã", "TTHC", "112", ""),
        D("3", "Số phản ánh, kiến nghị về quy định, hành vi hành chính tiếp nhận", "Phản ánh, kiến nghị", "3", ""),
        D("4", "Số phản ánh, kiến nghị đã xử lý xong", "Phản ánh, kiến nghị", "3", ""),
        D("5", "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", "%", "99,72", ""),
        IT("", "- Cấp huyện", "%", "99,41", ""),
        IT("", "- Cấp xã", "%", "99,86", ""),
        G("IV", "Cải cách tổ chức bộ máy", "", "", ""),
        D("1", "Số cơ quan chuyên môn thuộc UBND huyện", "Cơ quan", "12", ""),
        D("2", "Số đơn vị sự nghiệp công lập trực thuộc", "Đơn vị", "64", "Giảm 03 đơn vị do sáp nhập trường học"),
        D("3", "Số biên chế công chức được giao", "Người", "118", ""),
        D("4", "Số biên chế công chức có mặt", "Người", "109", ""),
        G("V", "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", "", "", ""),
        D("1", "Tỷ lệ văn bản đi được ký số, gửi nhận qua Hệ thống quản lý văn bản và điều hành", "%", "98,6", ""),
        D("2", "Tỷ lệ hồ sơ TTHC được số hóa kết quả giải quyết", "%", "81,7", ""),
        D("3", "Tỷ lệ hồ sơ thanh toán trực tuyến", "%", "46,25", ""),
    ]
    hdr = [["TT", "Tên chỉ tiêu", "Đơn vị tính", "Số lượng/ tỷ lệ", "Ghi chú"]]
    out.append(T("BIỂU THỐNG KÊ SỐ LIỆU CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2024", hdr, rows,
                 [1.0, 6.6, 2.4, 1.9, 4.6], label="Phụ lục 3", align=["C", "L", "C", "C", "L"]))
    return out


def build_a(path_docx):
    t = tables_a()
    doc = new_document()
    heading_docx(doc, "ỦY BAN NHÂN DÂN", "HUYỆN KẾ SÁCH", "Số: 458/BC-UBND", "Kế Sách, ngày 09 tháng 12 năm 2024")
    para(doc, "BÁO CÁO", bold=True, align="C", after=0)
    para(doc, "Kết quả thực hiện công tác cải cách hành chính năm 2024", bold=True, align="C", after=12)
    para(doc, "Kính gửi: Sở Nội vụ tỉnh Sóc Trăng", align="C", after=12)
    para(doc, "Thực hiện Kế hoạch số 218/KH-UBND ngày 19/12/2023 của Ủy ban nhân dân tỉnh Sóc Trăng về thực hiện "
              "cải cách hành chính năm 2024, Ủy ban nhân dân huyện Kế Sách báo cáo kết quả thực hiện công tác cải cách "
              "hành chính (CCHC) năm 2024 trên địa bàn huyện như sau:")
    para(doc, "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", bold=True, indent=False, keep=True)
    para(doc, "Ủy ban nhân dân huyện đã ban hành Kế hoạch số 12/KH-UBND ngày 15/01/2024 thực hiện cải cách hành "
              "chính năm 2024 với 25 nhiệm vụ; đến thời điểm báo cáo đã hoàn thành 23/25 nhiệm vụ, đạt 92%. Công tác "
              "kiểm tra CCHC được thực hiện theo Kế hoạch số 31/KH-UBND ngày 28/02/2024, kết quả cụ thể như sau:")
    docx_table(doc, t[0])
    para(doc, "Qua kiểm tra, các cơ quan, đơn vị cơ bản thực hiện đúng quy định về niêm yết, công khai thủ tục hành "
              "chính; cập nhật hồ sơ trên Hệ thống thông tin giải quyết TTHC của tỉnh. Một số tồn tại đã được chỉ ra "
              "và yêu cầu khắc phục trong thời hạn 30 ngày.")
    para(doc, "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH", bold=True, indent=False, keep=True)
    para(doc, "1. Cải cách thể chế", bold=True, indent=False, keep=True)
    para(doc, "Công tác xây dựng, ban hành, kiểm tra, rà soát văn bản quy phạm pháp luật (QPPL) được thực hiện "
              "đúng trình tự, thủ tục theo Luật Ban hành văn bản quy phạm pháp luật năm 2015 (sửa đổi, bổ sung năm 2020).")
    docx_table(doc, t[1])
    para(doc, "2. Cải cách thủ tục hành chính", bold=True, indent=False, keep=True)
    para(doc, "Bộ phận Một cửa cấp huyện và 13/13 Bộ phận Một cửa cấp xã duy trì tiếp nhận, trả kết quả giải quyết "
              "TTHC đúng quy định; số hồ sơ tiếp nhận tại cấp xã trong năm như sau:")
    docx_table(doc, t[2])
    para(doc, "Kết quả tiếp nhận, giải quyết hồ sơ TTHC theo từng lĩnh vực tại Phụ lục 1; kết quả cung cấp dịch vụ "
              "công trực tuyến tại Phụ lục 2 và số liệu thống kê tại Phụ lục 3 kèm theo Báo cáo này.")
    para(doc, "III. ĐÁNH GIÁ CHUNG", bold=True, indent=False, keep=True)
    para(doc, "Công tác CCHC năm 2024 của huyện đạt nhiều kết quả tích cực; tỷ lệ hồ sơ giải quyết đúng hạn đạt "
              "99,72%; tỷ lệ hồ sơ thanh toán trực tuyến đạt 46,25%. Tuy nhiên, vẫn còn hồ sơ quá hạn trong lĩnh vực "
              "đất đai; việc số hóa hồ sơ, kết quả giải quyết TTHC tại cấp xã còn chậm.")
    para(doc, "Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính năm 2024 của Ủy ban nhân dân huyện "
              "Kế Sách./.", after=12)
    signature_docx(doc, ["- Sở Nội vụ;", "- TT. Huyện ủy, TT. HĐND huyện;", "- CT, các PCT UBND huyện;", "- Lưu: VT."],
                   ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Trần Văn Hùng")
    new_section(doc, landscape=True)
    docx_table(doc, t[3])
    new_section(doc, landscape=False)
    docx_table(doc, t[4])
    docx_table(doc, t[5])
    doc.save(path_docx)
    return t


# ============================================================================= DOC B
# Báo cáo tự đánh giá, chấm điểm Chỉ số CCHC năm 2024 - UBND thị xã Ngã Năm (DOCX -> PDF)
# criteria: (code, name, max, children | None, evidence)
CRIT = [
    ("1", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", [
        ("1.1", "Kế hoạch cải cách hành chính năm", [
            ("1.1.1", "Ban hành kế hoạch CCHC năm đúng thời hạn quy định", 0.5,
             "Kế hoạch số 09/KH-UBND ngày 12/01/2024 của UBND thị xã về thực hiện CCHC năm 2024"),
            ("1.1.2", "Mức độ hoàn thành kế hoạch CCHC năm", 1.5,
             "Báo cáo số 402/BC-UBND ngày 02/12/2024 về kết quả thực hiện CCHC năm 2024 kèm phụ lục số liệu"),
        ]),
        ("1.2", "Công tác kiểm tra cải cách hành chính", 3,
         "Kế hoạch kiểm tra số 28/KH-UBND; 06 biên bản kiểm tra; Báo cáo số 377/BC-UBND ngày 18/11/2024 về kết quả kiểm tra và khắc phục tồn tại"),
        ("1.3", "Công tác tuyên truyền cải cách hành chính", 2, "Kế hoạch số 27/KH-UBND ngày 26/02/2024; danh mục tin, bài"),
        ("1.4", "Thực hiện nhiệm vụ được UBND tỉnh, Chủ tịch UBND tỉnh giao trong năm", 4, ""),
        ("1.5", "Sáng kiến, giải pháp mới trong cải cách hành chính", 2,
         "Quyết định công nhận sáng kiến số 1125/QĐ-UBND ngày 20/9/2024"),
    ]),
    ("2", "CẢI CÁCH THỂ CHẾ", [
        ("2.1", "Xây dựng, ban hành văn bản quy phạm pháp luật thuộc thẩm quyền", 2, "Danh mục văn bản QPPL ban hành năm 2024"),
        ("2.2", "Theo dõi, kiểm tra, xử lý, rà soát văn bản quy phạm pháp luật", [
            ("2.2.1", "Tự kiểm tra văn bản QPPL do UBND thị xã ban hành", 1.5, "Báo cáo số 15/BC-PTP ngày 10/10/2024 của Phòng Tư pháp"),
            ("2.2.2", "Rà soát, hệ thống hóa văn bản QPPL", 1.5,
             "Quyết định công bố kết quả hệ thống hóa văn bản QPPL kỳ 2019 - 2023 số 215/QĐ-UBND ngày 22/02/2024"),
            ("2.2.3", "Xử lý văn bản QPPL sau kiểm tra, rà soát", 1, ""),
        ]),
        ("2.3", "Theo dõi thi hành pháp luật", 3, "Kế hoạch số 35/KH-UBND; Báo cáo số 388/BC-UBND ngày 25/11/2024"),
    ]),
    ("3", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", [
        ("3.1", "Công khai thủ tục hành chính tại Bộ phận Một cửa cấp huyện, cấp xã", 3, "Ảnh chụp niêm yết; đường dẫn trang thông tin điện tử"),
        ("3.2", "Thực hiện cơ chế một cửa, một cửa liên thông", 3, ""),
        ("3.3", "Kết quả giải quyết hồ sơ thủ tục hành chính", [
            ("3.3.1", "Tỷ lệ hồ sơ TTHC do UBND cấp huyện tiếp nhận trong năm được giải quyết đúng hạn", 3,
             "Số liệu thống kê trên Hệ thống thông tin giải quyết TTHC tỉnh"),
            ("3.3.2", "Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận trong năm được giải quyết đúng hạn", 3,
             "Số liệu thống kê trên Hệ thống thông tin giải quyết TTHC tỉnh"),
            ("3.3.3", "Thực hiện xin lỗi người dân, tổ chức khi để xảy ra trễ hạn giải quyết hồ sơ", 2,
             "Thư xin lỗi của Phòng Tài nguyên và Môi trường, UBND xã Mỹ Quới"),
        ]),
    ]),
    ("4", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC", [
        ("4.1", "Thực hiện quy định về sắp xếp, tổ chức bộ máy, số lượng lãnh đạo cấp phòng", 5,
         "Quyết định số 2036/QĐ-UBND ngày 30/6/2024 quy định chức năng, nhiệm vụ các phòng chuyên môn"),
        ("4.2", "Thực hiện phân cấp quản lý nhà nước", 3, ""),
    ]),
    ("5", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", [
        ("5.1", "Vị trí việc làm, tuyển dụng và sử dụng công chức, viên chức", 6, "Đề án vị trí việc làm được phê duyệt"),
        ("5.2", "Chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức, viên chức", 6, ""),
    ]),
    ("6", "CẢI CÁCH TÀI CHÍNH CÔNG", [
        ("6.1", "Tỷ lệ giải ngân kế hoạch vốn đầu tư công năm 2024", 4, "Báo cáo số 410/BC-UBND ngày 05/12/2024 về tình hình giải ngân"),
        ("6.2", "Thực hiện quy định về quản lý, sử dụng tài sản công", 3, ""),
    ]),
    ("7", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", [
        ("7.1", "Vận hành Hệ thống quản lý văn bản và điều hành, sử dụng chữ ký số", 4, "Thống kê từ Hệ thống quản lý văn bản và điều hành"),
        ("7.2", "Cung cấp dịch vụ công trực tuyến", [
            ("7.2.1", "Tỷ lệ hồ sơ TTHC được tiếp nhận, xử lý trực tuyến", 5, "Số liệu trên Cổng Dịch vụ công quốc gia"),
            ("7.2.2", "Tỷ lệ hồ sơ TTHC có thanh toán trực tuyến", 3, ""),
        ]),
    ]),
    ("8", "TÁC ĐỘNG CỦA CẢI CÁCH HÀNH CHÍNH ĐẾN NGƯỜI DÂN, TỔ CHỨC VÀ PHÁT TRIỂN KINH TẾ - XÃ HỘI", [
        ("8.1", "Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước", 10,
         "Điểm điều tra xã hội học do Sở Nội vụ thực hiện"),
        ("8.2", "Tác động đến phát triển kinh tế - xã hội của địa phương", 15,
         "Báo cáo tình hình kinh tế - xã hội năm 2024; số liệu thu ngân sách, giảm nghèo"),
    ]),
]
NGANAM = ["Phường 1", "Phường 2", "Phường 3", "Phường Ngã Năm", "Xã Mỹ Quới", "Xã Tân Long", "Xã Long Bình",
          "Xã Mỹ Bình", "Xã Vĩnh Quới"]
LV_SHORT = ["Công tác chỉ đạo, điều hành CCHC", "Cải cách thể chế", "Cải cách thủ tục hành chính",
            "Cải cách tổ chức bộ máy hành chính nhà nước", "Cải cách chế độ công vụ", "Cải cách tài chính công",
            "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số",
            "Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH"]
REASONS = [
    "Còn 01 nhiệm vụ hoàn thành nhưng quá hạn so với thời gian UBND tỉnh giao",
    "Chưa xử lý dứt điểm 02 tồn tại phát hiện qua kiểm tra tại UBND cấp xã",
    "Còn hồ sơ trễ hạn trong lĩnh vực đất đai",
    "Chưa thực hiện xin lỗi đầy đủ đối với hồ sơ trễ hạn tại cấp xã",
    "Tỷ lệ hồ sơ xử lý trực tuyến chưa đạt chỉ tiêu 50% theo kế hoạch",
    "Tỷ lệ thanh toán trực tuyến thấp, chủ yếu nộp phí trực tiếp",
    "Tỷ lệ giải ngân vốn đầu tư công đạt 86,4%, thấp hơn mức bình quân của tỉnh",
    "Một số văn bản QPPL ban hành chậm so với tiến độ đề ra",
    "Một số phòng chuyên môn chưa cập nhật đầy đủ danh mục vị trí việc làm",
    "Chưa hoàn thành xử lý 01 văn bản có kiến nghị sửa đổi",
    "Còn 01 trường hợp công chức cấp xã bị nhắc nhở về chấp hành giờ giấc làm việc",
]


def score_leaf(r, code, mx):
    if code == "8.1":
        return None
    forced = {"1.4": mx - 0.5, "3.3.1": mx - 0.25, "3.3.2": mx - 0.5, "3.3.3": mx - 1, "7.2.1": mx - 1.5,
              "7.2.2": mx - 1.25, "6.1": mx - 1, "2.1": mx - 0.5, "5.2": mx - 0.5, "8.2": 11.75, "2.2.3": mx - 0.5}
    if code in forced:
        return forced[code]
    return mx


def tables_b():
    r = RNG
    crit_rows, leaves, lv_tot = [], [], []

    def walk(node, depth):
        code, name, third = node[0], node[1], node[2]
        if isinstance(third, list):
            kids = [walk(k, depth + 1) for k in third]
            mx = sum(k[0] for k in kids)
            sc = sum(k[1] for k in kids if k[1] is not None)
            return mx, sc, (code, name, mx, sc, depth, kids)
        mx, ev = third, node[3]
        sc = score_leaf(r, code, mx)
        leaves.append((code, name, mx, sc))
        return mx, sc, (code, name, mx, sc, depth, ev)

    def emit(tree):
        code, name, mx, sc, depth, rest = tree
        if isinstance(rest, list):
            crit_rows.append(G(code, name, vn_pts(mx), vn_pts(sc), ""))
            for k in rest:
                emit(k[2])
        else:
            crit_rows.append(D(code, name, vn_pts(mx), "-" if sc is None else vn_pts(sc), rest))

    tot_mx = tot_sc = 0
    for lv in CRIT:
        mx, sc, tree = walk(lv, 0)
        lv_tot.append((mx, sc))
        tot_mx, tot_sc = tot_mx + mx, tot_sc + sc
        emit(tree)
    crit_rows.append(TOT("", "TỔNG CỘNG", vn_pts(tot_mx), vn_pts(tot_sc), ""))
    assert tot_mx == 100

    out = []
    # --- Bảng 1: summary by lĩnh vực (2-row header)
    prev = [12.0, 8.0, 12.25, 7.5, 11.5, 5.5, 8.75, 10.5]
    rows = []
    for i, ((mx, sc), name, p) in enumerate(zip(lv_tot, LV_SHORT, prev), 1):
        rows.append(D(str(i), name, vn_pts(mx), vn_dec(p, 2), vn_dec(100 * p / mx, 2), vn_dec(sc, 2),
                      vn_dec(100 * sc / mx, 2), signed(sc - p, 2)))
    P = sum(prev)
    rows.append(TOT("", "Tổng cộng", vn_pts(tot_mx), vn_dec(P, 2), vn_dec(P, 2), vn_dec(tot_sc, 2), vn_dec(tot_sc, 2),
                    signed(tot_sc - P, 2)))
    hdr = [["STT", "Lĩnh vực", "Điểm tối đa", "Năm 2023", "Năm 2023", "Năm 2024", "Năm 2024", "Tăng (+), giảm (-) điểm"],
           ["STT", "Lĩnh vực", "Điểm tối đa", "Điểm thẩm định", "Tỷ lệ (%)", "Điểm tự đánh giá", "Tỷ lệ (%)",
            "Tăng (+), giảm (-) điểm"]]
    out.append(T("Bảng 1. Tổng hợp kết quả tự đánh giá Chỉ số CCHC theo lĩnh vực", hdr, rows,
                 [1.3, 4.5, 1.4, 1.7, 1.7, 1.7, 1.7, 1.9],
                 merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 0, 6), (0, 7, 1, 7)]))

    # --- Bảng 2: criteria not at max (long reasons wrapping, Cộng row)
    rows, sm, ss = [], 0, 0
    k = 0
    for code, name, mx, sc in leaves:
        if sc is None or sc >= mx:
            continue
        reason = REASONS[k % len(REASONS)]
        k += 1
        rows.append(D(str(k), f"{code}. {name}", vn_pts(mx), vn_pts(sc), vn_pts(mx - sc), reason))
        sm, ss = sm + mx, ss + sc
    rows.append(TOT("", "Cộng", vn_pts(sm), vn_pts(ss), vn_pts(sm - ss), ""))
    hdr = [["STT", "Tiêu chí, tiêu chí thành phần", "Điểm tối đa", "Điểm tự đánh giá", "Điểm bị trừ", "Nguyên nhân"]]
    out.append(T("Bảng 2. Các tiêu chí, tiêu chí thành phần không đạt điểm tối đa", hdr, rows,
                 [1.3, 5.2, 1.5, 1.7, 1.5, 5.3], align=["C", "L", "C", "C", "C", "L"]))

    # --- Bảng 3: TTHC by xã/phường (2-row header, percentages, sparse notes)
    rows, ta, tb_, tl = [], 0, 0, 0
    for i, x in enumerate(NGANAM, 1):
        a = r.randint(900, 5200)
        late = r.choice([0, 0, 0, 1, 2, 4, 7])
        ok = a - late
        note = "Đã gửi thư xin lỗi" if late >= 4 else ("Sáp nhập từ ngày 01/01/2025" if x == "Phường 3" else "")
        rows.append(D(str(i), x, vn_int(a), vn_int(ok), dash(late), vn_dec(100.0 * ok / a, 2), note))
        ta, tb_, tl = ta + a, tb_ + ok, tl + late
    rows.append(TOT("", "Tổng cộng", vn_int(ta), vn_int(tb_), dash(tl), vn_dec(100.0 * tb_ / ta, 2), ""))
    hdr = [["STT", "Xã, phường", "Tổng số hồ sơ đã giải quyết", "Trong đó", "Trong đó", "Tỷ lệ đúng hạn (%)", "Ghi chú"],
           ["STT", "Xã, phường", "Tổng số hồ sơ đã giải quyết", "Đúng hạn", "Trễ hạn", "Tỷ lệ đúng hạn (%)", "Ghi chú"]]
    out.append(T("Bảng 3. Kết quả giải quyết hồ sơ thủ tục hành chính của UBND các xã, phường năm 2024", hdr, rows,
                 [1.3, 3.4, 2.4, 1.9, 1.6, 2.0, 3.9],
                 merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5), (0, 6, 1, 6)],
                 align=["C", "L", "C", "C", "C", "C", "L"]))

    # --- Bảng 4: quarterly rates with italic breakdown rows
    rows = []
    specs = [("1. Tỷ lệ hồ sơ TTHC được tiếp nhận, xử lý trực tuyến", 38, 55),
             ("2. Tỷ lệ hồ sơ TTHC có thanh toán trực tuyến", 21, 48),
             ("3. Tỷ lệ hồ sơ, kết quả giải quyết TTHC được số hóa", 62, 88),
             ("4. Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", 98, 99.9)]
    for name, lo, hi in specs:
        sub = []
        for _ in range(2):
            q = sorted(round(r.uniform(lo, hi), 1) for _ in range(4))
            sub.append(q + [round(sum(q) / 4 + 1e-9, 1)])
        allv = [round((a + b) / 2 + 1e-9, 1) for a, b in zip(*sub)]
        f = lambda v: vn_dec(v, 1) + "%"
        rows.append(G(name, *[f(v) for v in allv]))
        rows.append(IT("- Cấp thị xã", *[f(v) for v in sub[0]]))
        rows.append(IT("- Cấp xã", *[f(v) for v in sub[1]]))
    hdr = [["Chỉ tiêu", "Quý I", "Quý II", "Quý III", "Quý IV", "Năm 2024"]]
    out.append(T("Bảng 4. Kết quả thực hiện một số chỉ tiêu về chính quyền số theo quý", hdr, rows,
                 [6.6, 1.8, 1.8, 1.8, 1.8, 2.2], align=["L", "C", "C", "C", "C", "C"]))

    # --- Phụ lục: full criteria table (column-number row, header repeated, 3 pages)
    hdr = [["STT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm tối đa", "Điểm tự đánh giá", "Tài liệu kiểm chứng"],
           ["(1)", "(2)", "(3)", "(4)", "(5)"]]
    out.append(T("BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA UBND THỊ XÃ NGÃ NĂM", hdr,
                 crit_rows, [1.3, 6.5, 1.6, 1.9, 5.2], label="Phụ lục", align=["C", "L", "C", "C", "L"]))
    return out, tot_sc


def build_b(path_docx):
    t, tot = tables_b()
    doc = new_document()
    heading_docx(doc, "ỦY BAN NHÂN DÂN", "THỊ XÃ NGÃ NĂM", "Số: 405/BC-UBND", "Ngã Năm, ngày 06 tháng 12 năm 2024")
    para(doc, "BÁO CÁO", bold=True, align="C", after=0)
    para(doc, "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024", bold=True, align="C", after=0)
    para(doc, "của Ủy ban nhân dân thị xã Ngã Năm", bold=True, align="C", after=12)
    para(doc, "Kính gửi: Sở Nội vụ tỉnh Sóc Trăng", align="C", after=12)
    para(doc, "Căn cứ Quyết định số 3119/QĐ-UBND ngày 05/11/2021 của Chủ tịch Ủy ban nhân dân tỉnh ban hành Chỉ số "
              "cải cách hành chính của các sở, ban ngành tỉnh, Ủy ban nhân dân các huyện, thị xã, thành phố; Ủy ban "
              "nhân dân thị xã Ngã Năm báo cáo kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024 "
              "như sau:")
    para(doc, "I. KẾT QUẢ TỰ ĐÁNH GIÁ", bold=True, indent=False, keep=True)
    para(doc, f"Tổng điểm tự đánh giá của thị xã năm 2024 đạt {vn_dec(tot, 2)}/100 điểm (chưa bao gồm điểm điều tra "
              "xã hội học của tiêu chí 8.1). Kết quả theo từng lĩnh vực như sau:")
    docx_table(doc, t[0])
    para(doc, "II. NHỮNG TIÊU CHÍ CHƯA ĐẠT ĐIỂM TỐI ĐA", bold=True, indent=False, keep=True)
    para(doc, "Qua tự đánh giá, còn một số tiêu chí, tiêu chí thành phần chưa đạt điểm tối đa, cụ thể:")
    docx_table(doc, t[1])
    para(doc, "III. MỘT SỐ KẾT QUẢ NỔI BẬT", bold=True, indent=False, keep=True)
    para(doc, "Kết quả giải quyết hồ sơ thủ tục hành chính tại Bộ phận Một cửa các xã, phường trong năm 2024:")
    docx_table(doc, t[2])
    para(doc, "Việc triển khai các chỉ tiêu về chính quyền số được theo dõi hằng quý, kết quả như sau:")
    docx_table(doc, t[3])
    para(doc, "Chi tiết kết quả tự đánh giá, chấm điểm theo từng tiêu chí, tiêu chí thành phần và tài liệu kiểm chứng "
              "tại Phụ lục kèm theo./.", after=12)
    signature_docx(doc, ["- Sở Nội vụ;", "- TT. Thị ủy, TT. HĐND thị xã;", "- Lưu: VT, NV."],
                   ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Lâm Thị Ngọc Hân")
    new_section(doc, landscape=False)
    docx_table(doc, t[4])
    doc.save(path_docx)
    return t


# ============================================================================= DOC C
# Báo cáo kết quả Chỉ số SIPAS năm 2024 tỉnh Sóc Trăng (reportlab)
SO_NGANH = ["Ban Dân tộc", "Ban Quản lý các khu công nghiệp", "Sở Công Thương", "Sở Giáo dục và Đào tạo",
            "Sở Giao thông vận tải", "Sở Kế hoạch và Đầu tư", "Sở Khoa học và Công nghệ",
            "Sở Lao động - Thương binh và Xã hội", "Sở Nội vụ", "Sở Nông nghiệp và Phát triển nông thôn",
            "Sở Tài chính", "Sở Tài nguyên và Môi trường", "Sở Thông tin và Truyền thông", "Sở Tư pháp",
            "Sở Văn hóa, Thể thao và Du lịch", "Sở Xây dựng", "Sở Y tế", "Thanh tra tỉnh",
            "Văn phòng Ủy ban nhân dân tỉnh"]
HUYEN = ["Huyện Châu Thành", "Huyện Cù Lao Dung", "Huyện Kế Sách", "Huyện Long Phú", "Huyện Mỹ Tú",
         "Huyện Mỹ Xuyên", "Huyện Thạnh Trị", "Huyện Trần Đề", "Thành phố Sóc Trăng", "Thị xã Ngã Năm",
         "Thị xã Vĩnh Châu"]
SIPAS9 = [
    ("I", "Mức độ hài lòng đối với việc xây dựng, tổ chức thực hiện chính sách", None),
    ("1", "Mức độ hài lòng về trách nhiệm giải trình của chính quyền đối với người dân", None),
    ("2", "Mức độ hài lòng về sự tham gia của người dân vào quá trình xây dựng, tổ chức thực hiện chính sách", None),
    ("3", "Mức độ hài lòng về chất lượng tổ chức thực hiện chính sách", None),
    ("4", "Mức độ hài lòng về kết quả, tác động của chính sách", None),
    ("II", "Mức độ hài lòng đối với việc cung ứng dịch vụ hành chính công", None),
    ("5", "Mức độ hài lòng về tiếp cận dịch vụ", None),
    ("6", "Mức độ hài lòng về thủ tục hành chính", None),
    ("7", "Mức độ hài lòng về công chức trực tiếp giải quyết công việc", None),
    ("8", "Mức độ hài lòng về kết quả cung ứng dịch vụ", None),
    ("9", "Mức độ hài lòng về việc tiếp nhận, xử lý phản ánh, kiến nghị", None),
]


def tables_c():
    r = RNG
    out = []
    # --- Bảng 1: SIPAS over years (ranks 46/63, footnote marker)
    yrs = [(2017, 78.45, 46, 80.01), (2018, 80.36, 40, 82.59), (2019, 82.17, 38, 83.08), (2020, 84.02, 35, 84.56),
           (2021, 83.45, 41, 86.79), (2022, 79.92, 32, 80.08), (2023, 81.65, 37, 82.66), (2024, 83.47, 29, 83.21)]
    rows, prev = [], None
    for y, v, rk, avg in yrs:
        val = vn_dec(v, 2)
        if y == 2024:
            val = Sup(val, "1")
        rows.append(D(str(y), val, f"{rk}/63", vn_dec(avg, 2), "-" if prev is None else signed(v - prev, 2)))
        prev = v
    hdr = [["Năm", "Chỉ số SIPAS (%)", "Xếp hạng", "Trung bình cả nước (%)", "Tăng (+), giảm (-) so với năm trước"]]
    out.append(T("Bảng 1. Kết quả Chỉ số SIPAS của tỉnh Sóc Trăng giai đoạn 2017 - 2024", hdr, rows,
                 [2.0, 3.0, 2.6, 3.4, 4.8], align=["C"] * 5,
                 footnote=("1", "Theo Quyết định số 245/QĐ-BNV ngày 28/3/2025 của Bộ Nội vụ phê duyệt Chỉ số SIPAS năm 2024.")))

    # --- Bảng 2: components 2023/2024 with ranks (2-row header, group rows, total row)
    rows = []
    comp = []
    for code, name, _ in SIPAS9:
        if code in ("I", "II"):
            comp.append(None)
            continue
        a = round(r.uniform(76, 86), 2)
        b = round(a + r.uniform(-3, 4), 2)
        ra, rb = r.randint(8, 58), None
        rb = max(1, min(63, ra + r.randint(-20, 15)))
        comp.append((a, b, ra, rb))
    # shift each year's components so that the mean of the two groups gives the published index
    for yi, target in ((0, 81.65), (1, 83.47)):
        g1 = sum(c[yi] for c in comp[1:5]) / 4
        g2 = sum(c[yi] for c in comp[6:11]) / 5
        d = round(target - (g1 + g2) / 2, 2)
        for ci, c in enumerate(comp):
            if c is not None:
                c = list(c)
                c[yi] = round(c[yi] + d, 2)
                comp[ci] = tuple(c)
    for i, (code, name, _) in enumerate(SIPAS9):
        if comp[i] is None:
            kids = [c for c in (comp[1:5] if code == "I" else comp[6:11])]
            a = round(sum(k[0] for k in kids) / len(kids), 2)
            b = round(sum(k[1] for k in kids) / len(kids), 2)
            ra = r.randint(20, 50)
            rb = ra + (-6 if code == "I" else 3)
            rows.append(G(code, name, vn_dec(a, 2), str(ra), vn_dec(b, 2), str(rb), signed(b - a, 2), signed(ra - rb, 0)))
        else:
            a, b, ra, rb = comp[i]
            rows.append(D(code, name, vn_dec(a, 2), str(ra), vn_dec(b, 2), str(rb), signed(b - a, 2), signed(ra - rb, 0)))
    rows.append(TOT("", "Chỉ số SIPAS", "81,65", "37", "83,47", "29", "+1,82", "+8"))
    hdr = [["STT", "Chỉ số thành phần", "Năm 2023", "Năm 2023", "Năm 2024", "Năm 2024", "Tăng (+), giảm (-)", "Tăng (+), giảm (-)"],
           ["STT", "Chỉ số thành phần", "Tỷ lệ (%)", "Xếp hạng", "Tỷ lệ (%)", "Xếp hạng", "Tỷ lệ (%)", "Số bậc"]]
    out.append(T("Bảng 2. Kết quả các chỉ số thành phần của Chỉ số SIPAS năm 2023 và năm 2024", hdr, rows,
                 [1.3, 5.3, 1.5, 1.4, 1.5, 1.4, 1.6, 1.4],
                 merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 5), (0, 6, 0, 7)]))

    # --- Bảng 3: agencies (long, no repeated header over the page break)
    def block(names):
        vals = [(n, r.randint(90, 420), r.uniform(80.5, 93.5)) for n in names]
        order = sorted(vals, key=lambda x: -x[2])
        rank = {n: i for i, (n, _, _) in enumerate(order, 1)}
        return vals, rank
    sv, srk = block(SO_NGANH)
    hv, hrk = block(HUYEN)
    notes = {"Ban Dân tộc": "Số phiếu thấp, ít phát sinh hồ sơ", "Sở Tư pháp": "Tăng 6 bậc so với năm 2023",
             "Huyện Trần Đề": "Giảm 4 bậc so với năm 2023", "Thành phố Sóc Trăng": "Khảo sát bổ sung tháng 10/2024"}

    def grp(code, name, vals):
        n = sum(v[1] for v in vals)
        avg = sum(v[1] * v[2] for v in vals) / n
        return G(code, name, vn_int(n), vn_dec(avg, 2), "", "")
    rows = [grp("I", "Sở, ban ngành tỉnh", sv)]
    rows += [D(str(i), n, vn_int(k), vn_dec(v, 2), str(srk[n]), notes.get(n, "")) for i, (n, k, v) in enumerate(sv, 1)]
    rows += [grp("II", "UBND các huyện, thị xã, thành phố", hv)]
    rows += [D(str(i), n, vn_int(k), vn_dec(v, 2), str(hrk[n]), notes.get(n, "")) for i, (n, k, v) in enumerate(hv, 1)]
    hdr = [["STT", "Cơ quan, đơn vị", "Số phiếu hợp lệ", "Chỉ số hài lòng (%)", "Xếp hạng trong khối", "Ghi chú"]]
    out.append(T("Bảng 3. Chỉ số hài lòng của người dân, tổ chức đối với các cơ quan, đơn vị năm 2024", hdr, rows,
                 [1.3, 5.4, 2.0, 2.2, 2.0, 3.1], repeat=False, align=["C", "L", "C", "C", "C", "L"]))

    # --- Bảng 4: horizontal rules only
    crit = ["Trụ sở cơ quan tiếp nhận hồ sơ, trả kết quả sạch sẽ, văn minh",
            "Trang thiết bị phục vụ người dân đầy đủ, dễ sử dụng",
            "Thủ tục hành chính được niêm yết công khai, đầy đủ, chính xác",
            "Thành phần hồ sơ và phí, lệ phí đúng quy định",
            "Thời hạn giải quyết theo giấy hẹn đúng quy định",
            "Công chức có thái độ giao tiếp lịch sự, tôn trọng",
            "Công chức hướng dẫn kê khai hồ sơ tận tình, chu đáo",
            "Kết quả giải quyết đúng quy định, có thông tin chính xác",
            "Phản ánh, kiến nghị được tiếp nhận và xử lý kịp thời"]
    rows = []
    for i, c in enumerate(crit, 1):
        a = round(r.uniform(76, 92), 2)
        b = round(a + r.uniform(-2.5, 3.5), 2)
        rows.append(D(str(i), c, vn_dec(a, 2), vn_dec(b, 2), signed(b - a, 2)))
    hdr = [["STT", "Tiêu chí đánh giá", "Năm 2023 (%)", "Năm 2024 (%)", "Tăng (+), giảm (-)"]]
    out.append(T("Bảng 4. Tỷ lệ người dân đánh giá tích cực theo tiêu chí cung ứng dịch vụ hành chính công", hdr, rows,
                 [1.3, 8.0, 2.2, 2.2, 2.3], rules="hrules", align=["C", "L", "C", "C", "C"]))

    # --- Bảng 5: expectations
    exp = [("Nâng cao tinh thần, thái độ phục vụ của cán bộ, công chức, viên chức", 46.47),
           ("Tăng cường cơ sở vật chất, trang thiết bị phục vụ giải quyết công việc", 44.85),
           ("Nâng cao năng lực của cán bộ, công chức, viên chức trong giải quyết công việc", 44.67),
           ("Nâng cao chất lượng tiếp nhận, giải quyết ý kiến góp ý, phản ánh, kiến nghị", 44.12),
           ("Tăng cường trách nhiệm giải trình của chính quyền đối với người dân", 44.10),
           ("Tăng cường ứng dụng công nghệ thông tin, chuyển đổi số trong giải quyết công việc", 43.94),
           ("Nâng cao hiệu lực, hiệu quả hoạt động của chính quyền địa phương", 43.01),
           ("Công khai, minh bạch hơn nữa thông tin về chính sách, thủ tục hành chính", 41.38)]
    ordn = ["nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám"]
    rows = [D(str(i), t, vn_dec(v, 2), "Thứ " + ordn[i - 1]) for i, (t, v) in enumerate(exp, 1)]
    hdr = [["STT", "Nội dung mong đợi", "Tỷ lệ mong đợi “rất nhiều” (%)", "Thứ tự ưu tiên"]]
    out.append(T("Bảng 5. Mong đợi của người dân đối với cơ quan hành chính nhà nước năm 2024", hdr, rows,
                 [1.3, 9.4, 3.0, 2.3], align=["C", "L", "C", "C"]))
    return out


def build_c(path_pdf):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape

    fd = "/usr/share/fonts/truetype/liberation2/"
    for nm, f in (("TNR", "LiberationSerif-Regular.ttf"), ("TNR-B", "LiberationSerif-Bold.ttf"),
                  ("TNR-I", "LiberationSerif-Italic.ttf"), ("TNR-BI", "LiberationSerif-BoldItalic.ttf")):
        pdfmetrics.registerFont(TTFont(nm, fd + f))
    addMapping("TNR", 0, 0, "TNR")
    addMapping("TNR", 1, 0, "TNR-B")
    addMapping("TNR", 0, 1, "TNR-I")
    addMapping("TNR", 1, 1, "TNR-BI")

    def ps(name, size=13, align=TA_JUSTIFY, bold=False, italic=False, lead=None, indent=0, after=6, before=0):
        font = "TNR-BI" if bold and italic else "TNR-B" if bold else "TNR-I" if italic else "TNR"
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.3, alignment=align,
                              firstLineIndent=indent, spaceAfter=after, spaceBefore=before)
    body = ps("body", indent=1 * cm)
    head = ps("head", align=TA_LEFT, bold=True)
    head.keepWithNext = 1
    ctr_b = ps("ctrb", align=TA_CENTER, bold=True, after=0)
    cap = ps("cap", align=TA_CENTER, bold=True, after=4, before=6)
    note = ps("note", size=11, align=TA_JUSTIFY, italic=True, after=6, lead=13)
    ALN = {"L": TA_LEFT, "C": TA_CENTER, "R": TA_RIGHT}
    cell_st = {}

    def cst(align, bold, italic):
        k = (align, bold, italic)
        if k not in cell_st:
            cell_st[k] = ps(f"c{len(cell_st)}", size=12, align=ALN[align], bold=bold, italic=italic, lead=14, after=0)
        return cell_st[k]

    def ptxt(x):
        s = escape(str(x))
        if isinstance(x, Sup):
            s += f"<super>{x.mark}</super>"
        return s

    def rl_table(t: T):
        nh = len(t.header)
        covered = set()
        for r0, c0, r1, c1 in t.merges:
            covered |= {(rr, cc) for rr in range(r0, r1 + 1) for cc in range(c0, c1 + 1)} - {(r0, c0)}
        data = []
        for ri, row in enumerate(t.header):
            data.append(["" if (ri, ci) in covered else Paragraph(ptxt(c), cst("C", True, False))
                         for ci, c in enumerate(row)])
        for row in t.rows:
            b = row["k"] != "data"
            data.append([Paragraph(ptxt(c), cst(t.align[ci], b, row["i"])) if c else ""
                         for ci, c in enumerate(row["c"])])
        style = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 3),
                 ("BOTTOMPADDING", (0, 0), (-1, -1), 4), ("LEFTPADDING", (0, 0), (-1, -1), 4),
                 ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
        if t.rules == "grid":
            style.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
        else:
            style += [("LINEABOVE", (0, 0), (-1, 0), 1.0, colors.black),
                      ("LINEBELOW", (0, nh - 1), (-1, nh - 1), 0.6, colors.black),
                      ("LINEBELOW", (0, -1), (-1, -1), 1.0, colors.black)]
        for r0, c0, r1, c1 in t.merges:
            style.append(("SPAN", (c0, r0), (c1, r1)))
        tb = Table(data, colWidths=[w * cm for w in t.widths], repeatRows=nh if t.repeat else 0,
                   style=TableStyle(style), splitInRow=1)
        out = [Paragraph(escape(t.caption), cap)]
        out[-1].keepWithNext = True
        out.append(tb)
        if t.footnote:
            out.append(Spacer(1, 3))
            out.append(Paragraph(f"<super>{t.footnote[0]}</super> {escape(t.footnote[1])}", note))
        out.append(Spacer(1, 8))
        return out

    tabs = tables_c()
    st = []
    hb = Table([[Paragraph("UBND TỈNH SÓC TRĂNG<br/><b>SỞ NỘI VỤ</b><br/><br/>Số: 118/BC-SNV", ps("h1", size=12, align=TA_CENTER, after=0)),
                 Paragraph("<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br/><b>Độc lập - Tự do - Hạnh phúc</b><br/><br/>"
                           "<i>Sóc Trăng, ngày 15 tháng 4 năm 2025</i>", ps("h2", size=12, align=TA_CENTER, after=0))]],
               colWidths=[5.8 * cm, 10.2 * cm])
    st += [hb, Spacer(1, 14)]
    st.append(Paragraph("BÁO CÁO", ctr_b))
    st.append(Paragraph("Kết quả Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà "
                        "nước (SIPAS) năm 2024 của tỉnh Sóc Trăng", ps("t2", align=TA_CENTER, bold=True, after=10)))
    st.append(Paragraph("Kính gửi: Ủy ban nhân dân tỉnh Sóc Trăng", ps("kg", align=TA_CENTER, after=10)))
    P = lambda s: st.append(Paragraph(s, body))
    P("Căn cứ kết quả công bố Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước "
      "(SIPAS) năm 2024 của Bộ Nội vụ, Sở Nội vụ báo cáo Ủy ban nhân dân tỉnh kết quả phân tích Chỉ số SIPAS của tỉnh "
      "và của các cơ quan, đơn vị trên địa bàn tỉnh như sau:")
    st.append(Paragraph("I. KẾT QUẢ CHỈ SỐ SIPAS CỦA TỈNH", head))
    P("Chỉ số SIPAS năm 2024 của tỉnh Sóc Trăng đạt 83,47%, xếp hạng 29/63 tỉnh, thành phố, tăng 1,82% và tăng 08 bậc "
      "so với năm 2023 (81,65%, xếp hạng 37/63). Kết quả qua các năm như sau:")
    st += rl_table(tabs[0])
    P("Kết quả theo từng chỉ số thành phần cho thấy mức độ hài lòng đối với việc xây dựng, tổ chức thực hiện chính "
      "sách cao hơn mức độ hài lòng đối với việc cung ứng dịch vụ hành chính công:")
    st += rl_table(tabs[1])
    st.append(Paragraph("II. KẾT QUẢ ĐO LƯỜNG SỰ HÀI LÒNG ĐỐI VỚI CÁC CƠ QUAN, ĐƠN VỊ", head))
    P("Năm 2024, Sở Nội vụ phối hợp với Bưu điện tỉnh tổ chức khảo sát tại 19 sở, ban ngành tỉnh và 11 huyện, thị xã, "
      "thành phố; tổng số phiếu hợp lệ thu về được tổng hợp theo bảng sau:")
    st += rl_table(tabs[2])
    P("Về các tiêu chí cụ thể của dịch vụ hành chính công, tỷ lệ người dân đánh giá tích cực có sự cải thiện ở phần lớn "
      "các tiêu chí:")
    st += rl_table(tabs[3])
    st.append(Paragraph("III. MONG ĐỢI CỦA NGƯỜI DÂN", head))
    P("Theo kết quả khảo sát, các mong đợi của người dân đối với cơ quan hành chính nhà nước trong thời gian tới được "
      "sắp xếp theo thứ tự ưu tiên như sau:")
    st += rl_table(tabs[4])
    P("Trên đây là báo cáo kết quả Chỉ số SIPAS năm 2024 của tỉnh Sóc Trăng, Sở Nội vụ kính báo cáo Ủy ban nhân dân "
      "tỉnh xem xét, chỉ đạo./.")
    st.append(Spacer(1, 10))
    st.append(Table([[Paragraph("<b><i>Nơi nhận:</i></b><br/>- Như trên;<br/>- Ban Giám đốc Sở;<br/>- Lưu: VT, CCHC.",
                                ps("nn", size=11, align=TA_LEFT, after=0)),
                      Paragraph("<b>GIÁM ĐỐC</b><br/><br/><br/><br/><b>Nguyễn Văn Phong</b>",
                                ps("gd", align=TA_CENTER, after=0))]], colWidths=[8 * cm, 8 * cm]))
    doc = SimpleDocTemplate(path_pdf, pagesize=A4, leftMargin=3 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title="Báo cáo kết quả Chỉ số SIPAS năm 2024", author="Sở Nội vụ")
    doc.build(st)
    return tabs


# ============================================================================= DOC D
# Quyết định phê duyệt kết quả xếp hạng Chỉ số CCHC năm 2024 (DOCX -> PDF)
LV_MAX = [13, 9, 14, 8, 12, 7, 12, 25]
LV_HDR = ["Chỉ đạo, điều hành", "Cải cách thể chế", "Cải cách TTHC", "Cải cách tổ chức bộ máy",
          "Cải cách chế độ công vụ", "Cải cách tài chính công", "Chính quyền điện tử, chính quyền số",
          "Tác động của cải cách hành chính"]
DVSN = ["Ban Quản lý dự án 1", "Ban Quản lý dự án 2", "Trường Cao đẳng Cộng đồng Sóc Trăng",
        "Trường Cao đẳng Nghề Sóc Trăng"]
TW = ["Bảo hiểm xã hội tỉnh", "Công an tỉnh", "Cục Thuế tỉnh", "Chi cục Hải quan Sóc Trăng",
      "Kho bạc Nhà nước Sóc Trăng", "Ngân hàng Nhà nước Chi nhánh tỉnh Sóc Trăng"]


def tables_d():
    r = RNG
    out = []
    # --- Phụ lục 1: sở, ban ngành (landscape, 14 columns, 2-row header with group over 8 columns)
    recs, seen = [], set()
    reduced = {"Ban Dân tộc": 97.5, "Thanh tra tỉnh": 96.5, "Văn phòng Ủy ban nhân dân tỉnh": 98.0}
    for n in SO_NGANH:
        mx = reduced.get(n, 100.0)
        while True:
            lv = [round(m * r.uniform(0.72, 0.99) * 4) / 4 for m in LV_MAX]
            if mx < 100:  # criteria of lĩnh vực 6 not applicable: its maximum is lower
                lv[5] = min(lv[5], round((7 - (100 - mx)) * 0.9 * 4) / 4)
            tot = sum(lv)
            key = vn_dec(100 * tot / mx, 2)
            if key not in seen:
                seen.add(key)
                break
        recs.append((n, lv, mx, tot, 100 * tot / mx))
    recs.sort(key=lambda x: -x[4])
    rows = []
    for i, (n, lv, mx, tot, idx) in enumerate(recs, 1):
        rows.append(D(str(i), n, *[vn_pts(v) for v in lv], vn_dec(mx, 2), vn_dec(tot, 2), vn_dec(idx, 2), str(i)))
    g = "Điểm đạt được theo lĩnh vực"
    hdr = [["STT", "Cơ quan, đơn vị"] + [g] * 8 + ["Điểm tối đa", "Tổng điểm đạt được", "Chỉ số (%)", "Xếp hạng"],
           ["STT", "Cơ quan, đơn vị"] + [f"{h} ({m})" for h, m in zip(LV_HDR, LV_MAX)] +
           ["Điểm tối đa", "Tổng điểm đạt được", "Chỉ số (%)", "Xếp hạng"]]
    out.append(T("KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA CÁC SỞ, BAN NGÀNH TỈNH", hdr, rows,
                 [1.3, 4.4] + [1.62] * 8 + [1.55, 1.65, 1.6, 1.5], label="Phụ lục 1",
                 merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 9), (0, 10, 1, 10), (0, 11, 1, 11), (0, 12, 1, 12),
                         (0, 13, 1, 13)]))

    # --- Phụ lục 2: huyện (landscape, 11 columns, ranks 2023/2024, Xếp loại, Giá trị trung bình)
    recs = []
    for n in HUYEN:
        tu = round(r.uniform(66, 73.5), 2)
        td = round(tu - r.uniform(0.5, 4.5), 2)
        xh = round(r.uniform(19.5, 24.0), 2)
        recs.append([n, tu, td, xh, round(td + xh, 2)])
    recs.sort(key=lambda x: -x[4])
    prev = list(range(1, 12))
    r.shuffle(prev)
    rows = []
    for i, (n, tu, td, xh, tot) in enumerate(recs, 1):
        loai = "Tốt" if tot >= 90 else "Khá" if tot >= 80 else "Trung bình"
        rows.append(D(str(i), n, vn_dec(tu, 2), vn_dec(td, 2), vn_dec(xh, 2), vn_dec(tot, 2), vn_dec(tot, 2) + "%",
                      str(prev[i - 1]), str(i), signed(prev[i - 1] - i, 0), loai))
    avg = [sum(x[k] for x in recs) / len(recs) for k in range(1, 5)]
    rows.append(TOT("", "Giá trị trung bình", *[vn_dec(v, 2) for v in avg], vn_dec(avg[3], 2) + "%", "", "", "", ""))
    xr = "Xếp hạng"
    hdr = [["STT", "Đơn vị", "Điểm tự đánh giá", "Điểm thẩm định", "Điểm điều tra xã hội học", "Tổng điểm",
            "Chỉ số CCHC", xr, xr, xr, "Xếp loại"],
           ["STT", "Đơn vị", "Điểm tự đánh giá", "Điểm thẩm định", "Điểm điều tra xã hội học", "Tổng điểm",
            "Chỉ số CCHC", "Năm 2023", "Năm 2024", "Tăng (+), giảm (-) bậc", "Xếp loại"]]
    out.append(T("KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA ỦY BAN NHÂN DÂN CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ",
                 hdr, rows, [1.3, 4.7, 2.2, 2.2, 2.4, 2.1, 2.2, 1.9, 1.9, 2.4, 2.3], label="Phụ lục 2",
                 merges=[(0, c, 1, c) for c in (0, 1, 2, 3, 4, 5, 6, 10)] + [(0, 7, 0, 9)]))

    # --- Phụ lục 3: ĐVSN + TW agencies (portrait, groups, sparse notes)
    rows = []
    for code, gname, names in (("I", "Đơn vị sự nghiệp công lập thuộc tỉnh", DVSN),
                               ("II", "Cơ quan Trung ương đặt tại tỉnh", TW)):
        recs = []
        for n in names:
            mx = 100.0 if r.random() > 0.3 else 95.0
            got = round(mx * r.uniform(0.78, 0.95), 2)
            recs.append((n, mx, got, 100 * got / mx))
        ordr = {x[0]: i for i, x in enumerate(sorted(recs, key=lambda x: -x[3]), 1)}
        rows.append(G(code, gname, "", "", "", "", ""))
        for i, (n, mx, got, idx) in enumerate(recs, 1):
            note = ""
            if mx < 100:
                note = "Không đánh giá tiêu chí 6.3"
            if n == "Công an tỉnh":
                note = "Đánh giá theo hướng dẫn riêng của ngành"
            rows.append(D(str(i), n, vn_dec(mx, 2), vn_dec(got, 2), vn_dec(idx, 2), str(ordr[n]), note))
    hdr = [["STT", "Cơ quan, đơn vị", "Điểm tối đa", "Điểm đạt được", "Chỉ số CCHC (%)", "Xếp hạng", "Ghi chú"]]
    out.append(T("KẾT QUẢ XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA CÁC ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP VÀ CƠ QUAN "
                 "TRUNG ƯƠNG ĐẶT TẠI TỈNH", hdr, rows, [1.3, 5.1, 1.7, 1.9, 1.9, 1.6, 3.0], label="Phụ lục 3",
                 align=["C", "L", "C", "C", "C", "C", "L"]))
    return out


def build_d(path_docx):
    t = tables_d()
    doc = new_document()
    heading_docx(doc, "ỦY BAN NHÂN DÂN", "TỈNH SÓC TRĂNG", "Số: 1046/QĐ-UBND", "Sóc Trăng, ngày 24 tháng 4 năm 2025")
    para(doc, "QUYẾT ĐỊNH", bold=True, align="C", after=0)
    para(doc, "Phê duyệt và công bố Chỉ số cải cách hành chính năm 2024 của các sở, ban ngành tỉnh, Ủy ban nhân dân "
              "các huyện, thị xã, thành phố và các cơ quan, đơn vị trên địa bàn tỉnh Sóc Trăng", bold=True, align="C", after=12)
    para(doc, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG", bold=True, align="C", after=12)
    for s in ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của "
              "Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
              "Căn cứ Quyết định số 3119/QĐ-UBND ngày 05 tháng 11 năm 2021 của Chủ tịch Ủy ban nhân dân tỉnh ban hành Chỉ số "
              "cải cách hành chính của các sở, ban ngành tỉnh, đơn vị sự nghiệp công lập tỉnh, Ủy ban nhân dân các huyện, "
              "thị xã, thành phố và các cơ quan Trung ương đặt tại tỉnh Sóc Trăng;",
              "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 96/TTr-SNV ngày 15 tháng 4 năm 2025."]:
        para(doc, [(s, False, True)])
    para(doc, "QUYẾT ĐỊNH:", bold=True, align="C", after=6, before=6)
    para(doc, [("Điều 1. ", True, False), ("Phê duyệt và công bố Chỉ số cải cách hành chính năm 2024 của 19 sở, ban ngành "
               "tỉnh (Phụ lục 1), 11 Ủy ban nhân dân các huyện, thị xã, thành phố (Phụ lục 2), 04 đơn vị sự nghiệp công "
               "lập tỉnh và 06 cơ quan Trung ương đặt tại tỉnh (Phụ lục 3) kèm theo Quyết định này.", False, False)])
    para(doc, [("Điều 2. ", True, False), ("Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị có liên quan công "
               "bố kết quả Chỉ số cải cách hành chính năm 2024; hướng dẫn các cơ quan, đơn vị phân tích, đánh giá "
               "nguyên nhân, đề ra giải pháp khắc phục những tiêu chí còn hạn chế.", False, False)])
    para(doc, [("Điều 3. ", True, False), ("Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các sở, "
               "ban ngành tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố và các cơ quan, đơn vị có liên "
               "quan chịu trách nhiệm thi hành Quyết định này kể từ ngày ký./.", False, False)], after=12)
    signature_docx(doc, ["- Như Điều 3;", "- Bộ Nội vụ;", "- TT. Tỉnh ủy, TT. HĐND tỉnh;", "- CT, các PCT UBND tỉnh;",
                         "- Lưu: VT, NC."], ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Lâm Hoàng Nghiệp")
    new_section(doc, landscape=True)
    docx_table(doc, t[0])
    docx_table(doc, t[1])
    new_section(doc, landscape=False)
    docx_table(doc, t[2])
    doc.save(path_docx)
    return t


# ============================================================================= verification + expected JSON
def norm(s) -> str:
    return unicodedata.normalize("NFC", " ".join(str(s or "").split()))


def squash(s) -> str:
    return "".join(norm(s).split())


def read_pdf(pdf_path):
    import pdfplumber
    rows, texts = [], []
    with pdfplumber.open(pdf_path) as pdf:
        for pno, page in enumerate(pdf.pages, 1):
            texts.append(unicodedata.normalize("NFC", page.extract_text() or ""))
            for tb in page.find_tables():
                for r in tb.extract():
                    rows.append((pno, [norm(c) for c in r]))
        n = len(pdf.pages)
    return n, rows, texts


HYPHEN_BREAKS = []


def cell_ok(exp, got):
    e = norm(exp)
    if got == e:
        return True
    if isinstance(exp, Sup):
        return got in (e + exp.mark, e + " " + exp.mark, exp.mark + " " + e)
    # a line broken right after the hyphen of a document number ("12/KH-" / "UBND"): printed and
    # expected as "12/KH-UBND"; the PDF line join reads it with a space
    if re.sub(r"(?<=\w)- (?=\w)", "-", got) == e and got != e:
        HYPHEN_BREAKS.append(e)
        return True
    return False


def row_ok(exp_cells, got):
    return len(got) == len(exp_cells) and all(cell_ok(e, g) for e, g in zip(exp_cells, got))


def locate(t: T, rows, start):
    """Find the expected body rows, in order, among the ruled rows read from the PDF."""
    pages, i, splits, misses, first = set(), start, [], [], None
    for er in t.rows:
        found = False
        for j in range(i, min(len(rows), i + 14)):
            p, g = rows[j]
            if row_ok(er["c"], g):
                pages.add(p)
                i, found = j + 1, True
            else:
                for k in range(j + 1, min(len(rows), j + 6)):
                    p2, g2 = rows[k]
                    if p2 == p + 1 and len(g2) == len(g):
                        joined = [norm(" ".join(x for x in (a, b) if x)) for a, b in zip(g, g2)]
                        if row_ok(er["c"], joined):
                            pages |= {p, p2}
                            splits.append((p, p2, er["c"][1][:40]))
                            i, found = k + 1, True
                            break
            if found:
                first = j if first is None else first
                break
        if not found:
            misses.append(er["c"])
    hdr_rep, hdr_bad = 0, []
    if first is not None:
        nh = len(t.header)
        got_h = [g for p, g in rows[max(0, first - nh):first]]
        for r_i, (eh, gh) in enumerate(zip(t.header, got_h)):
            for c_i, (ec, gc) in enumerate(zip(eh, gh)):
                if gc and gc != norm(ec):
                    hdr_bad.append((r_i, c_i, ec, gc))
        hset = {norm(c) for h in t.header for c in h}
        hdr_rep = sum(1 for p, g in rows[first:i]
                      if any(g) and all((not c) or c in hset for c in g) and g[0] in hset)
    return sorted(pages), i, splits, misses, hdr_rep, hdr_bad


def text_pages(t: T, texts):
    """Fallback for the table ruled with horizontal lines only: page of the caption .. page of the last row."""
    cap = squash(t.caption)
    p0 = next(p for p, x in enumerate(texts, 1) if cap in squash(x))
    pages = set()
    for er in t.rows:
        key = squash(max((str(c) for c in er["c"]), key=len))[:18]
        p = next(p for p in range(p0, len(texts) + 1) if key in squash(texts[p - 1]))
        pages.add(p)
    return sorted(pages)


def verify_and_write(name, pdf_path, tabs):
    n, rows, texts = read_pdf(pdf_path)
    full = squash("\n".join(texts))
    exp = {"doc": name + ".pdf", "n_pages": n, "tables": []}
    ptr, problems = 0, []
    print(f"\n{name}.pdf: {n} pages")
    for idx, t in enumerate(tabs, 1):
        assert squash(t.caption) in full, f"caption not found in text layer: {t.caption}"
        if t.label:
            assert squash(t.label + t.caption) in full, f"label+caption not adjacent: {t.title}"
        if t.rules == "hrules":
            pages, splits, misses, rep = text_pages(t, texts), [], [], 0
        else:
            pages, ptr2, splits, misses, rep, hdr_bad = locate(t, rows, ptr)
            if not misses:
                ptr = ptr2
            misses += [("HEADER",) + b for b in hdr_bad]
        if misses:
            problems.append((idx, misses[:6]))
        ncell = sum(len(r["c"]) for r in t.rows)
        print(f"  T{idx:<2} pages {pages} rows {len(t.rows):>2} cols {len(t.header[0]):>2} cells {ncell:>3} "
              f"header-rows {len(t.header)} repeated-header-seen {rep} split-rows {splits} :: {t.title[:70]}")
        exp["tables"].append(t.expected(idx, pages))
    if problems:
        for idx, m in problems:
            print(f"  !! T{idx}: not found as printed: {m}")
        if os.environ.get("H11_DEBUG"):
            for p, g in rows:
                print("    ", p, g)
        FAILED.append(name)
    with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return exp


FAILED = []
DOCS = [("bc_cchc_nam2024_kesach", "docx", build_a),
        ("bc_tudanhgia_chiso_cchc_2024_nganam", "docx", build_b),
        ("bc_ketqua_sipas_2024_soctrang", "reportlab", build_c),
        ("qd_xephang_chiso_cchc_2024_soctrang", "docx", build_d)]


def main():
    tmp = tempfile.mkdtemp(prefix="h11_")
    summary = []
    try:
        for name, kind, fn in DOCS:
            pdf = os.path.join(HERE, name + ".pdf")
            if kind == "docx":
                src = os.path.join(tmp, name + ".docx")
                tabs = fn(src)
                shutil.move(docx_to_pdf(src, tmp), pdf)
            else:
                tabs = fn(pdf)
            e = verify_and_write(name, pdf, tabs)
            summary.append((name, len(e["tables"]), e["n_pages"],
                            sum(len(r) for t in e["tables"] for r in t["rows"])))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print()
    for s in summary:
        print(f"{s[0]}.pdf: {s[1]} tables, {s[2]} pages, {s[3]} body cells")
    print(f"total: {sum(s[1] for s in summary)} tables, {sum(s[3] for s in summary)} body cells")
    print(f"cells printed with a line break after a hyphen: {sorted(set(HYPHEN_BREAKS))}")
    if FAILED:
        raise SystemExit(f"verification failed for {FAILED}")


if __name__ == "__main__":
    main()
