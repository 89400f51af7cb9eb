#!/usr/bin/env python
"""Blind test document for the label matcher: a yearly provincial PAR Index report in
the 2017-2021 methodology (QĐ 2948/QĐ-BNV) that parx has never seen.

    .venv/bin/python benchmarks/unseen_par_2017_2021/build.py

writes, next to this file,
    soc_trang_par_2020.pdf   born-digital PDF (reportlab, Liberation Serif)
    expected.json            tables as printed + one expected record per numeric cell

Written blind: the matcher code, vocab, abbreviation and matching tables were not read.
Printed labels are worded here as a 2020/2021 Sở Nội vụ report would word them (CCHC,
TTHC, VB QPPL, CB, CC, VC, KT - XH, "hoá", shortened and older forms); the expected
item_code values are the codes of schemas/catalogues/par_index/2017-2021.yaml.

Provenance of the figures (REAL = copied from a seed; SYNTHETIC = invented, plausible):
  REAL  field ratios 2017, 2018, 2019, 2020 of the 8 fields -- seed 004
        (004_6a0f5a4f6b7e72a6.txt lines 253-371, table "Tỷ lệ điểm các Chỉ số thành phần
        trong Chỉ số cải cách hành chính tỉnh Sóc Trăng", columns Năm 2017..Năm 2020;
        seed row 9 = field 8 of this period).  Used in tables 2 and 4, and the deltas of
        table 4 are differences of these real ratios.
  REAL  (context only) rank 49/63 in 2016 and 18/63 in 2021 (seed 004 lines 226-228),
        "rank improved and ratio rose every year since 2016" (seed 004 lines 204-210),
        mean ratio 2016-2021 = 79,60 % (seed 004 line 210), split 66,50 points
        self-assessment/appraisal + 33,50 points survey "in recent years" (seed 004 lines
        198-202; the year is not stated, used here for 2020).
  SYNTHETIC  max points of each field (chosen so that points/max reproduces the real
        ratio to 2 decimals and the maxima sum to 100), hence the points of each field,
        the 2020 total (85,37) and the component points (58,71 / 26,66).
  SYNTHETIC  index ratio and rank for 2017-2019 and the 2020 rank (76,02 % 44/63;
        77,35 % 37/63; 78,37 % 31/63; 85,37 % 26/63): chosen to sit between the real
        2016 (49/63) and 2021 (18/63) ranks, rising every year, and so that with 2016 =
        75,00 % and 2021 = 2016 + 10,49 % the 2016-2021 mean is 79,60 % (one reading of
        seed 004 lines 40-46 and 210; neither 2016 nor 2021 ratio is printed here).
  SYNTHETIC  the ranks of the 8 fields in 2020.
  SYNTHETIC  the 5 criteria of field 3 (wording from the 2017 methodology as remembered,
        max points and points), consistent with the field-3 row of table 2.
  SYNTHETIC  report number, date, signatory.
"""
import json
import os
import unicodedata
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
PDF_NAME = "soc_trang_par_2020.pdf"
LB = "/usr/share/fonts/truetype/liberation2/"
pdfmetrics.registerFont(TTFont("LSerif", LB + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSerif-B", LB + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSerif-I", LB + "LiberationSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("LSerif-BI", LB + "LiberationSerif-BoldItalic.ttf"))
pdfmetrics.registerFontFamily("LSerif", normal="LSerif", bold="LSerif-B",
                              italic="LSerif-I", boldItalic="LSerif-BI")

YEAR = 2020
ENTITY = "Tỉnh Sóc Trăng"     # gazetteer canonical name (schemas/catalogues/gazetteer/soc_trang.yaml)
ENTITY_CODE = "94"            # gazetteer / GSO code of the province

# Canonical names of the catalogue (2017-2021.yaml), used only for the `item` key.
CANON = {
    "PAR": "Chỉ số cải cách hành chính",
    "PAR.DGTD": "Điểm tự đánh giá, thẩm định",
    "PAR.DTXHH": "Điểm điều tra xã hội học",
    "1": "Công tác chỉ đạo, điều hành cải cách hành chính",
    "2": "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật",
    "3": "Cải cách thủ tục hành chính",
    "4": "Cải cách tổ chức bộ máy hành chính nhà nước",
    "5": "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức",
    "6": "Cải cách tài chính công",
    "7": "Hiện đại hóa hành chính",
    "8": "Tác động của cải cách hành chính đến người dân, tổ chức và các chỉ tiêu phát "
         "triển kinh tế - xã hội của tỉnh",
}

# ---------------------------------------------------------------- data
# REAL: seed 004 lines 253-371, ratio (%) of each field, years 2017..2020.
FIELD_RATIO = {
    "1": {2017: 79.40, 2018: 88.10, 2019: 86.00, 2020: 87.65},
    "2": {2017: 85.60, 2018: 90.90, 2019: 91.90, 2020: 90.10},
    "3": {2017: 77.50, 2018: 80.70, 2019: 83.86, 2020: 90.74},
    "4": {2017: 72.70, 2018: 78.60, 2019: 76.08, 2020: 91.65},
    "5": {2017: 59.00, 2018: 77.80, 2019: 82.86, 2020: 88.00},
    "6": {2017: 74.60, 2018: 61.30, 2019: 70.08, 2020: 83.42},
    "7": {2017: 66.40, 2018: 70.70, 2019: 80.54, 2020: 81.80},
    "8": {2017: 87.10, 2018: 83.00, 2019: 86.44, 2020: 73.75},
}
# SYNTHETIC: max points per field in 2020 (sum 100; points/max == real ratio to 2 dp).
FIELD_MAX = {"1": 11.50, "2": 10.00, "3": 13.50, "4": 11.50, "5": 13.25,
             "6": 12.00, "7": 12.25, "8": 16.00}
# SYNTHETIC: rank of each field among 63 provinces in 2020.
FIELD_RANK = {"1": 33, "2": 29, "3": 21, "4": 12, "5": 24, "6": 37, "7": 40, "8": 52}
# SYNTHETIC (see docstring): index ratio and rank per year; 2020 ratio = sum of points.
INDEX_HIST = {2017: (76.02, 44), 2018: (77.35, 37), 2019: (78.37, 31), 2020: (None, 26)}
# Component maxima: seed 004 lines 198-200 ("những năm gần đây" 66,50 + 33,50).
# Component points: SYNTHETIC (sum = total index 2020).
COMP_MAX = {"PAR.DGTD": 66.50, "PAR.DTXHH": 33.50}
COMP_POINTS_DGTD = 58.71
# SYNTHETIC: the 5 criteria of field 3 (Cải cách TTHC), 2020.
CRITERIA_3 = [
    ("3.1", "Kiểm soát quy định TTHC", 2.00, 2.00),
    ("3.2", "Công khai TTHC", 2.50, 2.25),
    ("3.3", "Thực hiện cơ chế một cửa, một cửa liên thông", 4.00, 3.50),
    ("3.4", "Kết quả giải quyết hồ sơ TTHC", 3.00, 2.75),
    ("3.5", "Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức đối với TTHC",
     2.00, 1.75),
]

FIELD_POINTS = {k: round(FIELD_MAX[k] * FIELD_RATIO[k][YEAR] / 100 + 1e-9, 2) for k in FIELD_MAX}
for k in FIELD_MAX:   # the synthetic maxima reproduce the real ratios exactly
    assert round(FIELD_POINTS[k] / FIELD_MAX[k] * 100 + 1e-9, 2) == FIELD_RATIO[k][YEAR], k
assert abs(sum(FIELD_MAX.values()) - 100) < 1e-9
TOTAL = round(sum(FIELD_POINTS.values()), 2)
INDEX_HIST[YEAR] = (TOTAL, INDEX_HIST[YEAR][1])
COMP_POINTS = {"PAR.DGTD": COMP_POINTS_DGTD, "PAR.DTXHH": round(TOTAL - COMP_POINTS_DGTD, 2)}
COMP_RATIO = {k: round(COMP_POINTS[k] / COMP_MAX[k] * 100 + 1e-9, 2) for k in COMP_MAX}
assert abs(sum(m for _, _, m, _ in CRITERIA_3) - FIELD_MAX["3"]) < 1e-9
assert abs(sum(p for _, _, _, p in CRITERIA_3) - FIELD_POINTS["3"]) < 1e-9


def vn(x, nd=2):
    """Vietnamese number: comma decimal, dot thousands."""
    s = f"{x:,.{nd}f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


def signed(x):
    return ("+" if x > 0 else "-" if x < 0 else "") + vn(abs(x))


def norm(s):
    return unicodedata.normalize("NFC", " ".join(str(s).split()))


# ---------------------------------------------------------------- tables + records
TABLES = []     # dicts: title, header, rows, row_kinds, widths, align
RECORDS = []


def rec(t, r, c, measure, value, unit, year, code, synthetic, source, **extra):
    tab = TABLES[t - 1]
    d = {
        "table": t, "row": r, "col": c,
        "row_label": norm(tab["rows"][r - 1][tab["label_col"]]),
        "column": norm(tab["header"][-1][c - 1]),
        "value_raw": norm(tab["rows"][r - 1][c - 1]),
        "value": value, "measure": measure, "unit": unit, "year": year,
        "item_code": code, "item": CANON.get(code) if code else None,
        "entity": ENTITY, "entity_code": ENTITY_CODE,
        "synthetic": synthetic, "source": source,
    }
    d.update(extra)
    RECORDS.append(d)


# Table 1: index components 2020 ---------------------------------------------------
rows = [
    ["1", "Điểm thẩm định kết quả tự đánh giá", vn(COMP_MAX["PAR.DGTD"]),
     vn(COMP_POINTS["PAR.DGTD"]), vn(COMP_RATIO["PAR.DGTD"])],
    ["2", "Điểm điều tra XHH", vn(COMP_MAX["PAR.DTXHH"]),
     vn(COMP_POINTS["PAR.DTXHH"]), vn(COMP_RATIO["PAR.DTXHH"])],
    ["", "Chỉ số CCHC năm 2020", "100", vn(TOTAL), vn(TOTAL)],
]
TABLES.append(dict(
    title="Bảng 1. Kết quả Chỉ số CCHC năm 2020 của tỉnh Sóc Trăng theo nhóm điểm",
    header=[["STT", "Nội dung", "Điểm tối đa", "Điểm đạt được", "Tỷ lệ đạt (%)"]],
    rows=rows, row_kinds=["data", "data", "total"], label_col=1,
    widths=[12 * mm, 78 * mm, 26 * mm, 28 * mm, 26 * mm]))
for r, code in ((1, "PAR.DGTD"), (2, "PAR.DTXHH"), (3, "PAR")):
    if code == "PAR":
        mx, pts, ratio = 100.0, TOTAL, TOTAL
    else:
        mx, pts, ratio = COMP_MAX[code], COMP_POINTS[code], COMP_RATIO[code]
    src_max = ("seed 004 lines 198-200 (year not stated there)" if code != "PAR"
               else "methodology: index out of 100")
    rec(1, r, 3, "max_points", mx, "points", YEAR, code, False, src_max)
    rec(1, r, 4, "points", pts, "points", YEAR, code, True,
        "synthetic" if code != "PAR" else "sum of table 2 points (synthetic maxima x real ratios)")
    rec(1, r, 5, "ratio", ratio, "%", YEAR, code, True, "points / max")

# Table 2: index and rank 2017-2020 -------------------------------------------------
years = [2017, 2018, 2019, 2020]
rows = [["Tỷ lệ điểm đạt được (%)"] + [vn(INDEX_HIST[y][0]) for y in years],
        ["Xếp hạng/63 tỉnh, thành phố"] + [f"{INDEX_HIST[y][1]}/63" for y in years]]
TABLES.append(dict(
    title="Bảng 2. Chỉ số CCHC của tỉnh Sóc Trăng giai đoạn 2017 - 2020",
    header=[["Nội dung"] + [f"Năm {y}" for y in years]],
    rows=rows, row_kinds=["data", "data"], label_col=0,
    widths=[62 * mm, 27 * mm, 27 * mm, 27 * mm, 27 * mm]))
for j, y in enumerate(years, start=2):
    rec(2, 1, j, "ratio", INDEX_HIST[y][0], "%", y, "PAR", True,
        "synthetic" if y != YEAR else "sum of field points (synthetic)")
    rec(2, 2, j, "rank", float(INDEX_HIST[y][1]), "rank", y, "PAR", True, "synthetic")
    rec(2, 2, j, "rank_of", 63.0, "rank", y, "PAR", False, "63 provinces and cities")

# Table 3: the 8 fields, 2020 -------------------------------------------------------
LABELS_T2 = {
    "1": "Công tác chỉ đạo, điều hành CCHC",
    "2": "Xây dựng và tổ chức thực hiện VB QPPL tại tỉnh",
    "3": "Cải cách thủ tục hành chính (TTHC)",
    "4": "Cải cách tổ chức bộ máy hành chính nhà nước",
    "5": "Xây dựng và nâng cao chất lượng đội ngũ CB, CC, VC",
    "6": "Cải cách tài chính công",
    "7": "Hiện đại hoá hành chính",
    "8": "Tác động của CCHC đến người dân, tổ chức và các chỉ tiêu phát triển KT - XH "
         "của tỉnh",
}
rows, kinds = [], []
for k in "12345678":
    rows.append([f"{k}.", LABELS_T2[k], vn(FIELD_MAX[k]), vn(FIELD_POINTS[k]),
                 vn(FIELD_RATIO[k][YEAR]) + "%", str(FIELD_RANK[k])])
    kinds.append("data")
rows.append(["", "Tổng cộng", vn(100), vn(TOTAL), vn(TOTAL) + "%", str(INDEX_HIST[YEAR][1])])
kinds.append("total")
TABLES.append(dict(
    title="Bảng 3. Điểm số, tỷ lệ điểm và xếp hạng 08 lĩnh vực năm 2020",
    header=[["STT", "Lĩnh vực đánh giá", "Điểm tối đa", "Điểm đạt được", "Tỷ lệ (%)",
             "Xếp hạng"]],
    rows=rows, row_kinds=kinds, label_col=1,
    widths=[13 * mm, 70 * mm, 23 * mm, 23 * mm, 21 * mm, 20 * mm]))
for i, k in enumerate("12345678", start=1):
    rec(3, i, 3, "max_points", FIELD_MAX[k], "points", YEAR, k, True, "synthetic max")
    rec(3, i, 4, "points", FIELD_POINTS[k], "points", YEAR, k, True,
        "synthetic max x real ratio")
    rec(3, i, 5, "ratio", FIELD_RATIO[k][YEAR], "%", YEAR, k, False,
        "seed 004 lines 253-371, column Năm 2020")
    rec(3, i, 6, "rank", float(FIELD_RANK[k]), "rank", YEAR, k, True, "synthetic")
rec(3, 9, 3, "max_points", 100.0, "points", YEAR, "PAR", False, "methodology: index out of 100")
rec(3, 9, 4, "points", TOTAL, "points", YEAR, "PAR", True, "sum of field points")
rec(3, 9, 5, "ratio", TOTAL, "%", YEAR, "PAR", True, "sum of field points")
rec(3, 9, 6, "rank", float(INDEX_HIST[YEAR][1]), "rank", YEAR, "PAR", True, "synthetic")

# Table 4: field ratios 2017-2020 (REAL) + change 2020 vs 2019 -----------------------------
LABELS_T4 = {
    "1": "Chỉ đạo, điều hành CCHC",
    "2": "Xây dựng và tổ chức thực hiện văn bản QPPL",
    "3": "Cải cách TTHC",
    "4": "Cải cách tổ chức bộ máy",
    "5": "Chất lượng đội ngũ CBCCVC",
    "6": "Tài chính công",
    "7": "Hiện đại hóa nền hành chính",
    "8": "Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH",
}
ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV", "5": "V", "6": "VI", "7": "VII", "8": "VIII"}
DELTA = {k: round(FIELD_RATIO[k][2020] - FIELD_RATIO[k][2019], 2) for k in FIELD_RATIO}
rows = []
for k in "12345678":
    rows.append([ROMAN[k], LABELS_T4[k]] + [vn(FIELD_RATIO[k][y]) + "%" for y in years]
                + [signed(DELTA[k])])
TABLES.append(dict(
    title="Bảng 4. Tỷ lệ điểm các Chỉ số thành phần (lĩnh vực) qua các năm",
    header=[["TT", "Chỉ số thành phần", "2017", "2018", "2019", "2020",
             "Tăng (+), giảm (-) so với năm 2019"]],
    rows=rows, row_kinds=["data"] * 8, label_col=1,
    widths=[13 * mm, 60 * mm, 19 * mm, 19 * mm, 19 * mm, 19 * mm, 27 * mm]))
for i, k in enumerate("12345678", start=1):
    for j, y in enumerate(years, start=3):
        rec(4, i, j, "ratio", FIELD_RATIO[k][y], "%", y, k, False,
            f"seed 004 lines 253-371, column Năm {y}")
    rec(4, i, 7, "delta", DELTA[k], "%", YEAR, k, False,
        "difference of the real 2020 and 2019 ratios (percentage points)")

# Table 5: criteria of field 3, 2020 -------------------------------------------------
rows = []
for code, label, mx, pts in CRITERIA_3:
    rows.append([code, label, vn(mx), vn(pts), vn(round(pts / mx * 100 + 1e-9, 2))])
rows.append(["", "Cộng lĩnh vực 3", vn(FIELD_MAX["3"]), vn(FIELD_POINTS["3"]),
             vn(FIELD_RATIO["3"][YEAR])])
TABLES.append(dict(
    title="Bảng 5. Kết quả các tiêu chí thuộc lĩnh vực Cải cách TTHC năm 2020",
    header=[["Mã", "Tiêu chí đánh giá", "Điểm tối đa", "Điểm đạt", "Tỷ lệ (%)"]],
    rows=rows, row_kinds=["data"] * 5 + ["total"], label_col=1,
    widths=[13 * mm, 85 * mm, 24 * mm, 24 * mm, 24 * mm]))
for i, (code, label, mx, pts) in enumerate(CRITERIA_3, start=1):
    for c, m, v, u in ((3, "max_points", mx, "points"), (4, "points", pts, "points"),
                       (5, "ratio", round(pts / mx * 100 + 1e-9, 2), "%")):
        rec(5, i, c, m, v, u, YEAR, None, True, "synthetic criterion of field 3",
            printed_code=code, parent_item_code="3")
for c, m, v, u, syn in ((3, "max_points", FIELD_MAX["3"], "points", True),
                        (4, "points", FIELD_POINTS["3"], "points", True),
                        (5, "ratio", FIELD_RATIO["3"][YEAR], "%", False)):
    rec(5, 6, c, m, v, u, YEAR, "3", syn,
        "seed 004 (ratio)" if not syn else "synthetic max x real ratio")

# headline figures (running text, not table cells: parx records come from tables only)
HEADLINE = [
    {"text": f"đạt {vn(TOTAL)}/100 điểm", "value": TOTAL, "measure": "points", "year": YEAR,
     "item_code": "PAR"},
    {"text": f"tương đương {vn(TOTAL)}%", "value": TOTAL, "measure": "ratio", "year": YEAR,
     "item_code": "PAR"},
    {"text": f"xếp hạng {INDEX_HIST[YEAR][1]}/63", "value": float(INDEX_HIST[YEAR][1]),
     "measure": "rank", "year": YEAR, "item_code": "PAR"},
    {"text": f"xếp hạng {INDEX_HIST[YEAR][1]}/63", "value": 63.0, "measure": "rank_of",
     "year": YEAR, "item_code": "PAR"},
    {"text": f"tăng {vn(TOTAL - INDEX_HIST[2019][0])}%", "value": round(TOTAL - INDEX_HIST[2019][0], 2),
     "measure": "delta", "year": YEAR, "item_code": "PAR"},
    {"text": f"năm 2019 ({vn(INDEX_HIST[2019][0])}%", "value": INDEX_HIST[2019][0],
     "measure": "ratio", "year": 2019, "item_code": "PAR"},
    {"text": f"xếp hạng {INDEX_HIST[2019][1]}/63", "value": float(INDEX_HIST[2019][1]),
     "measure": "rank", "year": 2019, "item_code": "PAR"},
]
for h in HEADLINE:
    h.update(entity=ENTITY, entity_code=ENTITY_CODE, synthetic=True)


# ---------------------------------------------------------------- PDF
def style(size=12.5, bold=False, italic=False, align=TA_JUSTIFY, indent=0, before=0, after=4):
    font = "LSerif" + ("-BI" if bold and italic else "-B" if bold else "-I" if italic else "")
    return ParagraphStyle("s", fontName=font, fontSize=size, leading=size * 1.3,
                          alignment=align, firstLineIndent=indent, spaceBefore=before,
                          spaceAfter=after)


BODY = style(indent=10 * mm)
CELL = style(11, align=TA_LEFT, after=0)
CELL_C = style(11, align=TA_CENTER, after=0)
CELL_B = style(11, bold=True, align=TA_LEFT, after=0)
CELL_BC = style(11, bold=True, align=TA_CENTER, after=0)
CELL_R = style(11, align=TA_CENTER, after=0)


class PTable(Table):
    """Table that records the pages it is drawn on (also after a split)."""
    def drawOn(self, canv, x, y, _sW=0):
        self._rec.add(canv.getPageNumber())
        return Table.drawOn(self, canv, x, y, _sW)

    def split(self, aW, aH):
        parts = Table.split(self, aW, aH)
        for p in parts:
            p._rec = self._rec
        return parts


def flow_table(spec):
    data = [[Paragraph(escape(h), CELL_BC) for h in spec["header"][0]]]
    for row, kind in zip(spec["rows"], spec["row_kinds"]):
        out = []
        for c, cell in enumerate(row):
            if c == spec["label_col"]:
                st = CELL_B if kind == "total" else CELL
            else:
                st = CELL_BC if kind == "total" else CELL_R
            out.append(Paragraph(escape(cell), st))
        data.append(out)
    t = PTable(data, colWidths=spec["widths"], repeatRows=1)
    t._rec = spec.setdefault("_pages", set())
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
    ]))
    return t


def caption(text):
    st = style(12, bold=True, align=TA_CENTER, before=6, after=4)
    st.keepWithNext = 1
    return Paragraph(escape(text), st)


def build_pdf(path):
    story = []
    # Title block (two columns, no rules), as on a Vietnamese administrative document
    head = Table([
        [Paragraph("UBND TỈNH SÓC TRĂNG", style(12, align=TA_CENTER, after=0)),
         Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", style(12, bold=True, align=TA_CENTER, after=0))],
        [Paragraph("<b>SỞ NỘI VỤ</b>", style(12, align=TA_CENTER, after=0)),
         Paragraph("<b>Độc lập - Tự do - Hạnh phúc</b>", style(12.5, align=TA_CENTER, after=0))],
        [Paragraph("Số: 187/BC-SNV", style(12.5, align=TA_CENTER, after=0)),
         Paragraph("<i>Sóc Trăng, ngày 08 tháng 6 năm 2021</i>", style(12.5, align=TA_CENTER, after=0))],
    ], colWidths=[70 * mm, 100 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("TOPPADDING", (0, 0), (-1, -1), 1),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    story += [head, Spacer(1, 8 * mm)]
    story.append(Paragraph("BÁO CÁO", style(14, bold=True, align=TA_CENTER, after=2)))
    story.append(Paragraph("Kết quả Chỉ số cải cách hành chính năm 2020 của tỉnh Sóc Trăng",
                           style(13.5, bold=True, align=TA_CENTER, after=2)))
    story.append(Paragraph("và phân tích kết quả các lĩnh vực, tiêu chí thành phần",
                           style(13.5, bold=True, align=TA_CENTER, after=10)))

    P = lambda s: story.append(Paragraph(s, BODY))
    P("Thực hiện Quyết định số 2948/QĐ-BNV ngày 28/12/2017 của Bộ Nội vụ phê duyệt Đề án xác "
      "định Chỉ số cải cách hành chính của các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, "
      "thành phố trực thuộc Trung ương; căn cứ kết quả Chỉ số cải cách hành chính năm 2020 do "
      "Bộ Nội vụ công bố, Sở Nội vụ báo cáo kết quả Chỉ số CCHC năm 2020 của tỉnh Sóc Trăng "
      "như sau:")
    story.append(Paragraph("I. KẾT QUẢ CHUNG", style(12.5, bold=True, align=TA_LEFT, before=4)))
    P(f"Chỉ số cải cách hành chính năm 2020 của tỉnh Sóc Trăng đạt {vn(TOTAL)}/100 điểm, tương "
      f"đương {vn(TOTAL)}%, xếp hạng {INDEX_HIST[YEAR][1]}/63 tỉnh, thành phố; tăng "
      f"{vn(TOTAL - INDEX_HIST[2019][0])}% và tăng 05 bậc so với năm 2019 "
      f"({vn(INDEX_HIST[2019][0])}%, xếp hạng {INDEX_HIST[2019][1]}/63). Trong đó, điểm thẩm "
      f"định đạt {vn(COMP_POINTS['PAR.DGTD'])}/{vn(COMP_MAX['PAR.DGTD'])} điểm; điểm điều tra "
      f"xã hội học đạt {vn(COMP_POINTS['PAR.DTXHH'])}/{vn(COMP_MAX['PAR.DTXHH'])} điểm. Đây là "
      "năm thứ tư liên tiếp tỉnh cải thiện cả về tỷ lệ điểm và vị trí xếp hạng kể từ khi áp "
      "dụng bộ Chỉ số mới.")
    for t in (1,):
        story += [caption(TABLES[t - 1]["title"]), flow_table(TABLES[t - 1])]
    story.append(Spacer(1, 3 * mm))
    P("Kết quả qua các năm cho thấy Chỉ số CCHC của tỉnh tăng đều, vị trí xếp hạng được cải "
      "thiện liên tục, tuy nhiên tỷ lệ điểm vẫn còn thấp hơn giá trị trung bình của cả nước.")
    story += [caption(TABLES[1]["title"]), flow_table(TABLES[1])]

    story.append(Paragraph("II. KẾT QUẢ THEO TỪNG LĨNH VỰC", style(12.5, bold=True, align=TA_LEFT, before=8)))
    P("Chỉ số CCHC cấp tỉnh năm 2020 gồm 08 lĩnh vực, 43 tiêu chí và 102 tiêu chí thành phần. "
      "Kết quả điểm số, tỷ lệ điểm và vị trí xếp hạng của từng lĩnh vực như sau:")
    story += [caption(TABLES[2]["title"]), flow_table(TABLES[2])]
    story.append(Spacer(1, 3 * mm))
    P("So với năm 2019, có 06/08 lĩnh vực tăng tỷ lệ điểm, trong đó tăng nhiều nhất là lĩnh "
      "vực cải cách tổ chức bộ máy và lĩnh vực cải cách tài chính công; 02/08 lĩnh vực giảm là "
      "xây dựng và tổ chức thực hiện văn bản QPPL và tác động của CCHC đến người dân, tổ chức "
      "và phát triển kinh tế - xã hội.")
    story += [caption(TABLES[3]["title"]), flow_table(TABLES[3])]
    story.append(Spacer(1, 3 * mm))
    P("Lĩnh vực cải cách thủ tục hành chính đạt tỷ lệ cao, chi tiết điểm các tiêu chí như sau:")
    story += [caption(TABLES[4]["title"]), flow_table(TABLES[4])]

    story.append(Paragraph("III. ĐÁNH GIÁ CHUNG VÀ NHIỆM VỤ TRỌNG TÂM",
                           style(12.5, bold=True, align=TA_LEFT, before=8)))
    P("Tiếp tục tập trung cải thiện các lĩnh vực có tỷ lệ điểm thấp, nhất là lĩnh vực tác "
      "động của cải cách hành chính và hiện đại hóa hành chính; nâng cao chất lượng giải quyết "
      "TTHC, mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính "
      "nhà nước. Sở Nội vụ kính báo cáo Ủy ban nhân dân tỉnh./.")
    sig = Table([[Paragraph("<b><i>Nơi nhận:</i></b><br/>- UBND tỉnh;<br/>- Các sở, ban ngành tỉnh;"
                            "<br/>- UBND các huyện, thị xã, thành phố;<br/>- Lưu: VT, CCHC.",
                            style(10.5, align=TA_LEFT, after=0)),
                  Paragraph("<b>GIÁM ĐỐC</b><br/><br/><br/><br/><b>Nguyễn Văn A</b>",
                            style(12.5, align=TA_CENTER, after=0))]],
                colWidths=[85 * mm, 85 * mm])
    sig.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [Spacer(1, 6 * mm), sig]

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm,
                            title="Báo cáo kết quả Chỉ số CCHC năm 2020 tỉnh Sóc Trăng",
                            author="Sở Nội vụ tỉnh Sóc Trăng (synthetic test document)")

    def footer(canv, d):
        canv.setFont("LSerif", 10)
        canv.drawCentredString(A4[0] / 2, 10 * mm, str(canv.getPageNumber()))

    doc.build(story, onFirstPage=lambda c, d: None, onLaterPages=footer)
    return doc.page


def main():
    pdf = os.path.join(HERE, PDF_NAME)
    n_pages = build_pdf(pdf)
    out = {
        "doc": PDF_NAME,
        "n_pages": n_pages,
        "document_year": YEAR,
        "methodology_period": "2017-2021",
        "catalogue": "schemas/catalogues/par_index/2017-2021.yaml",
        "conventions": {
            "table": "1-based order of the ruled tables in the document (the unruled title "
                     "block and signature block are layout, not tables)",
            "row/col": "1-based within the body rows / columns as laid out in build.py "
                       "(col 1 = STT/Mã/TT column where there is one)",
            "row_label": "label cell as printed (NFC, whitespace collapsed)",
            "column": "header cell as printed",
            "item_code": "code in the 2017-2021 catalogue: fields '1'..'8'; the whole index "
                         "(total rows, table 3, headline) = 'PAR' (the catalogue's index-level "
                         "code, max 100); index components = 'PAR.DGTD' (thẩm định) and "
                         "'PAR.DTXHH' (điều tra XHH); criteria of field 3 are not in the "
                         "catalogue -> null, with printed_code (3.1..3.5) and parent_item_code "
                         "'3' given as extra keys (a parx that keeps the official numbering "
                         "may legitimately emit '3.1'...'3.5')",
            "entity": "gazetteer canonical name 'Tỉnh Sóc Trăng' (CONTRACT: entity is the "
                      "canonical name); entity_code = gazetteer/GSO code '94'. Every number "
                      "in the document is about the province",
            "year": "assessment year: 2020 unless the column header carries another year "
                    "(tables 3 and 4); the delta column of table 4 is year 2020",
            "measure": "CONTRACT vocabulary; a rank printed 'xx/63' gives rank + rank_of; "
                       "a bare rank gives rank only; table 4 last column is delta in "
                       "percentage points (unit '%')",
            "value": "percentages as percent numbers (87,65% -> 87.65)",
            "synthetic": "true when the figure is invented (see build.py docstring)",
            "headline": "running-text figures, listed separately: CONTRACT records come "
                        "from tables only",
        },
        "tables": [
            {"table": i, "pages": sorted(t["_pages"]), "title": t["title"],
             "header": t["header"], "rows": t["rows"], "row_kinds": t["row_kinds"]}
            for i, t in enumerate(TABLES, start=1)
        ],
        "headline": HEADLINE,
        "records": RECORDS,
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    print(f"wrote {pdf} ({n_pages} pages), {len(RECORDS)} expected records")


if __name__ == "__main__":
    main()
