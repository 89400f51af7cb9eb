#!/usr/bin/env python
"""Build the blind holdout8 set: 4 born-digital PDFs (3 python-docx -> LibreOffice, 1 reportlab)
with fully ruled tables, plus <name>.expected.json for benchmarks/accuracy.py.

    .venv/bin/python benchmarks/holdout8/build.py
"""
from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import tempfile
import unicodedata

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(20240808)


# ----------------------------------------------------------------- number formatting (as printed)
def vn(x: float, d: int = 2) -> str:
    s = f"{abs(x):,.{d}f}"  # 1,234.56
    s = s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return ("-" if x < 0 else "") + s


def vint(n: int) -> str:
    return vn(n, 0)


def pct(x: float, d: int = 2) -> str:
    return vn(x, d) + "%"


def signed(x: float, d: int = 2, suffix: str = "") -> str:
    if abs(x) < 1e-9:
        return vn(0, d) + suffix
    return ("+" if x > 0 else "") + vn(x, d) + suffix


# ----------------------------------------------------------------- table spec
class T:
    def __init__(self, title, header, rows, kinds, widths, note):
        self.title, self.header, self.rows, self.kinds = title, header, rows, kinds
        self.widths, self.note = widths, note  # widths in cm; note = paragraph after the table
        n = len(header[0])
        assert all(len(r) == n for r in header + rows), title
        assert len(rows) == len(kinds)


def merges(header):
    """Merged regions (r0, c0, r1, c1, text) of a header grid: vertical when the two rows agree,
    horizontal runs of equal text in a row."""
    nr, nc = len(header), len(header[0])
    out, done = [], set()
    for r in range(nr):
        c = 0
        while c < nc:
            if (r, c) in done:
                c += 1
                continue
            txt = header[r][c]
            r1 = r
            while r1 + 1 < nr and header[r1 + 1][c] == txt:
                r1 += 1
            c1 = c
            if r1 == r:
                while c1 + 1 < nc and header[r][c1 + 1] == txt and (r, c1 + 1) not in done:
                    c1 += 1
            for rr in range(r, r1 + 1):
                for cc in range(c, c1 + 1):
                    done.add((rr, cc))
            out.append((r, c, r1, c1, txt))
            c = c1 + 1
    return out


# ----------------------------------------------------------------- docx writer
def _font(run, size, bold=False, italic=False):
    run.font.name = "Times New Roman"
    run.font.size = Pt(size)
    run.bold = bold
    run.italic = italic
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), "Times New Roman")


def para(doc, text, size=13, bold=False, italic=False, align=None, keep_next=False, indent=True):
    p = doc.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align is None:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(4)
    p.paragraph_format.keep_with_next = keep_next
    _font(p.add_run(text), size, bold, italic)
    return p


def set_cell(cell, text, size, bold=False, align="c"):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT,
                   "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.space_before = Pt(1)
    if text:
        _font(p.add_run(text), size, bold)


def page_number_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run()
    _font(run, 11)
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "end")):
        el = OxmlElement(tag)
        if attr:
            el.set(qn("w:fldCharType"), attr)
        else:
            el.set(qn("xml:space"), "preserve")
            el.text = "PAGE"
        run._element.append(el)


def docx_table(doc, t: T, size=11, left_cols=(1,), new_page=False):
    cp = para(doc, t.title, 13, bold=True, align="c", keep_next=True)
    cp.paragraph_format.page_break_before = new_page
    nh, nc = len(t.header), len(t.header[0])
    tb = doc.add_table(rows=nh + len(t.rows), cols=nc)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    tb.autofit = False
    for i, w in enumerate(t.widths):
        tb.columns[i].width = Cm(w)
        for row in tb.rows:
            row.cells[i].width = Cm(w)
    for r in range(nh):  # repeat header rows on each page
        trpr = tb.rows[r]._tr.get_or_add_trPr()
        el = OxmlElement("w:tblHeader")
        el.set(qn("w:val"), "true")
        trpr.append(el)
        el = OxmlElement("w:cantSplit")
        el.set(qn("w:val"), "true")
        trpr.append(el)
    for r0, c0, r1, c1, txt in merges(t.header):
        cell = tb.cell(r0, c0)
        if (r1, c1) != (r0, c0):
            cell = cell.merge(tb.cell(r1, c1))
        set_cell(cell, txt, size, bold=True)
    for i, (row, kind) in enumerate(zip(t.rows, t.kinds)):
        for c, txt in enumerate(row):
            set_cell(tb.cell(nh + i, c), txt, size, bold=kind != "data",
                     align="l" if c in left_cols else "c")
    if t.note:
        para(doc, t.note)


def new_doc(landscape=False):
    doc = Document()
    s = doc.sections[0]
    s.page_height, s.page_width = Cm(29.7), Cm(21.0)
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_height, s.page_width = s.page_width, s.page_height
    s.top_margin = s.bottom_margin = Cm(2)
    s.left_margin, s.right_margin = Cm(3), Cm(2)
    page_number_footer(s)
    return doc


def heading_block(doc, agency, number, place, kind, subject):
    para(doc, agency, 13, bold=True, align="c")
    para(doc, f"Số: {number}", 13, align="c")
    para(doc, place, 13, italic=True, align="c")
    para(doc, kind, 14, bold=True, align="c")
    para(doc, subject, 14, bold=True, align="c")


def docx_to_pdf(doc, name):
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, name + ".docx")
    doc.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, src],
                   check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(tmp, name + ".pdf"), os.path.join(HERE, name + ".pdf"))
    shutil.rmtree(tmp, ignore_errors=True)


FILLER = ("Trong năm, Ủy ban nhân dân tỉnh đã chỉ đạo các sở, ban, ngành và Ủy ban nhân dân các huyện, "
          "thị xã, thành phố tập trung triển khai đồng bộ các nhiệm vụ cải cách hành chính theo kế hoạch; "
          "thường xuyên theo dõi, đôn đốc, kiểm tra việc thực hiện và kịp thời tháo gỡ khó khăn, vướng mắc "
          "phát sinh trong quá trình tổ chức thực hiện.")

# ----------------------------------------------------------------- data
SO_NGANH = ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Nội vụ", "Sở Tư pháp", "Sở Kế hoạch và Đầu tư",
            "Sở Tài chính", "Sở Công Thương", "Sở Nông nghiệp và Phát triển nông thôn",
            "Sở Giao thông vận tải", "Sở Xây dựng", "Sở Tài nguyên và Môi trường",
            "Sở Thông tin và Truyền thông", "Sở Lao động - Thương binh và Xã hội",
            "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo",
            "Sở Y tế", "Thanh tra tỉnh", "Ban Dân tộc", "Ban Quản lý các Khu công nghiệp",
            "Sở Ngoại vụ"]
HUYEN = ["Thành phố Sóc Trăng", "Thị xã Vĩnh Châu", "Thị xã Ngã Năm", "Huyện Châu Thành",
         "Huyện Kế Sách", "Huyện Mỹ Tú", "Huyện Cù Lao Dung", "Huyện Long Phú", "Huyện Mỹ Xuyên",
         "Huyện Thạnh Trị", "Huyện Trần Đề"]
PROVINCES = ["Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Hà Giang", "Cao Bằng",
             "Bắc Kạn", "Tuyên Quang", "Lào Cai", "Điện Biên", "Lai Châu", "Sơn La", "Yên Bái",
             "Hoà Bình", "Thái Nguyên", "Lạng Sơn", "Quảng Ninh", "Bắc Giang", "Phú Thọ", "Vĩnh Phúc",
             "Bắc Ninh", "Hải Dương", "Hưng Yên", "Thái Bình", "Hà Nam", "Nam Định", "Ninh Bình",
             "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Thừa Thiên Huế",
             "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa", "Ninh Thuận",
             "Bình Thuận", "Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng", "Bình Phước",
             "Tây Ninh", "Bình Dương", "Đồng Nai", "Bà Rịa - Vũng Tàu", "Long An", "Tiền Giang",
             "Bến Tre", "Trà Vinh", "Vĩnh Long", "Đồng Tháp", "An Giang", "Kiên Giang", "Hậu Giang",
             "Sóc Trăng", "Bạc Liêu", "Cà Mau"]
DBSCL = ["Long An", "Tiền Giang", "Bến Tre", "Trà Vinh", "Vĩnh Long", "Đồng Tháp", "An Giang",
         "Kiên Giang", "Cần Thơ", "Hậu Giang", "Sóc Trăng", "Bạc Liêu", "Cà Mau"]
LINH_VUC = [("Công tác chỉ đạo, điều hành cải cách hành chính", 13.0),
            ("Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật tại tỉnh", 7.5),
            ("Cải cách thủ tục hành chính", 14.0), ("Cải cách tổ chức bộ máy hành chính nhà nước", 9.5),
            ("Cải cách chế độ công vụ", 15.5), ("Cải cách tài chính công", 11.5),
            ("Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", 12.5),
            ("Tác động của cải cách hành chính đến người dân, tổ chức và các chỉ tiêu phát triển "
             "kinh tế - xã hội của tỉnh", 16.5)]


def ranks(scores):
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    r = [0] * len(scores)
    for k, i in enumerate(order):
        r[i] = k + 1
    return r


# ----------------------------------------------------------------- document 1: PAR/SIPAS report 2023
def doc1():
    ttl1 = "Bảng 1. Kết quả Chỉ số cải cách hành chính tỉnh Sóc Trăng năm 2023 so với năm 2022"
    g = ["Điểm đánh giá, thẩm định", "Điểm điều tra xã hội học", "Điểm tổng hợp"]
    sub = ["Điểm tối đa quy định", "Điểm đạt được", "Tỷ lệ đạt được"]
    h1 = [["PAR INDEX"] + [x for x in g for _ in range(3)], ["PAR INDEX"] + sub * 3]
    a23, b23, a22, b22 = 55.08, 26.62, 56.52, 26.62
    r = lambda a, b: [vn(68), vn(a), pct(a / 68 * 100), vn(32), vn(b), pct(b / 32 * 100),
                      vn(100), vn(a + b), pct(a + b)]
    rows1 = [["Năm 2023"] + r(a23, b23), ["Năm 2022"] + r(a22, b22),
             ["So sánh (2023 - 2022)", "-", vn(a23 - a22), pct((a23 - a22) / 68 * 100), "-",
              vn(b23 - b22), pct(0), "-", vn(a23 + b23 - a22 - b22), pct(a23 + b23 - a22 - b22)]]
    t1 = T(ttl1, h1, rows1, ["data"] * 3, [2.6] + [1.55] * 9,
           "Như vậy, Chỉ số cải cách hành chính của tỉnh năm 2023 đạt 81,70%, xếp hạng 62/63 tỉnh, "
           "thành phố, giảm 13 bậc so với năm 2022 (49/63).")

    ttl2 = "Bảng 2. Kết quả điểm các lĩnh vực Chỉ số cải cách hành chính tỉnh năm 2022 và năm 2023"
    h2 = [["STT", "Lĩnh vực", "Điểm tối đa", "Năm 2022", "Năm 2022", "Năm 2023", "Năm 2023", "Tăng (+), giảm (-) tỷ lệ"],
          ["STT", "Lĩnh vực", "Điểm tối đa", "Điểm đạt được", "Tỷ lệ (%)", "Điểm đạt được", "Tỷ lệ (%)", "Tăng (+), giảm (-) tỷ lệ"]]
    rows2, kinds2 = [], []
    s = [0.0] * 5
    for i, (name, mx) in enumerate(LINH_VUC, 1):
        p22 = round(mx * rnd.uniform(0.62, 0.97), 2)
        p23 = round(mx * rnd.uniform(0.62, 0.97), 2)
        rows2.append([str(i), name, vn(mx), vn(p22), vn(p22 / mx * 100), vn(p23), vn(p23 / mx * 100),
                      signed(p23 / mx * 100 - p22 / mx * 100)])
        kinds2.append("data")
        s[0] += mx; s[1] += p22; s[2] += p23
    rows2.append(["", "Tổng cộng", vn(s[0]), vn(s[1]), vn(s[1] / s[0] * 100), vn(s[2]), vn(s[2] / s[0] * 100),
                  signed(s[2] / s[0] * 100 - s[1] / s[0] * 100)])
    kinds2.append("total")
    t2 = T(ttl2, h2, rows2, kinds2, [1.3, 5.3, 1.5, 1.7, 1.5, 1.7, 1.5, 1.9],
           "Qua bảng trên cho thấy, các lĩnh vực cải cách thủ tục hành chính và cải cách chế độ công vụ "
           "có tỷ lệ điểm giảm so với năm trước. " + FILLER)

    ttl3 = "Bảng 3. Kết quả Chỉ số cải cách hành chính các sở, ban, ngành và Ủy ban nhân dân cấp huyện năm 2023"
    h3 = [["STT", "Cơ quan, đơn vị", "Điểm đạt được", "Điểm đạt được", "Điểm đạt được", "Chỉ số (%)", "Xếp hạng"],
          ["STT", "Cơ quan, đơn vị", "Điểm thẩm định", "Điểm điều tra xã hội học", "Tổng điểm", "Chỉ số (%)", "Xếp hạng"]]
    rows3, kinds3 = [], []
    for roman, label, names in (("I", "SỞ, BAN, NGÀNH TỈNH", SO_NGANH), ("II", "ỦY BAN NHÂN DÂN CẤP HUYỆN", HUYEN)):
        vals = []
        for _ in names:
            a = round(rnd.uniform(52, 68), 2)
            b = round(rnd.uniform(22, 31.5), 2)
            vals.append((a, b))
        tot = [a + b for a, b in vals]
        rk = ranks(tot)
        avg = sum(tot) / len(tot)
        rows3.append([roman, label, vn(sum(a for a, _ in vals) / len(vals)), vn(sum(b for _, b in vals) / len(vals)),
                      vn(avg), vn(avg), "-"])
        kinds3.append("group")
        for k, (n, (a, b)) in enumerate(zip(names, vals), 1):
            rows3.append([str(k), n, vn(a), vn(b), vn(a + b), vn(a + b), f"{rk[k - 1]}/{len(names)}"])
            kinds3.append("data")
    t3 = T(ttl3, h3, rows3, kinds3, [1.3, 5.6, 2.0, 2.2, 1.8, 1.5, 1.6],
           "Giá trị trung bình Chỉ số cải cách hành chính của các sở, ban, ngành tỉnh và Ủy ban nhân dân "
           "cấp huyện năm 2023 đều đạt trên 80%.")

    doc = new_doc()
    heading_block(doc, "SỞ NỘI VỤ TỈNH SÓC TRĂNG", "     /BC-SNV", "Sóc Trăng, ngày      tháng 5 năm 2024",
                  "BÁO CÁO", "Kết quả Chỉ số cải cách hành chính và Chỉ số hài lòng của người dân, tổ chức "
                  "đối với sự phục vụ của cơ quan hành chính nhà nước tỉnh Sóc Trăng năm 2023")
    para(doc, "Căn cứ kết quả công bố Chỉ số cải cách hành chính năm 2023 được Ban Chỉ đạo Cải cách hành chính "
              "của Chính phủ công bố ngày 17/4/2024, Sở Nội vụ báo cáo kết quả như sau:")
    para(doc, "I. KẾT QUẢ PAR INDEX NĂM 2023", bold=True, indent=False)
    para(doc, "1. Chỉ số tổng hợp", bold=True, indent=False)
    para(doc, "Kết quả Chỉ số cải cách hành chính tỉnh Sóc Trăng năm 2023 đạt 81,7/100 điểm, tương đương "
              "81,7%, xếp hạng 62/63 tỉnh, thành phố. Chi tiết như sau:")
    docx_table(doc, t1, size=10, left_cols=(0,))
    para(doc, "2. Kết quả theo lĩnh vực", bold=True, indent=False)
    for _ in range(2):
        para(doc, FILLER)
    docx_table(doc, t2, size=11, new_page=True)
    para(doc, "II. KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CÁC CƠ QUAN, ĐƠN VỊ", bold=True, indent=False)
    for _ in range(3):
        para(doc, FILLER)
    docx_table(doc, t3, size=11)
    para(doc, "Trên đây là báo cáo của Sở Nội vụ./.")
    docx_to_pdf(doc, "h8_bc_par_sipas_2023")
    return "h8_bc_par_sipas_2023", [t1, t2, t3]


# ----------------------------------------------------------------- document 2: city report 2024
TTHC_LV = ["Hộ tịch", "Chứng thực", "Đất đai", "Xây dựng", "Đăng ký kinh doanh hộ gia đình",
           "Lao động - Thương binh và Xã hội", "Tài nguyên và Môi trường", "Giáo dục và Đào tạo",
           "Văn hóa và Thông tin", "Tư pháp - Bồi thường nhà nước", "Y tế - An toàn thực phẩm",
           "Nông nghiệp và Phát triển nông thôn", "Công thương - Lưu thông hàng hóa trong nước",
           "Nội vụ - Thi đua, khen thưởng"]
PHONG = ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố", "Phòng Nội vụ", "Phòng Tư pháp",
         "Phòng Tài chính - Kế hoạch", "Phòng Tài nguyên và Môi trường",
         "Phòng Lao động - Thương binh và Xã hội", "Phòng Văn hóa và Thông tin",
         "Phòng Giáo dục và Đào tạo", "Phòng Y tế", "Phòng Quản lý đô thị", "Phòng Kinh tế",
         "Thanh tra thành phố"]
PHUONG = [f"Phường {i}" for i in range(1, 11)]


def doc2():
    ttl4 = "Bảng 1. Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính năm 2024"
    h4 = [["STT", "Lĩnh vực", "Số hồ sơ", "Số hồ sơ", "Kết quả giải quyết", "Kết quả giải quyết",
           "Kết quả giải quyết", "Tỷ lệ đúng hạn"],
          ["STT", "Lĩnh vực", "Tiếp nhận", "Trực tuyến", "Đúng hạn", "Trễ hạn", "Đang giải quyết", "Tỷ lệ đúng hạn"]]
    rows4, kinds4 = [], []
    S = [0] * 5
    for i, lv in enumerate(TTHC_LV, 1):
        rec = rnd.choice([rnd.randint(8, 95), rnd.randint(120, 980), rnd.randint(1000, 6400)])
        onl = int(rec * rnd.uniform(0.3, 0.95))
        late = rnd.choice([0, 0, rnd.randint(1, max(1, rec // 40))])
        pend = rnd.choice([0, rnd.randint(1, max(1, rec // 25))])
        ok = rec - late - pend
        vals = [rec, onl, ok, late, pend]
        S = [a + b for a, b in zip(S, vals)]
        rows4.append([str(i), lv] + [vint(v) if v else "-" for v in vals] + [pct(ok / (ok + late) * 100, 1)])
        kinds4.append("data")
    rows4.append(["", "Tổng cộng"] + [vint(v) for v in S] + [pct(S[2] / (S[2] + S[3]) * 100, 1)])
    kinds4.append("total")
    t4 = T(ttl4, h4, rows4, kinds4, [1.3, 5.1, 1.7, 1.7, 1.7, 1.4, 1.7, 1.6],
           "Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%, hồ sơ trễ hạn đã được xin lỗi người dân theo quy định.")

    ttl5 = "Bảng 2. Kết quả đo lường sự hài lòng của người dân, tổ chức (SIPAS) của thành phố"
    h5 = [["STT", "Chỉ số thành phần", "Năm 2023", "Năm 2024", "Tăng (+), giảm (-)"]]
    names5 = ["Tiếp cận dịch vụ", "Thủ tục hành chính", "Công chức giải quyết công việc",
              "Kết quả giải quyết công việc", "Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị"]
    rows5, a, b = [], [], []
    for i, n in enumerate(names5, 1):
        x, y = round(rnd.uniform(78, 96), 2), round(rnd.uniform(78, 96), 2)
        a.append(x); b.append(y)
        rows5.append([str(i), n, pct(x), pct(y), signed(y - x, 2, "%")])
    rows5.append(["", "Chỉ số SIPAS chung", pct(sum(a) / 5), pct(sum(b) / 5), signed(sum(b) / 5 - sum(a) / 5, 2, "%")])
    t5 = T(ttl5, h5, rows5, ["data"] * 5 + ["total"], [1.3, 6.9, 2.3, 2.3, 2.7],
           "Chỉ số hài lòng chung năm 2024 có sự cải thiện so với năm 2023.")

    ttl6 = "Bảng 3. Kết quả tự đánh giá, chấm điểm cải cách hành chính các cơ quan, đơn vị năm 2024"
    h6 = [["STT", "Cơ quan, đơn vị", "Điểm tối đa", "Điểm tự chấm", "Tỷ lệ đạt được", "Xếp loại"],
          ["STT", "Cơ quan, đơn vị", "Điểm tối đa", "Điểm tự chấm", "Tỷ lệ đạt được", "Xếp loại"]]
    h6 = [h6[0]]
    rows6, kinds6 = [], []
    for roman, label, names, mx in (("I", "CƠ QUAN CHUYÊN MÔN THUỘC ỦY BAN NHÂN DÂN THÀNH PHỐ", PHONG, 100),
                                    ("II", "ỦY BAN NHÂN DÂN PHƯỜNG", PHUONG, 90)):
        rows6.append([roman, label, "", "", "", ""])
        kinds6.append("group")
        for k, n in enumerate(names, 1):
            p = round(mx * rnd.uniform(0.72, 0.97), 2)
            r = p / mx * 100
            xl = "Tốt" if r >= 90 else ("Khá" if r >= 80 else "Trung bình")
            rows6.append([str(k), n, vint(mx), vn(p), pct(r), xl])
            kinds6.append("data")
    t6 = T(ttl6, h6, rows6, kinds6, [1.3, 6.4, 1.8, 1.9, 2.0, 2.0],
           "Các cơ quan, đơn vị có điểm tự chấm thấp cần rà soát, khắc phục ngay những tồn tại, hạn chế.")

    doc = new_doc()
    heading_block(doc, "ỦY BAN NHÂN DÂN THÀNH PHỐ SÓC TRĂNG", "638/BC-UBND",
                  "Tp Sóc Trăng, ngày 12 tháng 12 năm 2024", "BÁO CÁO",
                  "Tình hình thực hiện cải cách hành chính năm 2024")
    para(doc, "Thực hiện Kế hoạch số 218/KH-UBND ngày 19/12/2023 của Ủy ban nhân dân tỉnh Sóc Trăng về việc "
              "thực hiện cải cách hành chính năm 2024, Ủy ban nhân dân thành phố báo cáo như sau:")
    para(doc, "I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", bold=True, indent=False)
    for _ in range(3):
        para(doc, FILLER)
    docx_table(doc, t4, size=11)
    para(doc, "II. KẾT QUẢ ĐO LƯỜNG SỰ HÀI LÒNG", bold=True, indent=False)
    para(doc, FILLER)
    docx_table(doc, t5, size=11)
    para(doc, "III. KẾT QUẢ TỰ ĐÁNH GIÁ CÁC CƠ QUAN, ĐƠN VỊ", bold=True, indent=False)
    for _ in range(5):
        para(doc, FILLER)
    docx_table(doc, t6, size=11)
    para(doc, "Trên đây là báo cáo tình hình thực hiện cải cách hành chính năm 2024 của thành phố./.")
    docx_to_pdf(doc, "h8_bc_cchc_tp_2024")
    return "h8_bc_cchc_tp_2024", [t4, t5, t6]


# ----------------------------------------------------------------- document 3: improvement scheme 2022
TASKS = {
    ("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"): [
        ("Ban hành kế hoạch cải cách hành chính hằng năm bảo đảm đầy đủ nhiệm vụ, có kết quả đầu ra cụ thể", "Sở Nội vụ", "Các sở, ban, ngành; UBND cấp huyện", "Tháng 12 hằng năm"),
        ("Kiểm tra công tác cải cách hành chính tối thiểu 30% cơ quan, đơn vị trong năm", "Sở Nội vụ", "Văn phòng UBND tỉnh", "Quý III hằng năm"),
        ("Đa dạng hóa hình thức tuyên truyền cải cách hành chính trên các phương tiện thông tin đại chúng", "Sở Thông tin và Truyền thông", "Báo Sóc Trăng; Đài Phát thanh và Truyền hình", "Thường xuyên"),
        ("Gắn kết quả cải cách hành chính với đánh giá, xếp loại người đứng đầu", "Sở Nội vụ", "Các sở, ban, ngành", "Tháng 12 hằng năm"),
    ],
    ("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"): [
        ("Rà soát, đơn giản hóa thủ tục hành chính, cắt giảm tối thiểu 20% thời gian giải quyết", "Văn phòng UBND tỉnh", "Các sở, ban, ngành", "Năm 2025"),
        ("Công khai đầy đủ, kịp thời thủ tục hành chính trên Cổng Dịch vụ công quốc gia", "Văn phòng UBND tỉnh", "Các sở, ban, ngành; UBND cấp huyện", "Thường xuyên"),
        ("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 100% theo quy định", "Các sở, ban, ngành", "Trung tâm Phục vụ hành chính công", "Năm 2025"),
        ("Xin lỗi bằng văn bản đối với 100% hồ sơ giải quyết trễ hạn", "Các sở, ban, ngành", "UBND cấp huyện, cấp xã", "Thường xuyên"),
        ("Nâng tỷ lệ hồ sơ trực tuyến toàn trình đạt từ 50% trở lên", "Sở Thông tin và Truyền thông", "Các sở, ban, ngành", "Năm 2025"),
    ],
    ("III", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ"): [
        ("Xây dựng, hoàn thiện vị trí việc làm và cơ cấu ngạch công chức", "Sở Nội vụ", "Các sở, ban, ngành; UBND cấp huyện", "Năm 2023"),
        ("Tuyển dụng, nâng ngạch công chức bảo đảm đúng quy định, công khai, minh bạch", "Sở Nội vụ", "Các cơ quan, đơn vị", "Hằng năm"),
        ("Bồi dưỡng kỹ năng, nghiệp vụ cho đội ngũ công chức làm công tác cải cách hành chính", "Sở Nội vụ", "Trường Chính trị tỉnh", "Hằng năm"),
        ("Thực hiện nghiêm kỷ luật, kỷ cương hành chính; xử lý nghiêm các trường hợp vi phạm", "Các sở, ban, ngành", "Thanh tra tỉnh", "Thường xuyên"),
    ],
    ("IV", "CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ"): [
        ("Duy trì, nâng cấp hệ thống quản lý văn bản và điều hành; gửi nhận văn bản điện tử 4 cấp", "Sở Thông tin và Truyền thông", "Văn phòng UBND tỉnh", "Năm 2024"),
        ("Triển khai chữ ký số chuyên dùng cho 100% lãnh đạo các cấp", "Sở Thông tin và Truyền thông", "Ban Cơ yếu Chính phủ", "Năm 2023"),
        ("Xây dựng cơ sở dữ liệu dùng chung của tỉnh, kết nối với cơ sở dữ liệu quốc gia", "Sở Thông tin và Truyền thông", "Các sở, ban, ngành", "Năm 2026"),
    ],
}


def doc3():
    ttl7 = "Bảng 1. Chỉ tiêu cải thiện Chỉ số cải cách hành chính tỉnh giai đoạn 2022 - 2030"
    h7 = [["STT", "Chỉ số thành phần", "Kết quả năm 2021", "Kết quả năm 2021", "Mục tiêu (tỷ lệ điểm)", "Mục tiêu (tỷ lệ điểm)"],
          ["STT", "Chỉ số thành phần", "Điểm đạt được", "Tỷ lệ (%)", "Năm 2025", "Năm 2030"]]
    rows7, S = [], [0.0, 0.0]
    for i, (n, mx) in enumerate(LINH_VUC, 1):
        p = round(mx * rnd.uniform(0.7, 0.95), 2)
        S[0] += mx; S[1] += p
        rows7.append([str(i), n, vn(p), vn(p / mx * 100), "≥ " + pct(rnd.choice([85, 88, 90]), 1),
                      "≥ " + pct(rnd.choice([92, 93, 95]), 1)])
    rows7.append(["", "Tổng cộng", vn(S[1]), vn(S[1] / S[0] * 100), "≥ 85,0%", "≥ 90,0%"])
    t7 = T(ttl7, h7, rows7, ["data"] * 8 + ["total"], [1.3, 6.7, 1.9, 1.6, 2.2, 2.3],
           "Phấn đấu đến năm 2025 Chỉ số cải cách hành chính của tỉnh thuộc nhóm 30 tỉnh, thành phố dẫn đầu cả nước.")

    ttl8 = "Bảng 2. Phân công nhiệm vụ thực hiện Đề án"
    h8 = [["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]]
    rows8, kinds8 = [], []
    for (roman, label), tasks in TASKS.items():
        rows8.append([roman, label, "", "", ""])
        kinds8.append("group")
        for k, tk in enumerate(tasks, 1):
            rows8.append([str(k)] + list(tk))
            kinds8.append("data")
    t8 = T(ttl8, h8, rows8, kinds8, [1.3, 6.2, 3.0, 3.5, 2.0],
           "Các cơ quan, đơn vị được giao nhiệm vụ có trách nhiệm báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 15/12 hằng năm.")

    doc = new_doc()
    para(doc, "ĐỀ ÁN", 14, bold=True, align="c")
    para(doc, "Cải thiện Chỉ số cải cách hành chính cấp tỉnh và các cơ quan thuộc tỉnh Sóc Trăng từ nay đến năm 2030",
         14, bold=True, align="c")
    para(doc, "(Ban hành kèm theo Quyết định số      /QĐ-UBND ngày      /     /2022 của Ủy ban nhân dân tỉnh Sóc Trăng)",
         13, italic=True, align="c")
    para(doc, "Phần I. SỰ CẦN THIẾT CỦA ĐỀ ÁN", bold=True, indent=False)
    for _ in range(6):
        para(doc, FILLER)
    para(doc, "Phần II. MỤC TIÊU", bold=True, indent=False)
    for _ in range(2):
        para(doc, FILLER)
    docx_table(doc, t7, size=11)
    para(doc, "Phần III. NHIỆM VỤ, GIẢI PHÁP", bold=True, indent=False)
    for _ in range(2):
        para(doc, FILLER)
    docx_table(doc, t8, size=11)
    para(doc, "Phần IV. TỔ CHỨC THỰC HIỆN", bold=True, indent=False)
    para(doc, FILLER)
    docx_to_pdf(doc, "h8_de_an_cai_thien_2022")
    return "h8_de_an_cai_thien_2022", [t7, t8]


# ----------------------------------------------------------------- document 4: reportlab, 63 provinces
def doc4():
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.lib import colors

    fd = "/usr/share/fonts/truetype/liberation2/"
    pdfmetrics.registerFont(TTFont("LS", fd + "LiberationSerif-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSB", fd + "LiberationSerif-Bold.ttf"))

    ttl9 = "Bảng 1. Chỉ số cải cách hành chính năm 2023 của các tỉnh, thành phố trực thuộc Trung ương"
    h9 = [["STT", "Tỉnh, thành phố", "Điểm đạt được", "Điểm đạt được", "Điểm đạt được", "Chỉ số (%)", "Xếp hạng 2023", "Xếp hạng 2022"],
          ["STT", "Tỉnh, thành phố", "Điểm thẩm định", "Điểm điều tra xã hội học", "Tổng điểm", "Chỉ số (%)", "Xếp hạng 2023", "Xếp hạng 2022"]]
    vals = []
    for p in PROVINCES:
        a = 55.08 if p == "Sóc Trăng" else round(rnd.uniform(54, 63), 2)
        b = 26.62 if p == "Sóc Trăng" else round(rnd.uniform(26.5, 29.9), 2)
        vals.append((a, b))
    tot = [round(a + b, 2) for a, b in vals]
    rk = ranks(tot)
    rk22 = list(range(1, 64)); rnd.shuffle(rk22)
    rows9 = [[str(i), p, vn(a), vn(b), vn(a + b), vn(a + b), f"{rk[i - 1]}/63", f"{rk22[i - 1]}/63"]
             for i, (p, (a, b)) in enumerate(zip(PROVINCES, vals), 1)]
    t9 = T(ttl9, h9, rows9, ["data"] * 63, [1.3, 3.5, 2.0, 2.3, 1.8, 1.7, 1.7, 1.7],
           "Giá trị trung bình Chỉ số cải cách hành chính năm 2023 của 63 tỉnh, thành phố đạt 87,20%.")

    ttl10 = "Bảng 2. Chỉ số SIPAS năm 2023 của các tỉnh vùng Đồng bằng sông Cửu Long"
    h10 = [["STT", "Tỉnh, thành phố", "Chỉ số SIPAS", "Chỉ số SIPAS", "Tăng (+), giảm (-) so với năm 2022", "Xếp hạng trong vùng"],
           ["STT", "Tỉnh, thành phố", "Năm 2022", "Năm 2023", "Tăng (+), giảm (-) so với năm 2022", "Xếp hạng trong vùng"]]
    sv = [(round(rnd.uniform(78, 90), 2), round(rnd.uniform(78, 90), 2)) for _ in DBSCL]
    r10 = ranks([y for _, y in sv])
    rows10 = [[str(i), p, pct(x), pct(y), signed(y - x, 2, "%"), f"{r10[i - 1]}/13"]
              for i, (p, (x, y)) in enumerate(zip(DBSCL, sv), 1)]
    avg = (sum(x for x, _ in sv) / 13, sum(y for _, y in sv) / 13)
    rows10.append(["", "Trung bình vùng", pct(avg[0]), pct(avg[1]), signed(avg[1] - avg[0], 2, "%"), "-"])
    t10 = T(ttl10, h10, rows10, ["data"] * 13 + ["total"], [1.3, 3.7, 2.4, 2.4, 3.2, 2.4],
            "Kết quả cho thấy Chỉ số hài lòng của các tỉnh trong vùng có sự phân hóa rõ rệt.")

    body = ParagraphStyle("b", fontName="LS", fontSize=12.5, leading=16, alignment=TA_JUSTIFY, firstLineIndent=1 * cm, spaceAfter=5)
    head = ParagraphStyle("h", fontName="LSB", fontSize=13, leading=16, alignment=TA_CENTER, spaceAfter=4)
    cap = ParagraphStyle("c", parent=head, keepWithNext=1, spaceBefore=6)
    cc = ParagraphStyle("cc", fontName="LS", fontSize=10.5, leading=12.5, alignment=TA_CENTER)
    cl = ParagraphStyle("cl", parent=cc, alignment=TA_LEFT)
    ch = ParagraphStyle("ch", parent=cc, fontName="LSB")

    def rl_table(t: T):
        nh = len(t.header)
        data = []
        for r in range(nh):
            data.append([Paragraph(x, ch) for x in t.header[r]])
        for r0, c0, r1, c1, txt in merges(t.header):  # blank the covered cells
            for rr in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    if (rr, c) != (r0, c0):
                        data[rr][c] = ""
        for row, kind in zip(t.rows, t.kinds):
            out = []
            for c, x in enumerate(row):
                st = cl if c == 1 else cc
                if kind != "data":
                    st = ParagraphStyle("x", parent=st, fontName="LSB")
                out.append(Paragraph(x, st))
            data.append(out)
        style = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                 ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        for r0, c0, r1, c1, _ in merges(t.header):
            if (r0, c0) != (r1, c1):
                style.append(("SPAN", (c0, r0), (c1, r1)))
        return Table(data, colWidths=[w * cm for w in t.widths], repeatRows=nh, style=TableStyle(style))

    def footer(canvas, d):
        canvas.setFont("LS", 11)
        canvas.drawCentredString(A4[0] / 2, 1.2 * cm, str(d.page))

    story = [Paragraph("BỘ NỘI VỤ", head),
             Paragraph("BÁO CÁO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023 CỦA CÁC BỘ, CƠ QUAN NGANG BỘ, "
                       "ỦY BAN NHÂN DÂN CÁC TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG (TRÍCH)", head),
             Spacer(1, 6)]
    for _ in range(3):
        story.append(Paragraph(FILLER, body))
    story += [Paragraph(ttl9, cap), rl_table(t9), Spacer(1, 6), Paragraph(t9.note, body)]
    for _ in range(2):
        story.append(Paragraph(FILLER, body))
    story += [Paragraph(ttl10, cap), rl_table(t10), Spacer(1, 6), Paragraph(t10.note, body)]
    name = "h8_par_63_tinh_2023"
    SimpleDocTemplate(os.path.join(HERE, name + ".pdf"), pagesize=A4, leftMargin=2.5 * cm, rightMargin=1.8 * cm,
                      topMargin=2 * cm, bottomMargin=2.2 * cm, title=name).build(
        story, onFirstPage=footer, onLaterPages=footer)
    return name, [t9, t10]


# ----------------------------------------------------------------- page spans via pdftotext -layout
def nfc(s):
    return unicodedata.normalize("NFC", " ".join(s.split()))


def page_texts(pdf):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
    out = []
    for p in range(1, n + 1):
        txt = subprocess.run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), pdf, "-"],
                             capture_output=True, text=True).stdout
        out.append(nfc(txt))
    return out


def spans(pages, tables):
    """Start = page with the caption; end = page where the paragraph after the table starts
    (or the page before, when that paragraph opens its page)."""
    res, cursor = [], 0
    for t in tables:
        start = next(i for i in range(cursor, len(pages)) if nfc(t.title) in pages[i])
        key = nfc(t.note)[:40]
        p = next(i for i in range(start, len(pages)) if key in pages[i])
        end = p - 1 if p > start and pages[p].startswith(key) else p
        res.append(list(range(start + 1, end + 2)))
        cursor = p
    return res


def main():
    summary = []
    for fn in (doc1, doc2, doc3, doc4):
        name, tables = fn()
        pdf = os.path.join(HERE, name + ".pdf")
        pages = page_texts(pdf)
        sp = spans(pages, tables)
        exp = {"doc": name + ".pdf", "n_pages": len(pages), "tables": []}
        for k, (t, p) in enumerate(zip(tables, sp), 1):
            exp["tables"].append({"table": k, "pages": p, "title": nfc(t.title),
                                  "header": [[nfc(c) for c in r] for r in t.header],
                                  "rows": [[nfc(c) for c in r] for r in t.rows], "row_kinds": t.kinds})
            summary.append((name, k, p, len(t.rows), len(t.rows) * len(t.rows[0])))
        with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(exp, fh, ensure_ascii=False, indent=1)
    for s in summary:
        print(*s, sep="\t")
    print("body cells:", sum(s[4] for s in summary), "tables:", len(summary))


if __name__ == "__main__":
    main()
