"""Blind benchmark B: yearly PAR Index report 2021 of Sóc Trăng (2017-2021 methodology).

Writes report_par_2021_soctrang.pdf (python-docx -> LibreOffice) and expected.json.

Provenance of figures (seed 004 = Sóc Trăng 2022 improvement scheme):
  REAL  - 2021 ratio of each of the 8 fields (97.87, 91.70, 97.91, 92.96, 76.89,
          91.91, 85.25, 74.66); rank 18/63 in 2021 and 49/63 in 2016;
          66.50 / 33.50 split between self-assessed and survey points.
  SYNTHETIC - per-field max points (sum 100), points (= ratio x max, rounded),
          per-field ranks, the index % for every year, ranks 2017-2020,
          self-assessed / survey points.  Yearly index values were chosen so that
          2021 - 2016 = +10.49 and the 2016-2021 mean = 79.60 (both stated in seed 004).
"""
import json, os, subprocess, sys, tempfile, shutil
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = os.path.dirname(os.path.abspath(__file__))
PDF = os.path.join(HERE, "report_par_2021_soctrang.pdf")
ENTITY = "Tỉnh Sóc Trăng"
YEAR = 2021


def vn(x, nd=2):
    return f"{x:.{nd}f}".replace(".", ",")


# (code, printed label, max points [synthetic], ratio [REAL], rank [synthetic])
FIELDS = [
    ("1", "Công tác chỉ đạo, điều hành cải cách hành chính", 13.00, 97.87, 9),
    ("2", "Xây dựng và tổ chức thực hiện VBQPPL tại tỉnh", 8.50, 91.70, 31),
    ("3", "Cải cách TTHC", 14.00, 97.91, 6),
    ("4", "Cải cách tổ chức bộ máy hành chính nhà nước", 9.50, 92.96, 22),
    ("5", "Xây dựng và nâng cao chất lượng đội ngũ CBCCVC", 13.00, 76.89, 48),
    ("6", "Đổi mới cơ chế quản lý tài chính đối với cơ quan hành chính và đơn vị sự nghiệp công lập", 9.00, 91.91, 14),
    ("7", "Hiện đại hóa hành chính", 11.50, 85.25, 20),
    ("8", "Tác động của CCHC đến người dân, tổ chức và các chỉ tiêu phát triển KT-XH", 21.50, 74.66, 41),
]
FIELDS = [(c, l, m, round(m * r / 100 + 1e-9, 2), r, k) for c, l, m, r, k in FIELDS]
TOTAL_POINTS = round(sum(f[3] for f in FIELDS), 2)          # 87.17 (synthetic, derived)
assert abs(sum(f[2] for f in FIELDS) - 100) < 1e-9

# Index and rank over the years. 2016 rank 49 and 2021 rank 18 REAL; rest synthetic.
YEARS = [2017, 2018, 2019, 2020, 2021]
INDEX = {2016: 76.68, 2017: 77.12, 2018: 78.05, 2019: 78.96, 2020: 79.62, 2021: TOTAL_POINTS}
RANK = {2016: 49, 2017: 41, 2018: 33, 2019: 27, 2020: 23, 2021: 18}
assert abs(INDEX[2021] - INDEX[2016] - 10.49) < 0.005
assert abs(sum(INDEX.values()) / 6 - 79.60) < 0.005

# Self-assessed vs survey parts, 2021 (max split REAL, points synthetic)
SELF = ("PAR.DGTD", "Điểm tự đánh giá, thẩm định", 66.50, 60.12)
SURV = ("PAR.DTXHH", "Điểm điều tra xã hội học", 33.50, round(TOTAL_POINTS - 60.12, 2))

expected = []


def rec(table, row, col, row_label, column, value, measure, year, code):
    expected.append(dict(table=table, row=row, col=col, row_label=row_label, column=column,
                         value=value, measure=measure, year=year, item_code=code, entity=ENTITY))


doc = Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(13)
for s in doc.sections:
    s.left_margin = Cm(2.5); s.right_margin = Cm(1.8); s.top_margin = Cm(2); s.bottom_margin = Cm(2)


def para(text, bold=False, italic=False, align=None, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align: p.alignment = align
    return p


C = WD_ALIGN_PARAGRAPH.CENTER
# Title block: plain paragraphs with centred tab stops (no table, so that the
# numbering of the three data tables is 1, 2, 3 in the PDF as well).
from docx.enum.text import WD_TAB_ALIGNMENT
for left, right, bold in (("UBND TỈNH SÓC TRĂNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True),
                          ("SỞ NỘI VỤ", "Độc lập - Tự do - Hạnh phúc", True),
                          ("", "", False),
                          ("Số: 1268/BC-SNV", "Sóc Trăng, ngày 16 tháng 6 năm 2022", False)):
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(3.2), WD_TAB_ALIGNMENT.CENTER)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(11.5), WD_TAB_ALIGNMENT.CENTER)
    p.paragraph_format.space_after = Pt(0)
    r = p.add_run(f"\t{left}\t{right}"); r.bold = bold; r.font.size = Pt(12)
para("")
para("BÁO CÁO", bold=True, align=C, size=14)
para("Phân tích kết quả Chỉ số cải cách hành chính năm 2021 của tỉnh Sóc Trăng", bold=True, align=C)
para("Kính gửi: Ủy ban nhân dân tỉnh Sóc Trăng.", align=C)
para("Căn cứ kết quả do Bộ Nội vụ phê duyệt và công bố "
     "Chỉ số cải cách hành chính năm 2021 của các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, "
     "thành phố trực thuộc Trung ương, Sở Nội vụ báo cáo kết quả phân tích Chỉ số cải cách hành "
     "chính (PAR Index) năm 2021 của tỉnh như sau:")
para("I. KẾT QUẢ CHUNG", bold=True)
para(f"Năm 2021, Chỉ số CCHC của tỉnh Sóc Trăng đạt {vn(TOTAL_POINTS)}%, xếp hạng "
     f"{RANK[2021]}/63 tỉnh, thành phố, tăng {RANK[2020]-RANK[2021]} bậc so với năm 2020 và tăng "
     f"{RANK[2016]-RANK[2021]} bậc so với năm 2016 (49/63). Tổng điểm tự đánh giá, thẩm định đạt "
     f"{vn(SELF[3])}/{vn(SELF[2])} điểm; điểm điều tra xã hội học đạt {vn(SURV[3])}/{vn(SURV[2])} điểm.")
para("II. KẾT QUẢ THEO TỪNG LĨNH VỰC", bold=True)
para("Kết quả điểm số, tỷ lệ và vị trí xếp hạng của 08 lĩnh vực được tổng hợp tại bảng sau:")


def grid(rows, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.autofit = False
    if widths:
        for j, w in enumerate(widths):
            t.columns[j].width = Cm(w)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell = t.cell(i, j)
            cell.text = v
            p = cell.paragraphs[0]
            if j != 1 or i == 0:
                p.alignment = C
            for r in p.runs:
                r.font.size = Pt(12)
                if i == 0: r.bold = True
            if widths: cell.width = Cm(widths[j])
    return t


# ---- Table 1: the 8 fields
para("Bảng 1. Kết quả Chỉ số CCHC năm 2021 của tỉnh Sóc Trăng theo lĩnh vực", bold=True, align=C)
COLS1 = ["STT", "Lĩnh vực đánh giá", "Điểm tối đa", "Điểm đạt được", "Tỷ lệ (%)", "Xếp hạng"]
rows = [COLS1]
for i, (code, label, mx, pts, ratio, rank) in enumerate(FIELDS, 1):
    rows.append([str(i), label, vn(mx), vn(pts), vn(ratio), str(rank)])
    for col, val, meas in ((3, mx, "max_points"), (4, pts, "points"), (5, ratio, "ratio"), (6, rank, "rank")):
        rec(1, i, col, label, COLS1[col - 1], val, meas, YEAR, code)
tot_label = "Chỉ số CCHC năm 2021"
rows.append(["", tot_label, vn(100), vn(TOTAL_POINTS), vn(TOTAL_POINTS), f"{RANK[2021]}/63"])
r = len(FIELDS) + 1
rec(1, r, 3, tot_label, "Điểm tối đa", 100.0, "max_points", YEAR, "PAR")
rec(1, r, 4, tot_label, "Điểm đạt được", TOTAL_POINTS, "points", YEAR, "PAR")
rec(1, r, 5, tot_label, "Tỷ lệ (%)", TOTAL_POINTS, "ratio", YEAR, "PAR")
rec(1, r, 6, tot_label, "Xếp hạng", RANK[2021], "rank", YEAR, "PAR")
rec(1, r, 6, tot_label, "Xếp hạng", 63, "rank_of", YEAR, "PAR")
grid(rows, [1.2, 7.5, 2.0, 2.2, 2.0, 2.0])

para("So với năm 2020, lĩnh vực Xây dựng và nâng cao chất lượng đội ngũ CBCCVC giảm mạnh "
     "(từ 88,00% xuống 76,89%); lĩnh vực Tác động của CCHC tiếp tục ở mức thấp, cần tập trung cải thiện.")

# ---- Table 2: index and rank over the years
para("III. KẾT QUẢ QUA CÁC NĂM", bold=True)
para("Bảng 2. Chỉ số CCHC và vị trí xếp hạng của tỉnh giai đoạn 2017 - 2021", bold=True, align=C)
COLS2 = ["Nội dung"] + [f"Năm {y}" for y in YEARS]
rows = [COLS2, ["Chỉ số CCHC (%)"] + [vn(INDEX[y]) for y in YEARS],
        ["Xếp hạng"] + [f"{RANK[y]}/63" for y in YEARS]]
for j, y in enumerate(YEARS, 2):
    rec(2, 1, j, "Chỉ số CCHC (%)", COLS2[j - 1], INDEX[y], "ratio", y, "PAR")
    rec(2, 2, j, "Xếp hạng", COLS2[j - 1], RANK[y], "rank", y, "PAR")
    rec(2, 2, j, "Xếp hạng", COLS2[j - 1], 63, "rank_of", y, "PAR")
grid(rows, [4.0] + [2.4] * len(YEARS))

# ---- Table 3: self-assessed vs survey
para("IV. CƠ CẤU ĐIỂM TỰ ĐÁNH GIÁ VÀ ĐIỀU TRA XÃ HỘI HỌC", bold=True)
para("Bảng 3. Điểm tự đánh giá, thẩm định và điểm điều tra xã hội học năm 2021", bold=True, align=C)
COLS3 = ["STT", "Thành phần điểm", "Điểm tối đa", "Điểm đạt", "Tỷ lệ đạt (%)"]
parts = [("PAR.DGTD", "Điểm tự đánh giá, thẩm định của Bộ Nội vụ", SELF[2], SELF[3]),
         ("PAR.DTXHH", "Điểm điều tra xã hội học", SURV[2], SURV[3]),
         ("PAR", "Tổng cộng", 100.0, TOTAL_POINTS)]
rows = [COLS3]
for i, (code, label, mx, pts) in enumerate(parts, 1):
    ratio = round(pts / mx * 100 + 1e-9, 2)
    rows.append([str(i) if code != "PAR" else "", label, vn(mx), vn(pts), vn(ratio)])
    rec(3, i, 3, label, COLS3[2], mx, "max_points", YEAR, code)
    rec(3, i, 4, label, COLS3[3], pts, "points", YEAR, code)
    rec(3, i, 5, label, COLS3[4], ratio, "ratio", YEAR, code)
grid(rows, [1.2, 7.5, 2.5, 2.5, 2.8])

para("Trên đây là báo cáo phân tích kết quả Chỉ số cải cách hành chính năm 2021 của tỉnh Sóc Trăng "
     "của Sở Nội vụ./.")
para("GIÁM ĐỐC", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)

tmp = tempfile.mkdtemp()
try:
    docx_path = os.path.join(tmp, "report_par_2021_soctrang.docx")
    doc.save(docx_path)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/lo", "--headless",
                    "--convert-to", "pdf", "--outdir", tmp, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.copy(os.path.join(tmp, "report_par_2021_soctrang.pdf"), PDF)
finally:
    shutil.rmtree(tmp, ignore_errors=True)

with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
    json.dump({"doc": os.path.basename(PDF), "year": YEAR, "entity": ENTITY,
               "headline": {"ratio": TOTAL_POINTS, "rank": RANK[2021], "rank_of": 63},
               "cells": expected}, f, ensure_ascii=False, indent=1)
print(PDF, len(expected), "cells")
