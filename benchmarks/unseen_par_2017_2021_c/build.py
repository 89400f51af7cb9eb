"""Blind test document C: Sở Nội vụ Sóc Trăng report on the 2019 PAR Index.

Builds report_2019.docx -> report_2019.pdf (LibreOffice) and expected.json.

Sources of figures
------------------
* REAL: the eight field ratios for 2019 come from seed 004 (Sóc Trăng's 2022
  improvement scheme, table "Tỷ lệ điểm các Chỉ số thành phần", column Năm 2019):
  86.00, 91.90, 83.86, 76.08, 82.86, 70.08, 80.54, 86.44 (%).
  Printed ratios are recomputed from printed points / max points so the table is
  internally consistent; they differ from the seed values by < 0.05.
* SYNTHETIC: maximum points per field, field ranks, the 2017 and 2018 index
  values, and all overall ranks (2017 42/63, 2018 33/63, 2019 26/63) are invented
  but plausible (seed gives 49/63 in 2016 and 18/63 in 2021).
* DERIVED: points = round(max * real ratio, 2); 2019 index = sum of points.
"""
import json
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

HERE = Path(__file__).resolve().parent
ENTITY = "Tỉnh Sóc Trăng"
YEAR = 2019

# (code, label as worded in this report, max points [SYNTHETIC], real 2019 ratio, rank [SYNTHETIC])
FIELDS = [
    ("1", "Chỉ đạo, điều hành CCHC", 13.00, 86.00, 30),
    ("2", "Xây dựng và thực hiện VBQPPL tại địa phương", 7.00, 91.90, 21),
    ("3", "Cải cách TTHC", 13.50, 83.86, 35),
    ("4", "Cải cách tổ chức bộ máy HCNN", 9.00, 76.08, 47),
    ("5", "Xây dựng, nâng cao chất lượng đội ngũ CBCCVC", 14.00, 82.86, 19),
    ("6", "Cải cách quản lý tài chính công", 9.50, 70.08, 52),
    ("7", "Hiện đại hoá nền hành chính", 10.50, 80.54, 24),
    ("8", "Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH của tỉnh", 23.50, 86.44, 16),
]
TOTAL_RANK = 26  # SYNTHETIC
# Province index by year: (ratio %, rank). 2017/2018 SYNTHETIC; 2019 derived below.
HISTORY = {2017: (76.58, 42), 2018: (79.47, 33)}


def vn(x, nd=2):
    return f"{x:.{nd}f}".replace(".", ",")


def build_rows():
    rows = []
    for code, label, mx, real_ratio, rank in FIELDS:
        pts = round(mx * real_ratio / 100, 2)
        ratio = round(pts / mx * 100, 2)
        rows.append((code, label, mx, pts, ratio, rank))
    tot_pts = round(sum(r[3] for r in rows), 2)
    return rows, tot_pts


def para(doc, text, bold=False, align=None, size=13, italic=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(3)
    return p


def table(doc, header, body, widths, bold_rows=()):
    t = doc.add_table(rows=1 + len(body), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = Cm(w)
    for i, row in enumerate([header] + body):
        for j, txt in enumerate(row):
            c = t.cell(i, j)
            c.width = Cm(widths[j])
            c.text = ""
            r = c.paragraphs[0].add_run(txt)
            r.font.size = Pt(11)
            r.bold = i == 0 or i in bold_rows
            if j != 1 or i == 0:
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t


def main():
    rows, tot_pts = build_rows()
    idx2019 = tot_pts  # max total = 100
    history = dict(HISTORY)
    history[YEAR] = (idx2019, TOTAL_RANK)
    cells = []

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for s in doc.sections:
        s.left_margin, s.right_margin = Cm(2.5), Cm(2)

    # Title block (paragraphs, not a table, so body tables stay tables 1 and 2)
    para(doc, "UBND TỈNH SÓC TRĂNG\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", size=12)
    para(doc, "SỞ NỘI VỤ\t\t\tĐộc lập - Tự do - Hạnh phúc", bold=True, size=12)
    para(doc, "Số: 0918/BC-SNV\t\tSóc Trăng, ngày 22 tháng 5 năm 2020", italic=True, size=12)
    para(doc, "BÁO CÁO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
    para(doc, "Phân tích kết quả Chỉ số cải cách hành chính năm 2019\ncủa tỉnh Sóc Trăng",
         bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Thực hiện Quyết định số 1149/QĐ-BNV ngày 15/5/2020 của Bộ Nội vụ phê duyệt "
              "và công bố Chỉ số cải cách hành chính năm 2019 của các bộ, cơ quan ngang bộ, "
              "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương, Sở Nội vụ báo cáo "
              "kết quả Chỉ số CCHC năm 2019 của tỉnh như sau:")
    para(doc, "I. KẾT QUẢ CHUNG", bold=True)
    para(doc, f"Chỉ số CCHC (PAR Index) năm 2019 của tỉnh Sóc Trăng đạt {vn(idx2019)}/100 điểm, "
              f"tương ứng tỷ lệ {vn(idx2019)}%, xếp hạng {TOTAL_RANK}/63 tỉnh, thành phố; "
              f"tăng {vn(idx2019 - history[2018][0])}% và tăng {history[2018][1] - TOTAL_RANK:02d} bậc "
              f"so với năm 2018 ({vn(history[2018][0])}%, xếp hạng {history[2018][1]}/63).")
    para(doc, "II. KẾT QUẢ THEO TỪNG LĨNH VỰC", bold=True)
    para(doc, "Bảng 1. Điểm số, tỷ lệ và vị trí xếp hạng các lĩnh vực Chỉ số CCHC năm 2019 của tỉnh",
         italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12)

    hdr1 = ["STT", "Lĩnh vực", "Điểm tối đa", "Điểm đạt", "Tỷ lệ %", "Xếp hạng"]
    body1 = []
    for i, (code, label, mx, pts, ratio, rank) in enumerate(rows, 1):
        body1.append([str(i), label, vn(mx), vn(pts), vn(ratio), str(rank)])
        for col, m, v in ((3, "max_points", mx), (4, "points", pts), (5, "ratio", ratio), (6, "rank", rank)):
            cells.append(dict(table=1, row=i, col=col, row_label=label, column=hdr1[col - 1],
                              value=v, measure=m, year=YEAR, item_code=code, entity=ENTITY))
    tot_label = "Tổng cộng (Chỉ số CCHC của tỉnh)"
    body1.append(["", tot_label, vn(100.0), vn(tot_pts), vn(idx2019), f"{TOTAL_RANK}/63"])
    r = len(body1)
    for col, m, v in ((3, "max_points", 100.0), (4, "points", tot_pts), (5, "ratio", idx2019),
                      (6, "rank", TOTAL_RANK), (6, "rank_of", 63)):
        cells.append(dict(table=1, row=r, col=col, row_label=tot_label, column=hdr1[col - 1],
                          value=v, measure=m, year=YEAR, item_code="PAR", entity=ENTITY))
    table(doc, hdr1, body1, [1.2, 7.0, 2.0, 2.0, 2.0, 2.0], bold_rows=(r,))

    para(doc, "")
    para(doc, "Nhìn chung, 07/08 lĩnh vực đạt tỷ lệ trên 75%; lĩnh vực cải cách quản lý tài "
              "chính công đạt thấp nhất, cần tập trung khắc phục trong năm 2020.")
    para(doc, "III. SO SÁNH KẾT QUẢ QUA CÁC NĂM", bold=True)
    para(doc, "Bảng 2. Chỉ số CCHC và vị trí xếp hạng của tỉnh giai đoạn 2017 - 2019",
         italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12)
    years = [2017, 2018, 2019]
    hdr2 = ["STT", "Nội dung"] + [f"Năm {y}" for y in years]
    lab_a, lab_b = "Chỉ số CCHC của tỉnh (%)", "Vị trí xếp hạng trong cả nước"
    body2 = [["1", lab_a] + [vn(history[y][0]) for y in years],
             ["2", lab_b] + [f"{history[y][1]}/63" for y in years]]
    for k, y in enumerate(years):
        col = 3 + k
        cells.append(dict(table=2, row=1, col=col, row_label=lab_a, column=hdr2[col - 1],
                          value=history[y][0], measure="ratio", year=y, item_code="PAR", entity=ENTITY))
        for m, v in (("rank", history[y][1]), ("rank_of", 63)):
            cells.append(dict(table=2, row=2, col=col, row_label=lab_b, column=hdr2[col - 1],
                              value=v, measure=m, year=y, item_code="PAR", entity=ENTITY))
    table(doc, hdr2, body2, [1.2, 7.0, 2.6, 2.6, 2.6])

    para(doc, "")
    para(doc, "Trên đây là báo cáo phân tích kết quả Chỉ số CCHC năm 2019 của tỉnh Sóc Trăng./.")
    para(doc, "GIÁM ĐỐC", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)

    docx_path = HERE / "report_2019.docx"
    doc.save(docx_path)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE), str(docx_path)],
                   check=True, capture_output=True)
    (HERE / "expected.json").write_text(json.dumps(
        {"doc": "report_2019.pdf", "entity": ENTITY, "year": YEAR, "cells": cells},
        ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"wrote {len(cells)} cells; index 2019 = {idx2019}")


if __name__ == "__main__":
    main()
