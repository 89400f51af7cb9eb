#!/usr/bin/env python
"""Build holdout set 5: six born-digital PDFs and their `<name>.expected.json` (blind acceptance set).

    .venv/bin/python benchmarks/holdout5/build.py [--no-selfcheck]

Producers: python-docx -> LibreOffice (documents a, b, c), reportlab (d), fpdf2 (e), PyMuPDF drawing
primitives (f). Table contents are taken from the seed reports (Sóc Trăng PAR Index / SIPAS 2021-2024);
the expected JSON is written from the same data that is rendered. Pages of each table are found
afterwards in the rendered PDF (pdfplumber text), never by running parx.
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = "/usr/share/fonts/truetype/liberation2"
DJV = "/usr/share/fonts/truetype/dejavu"
MARK = re.compile(r"\[\^(\d+)\]")  # footnote marker in the data: "42[^1]" renders as 42 + superscript 1


def clean(s: str) -> str:
    """Expected cell text: marker removed, NFC, whitespace (incl. line breaks) collapsed."""
    return unicodedata.normalize("NFC", " ".join(MARK.sub("", s).split()))


# ----------------------------------------------------------------------------------------------------------
# table model
# ----------------------------------------------------------------------------------------------------------

RecSpec = Callable[[int, int, list, str], "tuple[str, int] | None"]


@dataclass
class T:
    caption: str
    header: list[list[str]]  # grid; a merged cell repeats its text over the whole span (rows and columns)
    rows: list[tuple[str, str, list[str]]]  # (kind, style, cells); style: "", "b", "i", "bi"
    widths: list[float]  # relative column widths
    align: str  # per column: L, C, R
    size: float = 11.0
    repeat: bool = True  # repeat header rows on each page
    ruled: str = "all"  # all | horizontal | none
    rec: RecSpec | None = None  # (row0, col1, cells, kind) -> (measure, year)
    dot_decimal: bool = False  # "1.225" is 1.225 (not 1225) in this table
    anchor: list[str] | None = None  # tokens of the last rows, to find the table's last page
    features: str = ""


def g(*c):
    return ("group", "b", list(c))


def gi(*c):
    return ("group", "i", list(c))


def d(*c):
    return ("data", "", list(c))


def di(*c):
    return ("data", "i", list(c))


def tot(*c):
    return ("total", "b", list(c))


def header_spans(grid: list[list[str]]) -> list[tuple[int, int, int, int, str]]:
    """Rectangles (r0, c0, r1, c1, text) of equal adjacent header cells."""
    nr, nc = len(grid), len(grid[0])
    seen: set[tuple[int, int]] = set()
    out = []
    for r in range(nr):
        for c in range(nc):
            if (r, c) in seen:
                continue
            t = grid[r][c]
            c1 = c
            while c1 + 1 < nc and grid[r][c1 + 1] == t and (r, c1 + 1) not in seen:
                c1 += 1
            r1 = r
            while (r1 + 1 < nr and all(grid[r1 + 1][k] == t for k in range(c, c1 + 1))
                   and (c == 0 or grid[r1 + 1][c - 1] != t) and (c1 + 1 == nc or grid[r1 + 1][c1 + 1] != t)):
                r1 += 1
            for rr in range(r, r1 + 1):
                for cc in range(c, c1 + 1):
                    seen.add((rr, cc))
            out.append((r, c, r1, c1, t))
    return out


def is_colnum_row(row: list[str]) -> bool:
    return all(re.fullmatch(r"[\d()=+\-\s]+", x or "") for x in row)


def by_cols(mapping: dict[int, tuple[str, int]]) -> RecSpec:
    return lambda r, c, cells, kind: mapping.get(c)


# ----------------------------------------------------------------------------------------------------------
# DOCUMENT A  (python-docx -> LibreOffice): 2023 provincial PAR Index / SIPAS report, seed 000
# ----------------------------------------------------------------------------------------------------------


def rec_a1(r, c, cells, kind):
    if r < 2:
        year = 2023 if r == 0 else 2022
        m = {2: "max_points", 3: "points", 4: "ratio", 5: "max_points", 6: "points", 7: "ratio",
             8: "max_points", 9: "points", 10: "ratio", 11: "rank"}.get(c)
        return (m, year) if m else None
    return ("delta", 2023) if c in (3, 4, 6, 7, 9, 10, 11) else None


A1 = T(
    caption="Bảng 1. Kết quả Chỉ số CCHC tỉnh Sóc Trăng năm 2023 so với năm 2022",
    header=[
        ["PAR INDEX"] + ["Điểm đánh giá, thẩm định"] * 3 + ["Điểm điều tra xã hội học"] * 3 + ["Điểm tổng hợp"] * 3 + ["Xếp hạng"],
        ["PAR INDEX"] + ["Điểm tối đa quy định", "Điểm đạt được", "Tỷ lệ đạt được"] * 3 + ["Xếp hạng"],
    ],
    rows=[
        d("Năm 2023", "68,00", "55.08", "81.00%", "32.00", "26.62", "83.18%", "100.00", "81.70", "81.70%", "62/63"),
        d("Năm 2022", "68,00", "56.52", "83.13%", "32.00", "26.62", "83.18%", "100.00", "83.14", "83.14%", "49/63"),
        di("So sánh (2023 - 2022)", "", "-1.44", "-2.13%", "", "0.00", "0.00%", "", "-1.44", "-1.44%", "-13"),
    ],
    widths=[2.2] + [1.43] * 10,
    align="L" + "C" * 10,
    size=10,
    rec=rec_a1,
    anchor=["-13"],
    features="2-row merged header; point columns with dot decimals (55.08) beside comma (68,00); rank 62/63; italic comparison row",
)

_A2Y = {3: ("max_points", 2022), 4: ("points", 2022), 5: ("ratio", 2022), 6: ("rank", 2022),
        7: ("max_points", 2023), 8: ("points", 2023), 9: ("ratio", 2023), 10: ("rank", 2023),
        11: ("delta", 2023), 12: ("delta", 2023)}
A2 = T(
    caption="Bảng 2. Kết quả 08 chỉ số thành phần năm 2022 và năm 2023",
    header=[
        ["TT", "Lĩnh vực"] + ["Kết quả chỉ số thành phần năm 2022"] * 4 + ["Kết quả chỉ số thành phần năm 2023"] * 4
        + ["Tăng (+) Giảm (-) so với năm 2022"] * 2,
        ["TT", "Lĩnh vực", "Điểm", "Điểm", "Tỷ lệ (%)", "Xếp hạng", "Điểm", "Điểm", "Tỷ lệ (%)", "Xếp hạng",
         "Tỷ lệ % (+,-)", "Xếp hạng (+,-)"],
        ["TT", "Lĩnh vực", "Tối đa", "Đạt được", "Tỷ lệ (%)", "Xếp hạng", "Tối đa", "Đạt được", "Tỷ lệ (%)", "Xếp hạng",
         "Tỷ lệ % (+,-)", "Xếp hạng (+,-)"],
    ],
    rows=[
        d("1", "Công tác chỉ đạo, điều hành CCHC", "9.50", "9.10", "95.84%", "22", "9.50", "9.03", "95.01%", "39", "-0.83%", "-17"),
        d("2", "Cải cách thể chế", "10.00", "9.40", "93.99%", "7", "10.00", "9.45", "94.50%", "14", "0.51%", "-7"),
        d("3", "Cải cách thủ tục hành chính", "13.00", "12.59", "96.86%", "25", "13.00", "12.26", "94.31%", "38", "-2.55%", "-13"),
        d("4", "Cải cách tổ chức bộ máy", "10.50", "9.86", "93.95%", "5", "10.50", "9.94", "94.63%", "5", "0.68%", "0"),
        d("5", "Cải cách chế độ công vụ", "15.00", "12.23", "81.55%", "28", "15.00", "12.28", "81.90%", "41", "0.35%", "-13"),
        d("6", "Cải cách tài chính công", "12.00", "8.55", "71.25%", "58", "12.00", "7.92", "66.00%", "63", "-5.25%", "-5"),
        d("7", "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", "12.50", "8.88", "71.04%", "52", "12.50", "8.45",
          "67.60%", "62", "-3.44%", "-10"),
        d("8", "Tác động của CCHC đến người dân, tổ chức và phát triển kinh tế - xã hội", "17.50", "12.53", "71.60%", "24",
          "17.50", "12.37", "70.69%", "42[^1]", "-0.91%", "-18"),
        tot("", "Tổng cộng", "100.00", "83.14", "83.14%", "49", "100.00", "81.70", "81.70%", "62", "-1.44%", "-13"),
    ],
    widths=[0.7, 3.2] + [1.26] * 10,
    align="CL" + "C" * 10,
    size=9,
    rec=by_cols(_A2Y),
    anchor=["83.14%", "-1.44%"],
    features="3-row merged header; narrow numeric columns; superscript marker after a number (42¹); bold total row",
)

_A3 = [
    g("3.2.1", "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật (QPPL) tại tỉnh", "", "", ""),
    gi("", "Tác động của cải cách đến chất lượng VBQPPL do tỉnh ban hành:", "4,0", "3,4497", "- 0,5503"),
    d("(1)", "Tính đồng bộ, thống nhất của các VBQPPL do địa phương ban hành", "1,0", "0,837", "- 0,163"),
    d("(2)", "Tính hợp lý của các VBQPPL do địa phương ban hành", "1,0", "0,8499", "- 0,1501"),
    d("(3)", "Tính khả thi của các VBQPPL do địa phương ban hành", "1,0", "0,8377", "- 0,1623"),
    d("(4)", "Tính kịp thời phát hiện và xử lý các bất cập, vướng mắc trong tổ chức thực hiện VBQPPL tại địa phương", "1,0", "0,9251", "- 0,0749"),
    g("3.2.2", "Cải cách tổ chức bộ máy hành chính", "", "", ""),
    gi("", "Tác động của cải cách đến tổ chức bộ máy hành chính", "4,0", "3.4358", "- 0.5642"),
    d("(5)", "Tính hợp lý trong sắp xếp tổ chức bộ máy các cơ quan, đơn vị thuộc thẩm quyền của tỉnh", "1,0", "0.8435", "- 0.1565"),
    d("(6)", "Tính hợp lý trong phân định chức năng, nhiệm vụ giữa các cơ quan, đơn vị tại địa phương", "1,0", "0.8556", "- 0.1444"),
    d("(7)", "Tình hình thực hiện quy chế làm việc của UBND tỉnh", "1,0", "0.8613", "- 0.1387"),
    d("(8)", "Tính hợp lý trong việc phân cấp, phân quyền thực hiện nhiệm vụ quản lý nhà nước giữa tỉnh và huyện", "1,0", "0.8754", "- 0.1246"),
    g("3.2.3", "Cải cách chế độ công vụ", "", "", ""),
    gi("3.2.3.1", "Tác động của cải cách đến quản lý cán bộ, công chức", "4,0", "3,5731", "- 0,4269"),
    d("(9)", "Tính công khai, minh bạch trong công tác tuyển dụng công chức, viên chức", "1,0", "0,8988", "- 0,1012"),
    d("(10)", "Tình trạng tiêu cực trong công tác tuyển dụng công chức, viên chức", "1,0", "0,9033", "- 0,0967"),
    d("(11)", "Tính công khai, minh bạch trong công tác bổ nhiệm công chức, viên chức", "1,0", "0,872", "- 0,128"),
    d("(12)", "Tình trạng tiêu cực trong công tác bổ nhiệm công chức, viên chức", "1,0", "0,899", "- 0,101"),
    gi("3.2.3.2", "Tác động của cải cách đến công tác đào tạo, bồi dưỡng cán bộ, công chức, viên chức", "1,0", "0,7942", "- 0,2058"),
    d("(13)", "Chất lượng đào tạo, bồi dưỡng cán bộ, công chức, viên chức", "1,0", "0,7942", "- 0,2058"),
    gi("3.2.3.3", "Tác động của cải cách đến chất lượng đội ngũ công chức, viên chức", "4,0", "3,1674", "- 0,8326"),
    d("(14)", "Năng lực chuyên môn của công chức trong phối hợp, xử lý công việc", "1,0", "0,783", "- 0,217"),
    d("(15)", "Tinh thần trách nhiệm của công chức trong phối hợp, xử lý công việc", "1,0", "0,7945", "- 0,2055"),
    d("(16)", "Tình trạng công chức lợi dụng chức vụ, quyền hạn để trục lợi cá nhân trong phối hợp, xử lý công việc", "1,0", "0,8606", "- 0,1394"),
    d("(17)", "Tính hiệu quả trong việc thực thi chính sách thu hút người có tài năng vào bộ máy hành chính", "1,0", "0,7293", "- 0,2707"),
    g("3.2.4", "Cải cách tài chính công", "", "", ""),
    gi("", "Tác động của cải cách đến quản lý tài chính công", "4,0", "3,1677", "- 0,8323"),
    d("(18)", "Tính hiệu quả của việc thực hiện cơ chế tự chủ về sử dụng kinh phí quản lý hành chính", "1,0", "0,7538", "- 0,2462"),
    d("(19)", "Thực hiện tiết kiệm, chống lãng phí trong quản lý, sử dụng kinh phí của cơ quan, đơn vị", "1,0", "0,8225", "- 0,1775"),
    d("(20)", "Tính hiệu quả của việc quản lý, sử dụng tài sản công", "1,0", "0,8307", "- 0,1693"),
    d("(21)", "Tính hiệu quả của việc thực hiện cơ chế tự chủ tại các đơn vị SNCL", "1,0", "0,7607", "- 0,2393"),
    g("3.2.5", "Xây dựng và phát triển chính quyền điện tử, chính quyền số", "", "", ""),
    gi("", "Tác động của cải cách đến xây dựng và phát triển chính quyền điện tử, chính quyền số", "1,0", "0,8492", "- 0,1508"),
    d("(22)", "Chất lượng cung cấp thông tin trên Cổng thông tin điện tử của tỉnh", "1,0", "0,8492", "- 0,1508"),
    g("3.2.6", "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội của tỉnh", "", "", ""),
    gi("", "Kết quả Chỉ số hài lòng (SIPAS)", "10,0", "8,1854", "- 1,8146"),
    d("(23)", "Chỉ số hài lòng về tiếp cận dịch vụ", "1,5", "1,2284", "- 0,2716"),
    d("(24)", "Chỉ số hài lòng về tổ chức giải quyết TTHC", "1,5", "1,2261", "- 0,2739"),
    d("(25)", "Chỉ số hài lòng về công chức giải quyết TTHC", "2,5", "2,0525", "- 0,4475"),
    d("(26)", "Chỉ số hài lòng về kết quả giải quyết TTHC", "2,5", "2.0498", "- 0,4502"),
    d("(27)", "Chỉ số hài lòng về việc tiếp nhận, xử lý phản ánh, kiến nghị liên quan đến TTHC", "2,0", "1,6286", "- 0,3714"),
    tot("", "Tổng cộng", "32,0", "26,6225", "- 5,3775"),
]
A3 = T(
    caption="Bảng 3. Kết quả điểm điều tra xã hội học của tỉnh năm 2023",
    header=[["STT", "Nội dung", "Điểm tối đa", "Điểm đạt được", "Điểm chưa đạt"]],
    rows=_A3,
    widths=[1.6, 9.0, 1.9, 2.0, 2.0],
    align="CLCCC",
    size=11,
    rec=by_cols({3: ("max_points", 2023), 4: ("points", 2023), 5: ("shortfall", 2023)}),
    anchor=["26,6225", "- 5,3775"],
    features="bold group rows (3.2.1), italic subtotal rows, shortfalls printed '- 0,5503', mixed 3,4497 / 3.4358; repeated header over page break",
)

_A4 = [
    ("1.3.2", "Xử lý các vấn đề phát hiện qua kiểm tra", "1", "0.8308", "83.08%", "Sở Nội vụ"),
    ("1.6", "Đối thoại của lãnh đạo tỉnh với người dân, doanh nghiệp", "1", "0.9375", "93.75%", "Sở Kế hoạch và Đầu tư"),
    ("1.7", "Thực hiện nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao", "1.5", "1.2573", "83.82%", "Văn phòng UBND tỉnh"),
    ("3.2.1", "Công bố TTHC, danh mục TTHC theo quy định", "0.5", "0", "-", "Văn phòng UBND tỉnh"),
    ("3.2.3", "Công khai tiến độ, kết quả giải quyết hồ sơ trên Hệ thống thông tin giải quyết TTHC", "1", "0.7701", "77.01%", "Văn phòng UBND tỉnh"),
    ("3.4.1", "Tỷ lệ hồ sơ TTHC do CQCM cấp tỉnh tiếp nhận trong năm được giải quyết đúng hạn", "1.5", "1.4994", "99.96%", "Văn phòng UBND tỉnh"),
    ("3.4.2", "Tỷ lệ hồ sơ TTHC do UBND cấp huyện tiếp nhận trong năm được giải quyết đúng hạn", "1.5", "1.4919", "99.46%", "Văn phòng UBND tỉnh"),
    ("3.4.3", "Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận trong năm được giải quyết đúng hạn", "1", "0.9984", "99.84%", "Văn phòng UBND tỉnh"),
    ("5.3.1", "Thực hiện quy định về bổ nhiệm các chức danh lãnh đạo, quản lý", "0.75", "0.5", "66.67%", "Sở Nội vụ"),
    ("5.4", "Chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức, viên chức", "1.5", "1", "66.67%", "Sở Nội vụ"),
    ("5.6", "Tỷ lệ đạt chuẩn của cán bộ, công chức cấp xã", "0.5", "0", "-", "Sở Nội vụ"),
    ("6.1.1", "Thực hiện giải ngân kế hoạch đầu tư vốn ngân sách nhà nước (NSNN)", "1", "0.9363", "93.63%", "Sở Tài chính"),
    ("6.1.2", "Thực hiện quy định về việc sử dụng kinh phí nguồn từ NSNN", "1", "0", "-", "Sở Tài chính"),
    ("6.1.3", "Thực hiện các kiến nghị sau thanh tra, kiểm tra, kiểm toán nhà nước về tài chính, ngân sách", "1", "0.6675", "66.75%", "Sở Tài chính"),
    ("6.3.3", "Thực hiện quy định về sử dụng các nguồn tài chính và phân phối kết quả tài chính tại các đơn vị SNCL", "1", "0", "-", "Sở Tài chính"),
    ("6.3.4", "Tỷ lệ giảm chi trực tiếp ngân sách cho đơn vị sự nghiệp so với năm 2021", "1", "0", "-", "Sở Tài chính"),
    ("7.1.2", "Triển khai Trung tâm dữ liệu phục vụ chuyển đổi số theo hướng sử dụng công nghệ điện toán đám mây", "1", "0.5", "50.00%", "Sở Thông tin và Truyền thông"),
    ("7.1.4", "Tỷ lệ số dịch vụ dữ liệu có trên Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) được đưa vào sử dụng chính thức", "1", "0.4706", "47.06%", "Sở Thông tin và Truyền thông"),
    ("7.3.4", "Triển khai số hóa hồ sơ giải quyết TTHC", "1", "0", "-", "Sở Thông tin và Truyền thông"),
    ("7.3.5", "Tỷ lệ dịch vụ công trực tuyến toàn trình", "0.5", "0.2934", "58.68%", "Sở Thông tin và Truyền thông"),
    ("7.3.6", "Tỷ lệ hồ sơ trực tuyến toàn trình", "1.5", "0.8276", "55.17%", "Sở Thông tin và Truyền thông"),
    ("7.3.7", "Thực hiện thanh toán trực tuyến", "1.5", "0.3759", "25.06%", "Sở Thông tin và Truyền thông"),
    ("8.2", "Mức độ thu hút đầu tư của tỉnh", "1", "0", "-", "Sở Kế hoạch và Đầu tư"),
    ("8.3.1", "Số lượng doanh nghiệp gia nhập và tái gia nhập thị trường", "0.5", "0", "-", "Sở Kế hoạch và Đầu tư"),
    ("8.4", "Thực hiện thu ngân sách hàng năm của tỉnh theo Kế hoạch được Chính phủ giao", "1.5", "0.75", "50.00%", "Sở Tài chính"),
    ("8.5", "Mức độ thực hiện các chỉ tiêu phát triển KT-XH do HĐND tỉnh giao", "2", "1.225", "61.25%", "Sở Kế hoạch và Đầu tư"),
]
A4 = T(
    caption="Phụ lục 1. Tiêu chí, tiêu chí thành phần chưa đạt điểm tối đa năm 2023",
    header=[["Tiêu chí", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm chuẩn", "Điểm thẩm định", "Tỷ lệ %",
             "Cơ quan phụ trách tham mưu"]],
    rows=[d(*r) for r in _A4],
    widths=[1.4, 7.0, 1.5, 1.7, 1.6, 3.3],
    align="CLCCCL",
    size=11,
    rec=by_cols({3: ("max_points", 2023), 4: ("points", 2023), 5: ("ratio", 2023)}),
    dot_decimal=True,
    anchor=None,  # last element of the document
    features="criterion codes 1.3.2; dot decimals incl. 1.225; '-' cells; repeated header over page break",
)

DOC_A = dict(
    name="h5_a_parindex_sipas_2023",
    producer="python-docx -> LibreOffice (soffice --convert-to pdf), Liberation Serif",
    blocks=[
        ("top", ["UBND TỈNH SÓC TRĂNG", "SỞ NỘI VỤ", "Số: 112/BC-SNV"],
         ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Sóc Trăng, ngày 06 tháng 5 năm 2024"]),
        ("title", ["BÁO CÁO", "Kết quả Chỉ số cải cách hành chính và Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ",
                   "của cơ quan hành chính nhà nước tỉnh Sóc Trăng năm 2023"]),
        ("center", "Kính gửi: Ủy ban nhân dân tỉnh Sóc Trăng"),
        ("p", "Căn cứ kết quả công bố Chỉ số cải cách hành chính của các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương (PAR Index) và Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2023 được Ban Chỉ đạo Cải cách hành chính của Chính phủ công bố ngày 17/4/2024 tại Hà Nội, Sở Nội vụ báo cáo Ủy ban nhân dân tỉnh kết quả phân tích, đánh giá và đề xuất giải pháp cải thiện như sau:"),
        ("h", "I. KẾT QUẢ PAR INDEX NĂM 2023"),
        ("h", "1. Chỉ số tổng hợp"),
        ("p", "Kết quả Chỉ số cải cách hành chính tỉnh Sóc Trăng năm 2023 đạt 81,7/100 điểm, tương đương 81,7%, xếp hạng 62/63 tỉnh, thành phố. Chi tiết như sau:"),
        ("table", A1),
        ("p", "Như vậy, Chỉ số cải cách hành chính của tỉnh năm 2023 có sự sụt giảm về tỷ lệ điểm tự chấm và chưa có sự bứt phá trong tỷ lệ điểm điều tra xã hội học đạt được. Mức giảm điểm tự chấm là 1,44 điểm, tương ứng với tỷ lệ 2,13%, kéo theo Chỉ số của tỉnh giảm 13 bậc so với năm 2022 (49/63 tỉnh, thành phố với tỷ lệ 83,14%)."),
        ("h", "2. Kết quả đạt được theo từng lĩnh vực của Chỉ số cải cách hành chính"),
        ("p", "Chỉ số cải cách hành chính tỉnh Sóc Trăng có 04/08 lĩnh vực có sự cải thiện về tỷ lệ điểm đạt được, 04/08 lĩnh vực sụt giảm về tỷ lệ điểm so với năm 2022. Chỉ số thành phần Cải cách tổ chức bộ máy duy trì được vị trí xếp hạng (5/63 tỉnh, thành phố). Cụ thể theo bảng thống kê sau đây:"),
        ("table", A2),
        ("note", "[^1] Nhiều đơn vị trùng tỷ lệ, vị trí xếp hạng."),
        ("p", "Hạn chế của Chỉ số năm 2023 tiếp tục tập trung vào 02 lĩnh vực Cải cách tài chính công và Xây dựng và phát triển Chính quyền điện tử, Chính quyền số, giá trị đạt được đều dưới 70%. Đây cũng là 02 lĩnh vực có vị trí xếp hạng rất thấp so với cả nước (63/63 và 62/63)."),
        ("h", "3. Đánh giá những lĩnh vực, tiêu chí, tiêu chí thành phần điểm còn hạn chế"),
        ("p", "Đối với nội dung điểm tự chấm, tổng điểm chưa đạt so với điểm chuẩn là 12,9183 điểm (đạt 55,0817/68,00 điểm); chi tiết theo Phụ lục 1 kèm theo báo cáo này. Đối với nội dung điểm điều tra xã hội học, tổng điểm chưa đạt so với điểm chuẩn là 5,3775 điểm (đạt 26,6225/32,00 điểm). Cụ thể:"),
        ("table", A3),
        ("p", "Tất cả 27 tiêu chí, tiêu chí thành phần liên quan điểm điều tra xã hội học của tỉnh đều không ghi nhận tỷ lệ điểm tối đa từ người cho ý kiến đánh giá gồm cán bộ, công chức, viên chức và người dân, tổ chức."),
        ("h", "II. KẾT QUẢ SIPAS NĂM 2023"),
        ("p", "Chỉ số SIPAS năm 2023 tỉnh Sóc Trăng đạt 81,65%, xếp hạng 37/63 tỉnh, thành phố, tăng 1,73% và giảm 05 bậc so với năm 2022 (79,92%, xếp hạng 32/63). Kết quả này được tổng hợp từ ý kiến đánh giá, cảm nhận của 558 người dân, doanh nghiệp trong tỉnh."),
        ("p", "Trên đây là báo cáo kết quả Chỉ số cải cách hành chính và Chỉ số hài lòng năm 2023 của tỉnh Sóc Trăng, Sở Nội vụ kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, chỉ đạo./."),
        ("sig", ["Nơi nhận:", "- Như trên;", "- Các Sở, ban ngành tỉnh;", "- UBND cấp huyện;", "- Lưu: VT."],
         ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Huỳnh Văn Nam"]),
        ("newpage",),
        ("table", A4),
    ],
)

# ----------------------------------------------------------------------------------------------------------
# DOCUMENT B  (python-docx -> LibreOffice): 2024 city report with statistics appendix, seed 001
# ----------------------------------------------------------------------------------------------------------

_B1 = [
    ("Công văn", "2420/UBND-HC", "29/12/2023", "Đẩy mạnh cải cách thủ tục hành chính, cải thiện môi trường đầu tư kinh doanh, siết chặt kỷ luật, kỷ cương năm 2024", ""),
    ("Kế hoạch", "08/KH-UBND", "17/01/2024", "Thực hiện cải cách hành chính năm 2024", ""),
    ("Kế hoạch", "10/KH-UBND", "19/01/2024", "Công tác kiểm soát thủ tục hành chính trên địa bàn thành phố Sóc Trăng năm 2024", ""),
    ("Kế hoạch", "11/KH-UBND", "19/01/2024", "Rà soát, đánh giá TTHC năm 2024 trên địa bàn thành phố Sóc Trăng", ""),
    ("Kế hoạch", "21/KH-UBND", "19/02/2024", "Thực hiện công tác phòng, chống tham nhũng, tiêu cực năm 2024", ""),
    ("Kế hoạch", "27/KH-UBND", "26/02/2024", "Tuyên truyền cải cách hành chính năm 2024", ""),
    ("Kế hoạch", "28/KH-UBND", "26/02/2024", "Kiểm tra công tác cải cách hành chính, phân cấp quản lý nhà nước và thực thi công vụ năm 2024", ""),
    ("Công văn", "35/UBND-HC", "05/01/2024", "Đăng ký nội dung rà soát, đánh giá thủ tục hành chính năm 2024", "Lần 2"),
    ("Công văn", "63/UBND-HC", "10/01/2024", "Tăng cường triển khai thực hiện nhiệm vụ CCHC", ""),
    ("Công văn", "275/UBND-HC", "20/02/2024", "Nâng cao hiệu quả công tác tuyên truyền CCHC", ""),
    ("Công văn", "308/UBND-HC", "26/02/2024", "Cung cấp thông tin phí, lệ phí thực hiện thủ tục hành chính", ""),
    ("Công văn", "350/UBND-HC", "01/3/2024", "Triển khai thực hiện nhiệm vụ cải cách TTHC trọng tâm năm 2024", ""),
    ("Quyết định", "708/QĐ-UBND", "01/4/2024", "Thực hiện thí điểm chuyển giao nhiệm vụ hướng dẫn, tiếp nhận, số hóa hồ sơ, trả kết quả TTHC tại Bộ phận tiếp nhận và trả kết quả thành phố", "Thí điểm"),
    ("Công văn", "727/UBND-HC", "17/4/2024", "Khẩn trương thực hiện nhiệm vụ theo Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ", ""),
    ("Kế hoạch", "63/KH-UBND", "05/5/2024", "Thực hành tiết kiệm, chống lãng phí năm 2024", ""),
    ("Công văn", "1204/UBND-HC", "14/6/2024", "Tuyên truyền chuyển đổi, sử dụng tài khoản VNeID trong thực hiện TTHC", ""),
    ("Công văn", "1226/UBND-HC", "19/6/2024", "Tăng cường hiệu quả công tác đánh giá chỉ số CCHC", ""),
    ("Công văn", "1227/UBND-HC", "19/6/2024", "Triển khai thực hiện Chỉ thị số 24-CT/TU ngày 17/01/2024 của Ban Thường vụ Tỉnh ủy", ""),
    ("Công văn", "1266/UBND-HC", "26/6/2024", "Đôn đốc thực hiện Đề án 06 và Kế hoạch cải cách TTHC trọng tâm năm 2024", ""),
    ("Công văn", "1605/UBND-HC", "05/8/2024", "Tiếp tục đẩy mạnh công tác cải cách TTHC, nâng cao chất lượng cung cấp, giải quyết TTHC, dịch vụ công", ""),
]
B1 = T(
    caption="Bảng 1. Văn bản chỉ đạo, điều hành CCHC do UBND thành phố ban hành năm 2024",
    header=[["STT", "Loại văn bản", "Số, ký hiệu", "Ngày ban hành", "Trích yếu nội dung", "Ghi chú"]],
    rows=[d(str(i + 1), *r) for i, r in enumerate(_B1)],
    widths=[1.0, 2.0, 3.2, 2.2, 6.6, 1.5],
    align="CLCCLC",
    size=11,
    anchor=["1605/UBND-HC", "05/8/2024"],
    features="column of dates (01/3/2024) and document numbers (2420/UBND-HC); mostly-empty notes column",
)

B2 = T(
    caption="Bảng 2. Kết quả giải quyết hồ sơ thủ tục hành chính năm 2024",
    header=[
        ["STT", "Cấp giải quyết", "Tổng số hồ sơ tiếp nhận", "Kết quả giải quyết", "Kết quả giải quyết", "Kết quả giải quyết"],
        ["STT", "Cấp giải quyết", "Tổng số hồ sơ tiếp nhận", "Trước hạn, đúng hạn", "Trễ hạn", "Đang xử lý"],
        ["(1)", "(2)", "(3)=(4)+(5)+(6)", "(4)", "(5)", "(6)"],
    ],
    rows=[
        d("1", "Cấp thành phố", "16.865", "16.369", "268", "228"),
        di("", "+ Trong đó: tiếp nhận trực tuyến", "14.475", "", "", ""),
        d("2", "Cấp phường", "14.654", "14.537", "40", "77"),
        tot("", "Cộng", "31.519", "30.906", "308", "305"),
    ],
    widths=[1.2, 4.5, 3.6, 2.8, 2.2, 2.2],
    align="CLRRRR",
    size=11,
    rec=by_cols({3: ("count", 2024), 4: ("count", 2024), 5: ("count", 2024), 6: ("count", 2024)}),
    anchor=["31.519", "30.906"],
    features="2-row merged header + column-number row (3)=(4)+(5)+(6); italic '+' sub-row; 'Cộng' total; thousands 16.865",
)


def _b3_rows():
    U, V, N, P, H, C, Y, T_ = "Cơ quan, đơn vị", "Văn bản", "Người", "Nhiệm vụ", "Hồ sơ", "Có = 1 Không = 0", "Không = 0; Có = 1", "Thủ tục"
    rows = [
        g("I", "Công tác chỉ đạo điều hành CCHC", "", "", ""),
        d("1", "Tỷ lệ hoàn thành Kế hoạch CCHC năm (Lũy kế đến thời điểm báo cáo)", "%", "84", "Kế hoạch số 08/KH-UBND ngày 17/01/2024 thực hiện cải cách hành chính năm 2024"),
        d("", "Số nhiệm vụ đề ra trong kế hoạch", P, "25", ""),
        d("", "Số nhiệm vụ đã hoàn thành", P, "21", ""),
        d("", "Số văn bản chỉ đạo CCHC đã ban hành", V, "3", ""),
        g("2", "Kiểm tra CCHC", "", "", "Kế hoạch số 28/KH-UBND ngày 26/02/2024 kiểm tra công tác CCHC, phân cấp quản lý nhà nước và thực thi công vụ năm 2024"),
        d("", "Số phòng ban đã kiểm tra", U, "0", ""),
        d("", "Số đơn vị trực thuộc đã kiểm tra", U, "0", ""),
        d("", "Số UBND cấp xã đã kiểm tra", U, "0", ""),
        d("", "Số vấn đề phát hiện qua kiểm tra", "Vấn đề", "0", ""),
        d("", "Số vấn đề phát hiện đã xử lý xong", "Vấn đề", "0", ""),
        g("3", "Tuyên truyền CCHC", "", "", "Kế hoạch số 27/KH-UBND ngày 26/02/2024 tuyên truyền CCHC năm 2024"),
        d("", "Tỷ lệ thực hiện nhiệm vụ tuyên truyền theo kế hoạch", "%", "100", ""),
        d("", "Số lượng tin, bài viết, phóng sự gửi và duyệt đăng tại Chuyên trang CCHC tỉnh (cchc.soctrang.gov.vn)", "Tin, bài", "9", ""),
        d("", "Số lượng tin, bài viết, phóng sự đã đăng tại Chuyên mục CCHC trên Trang Thông tin điện tử của đơn vị", "Tin, bài", "22 bài viết", ""),
        d("", "Có thực hiện tuyên truyền CCHC thường xuyên thông qua phương tiện truyền thông (báo, đài, website, zalo, ...)", "Tin, bài", "", ""),
        d("", "Có thực hiện tuyên truyền CCHC thường xuyên thông qua các cuộc họp, hội nghị, hội thi, hội diễn, ...", C, "1", ""),
        g("4", "Thực hiện nhiệm vụ UBND tỉnh giao", "", "", ""),
        d("", "Tổng số nhiệm vụ được giao", P, "12", ""),
        d("", "Số nhiệm vụ đã hoàn thành đúng hạn", P, "12", ""),
        d("", "Số nhiệm vụ đã hoàn thành nhưng quá hạn", P, "0", ""),
        d("5", "Có sáng kiến, giải pháp mới về CCHC", Y, "1", ""),
        d("6", "Thực hiện khen thưởng về kết quả CCHC", Y, "1", ""),
        g("7", "Khảo sát sự hài lòng của người dân, tổ chức", "", "", ""),
        d("", "Số lượng phiếu khảo sát", "Số lượng", "986", ""),
        d("", "Hình thức khảo sát", "Trực tuyến = 0 Phát phiếu = 1 Kết hợp = 2", "0", ""),
        d("", "Tỷ lệ hài lòng trong kỳ báo cáo", "%", "100", ""),
        d("8", "Tổ chức đối thoại của lãnh đạo với người dân, doanh nghiệp", C, "0", ""),
        d("9", "Việc chấp hành Chỉ thị 10 của Chủ tịch UBND tỉnh và Chỉ thị 10, Chỉ thị 26 của Thủ tướng Chính phủ về kỷ luật, kỷ cương hành chính", "Tốt = 1 Có vi phạm = 0", "1", ""),
        g("II", "Cải cách thể chế", "", "", ""),
        d("1", "Số VBQPPL đã ban hành", V, "0", ""),
        d("", "Số VBQPPL được ban hành đúng tiến độ", V, "0", ""),
        d("", "Số VBQPPL được ban hành đúng quy trình, thủ tục theo quy định", V, "0", ""),
        g("2", "Kiểm tra và tự kiểm tra, xử lý VBQPPL", "", "", ""),
        d("", "Số VBQPPL tự kiểm tra theo thẩm quyền", V, "0", ""),
        d("", "Số VBQPPL phát hiện trái pháp luật", V, "0", ""),
        d("", "Số VBQPPL phát hiện trái pháp luật đã được xử lý", V, "0", ""),
        d("", "Số VBQPPL kiểm tra theo thẩm quyền", V, "8", "Quyết định quy định quy chế thực hiện dân chủ ở cơ sở của Phường 1, 2, 4, 5, 7, 8, 9 và 10"),
        g("3", "Rà soát VBQPPL", "", "", ""),
        d("", "Số VBQPPL phải rà soát", V, "45", "Rà soát hệ thống hóa văn bản quy phạm pháp luật kỳ 2019 - 2023"),
        d("", "Số VBQPPL đã rà soát", V, "45", ""),
        d("", "Số VBQPPL đã kiến nghị xử lý sau kiểm tra, rà soát", V, "0", ""),
        d("", "Số VBQPPL có kiến nghị xử lý đã được xử lý xong", V, "0", ""),
        d("4", "Thực hiện công tác phổ biến giáo dục pháp luật", Y, "1", ""),
        d("", "Số lượng văn bản đã tuyên truyền", V, "", "Tuyên truyền một số quy định của pháp luật về xử lý vi phạm hành chính"),
        g("III", "Cải cách thủ tục hành chính", "", "", ""),
        d("1", "Kiểm soát TTHC", Y, "1", "Kế hoạch số 10/KH-UBND ngày 19/01/2024 thực hiện công tác kiểm soát thủ tục hành chính năm 2024"),
        d("", "Số lượng TTHC thực hiện rà soát", "TTHC", "1", "Chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền đối với hộ gia đình, cá nhân"),
        d("2", "Kế hoạch rà soát TTHC", C, "1", "Kế hoạch số 11/KH-UBND ngày 19/01/2024"),
        d("", "Đơn giản hóa TTHC", Y, "1", "Chưa đến thời hạn báo cáo"),
        d("", "Rút ngắn thời gian giải quyết so với quy định", T_, "2", "Lĩnh vực hoạt động xây dựng"),
        d("", "Giảm thành phần hồ sơ", T_, "0", ""),
        d("", "Khác", T_, "0", ""),
        g("3", "Thống kê TTHC", "", "", ""),
        d("", "Số TTHC được công bố mới", T_, "14", ""),
        d("", "Số TTHC đã được bãi bỏ, thay thế", T_, "45", ""),
        d("", "Tổng số TTHC đang có hiệu lực:", T_, "", ""),
        di("", "- Số TTHC áp dụng tại UBND cấp huyện:", T_, "287", ""),
        di("", "- Số TTHC áp dụng tại UBND cấp xã:", T_, "129", ""),
        d("4", "Có thực hiện niêm yết địa chỉ tiếp nhận phản ánh kiến nghị của cá nhân, tổ chức đối với TTHC thuộc thẩm quyền giải quyết", C, "1", ""),
        d("", "Số lượng ý kiến đã tiếp nhận", "Ý kiến", "1", ""),
        d("", "Số lượng ý kiến đã giải quyết", "Ý kiến", "1", ""),
        g("5", "Thực hiện cơ chế một cửa, một cửa liên thông", "", "", ""),
        d("", "Số TTHC liên thông cùng cấp", T_, "287", ""),
        d("", "Số TTHC liên thông giữa các cấp chính quyền", T_, "287", ""),
        d("", "Tỷ lệ quy trình nội bộ giải quyết TTHC đã được điện tử hóa", "%", "", ""),
        g("6", "Kết quả giải quyết TTHC", "", "", ""),
        d("", "Số hồ sơ TTHC do UBND cấp huyện tiếp nhận", H, "16.865", ""),
        d("", "Số hồ sơ TTHC do UBND cấp huyện giải quyết và trả kết quả", H, "16.637", "Còn 228 hồ sơ đang giải quyết"),
        d("", "Số hồ sơ TTHC do UBND cấp huyện tiếp nhận được giải quyết đúng hạn", H, "16.369", ""),
        d("", "Số hồ sơ TTHC do UBND cấp xã tiếp nhận", H, "14.654", ""),
        d("", "Số hồ sơ TTHC do UBND cấp xã giải quyết và trả kết quả", H, "14.654", "Còn 77 hồ sơ đang giải quyết"),
        d("", "Số hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn", H, "14.537", ""),
        g("IV", "Cải cách tổ chức bộ máy hành chính nhà nước", "", "", ""),
        g("1", "Cơ cấu tổ chức bộ máy", "", "", ""),
        d("", "Số phòng ban chuyên môn thuộc UBND cấp huyện", U, "11", ""),
        d("", "Số đơn vị SNCL thuộc UBND cấp huyện", U, "36", ""),
        d("", "Số phòng ban trong đơn vị SNCL thuộc UBND cấp huyện", U, "0", ""),
        d("", "Số lượng phòng ban chuyên môn thuộc UBND cấp huyện được cắt giảm trong năm", U, "0", ""),
        d("", "Số lượng đơn vị SNCL đã cắt giảm trong năm", U, "0", ""),
        d("", "Số lượng phòng ban trong đơn vị SNCL đã cắt giảm trong năm", U, "0", ""),
        g("2", "Số liệu về biên chế công chức", "", "", ""),
        d("", "Tổng số biên chế được giao trong năm", N, "92", ""),
        d("", "Tổng số biên chế có mặt tại thời điểm báo cáo", N, "90", ""),
        d("", "Số hợp đồng lao động làm việc tại cơ quan hành chính nhà nước", N, "10", ""),
        d("", "Số biên chế đã tinh giản trong kỳ báo cáo", N, "0", ""),
        d("", "Tỷ lệ phần trăm biên chế đã tinh giản trong năm so với kế hoạch", "%", "", ""),
        g("3", "Số người làm việc hưởng lương từ NSNN tại các đơn vị sự nghiệp công lập", "", "", ""),
        d("", "Tổng số người làm việc được giao", N, "1.252", "1. Trung tâm GDNN-GDTX: 24\n2. Trung tâm VH-TT-TT: 35\n3. Đội Trật tự: 12\n4. Ngành Giáo dục: 1.181"),
        d("", "Tổng số người làm việc có mặt", N, "1.093", "1. Trung tâm GDNN-GDTX: 18\n2. Trung tâm VH-TT-TT: 27\n3. Đội Trật tự: 6\n4. Ngành Giáo dục: 1.042"),
        d("", "Số người đã tinh giản trong kỳ báo cáo", N, "7", "1. Trường Mẫu giáo Vĩnh Xuyên: 01\n2. Trường Mẫu giáo Mai Hoa: 01\n3. Trường Tiểu học Võ Thị Sáu: 01\n4. Trường Tiểu học Lý Thường Kiệt: 01\n5. Phòng Giáo dục và Đào tạo: 03"),
        d("", "Tỷ lệ % đã tinh giản so với kế hoạch năm", "%", "35", ""),
        g("4", "Số người làm việc tại các đơn vị sự nghiệp công lập tự chủ hoàn toàn", "", "", ""),
        d("", "Tổng số người làm việc được phê duyệt", N, "58", "Phê duyệt theo Đề án VTVL:\n1. Ban Quản lý dự án: 17\n2. Ban Quản lý chợ: 24\n3. Trung tâm Phát triển quỹ đất: 17"),
        d("", "Tổng số người làm việc có mặt", N, "49", "1. Ban Quản lý dự án: 17\n2. Ban Quản lý chợ: 18\n3. Trung tâm Phát triển quỹ đất: 14"),
        g("5", "Số liệu về lãnh đạo", "", "", ""),
        d("", "Số lượng lãnh đạo UBND cấp huyện", N, "4", ""),
        d("", "Số lượng lãnh đạo cấp phòng và tương đương", N, "33", ""),
        d("", "Số lượng lãnh đạo các đơn vị trực thuộc UBND cấp huyện", N, "84", ""),
        d("", "Số lượng lãnh đạo UBND cấp phường", N, "27", ""),
        g("6", "Kiểm tra việc thực hiện nhiệm vụ phân cấp quản lý nhà nước", "", "", "Dự kiến cuối tháng 6/2024"),
        d("", "Số UBND cấp xã đã kiểm tra", U, "0", ""),
        d("", "Số vấn đề phát hiện qua kiểm tra", "Vấn đề", "0", ""),
        d("", "Số vấn đề phát hiện đã xử lý xong", "Vấn đề", "0", ""),
        g("7", "Hoạt động thanh tra cấp huyện", "", "", ""),
        d("", "Số đơn vị thuộc và trực thuộc UBND cấp huyện đã thanh tra", U, "2", ""),
        d("", "Số UBND cấp xã đã thanh tra", U, "3", ""),
        d("", "Số vấn đề phát hiện qua thanh tra", "Vấn đề", "23", ""),
        d("", "Số vấn đề phát hiện qua thanh tra đã xử lý xong", "Vấn đề", "23", ""),
        g("V", "Cải cách chế độ công vụ", "", "", ""),
        g("1", "Vị trí việc làm của công chức, viên chức", "", "", ""),
        d("", "Cơ quan, đơn vị đã được phê duyệt vị trí việc làm theo quy định", C, "1", ""),
        d("", "Cơ quan, đơn vị đã thực hiện rà soát, hoàn chỉnh bản mô tả vị trí việc làm, khung năng lực công chức, viên chức theo chức năng, nhiệm vụ hiện hành và gửi về Sở Nội vụ", C, "1", ""),
        g("2", "Tuyển dụng công chức, viên chức", "", "", ""),
        d("", "Số công chức được tuyển dụng (thi tuyển, xét tuyển)", N, "0", ""),
        d("", "Số công chức được tuyển dụng theo trường hợp đặc biệt", N, "0", ""),
        d("", "Số cán bộ, công chức cấp xã được xét chuyển thành công chức cấp huyện trở lên", N, "2", "Huỳnh Tấn Phát; Nguyễn Hồng Hiếu"),
        d("", "Số viên chức được tuyển dụng theo trường hợp đặc biệt", N, "0", ""),
        g("3", "Số liệu về bổ nhiệm công chức lãnh đạo", "", "", ""),
        d("", "Thực hiện tuyển chọn, bổ nhiệm lãnh đạo qua thi tuyển", "Đã thực hiện = 1 Chưa thực hiện = 0", "0", ""),
        d("", "Số lãnh đạo UBND cấp huyện được bổ nhiệm mới", N, "0", ""),
        d("", "Số lãnh đạo cấp phòng chuyên môn thuộc UBND cấp huyện được bổ nhiệm mới", N, "1", ""),
        d("", "Số lãnh đạo UBND cấp xã được bổ nhiệm mới", N, "3", "Phường 2 và Phường 5"),
        g("4", "Công tác đào tạo, bồi dưỡng", "", "", ""),
        d("", "Số người được đào tạo, bồi dưỡng theo Kế hoạch", N, "266", ""),
        d("", "Số người đã được đào tạo, bồi dưỡng thực tế", N, "408", "Đạt 153,38%"),
        g("5", "Số liệu về xử lý kỷ luật cán bộ, công chức, viên chức (cả về Đảng và chính quyền)", "", "", ""),
        d("", "Số lãnh đạo UBND cấp huyện bị kỷ luật", N, "0", ""),
        d("", "Số lãnh đạo cấp phòng và tương đương thuộc UBND cấp huyện bị kỷ luật", N, "3", ""),
        d("", "Số công chức chuyên môn, không giữ chức vụ lãnh đạo, quản lý thuộc UBND cấp huyện bị kỷ luật", N, "0", ""),
        d("", "Số người làm việc tại các đơn vị SNCL bị kỷ luật", N, "0", ""),
        di("", "- Trong đơn vị SNCL tự chủ hoàn toàn", N, "0", ""),
        di("", "- Trong đơn vị SNCL tự chủ một phần", N, "0", ""),
        di("", "- Trong đơn vị SNCL do ngân sách nhà nước đảm bảo", N, "0", ""),
        d("", "Số cán bộ cấp xã bị kỷ luật", N, "1", ""),
        d("", "Số công chức cấp xã bị kỷ luật", N, "0", ""),
        g("VI", "Cải cách tài chính công", "", "", ""),
        d("1", "UBND cấp huyện thực hiện cơ chế tự chủ theo quy định", C, "1", ""),
        d("2", "Số tổ chức hành chính thực hiện cơ chế tự chủ, tự chịu trách nhiệm về quản lý kinh phí hành chính", U, "28", ""),
        d("3", "Số lượng đơn vị sự nghiệp công lập (SNCL) thực hiện cơ chế tự chủ", U, "36", ""),
        d("", "Số đơn vị SNCL đã thực hiện tự chủ 100% chi thường xuyên và chi đầu tư (lũy kế đến thời điểm báo cáo)", U, "0", ""),
        d("", "Số đơn vị SNCL đã thực hiện tự chủ 100% chi thường xuyên (lũy kế đến thời điểm báo cáo)", U, "3", ""),
        d("", "Số đơn vị SNCL đã thực hiện tự chủ một phần chi thường xuyên (lũy kế đến thời điểm báo cáo)", U, "18", ""),
        d("", "Số đơn vị SNCL do nhà nước đảm bảo 100% chi thường xuyên (lũy kế đến thời điểm báo cáo)", U, "15", ""),
    ]
    return rows


B3 = T(
    caption="Phụ lục. Thống kê số liệu kết quả thực hiện công tác CCHC năm 2024",
    header=[["TT", "Tên chỉ tiêu", "Đơn vị tính", "Số lượng/ tỷ lệ", "Ghi chú"]],
    rows=_b3_rows(),
    widths=[1.0, 6.5, 2.5, 1.9, 4.6],
    align="CLCCL",
    size=10,
    repeat=False,
    anchor=None,  # last element of the document
    features="long appendix over several pages WITHOUT repeated header; Roman/numbered bold group rows; mostly-empty notes with document numbers; multi-paragraph notes",
)

B4 = T(
    caption="Bảng 3. Công chức phụ trách công tác cải cách hành chính của thành phố",
    header=[["STT", "Nội dung", "Họ tên", "Chức vụ", "Trình độ chuyên môn[^1]", "Email/điện thoại"]],
    rows=[
        d("1", "Lãnh đạo phụ trách cải cách hành chính", "Trần Văn Trí", "CT. UBND TPST", "Thạc sĩ Quản lý công", "tvtri@soctrang.gov.vn"),
        d("2", "Công chức phụ trách tham mưu cải cách hành chính", "Trần Thị Thu Sương", "Trưởng phòng Nội vụ", "Đại học Luật", "suongnv@gmail.com"),
        d("3", "Công chức phụ trách Bộ phận một cửa", "Trương Xuân Anh Khoa", "Phó Chánh Văn phòng HĐND - UBND TPST", "Đại học Hành chính", "txakhoa@soctrang.gov.vn"),
        d("4", "Nhân viên phụ trách tham mưu CNTT", "Nguyễn Bá Khang", "Nhân viên VP. HĐND - UBND TPST", "Kỹ sư Công nghệ thông tin", "nbkhang@soctrang.gov.vn"),
    ],
    widths=[0.9, 3.5, 2.5, 2.8, 2.4, 4.4],
    align="CLLLLL",
    size=10,
    anchor=["nbkhang@soctrang.gov.vn"],
    features="e-mail column; superscript footnote marker in a header cell (expected without it)",
)

DOC_B = dict(
    name="h5_b_tpst_cchc_2024",
    producer="python-docx -> LibreOffice (soffice --convert-to pdf), Liberation Serif",
    blocks=[
        ("top", ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ SÓC TRĂNG", "Số: 638/BC-UBND"],
         ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Tp. Sóc Trăng, ngày 12 tháng 12 năm 2024"]),
        ("title", ["BÁO CÁO", "Tình hình thực hiện cải cách hành chính năm 2024"]),
        ("center", "Kính gửi: Sở Nội vụ tỉnh Sóc Trăng"),
        ("p", "Thực hiện Kế hoạch số 218/KH-UBND ngày 19/12/2023 của Ủy ban nhân dân tỉnh Sóc Trăng về việc thực hiện cải cách hành chính năm 2024, Ủy ban nhân dân thành phố Sóc Trăng báo cáo kết quả thực hiện cải cách hành chính năm 2024 trên địa bàn thành phố như sau:"),
        ("h", "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH"),
        ("p", "Ủy ban nhân dân thành phố chỉ đạo các cơ quan chuyên môn xây dựng kế hoạch cụ thể hóa các nhiệm vụ của tỉnh giao. Tại Kế hoạch số 08/KH-UBND ngày 17/01/2024, thành phố đề ra 25 nhiệm vụ, đến nay đã thực hiện 22/25 nhiệm vụ, đạt 88%. Trong năm, Ủy ban nhân dân thành phố đã ban hành các văn bản sau:"),
        ("table", B1),
        ("p", "Ủy ban nhân dân thành phố đã cấp kinh phí với số tiền 70.000.000 đồng để phục vụ chi cho các hoạt động cải cách hành chính trên địa bàn thành phố ngay từ đầu năm 2024."),
        ("h", "II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ TRONG NĂM"),
        ("p", "Công tác cập nhật, rà soát TTHC được thực hiện thường xuyên. Hiện tổng số TTHC thuộc thẩm quyền giải quyết cấp thành phố là 278 thủ tục, cấp phường là 129 thủ tục. Các hồ sơ trễ hạn đều đã được gửi thư xin lỗi đến cá nhân, tổ chức. Kết quả giải quyết hồ sơ như sau:"),
        ("table", B2),
        ("p", "Bộ phận Tiếp nhận và trả kết quả thành phố đã nhận được 986 ý kiến phản hồi của tổ chức, cá nhân; ý kiến hài lòng đạt 986/986 phiếu hợp lệ, tỷ lệ 100%. Số lượng dịch vụ công trực tuyến trên địa bàn thành phố có 165/278 thủ tục hành chính cấp thành phố, đạt tỷ lệ 60%; cấp phường có 85/129 thủ tục, đạt tỷ lệ 66%."),
        ("p", "Từ đầu năm đến nay đã cử 408/266 lượt cán bộ, công chức, viên chức tham dự các lớp đào tạo, bồi dưỡng, đạt 153,38% so với kế hoạch năm 2024. Ủy ban nhân dân thành phố thực hiện giao quyền tự chủ, tự chịu trách nhiệm kinh phí đối với 28/28 đơn vị hành chính trực thuộc."),
        ("h", "III. PHƯƠNG HƯỚNG TRONG THỜI GIAN TỚI"),
        ("p", "Tăng cường vai trò lãnh đạo của các cấp ủy đảng, người đứng đầu các cơ quan hành chính đối với công tác CCHC; đẩy mạnh tuyên truyền, khuyến khích cá nhân, tổ chức sử dụng dịch vụ công trực tuyến; nâng cao chất lượng đội ngũ công chức, viên chức và bảo đảm kinh phí cho việc thực hiện cải cách hành chính./."),
        ("sig", ["Nơi nhận:", "- Như trên;", "- Chủ tịch UBND;", "- Phòng Nội vụ;", "- Lưu: VT."],
         ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Trần Văn Trí"]),
        ("table", B4),
        ("note", "[^1] Chỉ thống kê đối với công chức tham mưu CCHC, CNTT và công chức một cửa."),
        ("newpage",),
        ("table", B3),
    ],
)

# ----------------------------------------------------------------------------------------------------------
# DOCUMENT C  (python-docx -> LibreOffice, landscape appendix section): 2022 improvement scheme, seed 004
# ----------------------------------------------------------------------------------------------------------

_C1Y = {3: 2016, 4: 2017, 5: 2018, 6: 2019, 7: 2020, 8: 2021}
C1 = T(
    caption="Bảng 1. Tỷ lệ điểm các chỉ số thành phần của tỉnh giai đoạn 2016 - 2021",
    header=[["STT", "Tỷ lệ điểm các Chỉ số thành phần trong Chỉ số cải cách hành chính tỉnh Sóc Trăng",
             "Năm 2016", "Năm 2017", "Năm 2018", "Năm 2019", "Năm 2020", "Năm 2021"]],
    rows=[
        d("1", "Công tác chỉ đạo, điều hành cải cách hành chính", "79.41%", "79.40%", "88.10%", "86.00%", "87.65%", "97.87%"),
        d("2", "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật", "93.33%", "85.60%", "90.90%", "91.90%", "90.10%", "91.70%"),
        d("3", "Cải cách thủ tục hành chính", "83.33%", "77.50%", "80.70%", "83.86%", "90.74%", "97.91%"),
        d("4", "Cải cách tổ chức bộ máy hành chính nhà nước", "65.38%", "72.70%", "78.60%", "76.08%", "91.65%", "92.96%"),
        d("5", "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức", "47.37%", "59.00%", "77.80%", "82.86%", "88.00%", "76.89%"),
        d("6", "Cải cách tài chính công", "62.50%", "74.60%", "61.30%", "70.08%", "83.42%", "91.91%"),
        d("7", "Hiện đại hóa hành chính", "30.56%", "66.40%", "70.70%", "80.54%", "81.80%", "85.25%"),
        d("8", "Thực hiện cơ chế một cửa, một cửa liên thông[^2]", "56.25%", "-", "-", "-", "-", "-"),
        d("9", "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội", "80.14%", "87.10%", "83.00%", "86.44%", "73.75%", "74.66%"),
    ],
    widths=[1.1, 5.6, 1.63, 1.63, 1.63, 1.63, 1.63, 1.63],
    align="CL" + "C" * 6,
    size=11,
    rec=lambda r, c, cells, kind: ("ratio", _C1Y[c]) if c in _C1Y else None,
    anchor=["74.66%", "73.75%"],
    features="header cell wrapped over 4 lines; dot-decimal percentages; '-' cells; superscript marker after a name",
)


def _c3_rows():
    dx = ("Đề xuất ít nhất 03 mô hình sáng kiến hoặc giải pháp nâng cao hiệu quả thực hiện nhiệm vụ trong lĩnh vực được giao "
          "phụ trách. Đồng thời, chịu trách nhiệm duy trì sáng kiến, giải pháp đã đề xuất và triển khai hiệu quả thời gian qua.")
    bc = "Báo cáo cụ thể kết quả nhiệm vụ, giải pháp được giao nêu tại mục III và IV, Phần II của Đề án này"
    cs = "Các Sở, ban, ngành tỉnh, UBND cấp huyện, cấp xã"
    sh = "Các sở, ban ngành và UBND các huyện, thị xã, thành phố"
    ban = "Cơ quan Thường trực Ban Chỉ đạo CCHC và Thành viên Ban Chỉ đạo CCHC; Các sở, ban ngành và UBND các huyện, thị xã, thành phố"
    bkq = "Báo kết quả, nội dung giải pháp, sáng kiến"
    return [
        g("I", "SỞ NỘI VỤ", "", "", ""),
        d("1", "Tổ chức tập huấn, bồi dưỡng kiến thức, kỹ năng cho cán bộ, công chức, viên chức tham mưu Chỉ số cải cách hành chính", "Cơ sở đào tạo", "Các lớp bồi dưỡng", "Hàng năm"),
        d("2", "Cải tiến nội dung đánh giá, xác định Chỉ số cải cách hành chính các cơ quan, đơn vị trên địa bàn tỉnh", "Các sở chuyên ngành và đơn vị tham gia đánh giá Chỉ số cải cách hành chính", "Quyết định phê duyệt Chỉ số cải cách hành chính", "Năm 2023"),
        d("3", "Cải tiến phần mềm đánh giá, xác định Chỉ số cải cách hành chính các cơ quan, đơn vị trên địa bàn tỉnh", "Đơn vị cung cấp phần mềm và UBND cấp huyện", "Phần mềm", "Hàng năm"),
        d("4", "Tổ chức hội thảo, tọa đàm để thông tin, chia sẻ kiến thức, kinh nghiệm về cải cách hành chính", "Các đơn vị", "Kế hoạch; Báo cáo kết quả", "Hàng năm"),
        d("5", "Tổ chức tìm kiếm sáng kiến, giải pháp cải cách hành chính theo từng lĩnh vực thành phần", "Các đơn vị", "Báo cáo kết quả", "Hàng năm"),
        d("6", "Thực hiện khảo sát, xác định Chỉ số cải cách hành chính", "Các đơn vị", "Báo cáo kết quả", "Hàng năm"),
        d("7", "Nghiên cứu thực tế, học tập mô hình cải cách hành chính", "Các đơn vị", "Báo cáo kết quả", "Hàng năm"),
        d("8", "Kiểm tra, giám sát, đôn đốc tiến độ thực hiện nhiệm vụ cải cách hành chính của các đơn vị", "Các đơn vị", "Báo cáo kết quả kiểm tra, giám sát", "Hàng năm"),
        d("9", "Chủ động đề xuất Ban Chỉ đạo cải cách hành chính họp chuyên đề đề xuất nhiệm vụ, giải pháp cải thiện các chỉ số liên quan cải cách hành chính (PAR Index, PAPI, PCI, DTI, SIPAS)", "Thành viên Ban Chỉ đạo CCHC; Các sở, ban ngành và UBND các huyện, thị xã, thành phố", "Văn bản đề xuất", "Hàng năm"),
        d("10", "Tham mưu xây dựng chính sách thu hút, hỗ trợ đào tạo, khuyến khích cán bộ, công chức, viên chức nâng cao trình độ chuyên môn (sau đại học), góp phần nâng cao chất lượng thực thi nhiệm vụ", "Các đơn vị", "Nghị quyết", "Năm 2022"),
        d("11", bc, cs, "Báo cáo", "Hàng năm"),
        d("12", "Sơ kết thực hiện Đề án", "Các đơn vị", "Báo cáo sơ kết", "Năm 2025"),
        d("13", "Tổng kết thực hiện Đề án", "Các đơn vị", "Báo cáo tổng kết", "Năm 2030"),
        g("II", "SỞ TƯ PHÁP", "", "", ""),
        d("1", dx, "", bkq, "Trong giai đoạn"),
        d("2", "Thực hiện công tác phổ biến, giáo dục pháp luật", cs, "Kế hoạch; báo cáo kết quả", "Hàng năm"),
        d("3", "Đổi mới công tác kiểm tra, khảo sát, đánh giá tình hình thi hành pháp luật của việc thực hiện trách nhiệm. Tăng cường theo dõi, đôn đốc và kiểm tra việc thực hiện trách nhiệm quản lý nhà nước; đẩy mạnh ứng dụng công nghệ thông tin trong tổ chức thi hành pháp luật và theo dõi tình hình thi hành pháp luật.", cs, "Kế hoạch; văn bản hướng dẫn, đôn đốc, kiểm tra; báo cáo kết quả", "Hàng năm"),
        d("4", "Tăng cường bồi dưỡng để nâng cao năng lực, trình độ chuyên môn cho đội ngũ cán bộ, công chức làm công tác theo dõi thi hành pháp luật của các Sở ngành tỉnh, UBND cấp huyện.", "Cơ sở đào tạo hoặc Bộ Tư pháp", "Kế hoạch tập huấn", "Hàng năm"),
        d("5", "Tăng cường kiểm tra, rà soát văn bản QPPL, kịp thời phát hiện, xử lý hoặc đề nghị cơ quan, người có thẩm quyền xử lý các văn bản có nội dung không phù hợp quy định của pháp luật, mâu thuẫn, chồng chéo, hết hiệu lực hoặc không còn phù hợp với hệ thống pháp luật hiện hành và tình hình thực tế của địa phương.", cs, "Kế hoạch; Quyết định; Báo cáo kết quả", "Hàng năm"),
        d("6", bc, cs, "Báo cáo", "Hàng năm"),
        g("III", "SỞ TÀI CHÍNH", "", "", ""),
        d("1", dx, "", bkq, "Trong giai đoạn"),
        d("2", "Phối hợp tham mưu UBND tỉnh sửa đổi nội dung đánh giá kết quả cải cách hành chính và hướng dẫn, đánh giá, xác định Chỉ số cải cách hành chính các đơn vị trên địa bàn tỉnh.", sh, "Văn bản đề xuất, hướng dẫn", "Hàng năm"),
        d("3", bc, cs, "Báo cáo", "Hàng năm"),
        g("IV", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "", "", ""),
        d("1", dx, "", bkq, "Trong giai đoạn"),
        d("2", "Phối hợp tham mưu UBND tỉnh sửa đổi nội dung đánh giá kết quả cải cách hành chính và hướng dẫn, đánh giá, xác định Chỉ số cải cách hành chính các đơn vị trên địa bàn tỉnh.", sh, "Văn bản đề xuất, hướng dẫn", "Hàng năm"),
        d("3", "Tham mưu đẩy mạnh triển khai việc kết nối, chia sẻ dữ liệu giữa các ngành, các địa phương trên địa bàn tỉnh kết hợp với việc thực hiện quy trình số hóa theo quy định tại Nghị định 107/2021/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính; giúp cá nhân, tổ chức không phải nộp lại hồ sơ, giấy tờ do cơ quan nhà nước lưu trữ khi thực hiện thủ tục hành chính, thu hút thêm nhiều người thực hiện dịch vụ công trực tuyến", "Các cơ quan, đơn vị", "Báo cáo kết quả", "Hàng năm"),
        d("4", "Nâng cấp Hệ thống quản lý văn bản và điều hành trên địa bàn tỉnh, đáp ứng tốt hơn việc xử lý văn bản, hồ sơ công việc trên môi trường điện tử trong nội bộ đơn vị và giữa các cơ quan, đơn vị, địa phương", "Các cơ quan, đơn vị", "Báo cáo kết quả", "Hàng năm"),
        d("5", "Báo cáo cụ thể kết quả nhiệm vụ, giải pháp nêu tại mục III và IV, Phần II của Đề án này", cs, "Báo cáo", "Hàng năm"),
        g("V", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "", "", ""),
        d("1", dx, "", bkq, "Trong giai đoạn"),
        d("2", "Triển khai áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 bản điện tử (ISO điện tử) vào hoạt động của các cơ quan hành chính nhà nước tỉnh Sóc Trăng năm 2022", cs, "Báo kết quả", "Hàng năm"),
        d("3", bc, cs, "Báo cáo", "Hàng năm"),
        g("VI", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "", "", ""),
        d("1", dx, "", bkq, "Trong giai đoạn"),
        d("2", "Phát huy vai trò thành viên Ban Chỉ đạo cải cách hành chính tích cực trong việc đề xuất nhiệm vụ, giải pháp cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh quốc gia trên địa bàn tỉnh Sóc Trăng", ban, "Kế hoạch cải thiện PCI", "- Giai đoạn 2022 - 2025\n- Giai đoạn 2026 - 2030"),
        d("3", "Chủ động đề xuất Ban Chỉ đạo cải cách hành chính họp chuyên đề nhiệm vụ, giải pháp cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh tỉnh", ban, "Văn bản đề xuất", "Hàng năm"),
        d("4", "Tham mưu ban hành Kế hoạch của UBND tỉnh thực hiện Nghị quyết của Hội đồng nhân dân tỉnh về phát triển kinh tế - xã hội 6 tháng đầu năm và Kế hoạch của UBND tỉnh thực hiện Nghị quyết của Hội đồng nhân dân tỉnh về phát triển kinh tế - xã hội 6 tháng cuối năm", sh, "Kế hoạch của UBND tỉnh", "Hàng năm"),
        d("5", bc, cs, "Báo cáo", "Hàng năm"),
        g("VII", "VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH", "", "", ""),
        d("1", dx, "", "Báo kết quả", "Trong giai đoạn"),
        d("2", "Triển khai việc tiếp nhận, giải quyết hồ sơ TTHC theo hướng không phụ thuộc địa giới hành chính", cs, "Báo kết quả", "Hàng năm"),
        d("3", "Phối hợp cập nhật, chuẩn hóa danh mục tài liệu, hồ sơ TTHC trên cơ sở dữ liệu quốc gia về TTHC.", "Sở Thông tin và Truyền thông", "Báo kết quả", "Hàng năm"),
        d("4", "Phối hợp tổ chức đào tạo, bồi dưỡng nâng cao trình độ nghiệp vụ kiểm soát TTHC cho cán bộ, công chức, viên chức đầu mối hoặc trực tiếp thực hiện công tác kiểm soát TTHC các cấp.", "Sở Thông tin và Truyền thông, Sở ngành liên quan, UBND cấp huyện, cấp xã", "Báo kết quả", "Hàng năm"),
        d("5", bc, cs, "Báo cáo", "Hàng năm"),
        g("VIII", "UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ", "", "", ""),
        d("1", "Hoàn thiện Chỉ số cải cách hành chính cấp xã", "UBND cấp xã", "Quyết định", "Năm 2022"),
        d("2", bc, cs, "Báo cáo", "Hàng năm"),
    ]


C3 = T(
    caption="PHỤ LỤC: CÁC NHIỆM VỤ CỤ THỂ CỦA ĐỀ ÁN",
    header=[["TT", "Nhiệm vụ của cơ quan chủ trì", "Cơ quan phối hợp", "Hoạt động/sản phẩm", "Thời gian thực hiện"]],
    rows=_c3_rows(),
    widths=[1.2, 10.6, 5.5, 5.0, 3.4],
    align="CLLLC",
    size=12,
    anchor=None,  # last element of the document: runs to the last page
    features="landscape section; tall wrapped rows split by page breaks; repeated header; bold Roman group rows; multi-paragraph cell",
)

DOC_C = dict(
    name="h5_c_de_an_cai_thien_2022",
    producer="python-docx -> LibreOffice (soffice --convert-to pdf), Liberation Serif; portrait + landscape sections",
    blocks=[
        ("top", ["ỦY BAN NHÂN DÂN", "TỈNH SÓC TRĂNG", ""],
         ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Sóc Trăng, ngày 15 tháng 9 năm 2022"]),
        ("title", ["ĐỀ ÁN", "Cải thiện Chỉ số cải cách hành chính cấp tỉnh và các cơ quan",
                   "thuộc tỉnh Sóc Trăng từ nay đến năm 2030"]),
        ("h", "Phần I. SỰ CẦN THIẾT CỦA ĐỀ ÁN"),
        ("p", "Chỉ số cải cách hành chính (PAR Index) được xem là công cụ đo lường hiệu quả, chính xác các nội dung cải cách hành chính hàng năm tại các cơ quan, đơn vị trong quá trình triển khai thực hiện Chương trình, Kế hoạch cải cách hành chính trên địa bàn tỉnh Sóc Trăng thời gian qua."),
        ("p", "Trong giai đoạn 2016 đến nay, Chỉ số cải cách hành chính của tỉnh Sóc Trăng hàng năm đều có sự cải thiện về vị trí xếp hạng[^1] và tăng về tỷ lệ điểm đạt được, tuy nhiên giá trị trung bình chung vẫn chưa cao, chỉ đạt 79,60%. Năm 2021, tỷ lệ này tăng 10,49% và cải thiện 15 bậc xếp hạng so với thời điểm bắt đầu triển khai đánh giá."),
        ("p", "So với năm 2016, năm 2021 tỉnh có nhiều Chỉ số thành phần được cải thiện đáng kể về tỷ lệ điểm nhưng có 02 chỉ số thành phần sụt giảm về tỷ lệ đạt được gồm Chỉ số thành phần về Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật (từ 93.33% giảm còn 91.70%) và Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội (từ 80.14% giảm còn 74.66%). Chi tiết như sau:"),
        ("table", C1),
        ("note", "[^1] Từ vị trí xếp hạng 49/63 tỉnh, thành phố vào năm 2016, Sóc Trăng đã vươn lên vị trí 18/63 tỉnh, thành phố vào năm 2021."),
        ("note", "[^2] Chỉ thực hiện đánh giá trong năm 2016."),
        ("p", "Kết quả thống kê trên cho thấy, Chỉ số cải cách hành chính của tỉnh Sóc Trăng còn nhiều nội dung cần được cải thiện. Trong đó, Chỉ số thành phần về hiện đại hóa hành chính và Chỉ số thành phần xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức đạt tỷ lệ còn khiêm tốn so với các chỉ số thành phần còn lại."),
        ("h", "Phần II. NỘI DUNG ĐỀ ÁN"),
        ("p", "Mục tiêu của Đề án là cải thiện vị trí xếp hạng và tỷ lệ điểm Chỉ số cải cách hành chính của tỉnh: đến năm 2025, Chỉ số cải cách hành chính tỉnh Sóc Trăng xếp vào nhóm khá cả nước, trong nhóm 15 tỉnh, thành phố đứng đầu cả nước; từ năm 2026 đến năm 2030, mỗi năm tăng tối thiểu 01 bậc."),
        ("p", "Giao nhiệm vụ, chỉ tiêu cụ thể trong kế hoạch cải cách hành chính hàng năm cho cơ quan chuyên môn trực tiếp tham mưu; mỗi đơn vị phải chủ động tham mưu thực hiện đầy đủ, đạt yêu cầu về chất lượng và tiến độ nhiệm vụ cụ thể kèm theo phụ lục."),
        ("h", "Phần III. TỔ CHỨC THỰC HIỆN"),
        ("p", "Các sở, ban ngành, cơ quan Trung ương đặt tại tỉnh, đơn vị sự nghiệp công lập tỉnh và Ủy ban nhân dân cấp huyện tổ chức quán triệt, tuyên truyền rộng rãi nội dung Đề án; rà soát, bổ sung chỉ tiêu, nhiệm vụ cải thiện Chỉ số cải cách hành chính vào kế hoạch hàng năm của đơn vị./."),
        ("sig", ["", "", ""], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Trần Văn Lâu"]),
        ("landscape",),
        ("table", C3),
    ],
)

# ----------------------------------------------------------------------------------------------------------
# DOCUMENT D  (reportlab): 2021 unit-level PAR Index report of the Department of Home Affairs, seed 003
# ----------------------------------------------------------------------------------------------------------

_D1 = [
    g("I", "SỞ NGÀNH", "", ""),
    d("1", "Sở Giáo dục và Đào tạo", "100", "15,00"),
    d("2", "Sở Kế hoạch và Đầu tư", "100", "15,00"),
    d("3", "Sở Khoa học và Công nghệ", "100", "15,00"),
    d("4", "Sở Lao động, Thương binh và Xã hội", "100", "15,00"),
    d("5", "Sở Nội vụ", "100", "15,00"),
    d("6", "Sở Thông tin và Truyền thông", "100", "15,00"),
    d("7", "Sở Văn hóa, Thể thao và Du lịch", "100", "15,00"),
    d("8", "Văn phòng UBND tỉnh", "100", "15,00"),
    d("9", "Sở Công Thương", "99,71", "14,96"),
    d("10", "Sở Xây dựng", "99,40", "14,91"),
    d("11", "Thanh tra tỉnh", "99,00", "14,85"),
    d("12", "Sở Y tế", "98,91", "14,84"),
    d("13", "Ban Dân tộc", "97,92", "14,69"),
    d("14", "Sở Tài nguyên và Môi trường", "97,45", "14,62"),
    d("15", "Sở Nông nghiệp và Phát triển nông thôn", "96,86", "14,53"),
    d("16", "Sở Tài chính", "92,73", "13,91"),
    d("17", "Sở Giao thông vận tải", "91,00", "13,65"),
    d("18", "Sở Tư pháp", "90,57", "13,59"),
    d("19", "Ban Quản lý các khu công nghiệp", "87,50", "13,13"),
    g("II", "ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP TỈNH", "", ""),
    d("1", "Ban Quản lý Dự án 1", "100,00", "15,00"),
    d("2", "Ban Quản lý Dự án 2", "100,00", "15,00"),
    d("3", "Trường Cao đẳng Nghề Sóc Trăng", "99,29", "14,89"),
    d("4", "Trường Cao đẳng Cộng đồng Sóc Trăng", "86,67", "13,00"),
    g("III", "CƠ QUAN TRUNG ƯƠNG ĐẶT TẠI TỈNH", "", ""),
    d("1", "Bảo hiểm xã hội tỉnh", "100", "16,00"),
    d("2", "Ngân hàng Nhà nước Chi nhánh tỉnh Sóc Trăng", "100", "16,00"),
    d("3", "Kho bạc Nhà nước tỉnh", "99,71", "15,95"),
    d("4", "Công an tỉnh", "98,00", "15,68"),
    d("5", "Cục Thuế tỉnh", "95,57", "15,29"),
    d("6", "Chi cục Hải quan", "94,03", "15,04"),
    g("IV", "UBND CẤP HUYỆN", "", ""),
    d("1", "UBND thị xã Ngã Năm", "100,00", "15,00"),
    d("2", "UBND huyện Trần Đề", "99,18", "14,88"),
    d("3", "UBND thị xã Vĩnh Châu", "96,73", "14,51"),
    d("4", "UBND huyện Mỹ Xuyên", "95,32", "14,30"),
    d("5", "UBND huyện Kế Sách", "94,00", "14,10"),
    d("6", "UBND huyện Mỹ Tú", "92,73", "13,91"),
    d("7", "UBND huyện Cù Lao Dung", "90,82", "13,62"),
    d("8", "UBND huyện Long Phú", "90,61", "13,59"),
    d("9", "UBND thành phố Sóc Trăng", "89,59", "13,44"),
    d("10", "UBND huyện Châu Thành", "88,95", "13,34"),
    d("11", "UBND huyện Thạnh Trị", "74,18", "11,13"),
]
D1 = T(
    caption="Bảng 1. Kết quả Chỉ số Sipas năm 2021 của các cơ quan, đơn vị",
    header=[["STT", "Đơn vị", "Chỉ số Sipas (%)", "Điểm Sipas đạt được"]],
    rows=_D1,
    widths=[34, 250, 90, 94],
    align="CLCC",
    size=11,
    repeat=False,
    rec=by_cols({3: ("ratio", 2021), 4: ("points", 2021)}),
    anchor=["74,18", "11,13"],
    features="44 rows over a page break WITHOUT repeated header; bold Roman group rows; 100 / 99,71 style",
)

_D2 = [
    g("I", "SỞ NGÀNH", "91,26", "41,57", "18,34", "14,61", "74,52", "81,71%"),
    d("1", "Sở Xây dựng", "94,00", "48,00", "19,18", "14,91", "82,09", "87,33%"),
    d("2", "Sở Nội vụ", "93,50", "47,68", "18,92", "15,00", "81,60", "87,27%"),
    d("3", "Ban Dân tộc", "87,00", "42,68", "18,36", "14,69", "75,73", "87,05%"),
    d("4", "Sở Tư pháp", "92,00", "47,35", "18,43", "13,59", "79,37", "86,27%"),
    d("5", "Sở Kế hoạch và Đầu tư", "93,50", "47,16", "18,38", "15,00", "80,54", "86,13%"),
    d("6", "Sở Giao thông vận tải", "93,50", "47,31", "18,40", "13,65", "79,36", "84,88%"),
    d("7", "Ban Quản lý các khu công nghiệp", "86,00", "40,52", "18,83", "13,13", "72,47", "84,27%"),
    d("8", "Văn phòng UBND tỉnh", "77,50", "31,78", "17,50", "15,00", "64,28", "82,94%"),
    d("9", "Sở Nông nghiệp và Phát triển nông thôn", "95,00", "46,54", "17,56", "14,53", "78,63", "82,76%"),
    d("10", "Thanh tra tỉnh", "84,00", "35,45", "18,67", "14,85", "68,97", "82,10%"),
    d("11", "Sở Tài chính", "89,00", "40,47", "18,56", "13,91", "72,94", "81,95%"),
    d("12", "Sở Giáo dục và Đào tạo", "93,50", "41,97", "19,01", "15,00", "75,98", "81,26%"),
    d("13", "Sở Công Thương", "94,00", "42,60", "17,92", "14,96", "75,47", "80,29%"),
    d("14", "Sở Văn hóa, Thể thao và Du lịch", "94,00", "41,50", "18,93", "15,00", "75,43", "80,25%"),
    d("15", "Sở Tài nguyên và Môi trường", "93,00", "41,64", "18,01", "14,62", "74,27", "79,86%"),
    d("16", "Sở Thông tin và Truyền thông", "93,00", "40,57", "17,79", "15,00", "73,36", "78,89%"),
    d("17", "Sở Lao động, Thương binh và Xã hội", "94,00", "38,85", "18,06", "15,00", "71,91", "76,50%"),
    d("18", "Sở Khoa học và Công nghệ", "93,00", "37,74", "17,61", "15,00", "70,35", "75,64%"),
    d("19", "Sở Y tế", "94,50", "30,07", "18,30", "14,84", "63,21", "66,89%"),
    g("II", "ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP TỈNH", "91,50", "34,37", "18,88", "14,47", "67,73", "73,96%"),
    d("1", "Ban Quản lý Dự án 1", "91,50", "38,76", "18,38", "15,00", "72,14", "78,84%"),
    d("2", "Trường Cao đẳng Nghề Sóc Trăng", "93,50", "39,88", "18,88", "14,89", "73,65", "78,77%"),
    d("3", "Ban Quản lý Dự án 2", "90,50", "35,08", "20,56", "15,00", "70,64", "78,06%"),
    d("4", "Trường Cao đẳng Cộng đồng Sóc Trăng", "90,50", "23,76", "17,71", "13,00", "54,47", "60,18%"),
    g("III", "CƠ QUAN TRUNG ƯƠNG ĐẶT TẠI TỈNH", "100,70", "44,94", "23,15", "15,66", "83,76", "83,12%"),
    d("1", "Công an tỉnh", "101,00[^1]", "55,76", "19,88", "15,68", "91,32", "90,42%"),
    d("2", "Bảo hiểm xã hội tỉnh", "105,50", "49,15", "23,02", "16,00", "88,17", "83,58%"),
    d("3", "Kho bạc Nhà nước tỉnh", "107,00", "46,42", "25,17", "15,95", "87,54", "81,81%"),
    d("4", "Ngân hàng Nhà nước Chi nhánh tỉnh Sóc Trăng", "101,00", "41,53", "23,55", "16,00", "81,08", "80,27%"),
    d("5", "Chi cục Hải quan", "80,50", "25,00", "23,93", "15,04", "63,97", "79,47%"),
    d("6", "Cục Thuế tỉnh", "109,00", "46,81", "23,36", "15,29", "85,46", "78,41%"),
    g("IV", "UBND CẤP HUYỆN", "93,18", "44,33", "16,16", "13,80", "74,29", "79,73%"),
    d("1", "Thị xã Ngã Năm", "93,25", "49,62", "16,57", "15,00", "81,19", "87,07%"),
    d("2", "Thị xã Vĩnh Châu", "93,25", "47,45", "15,43", "14,51", "77,39", "82,99%"),
    d("3", "Huyện Châu Thành", "93,00", "46,42", "16,94", "13,34", "76,70", "82,48%"),
    d("4", "Huyện Cù Lao Dung", "93,50", "47,09", "16,02", "13,62", "76,73", "82,07%"),
    d("5", "Huyện Trần Đề", "93,75", "43,54", "16,93", "14,88", "75,34", "80,37%"),
    d("6", "Huyện Mỹ Xuyên", "93,25", "43,93", "15,41", "14,30", "73,64", "78,97%"),
    d("7", "Huyện Thạnh Trị", "93,00", "45,83", "16,23", "11,13", "73,19", "78,70%"),
    d("8", "Thành phố Sóc Trăng", "93,25", "43,51", "16,12", "13,44", "73,06", "78,35%"),
    d("9", "Huyện Kế Sách", "93,25", "40,23", "16,49", "14,10", "70,82", "75,94%"),
    d("10", "Huyện Long Phú", "91,75", "39,04", "16,23", "13,59", "68,86", "75,06%"),
    d("11", "Huyện Mỹ Tú", "93,75", "41,00", "15,39", "13,91", "70,30", "74,99%"),
    tot("", "Giá trị trung bình chung", "", "", "", "", "", "80,48%"),
]
D2 = T(
    caption="Bảng 2. Kết quả Chỉ số CCHC năm 2021 của các cơ quan, đơn vị",
    header=[
        ["STT", "Đơn vị", "Điểm chuẩn", "Điểm tự đánh giá", "Điểm ĐTXHH", "Điểm ĐTXHH", "Tổng điểm đạt được", "Chỉ số CCHC 2021"],
        ["STT", "Đơn vị", "Điểm chuẩn", "Điểm tự đánh giá", "Khảo sát CBCCVC", "Sipas", "Tổng điểm đạt được", "Chỉ số CCHC 2021"],
        ["1", "2", "3", "4", "5", "6", "7=(4)+(5)+(6)", "8"],
    ],
    rows=_D2,
    widths=[30, 118, 50, 52, 54, 44, 74, 54],
    align="CLCCCCCC",
    size=10,
    rec=by_cols({3: ("max_points", 2021), 4: ("points", 2021), 5: ("points", 2021), 6: ("points", 2021),
                 7: ("points", 2021), 8: ("ratio", 2021)}),
    anchor=["Giá trị trung bình chung", "80,48%"],
    features="starts near the bottom of a page; 2-row merged header + column-number row 7=(4)+(5)+(6); repeated header; rows may split at page breaks (splitInRow); superscript after 101,00",
)

DOC_D = dict(
    name="h5_d_chiso_donvi_2021",
    producer="reportlab platypus, Liberation Serif (TTF), splitInRow tables",
    blocks=[
        ("top", ["UBND TỈNH SÓC TRĂNG", "SỞ NỘI VỤ", "Số: 56/BC-SNV"],
         ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Sóc Trăng, ngày 26 tháng 5 năm 2022"]),
        ("title", ["BÁO CÁO", "Kết quả Chỉ số cải cách hành chính của các cơ quan, đơn vị",
                   "trên địa bàn tỉnh Sóc Trăng năm 2021"]),
        ("center", "Kính gửi: Ủy ban nhân dân tỉnh Sóc Trăng"),
        ("p", "Căn cứ Quyết định số 3119/QĐ-UBND ngày 05/11/2021 của Chủ tịch Ủy ban nhân dân tỉnh Sóc Trăng về việc ban hành Chỉ số cải cách hành chính của các sở ngành, đơn vị sự nghiệp công lập tỉnh, Ủy ban nhân dân các huyện, thị xã, thành phố và các cơ quan Trung ương đặt tại tỉnh Sóc Trăng năm 2021 và những năm tiếp theo; Sở Nội vụ báo cáo kết quả xác định Chỉ số CCHC năm 2021 như sau:"),
        ("h", "I. TỔNG QUAN VỀ CHỈ SỐ CCHC CỦA CÁC CƠ QUAN, ĐƠN VỊ"),
        ("p", "Tham gia xác định Chỉ số CCHC năm 2021 có 40/40 cơ quan, đơn vị, địa phương, gồm: 19 sở ban ngành, 04 đơn vị sự nghiệp công lập tỉnh, 06 cơ quan Trung ương đặt tại tỉnh và 11 Ủy ban nhân dân cấp huyện. Chỉ số CCHC được xác định dựa trên hai phương pháp chính là tự đánh giá, chấm điểm (thông qua phần mềm chấm điểm Chỉ số CCHC) và điều tra xã hội học (ĐTXHH)."),
        ("p", "Sở Nội vụ đã phối hợp với Bưu điện tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Cựu chiến binh tỉnh tổ chức triển khai thực hiện cuộc ĐTXHH trong 20 ngày, bắt đầu từ 03/11/2021 đến ngày 22/11/2021, với tổng số 2.005 phiếu. Giá trị trung bình Chỉ số Sipas năm 2021 của các cơ quan, đơn vị trên địa bàn tỉnh đạt 94,06%, tăng 1,67% so với năm 2020. Kết quả Chỉ số Sipas năm 2021 cụ thể như sau:"),
        ("table", D1),
        ("h", "II. KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2021"),
        ("p", "Theo kết quả phê duyệt, công bố Chỉ số cải cách hành chính tại Quyết định số 1256/QĐ-UBND ngày 10/5/2022 của Chủ tịch Ủy ban nhân dân tỉnh, trong năm 2021 có 100% (40/40) đơn vị tham gia Chỉ số CCHC đều có tỷ lệ Chỉ số từ 60% trở lên. Giá trị trung bình Chỉ số CCHC của 40 đơn vị đạt 80,48%, tăng 0,09% so với năm 2020 (80,39%) và tăng 2,88% so với năm 2019 (77,60%)."),
        ("p", "Kết quả Chỉ số CCHC năm 2021 được xác định dựa trên điểm tự chấm của đơn vị (đã được Tổ công tác thẩm định) và điểm ĐTXHH (bao gồm khảo sát cán bộ, công chức, viên chức, lãnh đạo quản lý và khảo sát người dân, doanh nghiệp). Trong 04 nhóm tham gia đánh giá, nhóm các cơ quan Trung ương đặt tại tỉnh có giá trị trung bình cao nhất; nhóm đơn vị sự nghiệp tỉnh có giá trị trung bình thấp nhất (73,96%)."),
        ("p", "Năm 2021, toàn tỉnh đã tiếp nhận 769.847 hồ sơ (bao gồm cả hồ sơ giải quyết theo cơ chế một cửa, một cửa liên thông và theo dịch vụ công trực tuyến). Các cơ quan, đơn vị đã giải quyết 767.862 hồ sơ; trong đó, giải quyết trước hạn và đúng hạn 766.942 hồ sơ, đạt tỷ lệ 99,88%; quá hạn 920 hồ sơ (có 865 hồ sơ quá hạn do chậm xử lý trên phần mềm một cửa điện tử nhưng thực tế trả đúng hạn)."),
        ("p", "Chỉ số thành phần Cải cách tổ chức bộ máy có giá trị trung bình là 71,53%, xếp thứ 6/8 trong bảng xếp hạng các lĩnh vực CCHC. Các đơn vị sự nghiệp công lập tỉnh có ưu thế hơn về kết quả đạt được với tỷ lệ 85,42%, tiếp theo là UBND cấp huyện với giá trị trung bình 78,89%, nhóm sở ngành có tỷ lệ thấp nhất 64,35%."),
        ("p", "Chỉ số thành phần Cải cách chế độ công vụ có giá trị trung bình 61,52%, đây là lĩnh vực có tỷ lệ thấp nhất trong các lĩnh vực CCHC. Đạt tỷ lệ cao nhất là các đơn vị sự nghiệp công lập tỉnh với 74,33%; nhóm sở ngành xếp thứ 2 với 64,32%, còn lại là UBND cấp huyện với 52,02%."),
        ("p", "Chỉ số thành phần Cải cách tài chính công xếp vị trí 5/8 trong các lĩnh vực CCHC, với tỷ lệ 72,30%. Các cơ quan Trung ương đặt tại tỉnh có tỷ lệ trung bình cao nhất trong 4 nhóm, đạt 91,22%; xếp thứ 2 là UBND cấp huyện với 71,69%; sở ngành có tỷ lệ trung bình là 68,98%; cuối cùng là đơn vị sự nghiệp công lập với tỷ lệ 61,67%."),
        ("p", "Chỉ số thành phần Xây dựng và phát triển Chính phủ điện tử có giá trị trung bình 82,51%, xếp thứ 4/8 lĩnh vực CCHC. Các cơ quan, đơn vị trên địa bàn tỉnh đã cung cấp dịch vụ công trực tuyến mức độ 3, 4 đối với 1.286 TTHC, trong đó có 279 TTHC được cung cấp ở mức độ 3 và 1.007 TTHC mức độ 4. Chỉ số thành phần Đánh giá tác động của công tác CCHC xếp thứ 3/8 với tỷ lệ 89,09%."),
        ("p", "Kết quả Chỉ số CCHC năm 2021 của từng cơ quan, đơn vị cụ thể như sau:"),
        ("bottom", 207),  # tuned: the page ends inside row 7 (a row split by the page break)
        ("table", D2),
        ("note", "[^1] Điểm chuẩn của các cơ quan Trung ương đặt tại tỉnh khác nhau do hạ điểm chuẩn các tiêu chí không thuộc phạm vi thực hiện."),
        ("h", "III. KẾT LUẬN, KIẾN NGHỊ"),
        ("p", "Chỉ số CCHC đã phản ánh đầy đủ kết quả triển khai các lĩnh vực CCHC tại các cơ quan, đơn vị. Kết quả Chỉ số CCHC năm 2021 là cơ sở để các cơ quan, đơn vị phân tích, xác định những nhiệm vụ đã thực hiện tốt để tiếp tục duy trì, phát huy và những tồn tại, hạn chế cần phải có giải pháp xử lý, khắc phục."),
        ("p", "Đề nghị các cơ quan, đơn vị xác định rõ vai trò, trách nhiệm của người đứng đầu trong công tác CCHC; đưa kết quả Chỉ số CCHC trở thành một trong các tiêu chí đánh giá năng lực người đứng đầu và gắn với công tác thi đua - khen thưởng./."),
        ("sig", ["Nơi nhận:", "- TT.HĐND tỉnh; UBND tỉnh (để b/c);", "- 40 đơn vị tham gia đánh giá Chỉ số;", "- Trang TTĐT CCHC tỉnh;", "- Lưu: VT."],
         ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Nguyễn Văn Thông"]),
    ],
)

# ----------------------------------------------------------------------------------------------------------
# DOCUMENT E  (fpdf2): SIPAS components + commune officials statistics (landscape), seed 000
# ----------------------------------------------------------------------------------------------------------


def rec_e1(r, c, cells, kind):
    return {3: ("ratio", 2022), 4: ("rank", 2022), 5: ("ratio", 2023), 6: ("rank", 2023),
            7: ("delta", 2023), 8: ("delta", 2023)}.get(c)


E1 = T(
    caption="Bảng 1. Kết quả 09 chỉ số thành phần SIPAS năm 2022 và năm 2023",
    header=[
        ["STT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Năm 2022", "Năm 2022", "Năm 2023", "Năm 2023", "Tăng/giảm", "Tăng/giảm"],
        ["STT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Tỷ lệ", "Xếp hạng", "Tỷ lệ", "Xếp hạng", "Tỷ lệ", "Xếp hạng"],
    ],
    rows=[
        g("I", "Mức độ hài lòng đối với việc xây dựng, tổ chức thực hiện chính sách", "76.53%", "49", "81.52%", "37", "4.99%", "12"),
        d("1", "Mức độ hài lòng đối với trách nhiệm giải trình của chính quyền về chính sách", "78.30%", "45", "80.70%", "40", "2.40%", "5"),
        d("2", "Mức độ hài lòng đối với cơ hội tham gia vào quá trình xây dựng, tổ chức thực hiện chính sách", "77.68%", "38", "80.52%", "39", "2.84%", "-1"),
        d("3", "Mức độ hài lòng đối với chất lượng tổ chức thực hiện chính sách", "76.08%", "47", "81.64%", "37", "5.56%", "10"),
        d("4", "Mức độ hài lòng đối với kết quả, tác động của chính sách ở địa phương", "74.06%", "57", "81.77%", "48", "7.71%", "9"),
        g("II", "Mức độ hài lòng đối với việc cung ứng dịch vụ hành chính công", "83.31%", "19", "81.82%", "35", "-1.49%", "-16"),
        d("5", "Mức độ hài lòng đối với tiếp cận dịch vụ", "80.67%", "39", "81.89%", "38", "1.22%", "1"),
        d("6", "Mức độ hài lòng đối với TTHC", "80.01%", "43", "81.74%", "40", "1.73%", "3"),
        d("7", "Mức độ hài lòng đối với công chức", "85.26%", "9", "82.10%", "35", "-3.16%", "-26"),
        d("8", "Mức độ hài lòng đối với kết quả dịch vụ", "86.93%", "5", "81.99%", "36", "-4.94%", "-31"),
        d("9", "Mức độ hài lòng đối với việc cơ quan tiếp nhận, xử lý phản ánh, kiến nghị", "83.69%", "11", "81.43%", "34", "-2.26%", "-23"),
        tot("", "KẾT QUẢ CHỈ SỐ HÀI LÒNG CHUNG", "79.92%", "32", "81.65%", "37", "1.73%", "-5"),
    ],
    widths=[10, 66, 15, 14, 15, 14, 15, 14],
    align="CLCCCCCC",
    size=10,
    repeat=False,
    ruled="horizontal",
    rec=rec_e1,
    anchor=["KẾT QUẢ CHỈ SỐ HÀI LÒNG CHUNG", "79.92%"],
    features="horizontal rules only; starts low on a page and continues on the next WITHOUT repeated header; bold group rows carrying values",
)

_E2H = ["Học vấn"] * 3 + ["Chuyên môn"] * 6 + ["Lý luận chính trị"] * 4
_E2 = [
    g("A", "CÁN BỘ", "1.165", "1", "0", "1.164", "1", "1", "45", "3", "1.069", "46", "0", "6", "862", "297", "1.110", "95,28"),
    d("1", "Bí thư Đảng ủy", "107", "0", "0", "107", "0", "0", "0", "0", "83", "24", "0", "0", "7", "100", "107", "100"),
    d("2", "Phó Bí thư Đảng ủy", "128", "0", "0", "128", "0", "0", "0", "0", "126", "2", "0", "0", "56", "72", "128", "100"),
    d("3", "Chủ tịch Hội đồng nhân dân", "2", "0", "0", "2", "0", "0", "0", "0", "2", "0", "0", "0", "2", "0", "2", "100"),
    d("4", "Phó Chủ tịch Hội đồng nhân dân", "106", "0", "0", "106", "0", "0", "2", "0", "102", "2", "0", "0", "94", "12", "104", "98,11"),
    d("5", "Chủ tịch Ủy ban nhân dân", "83", "0", "0", "83", "0", "0", "0", "0", "74", "9", "0", "0", "28", "55", "83", "100"),
    d("6", "Phó Chủ tịch Ủy ban nhân dân", "209", "0", "0", "209", "0", "0", "1", "0", "201", "7", "0", "0", "171", "38", "208", "99,52"),
    d("7", "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam", "97", "0", "0", "97", "0", "0", "5", "0", "92", "0", "0", "0", "92", "5", "92", "94,85"),
    d("8", "Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh", "108", "0", "0", "108", "0", "0", "2", "2", "103", "1", "0", "2", "103", "3", "103", "95,37"),
    d("9", "Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam", "109", "0", "0", "109", "0", "0", "9", "0", "100", "0", "0", "1", "101", "7", "99", "90,83"),
    d("10", "Chủ tịch Hội Nông dân Việt Nam", "107", "0", "0", "107", "0", "0", "7", "0", "99", "1", "0", "1", "103", "3", "99", "92,52"),
    d("11", "Chủ tịch Hội Cựu chiến binh Việt Nam[^1]", "109", "1", "0", "108", "1", "1", "19", "1", "87", "0", "0", "2", "105", "2", "85", "77,98"),
    g("B", "CÔNG CHỨC", "1.014", "0", "0", "1.014", "0", "0", "69", "26", "908", "11", "61", "67", "878", "8", "966", "95,27"),
    d("1", "Chỉ huy trưởng Ban Chỉ huy Quân sự", "109", "0", "0", "109", "0", "0", "21", "20", "68", "0", "1", "0", "108", "0", "109", "100"),
    d("2", "Tư pháp - Hộ tịch", "159", "0", "0", "159", "0", "0", "6", "0", "152", "1", "8", "15", "136", "0", "159", "100"),
    d("3", "Văn phòng - Thống kê", "308", "0", "0", "308", "0", "0", "11", "1", "293", "3", "15", "12", "275", "6", "296", "96,10"),
    d("4", "Tài chính - Kế toán", "99", "0", "0", "99", "0", "0", "6", "1", "91", "1", "6", "7", "86", "0", "92", "92,93"),
    d("5", "Văn hóa - Xã hội", "162", "0", "0", "162", "0", "0", "7", "2", "152", "1", "10", "13", "138", "1", "153", "94,44"),
    d("6", "Địa chính - Xây dựng - Đô thị và Môi trường hoặc Địa chính - Nông nghiệp - Xây dựng và Môi trường", "177", "0", "0", "177", "0", "0", "18", "2", "152", "5", "21", "20", "135", "1", "157", "88,70"),
    tot("", "TỔNG CỘNG", "2.179", "1", "0", "2.178", "1", "1", "114", "29", "1.977", "57", "61", "73", "1.740", "305", "2.076", "95,27"),
]
E2 = T(
    caption="Phụ lục. Thống kê chất lượng cán bộ, công chức cấp xã năm 2023 theo từng chức danh",
    header=[
        ["TT", "Chức danh", "Số lượng"] + ["Trình độ"] * 13 + ["Số người đạt chuẩn theo quy định", "Tỷ lệ đạt chuẩn theo quy định (%)"],
        ["TT", "Chức danh", "Số lượng"] + _E2H + ["Số người đạt chuẩn theo quy định", "Tỷ lệ đạt chuẩn theo quy định (%)"],
        ["TT", "Chức danh", "Số lượng", "THCS", "THPT", "TNC3", "Chưa qua đào tạo", "Sơ cấp", "Trung cấp", "Cao đẳng", "Đại học",
         "Sau Đại học", "Chưa qua đào tạo", "Sơ cấp", "Trung cấp", "Cao cấp", "Số người đạt chuẩn theo quy định",
         "Tỷ lệ đạt chuẩn theo quy định (%)"],
        [str(i) for i in range(1, 19)],
    ],
    rows=_E2,
    widths=[8, 52, 13] + [11.8] * 13 + [16, 16],
    align="CL" + "C" * 16,
    size=9.5,
    rec=by_cols({3: ("count", 2023), 17: ("count", 2023), 18: ("ratio", 2023)}),
    anchor=["TỔNG CỘNG", "2.076"],
    features="landscape page; 3-row merged header + column-number row 1..18; 1.165 thousands; bold A/B group rows with totals; TỔNG CỘNG; Unicode superscript ¹ after a name",
)

DOC_E = dict(
    name="h5_e_sipas_canbo_capxa_2023",
    producer="fpdf2 (FPDF.table), DejaVu Serif body + Liberation Sans tables; portrait + landscape page",
    blocks=[
        ("top", ["UBND TỈNH SÓC TRĂNG", "SỞ NỘI VỤ", "Số: 131/BC-SNV"],
         ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Sóc Trăng, ngày 20 tháng 5 năm 2024"]),
        ("title", ["BÁO CÁO CHUYÊN ĐỀ", "Kết quả Chỉ số hài lòng (SIPAS) và chất lượng đội ngũ",
                   "cán bộ, công chức cấp xã tỉnh Sóc Trăng năm 2023"]),
        ("h", "1. Kết quả Chỉ số hài lòng (SIPAS) năm 2023"),
        ("p", "Năm 2023 mức độ hài lòng của người dân (kết quả SIPAS) vẫn được xác định dựa trên hai nội dung gồm mức độ hài lòng đối với việc xây dựng, tổ chức thực hiện chính sách và mức độ hài lòng đối với việc cung ứng dịch vụ hành chính công, với tất cả 09 chỉ số thành phần."),
        ("p", "Chỉ số SIPAS năm 2023 tỉnh Sóc Trăng đạt 81,65%, xếp hạng 37/63 tỉnh, thành phố, tăng 1,73% và giảm 05 bậc so với năm 2022 (79,92%, xếp hạng 32/63 tỉnh, thành phố trong cả nước), xếp thứ 7/13 các tỉnh khu vực Đồng bằng sông Cửu Long. Kết quả này được tổng hợp từ ý kiến đánh giá, cảm nhận của 558 người dân, doanh nghiệp trong tỉnh Sóc Trăng."),
        ("p", "Nội dung, tiêu chí đo lường sự hài lòng của người dân năm 2023 tiếp tục được đánh giá trên 03 phương diện: đo lường, nhận định đánh giá của người dân; đo lường mức độ hài lòng của người dân; đo lường nhu cầu mong đợi của người dân. So với năm 2022, nội dung xác định SIPAS năm 2023 có điều chỉnh thông tin mới, với tất cả 39 tiêu chí cụ thể có ảnh hưởng trực tiếp cuộc sống của người dân và chất lượng cung cấp dịch vụ hành chính công."),
        ("p", "SIPAS là đánh giá trải nghiệm khách quan, độc lập của người dân. Kết quả này được ghi nhận trong bối cảnh các địa phương, bao gồm Sóc Trăng, phục hồi kinh tế sau đại dịch Covid-19; đây mới là năm thứ 2 triển khai đo lường có bổ sung đánh giá việc xây dựng, tổ chức thực hiện các chính sách quan trọng ảnh hưởng trực tiếp đến cuộc sống hằng ngày của người dân."),
        ("p", "Kết quả cụ thể của 09 chỉ số thành phần được thể hiện như sau:"),
        ("bottom", 150),
        ("table", E1),
        ("p", "Theo kết quả công bố, mặc dù mức độ hài lòng đối với việc xây dựng, tổ chức thực hiện chính sách năm 2023 của tỉnh tăng 4,99% và 12 bậc so với năm 2022, nhưng mức độ hài lòng đối với việc cung ứng dịch vụ hành chính công đạt 81,82%, giảm 1,49% và giảm tương ứng 16 bậc. Kết quả SIPAS của tỉnh năm 2023 thấp hơn 1,01% giá trị trung bình của cả nước (82,66%)."),
        ("h", "2. Chất lượng đội ngũ cán bộ, công chức cấp xã"),
        ("p", "Tính đến tháng 12/2023, toàn tỉnh có 95,28% cán bộ cấp xã và 95,27% công chức cấp xã đạt chuẩn theo Nghị định số 33/2023/NĐ-CP ngày 10/6/2023 của Chính phủ. Như vậy, toàn tỉnh còn 55/1.165 cán bộ chưa đạt chuẩn (chiếm tỷ lệ 4,72%), 48/1.014 công chức chưa đạt chuẩn (chiếm tỷ lệ 4,73%). Chi tiết các chức danh theo Phụ lục kèm theo./."),
        ("sig", ["Nơi nhận:", "- UBND tỉnh (b/c);", "- UBND cấp huyện;", "- Lưu: VT, CCHC."],
         ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Huỳnh Văn Nam"]),
        ("landscape",),
        ("table", E2),
        ("note", "[^1] Có 24 người chưa đạt chuẩn về trình độ chuyên môn theo quy định."),
    ],
)

# ----------------------------------------------------------------------------------------------------------
# DOCUMENT F  (PyMuPDF drawing primitives): SIPAS detail appendix 2023, seed 000
# ----------------------------------------------------------------------------------------------------------

_F1 = [
    g("I. VIỆC XÂY DỰNG, TỔ CHỨC THỰC HIỆN CS", "81.52%", "76.53%"),
    g("A. Trách nhiệm giải trình của chính quyền về CS", "80.70%", "78.30%"),
    d("1. Chính quyền cung cấp, giải thích thông tin CS theo nhiều hình thức, dễ tìm, dễ thấy.", "80.40%", "78.09%"),
    d("2. Chính quyền cung cấp thông tin CS đầy đủ, dễ hiểu cho ND.", "81.01%", "78.51%"),
    g("B. Sự tham gia của ND vào quá trình xây dựng, tổ chức thực hiện CS", "80.52%", "77.68%"),
    d("3. Chính quyền tổ chức nhiều hình thức để ND dễ dàng tham gia ý kiến xây dựng CS.", "80.14%", "77.06%"),
    d("4. Chính quyền tổ chức nhiều hình thức để ND dễ dàng phản hồi ý kiến đánh giá tình hình triển khai và kết quả, tác động của CS ở địa phương.", "80.90%", "78.30%"),
    g("C. Chất lượng tổ chức thực hiện CS (năm 2023)", "81.64%", "76.08%"),
    d("5. Chính quyền tổ chức thực hiện tốt CS phát triển kinh tế ở địa phương.", "81.37%", ""),
    d("6. Chính quyền tổ chức thực hiện tốt CS khám chữa bệnh ở địa phương.", "81.77%", ""),
    d("7. Chính quyền tổ chức thực hiện tốt CS giáo dục phổ thông ở địa phương.", "82.59%", ""),
    d("8. Chính quyền tổ chức thực hiện tốt CS trật tự, an toàn xã hội ở địa phương.", "82.85%", ""),
    d("9. Chính quyền tổ chức thực hiện tốt CS giao thông đường bộ ở địa phương.", "82.05%", ""),
    d("10. Chính quyền tổ chức thực hiện tốt CS điện sinh hoạt ở địa phương.", "80.83%", ""),
    d("11. Chính quyền tổ chức thực hiện tốt CS nước sinh hoạt ở địa phương.", "80.65%", ""),
    d("12. Chính quyền tổ chức thực hiện tốt CS an sinh xã hội ở địa phương.", "81.77%", ""),
    d("13. Chính quyền tổ chức thực hiện tốt CS cải cách hành chính ở địa phương.", "80.90%", ""),
    g("D. Kết quả, tác động của CS", "81.77%", "74.06%"),
    d("14. Kinh tế gia đình của ND địa phương tốt hơn.", "80.65%", "73.33%"),
    d("15. Kinh tế - xã hội của địa phương tốt hơn.", "80.97%", ""),
    d("16. Bệnh viện công lập ở địa phương khám chữa bệnh cho ND tốt hơn.", "81.12%", ""),
    d("17. Trường phổ thông công lập dạy học sinh tốt hơn.", "82.20%", ""),
    d("18. Trật tự, an toàn xã hội ở địa phương tốt hơn.", "82.38%", ""),
    d("19. Đường bộ, giao thông ở địa phương tốt hơn.", "82.09%", ""),
    d("20. Điện sinh hoạt của ND ở địa phương tốt hơn.", "82.74%", ""),
    d("21. Nước sinh hoạt của ND ở địa phương tốt hơn.", "81.44%", ""),
    d("22. An sinh xã hội đối với ND ở địa phương tốt hơn.", "81.95%", ""),
    d("23. CQHCNN, CBCCVC ở địa phương có năng lực và thực thi công vụ tốt hơn.", "82.20%", ""),
    d("CS đã góp phần giúp cho chất lượng cuộc sống của ND địa phương ngày càng tốt hơn", "", "74.78%"),
    g("II. VIỆC CUNG ỨNG DVHCC", "81.82%", "83.31%"),
    g("E. Tiếp cận dịch vụ", "81.89%", "80.67%"),
    d("24. BPMC có biển hiệu, hướng dẫn rõ ràng, dễ tìm, dễ thấy.", "81.69%", "81.61%"),
    d("25. BPMC có đủ ghế ngồi chờ, ghế ngồi giải quyết công việc và bàn viết cho ND.", "82.20%", ""),
    d("26. BPMC có trang thiết bị phục vụ ND đầy đủ, chất lượng tốt, giúp giải quyết công việc dễ dàng hơn.", "81.77%", "80.16%"),
    d("Cơ quan cung cấp thông tin về việc giải quyết TTHC theo nhiều hình thức, dễ tiếp cận, dễ hiểu đối với mọi ND", "", "78.92%"),
    d("Trụ sở cơ quan tiếp nhận hồ sơ, trả kết quả sạch sẽ, văn minh", "", "81.98%"),
    g("G. TTHC", "81.74%", "80.01%"),
    d("27. Quy định TTHC được niêm yết công khai tại BPMC dễ thấy, dễ đọc.", "81.80%", "82.44%"),
    d("28. Công chức yêu cầu ND nộp hồ sơ TTHC đúng quy định.", "81.73%", "80.16%"),
]
F1 = T(
    caption="CHỈ SỐ HÀI LÒNG CỦA TỈNH SÓC TRĂNG",
    header=[["Tiêu chí", "Năm 2023", "Năm 2022"]],
    rows=_F1,
    widths=[340, 64, 64],
    align="LCC",
    size=11,
    rec=by_cols({2: ("ratio", 2023), 3: ("ratio", 2022)}),
    anchor=["28. Công chức yêu cầu ND", "80.16%"],
    features="bold centred one-line title as caption; bold lettered group rows carrying values; many half-empty rows; repeated header over page break",
)

F2 = T(
    caption="Bảng 2. Kênh thông tin người dân đã sử dụng để theo dõi các chính sách",
    header=[["Kênh thông tin", "Năm 2023", "Năm 2022"]],
    rows=[
        d("1. Qua loa phát thanh xã.", "37.14%", "18.88%"),
        d("2. Qua họp, sinh hoạt, thông báo tại khu dân cư.", "22.10%", "19.50%"),
        d("3. Qua chính quyền, công chức.", "27.54%", "35.06%"),
        d("4. Qua người thân, bạn bè.", "18.66%", "13.69%"),
        d("5. Qua đài, ti vi, báo chí.", "41.30%", "47.10%"),
        d("6. Qua mạng internet.", "32.79%", "28.01%"),
        d("7. Qua hình thức khác.", "0.36%", "0.00%"),
    ],
    widths=[300, 84, 84],
    align="LRR",
    size=12,
    ruled="none",
    rec=by_cols({2: ("ratio", 2023), 3: ("ratio", 2022)}),
    anchor=["7. Qua hình thức khác.", "0.36%"],
    features="unruled, whitespace-aligned table with a bold header row; right-aligned numbers",
)

DOC_F = dict(
    name="h5_f_sipas_chitiet_2023",
    producer="PyMuPDF 1.26 low-level page.insert_text / draw_line (own layout), Liberation Sans + Liberation Serif",
    blocks=[
        ("top", ["UBND TỈNH SÓC TRĂNG", "SỞ NỘI VỤ", ""],
         ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Sóc Trăng, ngày 06 tháng 5 năm 2024"]),
        ("title", ["PHỤ LỤC", "Kết quả chi tiết đo lường sự hài lòng của người dân, tổ chức", "tỉnh Sóc Trăng năm 2023"]),
        ("p", "Chỉ số SIPAS năm 2023 tỉnh Sóc Trăng đạt 81,65%, xếp hạng 37/63 tỉnh, thành phố. Kết quả được tổng hợp từ ý kiến đánh giá, cảm nhận của 558 người dân, doanh nghiệp trong tỉnh. So với năm 2022, nội dung xác định SIPAS năm 2023 có điều chỉnh thông tin mới, với tất cả 39 tiêu chí cụ thể có ảnh hưởng trực tiếp cuộc sống của người dân. Kết quả chi tiết như bảng sau:"),
        ("table", F1),
        ("p", "Tất cả 9 tiêu chí trong nội dung đánh giá Chỉ số hài lòng của tỉnh đều chưa đạt tỷ lệ 90% trở lên, cao nhất chỉ đạt 82,10%, thấp nhất là 80,52%. Ngoài ra, có 11,6% người dân cho rằng có công chức gây phiền hà, sách nhiễu khi giải quyết TTHC."),
        ("p", "Về kênh thông tin, người dân theo dõi các chính sách của cơ quan nhà nước chủ yếu qua đài, ti vi, báo chí và qua loa phát thanh xã; tỷ lệ người dân theo dõi qua mạng internet đạt 32,79%. Cụ thể như sau:"),
        ("table", F2),
        ("p", "Công tác tuyên truyền, thông tin về chính sách của Đảng, quy định của pháp luật Nhà nước đến người dân cần tiếp tục được đổi mới về hình thức, tăng cường ứng dụng công nghệ thông tin, chuyển đổi số trong giải quyết công việc cho người dân./."),
        ("sig", ["Nơi nhận:", "- UBND tỉnh;", "- Lưu: VT."], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Huỳnh Văn Nam"]),
    ],
)

DOCS = [DOC_A, DOC_B, DOC_C, DOC_D, DOC_E, DOC_F]

# ----------------------------------------------------------------------------------------------------------
# producer 1: python-docx -> LibreOffice
# ----------------------------------------------------------------------------------------------------------


def build_docx(doc: dict, out_pdf: str) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    font = "Liberation Serif"
    ALIGN = {"L": WD_ALIGN_PARAGRAPH.LEFT, "C": WD_ALIGN_PARAGRAPH.CENTER, "R": WD_ALIGN_PARAGRAPH.RIGHT,
             "J": WD_ALIGN_PARAGRAPH.JUSTIFY}

    dx = Document()
    st = dx.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(13)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(k), font)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)

    def margins(sec, landscape=False):
        if landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
            sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0), Cm(2.0), Cm(1.8)
        else:
            sec.orientation = WD_ORIENT.PORTRAIT
            sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
            sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3.0), Cm(1.5), Cm(2.0), Cm(2.0)
        sec.footer_distance = Cm(1.0)

    sec = dx.sections[0]
    margins(sec)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run()
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        r._r.append(el)
    r.font.size = Pt(11)
    state = {"width": 16.5}

    def runs(p, text, size, bold=False, italic=False):
        pos = 0
        for m in MARK.finditer(text):
            if m.start() > pos:
                rr = p.add_run(text[pos:m.start()])
                rr.font.size, rr.bold, rr.italic = Pt(size), bold, italic
            rr = p.add_run(m.group(1))
            rr.font.size, rr.bold, rr.italic = Pt(size), bold, italic
            rr.font.superscript = True
            pos = m.end()
        if pos < len(text):
            rr = p.add_run(text[pos:])
            rr.font.size, rr.bold, rr.italic = Pt(size), bold, italic

    def para(text, size=13, bold=False, italic=False, align="J", indent=True, after=6, keep=False):
        p = dx.add_paragraph()
        p.alignment = ALIGN[align]
        p.paragraph_format.space_after = Pt(after)
        p.paragraph_format.line_spacing = 1.1
        if indent:
            p.paragraph_format.first_line_indent = Cm(1.0)
        if keep:
            p.paragraph_format.keep_with_next = True
        runs(p, text, size, bold, italic)
        return p

    def cell_text(cell, text, size, bold=False, italic=False, align="L"):
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        parts = text.split("\n")
        first = cell.paragraphs[0]
        for i, part in enumerate(parts):
            p = first if i == 0 else cell.add_paragraph()
            p.alignment = ALIGN[align]
            p.paragraph_format.space_after = Pt(0)
            p.paragraph_format.line_spacing = 1.0
            p.paragraph_format.widow_control = False  # lets LibreOffice split tall rows at the page end
            runs(p, part, size, bold, italic)

    def borderless(tbl):
        tblPr = tbl._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement(f"w:{side}")
            e.set(qn("w:val"), "nil")
            b.append(e)
        tblPr.append(b)

    def set_widths(tbl, widths_cm):
        tbl.autofit = False
        grid = tbl._tbl.tblGrid.findall(qn("w:gridCol"))
        for gc, w in zip(grid, widths_cm):
            gc.set(qn("w:w"), str(int(w * 567)))
        for row in tbl.rows:
            for c, cell in enumerate(row.cells):
                cell.width = Cm(widths_cm[c])

    def two_col(left, right, lstyle, rstyle, lsize, rsize, lalign, widths):
        tbl = dx.add_table(rows=1, cols=2)
        borderless(tbl)
        tot = state["width"]
        set_widths(tbl, [widths[0] * tot / sum(widths), widths[1] * tot / sum(widths)])
        for cell, lines, sty, size, al in ((tbl.cell(0, 0), left, lstyle, lsize, lalign), (tbl.cell(0, 1), right, rstyle, rsize, "C")):
            for i, line in enumerate(lines):
                p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                p.alignment = ALIGN[al]
                y = sty[min(i, len(sty) - 1)]
                runs(p, line, size, bold="b" in y, italic="i" in y)
        dx.add_paragraph().paragraph_format.space_after = Pt(4)

    def table(t: T):
        para(t.caption, size=12, bold=True, align="C", indent=False, after=4, keep=True)
        nh, nc = len(t.header), len(t.header[0])
        tbl = dx.add_table(rows=nh + len(t.rows), cols=nc)
        tbl.style = "Table Grid"
        tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
        tot = state["width"]
        widths = [w * tot / sum(t.widths) for w in t.widths]
        set_widths(tbl, widths)
        tblPr = tbl._tbl.tblPr
        mar = OxmlElement("w:tblCellMar")
        for side, v in (("top", 28), ("left", 57), ("bottom", 28), ("right", 57)):
            e = OxmlElement(f"w:{side}")
            e.set(qn("w:w"), str(v))
            e.set(qn("w:type"), "dxa")
            mar.append(e)
        tblPr.append(mar)
        for r in range(nh):
            trPr = tbl.rows[r]._tr.get_or_add_trPr()
            if t.repeat:
                trPr.append(OxmlElement("w:tblHeader"))
            trPr.append(OxmlElement("w:cantSplit"))
        for r0, c0, r1, c1, text in header_spans(t.header):
            cell = tbl.cell(r0, c0)
            if (r1, c1) != (r0, c0):
                cell = cell.merge(tbl.cell(r1, c1))
            colnum = is_colnum_row(t.header[r0])
            cell_text(cell, text, t.size, bold=not colnum, italic=colnum, align="C")
        for i, (_kind, style, cells) in enumerate(t.rows):
            for c, text in enumerate(cells):
                cell_text(tbl.cell(nh + i, c), text, t.size, bold="b" in style, italic="i" in style, align=t.align[c])
        dx.add_paragraph().paragraph_format.space_after = Pt(2)

    for b in doc["blocks"]:
        k = b[0]
        if k == "top":
            two_col(b[1], b[2], ["", "b", ""], ["b", "b", "i"], 12, 12, "C", (6.5, 10.0))
        elif k == "title":
            for i, line in enumerate(b[1]):
                para(line, size=14 if i == 0 else 13, bold=True, align="C", indent=False, after=0 if i < len(b[1]) - 1 else 8)
        elif k == "center":
            para(b[1], align="C", indent=False, after=8)
        elif k == "h":
            para(b[1], bold=True, align="J", indent=True, after=6, keep=True)
        elif k == "p":
            para(b[1])
        elif k == "note":
            para(b[1], size=10, align="J", indent=False, after=4)
        elif k == "table":
            table(b[1])
        elif k == "sig":
            two_col(b[1], b[2], ["bi", ""], ["b", "b", "", "", "", "b"], 11, 13, "L", (7.5, 9.0))
        elif k == "newpage":
            dx.add_page_break()
        elif k == "landscape":
            ns = dx.add_section(WD_SECTION.NEW_PAGE)
            margins(ns, landscape=True)
            state["width"] = 25.7
        else:
            raise ValueError(k)

    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, doc["name"] + ".docx")
        dx.save(src)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{td}/profile", "--headless", "--convert-to", "pdf",
                        "--outdir", td, src], check=True, capture_output=True, timeout=300)
        shutil.move(os.path.join(td, doc["name"] + ".pdf"), out_pdf)

# ----------------------------------------------------------------------------------------------------------
# producer 2: reportlab
# ----------------------------------------------------------------------------------------------------------


def build_reportlab(doc: dict, out_pdf: str) -> None:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.fonts import addMapping
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    for nm, f in (("LSerif", "LiberationSerif-Regular.ttf"), ("LSerif-B", "LiberationSerif-Bold.ttf"),
                  ("LSerif-I", "LiberationSerif-Italic.ttf"), ("LSerif-BI", "LiberationSerif-BoldItalic.ttf")):
        pdfmetrics.registerFont(TTFont(nm, os.path.join(LIB, f)))
    addMapping("LSerif", 0, 0, "LSerif")
    addMapping("LSerif", 1, 0, "LSerif-B")
    addMapping("LSerif", 0, 1, "LSerif-I")
    addMapping("LSerif", 1, 1, "LSerif-BI")
    AL = {"L": TA_LEFT, "C": TA_CENTER, "R": TA_RIGHT, "J": TA_JUSTIFY}

    def esc(s):
        s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        s = MARK.sub(lambda m: f"<super>{m.group(1)}</super>", s)
        return s.replace("\n", "<br/>")

    def pst(size=13, align="J", bold=False, italic=False, indent=0.0, after=6, lead=1.2):
        fn = "LSerif" + ("-BI" if bold and italic else "-B" if bold else "-I" if italic else "")
        return ParagraphStyle("x", fontName=fn, fontSize=size, leading=size * lead, alignment=AL[align],
                              firstLineIndent=indent, spaceAfter=after, allowOrphans=1, allowWidows=1)

    class FillToBottom(Flowable):
        """Consume the page space so that only `leave` points remain (a table then starts low on the page)."""

        def __init__(self, leave):
            super().__init__()
            self.leave = leave
            self.h = 0

        def wrap(self, aw, ah):
            self.h = max(0.0, ah - self.leave)
            return aw, self.h

        def draw(self):
            pass

    page_w = A4[0] - 3 * cm - 1.5 * cm
    story = []

    def two_col(left, right, lstyle, rstyle, lsize, rsize, lalign, widths):
        lp = [Paragraph(esc(x) or "&nbsp;", pst(lsize, lalign, "b" in lstyle[min(i, len(lstyle) - 1)],
                                                "i" in lstyle[min(i, len(lstyle) - 1)], after=0)) for i, x in enumerate(left)]
        rp = [Paragraph(esc(x) or "&nbsp;", pst(rsize, "C", "b" in rstyle[min(i, len(rstyle) - 1)],
                                                "i" in rstyle[min(i, len(rstyle) - 1)], after=0)) for i, x in enumerate(right)]
        w = [page_w * widths[0] / sum(widths), page_w * widths[1] / sum(widths)]
        tb = Table([[lp, rp]], colWidths=w)
        tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        story.append(tb)
        story.append(Spacer(1, 8))

    def table(t: T):
        nh, nc = len(t.header), len(t.header[0])
        cap = Paragraph(esc(t.caption), pst(12, "C", bold=True, after=4))
        widths = [w * page_w / sum(t.widths) for w in t.widths]
        data = [["" for _ in range(nc)] for _ in range(nh + len(t.rows))]
        cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        for r0, c0, r1, c1, text in header_spans(t.header):
            colnum = is_colnum_row(t.header[r0])
            data[r0][c0] = Paragraph(esc(text), pst(t.size, "C", bold=not colnum, italic=colnum, after=0, lead=1.15))
            if (r0, c0) != (r1, c1):
                cmds.append(("SPAN", (c0, r0), (c1, r1)))
        for i, (_kind, style, cells) in enumerate(t.rows):
            for c, text in enumerate(cells):
                data[nh + i][c] = [Paragraph(esc(text), pst(t.size, t.align[c], "b" in style, "i" in style, after=0, lead=1.15))]
        # tables with repeated headers are split inside rows where the page ends (a row split by a page break)
        tb = Table(data, colWidths=widths, repeatRows=nh if t.repeat else 0, splitByRow=0 if t.repeat else 1, splitInRow=1)
        tb.setStyle(TableStyle(cmds))
        story.append(cap)
        story.append(tb)
        story.append(Spacer(1, 8))

    for b in doc["blocks"]:
        k = b[0]
        if k == "top":
            two_col(b[1], b[2], ["", "b", ""], ["b", "b", "i"], 12, 12, "C", (6.5, 10.0))
        elif k == "title":
            for i, line in enumerate(b[1]):
                story.append(Paragraph(esc(line), pst(14 if i == 0 else 13, "C", bold=True, after=0 if i < len(b[1]) - 1 else 8)))
        elif k == "center":
            story.append(Paragraph(esc(b[1]), pst(13, "C", after=8)))
        elif k == "h":
            story.append(Paragraph(esc(b[1]), pst(13, "J", bold=True, indent=28, after=6)))
        elif k == "p":
            story.append(Paragraph(esc(b[1]), pst(13, "J", indent=28, after=6)))
        elif k == "note":
            story.append(Paragraph(esc(b[1]), pst(10, "J", after=4)))
        elif k == "table":
            table(b[1])
        elif k == "bottom":
            story.append(FillToBottom(b[1]))
        elif k == "sig":
            rs = ["b" if (i < 2 or i == len(b[2]) - 1) else "" for i in range(len(b[2]))]
            two_col(b[1], b[2], ["bi", ""], rs, 11, 13, "L", (7.5, 9.0))
        else:
            raise ValueError(k)

    def on_page(canv, _doc):
        canv.saveState()
        canv.setFont("LSerif", 11)
        canv.drawCentredString(A4[0] / 2 + 0.75 * cm, 1.2 * cm, str(canv.getPageNumber()))
        canv.restoreState()

    sd = SimpleDocTemplate(out_pdf, pagesize=A4, leftMargin=3 * cm, rightMargin=1.5 * cm, topMargin=2 * cm,
                           bottomMargin=2 * cm, title=doc["name"], author="UBND tỉnh Sóc Trăng")
    sd.build(story, onFirstPage=on_page, onLaterPages=on_page)

# ----------------------------------------------------------------------------------------------------------
# producer 3: fpdf2
# ----------------------------------------------------------------------------------------------------------

SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def unicode_sup(s: str) -> str:
    return MARK.sub(lambda m: m.group(1).translate(SUP), s)


def build_fpdf(doc: dict, out_pdf: str) -> None:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class PDF(FPDF):
        def footer(self):
            self.set_y(-13)
            self.set_font("DS", size=10)
            self.cell(0, 6, str(self.page_no()), align="C")

    pdf = PDF(unit="mm", format="A4")
    pdf.add_font("DS", "", os.path.join(DJV, "DejaVuSerif.ttf"))
    pdf.add_font("DS", "B", os.path.join(DJV, "DejaVuSerif-Bold.ttf"))
    pdf.add_font("DS", "I", os.path.join(DJV, "DejaVuSerif-Italic.ttf"))
    pdf.add_font("DS", "BI", os.path.join(DJV, "DejaVuSerif-BoldItalic.ttf"))
    for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
        pdf.add_font("LS", st, os.path.join(LIB, f"LiberationSans-{f}.ttf"))
    pdf.set_margins(30, 20, 15)
    pdf.set_auto_page_break(True, 20)
    pdf.set_title(doc["name"])
    pdf.add_page()
    PT = 0.3528

    def para(text, size=12, style="", align="J", after=1.8, lh=None):
        pdf.set_font("DS", style, size)
        pdf.multi_cell(0, lh or size * 0.5, unicode_sup(text), align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(after)

    def two_col(left, right, lstyle, rstyle, lsize, rsize, lalign, widths):
        y0 = pdf.get_y()
        w = [pdf.epw * widths[0] / sum(widths), pdf.epw * widths[1] / sum(widths)]
        ys = []
        for x, lines, sty, size, al, ww in ((pdf.l_margin, left, lstyle, lsize, lalign, w[0]),
                                            (pdf.l_margin + w[0], right, rstyle, rsize, "C", w[1])):
            pdf.set_xy(x, y0)
            for i, line in enumerate(lines):
                y = sty[min(i, len(sty) - 1)]
                pdf.set_font("DS", y.upper(), size)
                pdf.set_x(x)
                pdf.multi_cell(ww, size * 0.48, unicode_sup(line), align=al, new_x="LEFT", new_y="NEXT")
            ys.append(pdf.get_y())
        pdf.set_xy(pdf.l_margin, max(ys) + 4)

    def table(t: T):
        nh = len(t.header)
        pdf.set_font("LS", "B", 11)
        pdf.cell(0, 6, t.caption, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("LS", "", t.size)
        layout = {"all": "ALL", "horizontal": "HORIZONTAL_LINES", "none": "NONE"}[t.ruled]
        with pdf.table(width=pdf.epw, col_widths=tuple(t.widths), text_align=tuple(t.align), line_height=t.size * 0.43,
                       borders_layout=layout, num_heading_rows=nh, repeat_headings=1 if t.repeat else 0,
                       headings_style=FontFace(emphasis="B"), padding=(0.8, 1.0), v_align="M",
                       first_row_as_headings=True) as tb:
            spans = header_spans(t.header)
            for r in range(nh):
                row = tb.row()
                colnum = is_colnum_row(t.header[r])
                for r0, c0, r1, c1, text in sorted(x for x in spans if x[0] == r):
                    row.cell(unicode_sup(text), colspan=c1 - c0 + 1, rowspan=r1 - r0 + 1, align="C",
                             style=FontFace(emphasis="I") if colnum else None)
            for _kind, style, cells in t.rows:
                row = tb.row()
                emph = style.upper()
                fs = FontFace(emphasis=emph) if emph else None
                for c, text in enumerate(cells):
                    row.cell(unicode_sup(text), align=t.align[c], style=fs)
        pdf.ln(4)

    for b in doc["blocks"]:
        k = b[0]
        if k == "top":
            two_col(b[1], b[2], ["", "b", ""], ["b", "b", "i"], 11, 11, "C", (6.5, 10.0))
        elif k == "title":
            for i, line in enumerate(b[1]):
                para(line, size=14 if i == 0 else 12.5, style="B", align="C", after=0 if i < len(b[1]) - 1 else 4)
        elif k == "center":
            para(b[1], align="C", after=4)
        elif k == "h":
            para(b[1], style="B", align="L", after=1.5)
        elif k == "p":
            para(b[1])
        elif k == "note":
            para(b[1], size=9, after=2)
        elif k == "table":
            table(b[1])
        elif k == "bottom":
            target = pdf.h - pdf.b_margin - b[1] * PT
            if pdf.get_y() < target:
                pdf.set_y(target)
        elif k == "sig":
            rs = ["b" if (i < 2 or i == len(b[2]) - 1) else "" for i in range(len(b[2]))]
            two_col(b[1], b[2], ["bi", ""], rs, 10, 12, "L", (7.5, 9.0))
        elif k == "landscape":
            pdf.set_margins(20, 20, 15)
            pdf.add_page(orientation="L")
        else:
            raise ValueError(k)
    pdf.output(out_pdf)

# ----------------------------------------------------------------------------------------------------------
# producer 4: PyMuPDF drawing primitives with a small hand-written layout engine
# ----------------------------------------------------------------------------------------------------------


def build_pymupdf(doc: dict, out_pdf: str) -> None:
    import pymupdf

    files = {"R": os.path.join(LIB, "LiberationSerif-Regular.ttf"), "B": os.path.join(LIB, "LiberationSerif-Bold.ttf"),
             "I": os.path.join(LIB, "LiberationSerif-Italic.ttf"), "S": os.path.join(LIB, "LiberationSans-Regular.ttf"),
             "SB": os.path.join(LIB, "LiberationSans-Bold.ttf"), "SI": os.path.join(LIB, "LiberationSans-Italic.ttf")}
    fonts = {k: pymupdf.Font(fontfile=v) for k, v in files.items()}
    pdf = pymupdf.open()
    W, H = 595.28, 841.89
    ML, MR, MT, MB = 85.0, 42.5, 56.7, 62.0
    st = {"page": None, "y": MT}

    def new_page():
        pg = pdf.new_page(width=W, height=H)
        for k, v in files.items():
            pg.insert_font(fontname=k, fontfile=v)
        st["page"], st["y"] = pg, MT

    def word_len(w, font, size):
        base = MARK.sub("", w)
        extra = sum(fonts[font].text_length(m.group(1), fontsize=size * 0.62) for m in MARK.finditer(w))
        return fonts[font].text_length(base, fontsize=size) + extra

    def wrap(text, font, size, width):
        out = []
        for part in text.split("\n"):
            line: list[str] = []
            for w in part.split():
                trial = line + [w]
                if line and word_len(" ".join(trial), font, size) > width:
                    out.append(line)
                    line = [w]
                else:
                    line = trial
            out.append(line)
        return out

    def draw_word(x, y, w, font, size):
        pg = st["page"]
        pos = 0
        for m in MARK.finditer(w):
            seg = w[pos:m.start()]
            if seg:
                pg.insert_text((x, y), seg, fontname=font, fontsize=size)
                x += fonts[font].text_length(seg, fontsize=size)
            pg.insert_text((x, y - size * 0.35), m.group(1), fontname=font, fontsize=size * 0.62)
            x += fonts[font].text_length(m.group(1), fontsize=size * 0.62)
            pos = m.end()
        if pos < len(w):
            pg.insert_text((x, y), w[pos:], fontname=font, fontsize=size)

    def draw_line(words, x0, width, y, font, size, align, last=True):
        space = fonts[font].text_length(" ", fontsize=size)
        lens = [word_len(w, font, size) for w in words]
        total = sum(lens) + space * max(0, len(words) - 1)
        gap = space
        if align == "J" and not last and len(words) > 1:
            gap = space + (width - total) / (len(words) - 1)
            x = x0
        elif align == "C":
            x = x0 + (width - total) / 2
        elif align == "R":
            x = x0 + width - total
        else:
            x = x0
        for i, (w, ln) in enumerate(zip(words, lens)):
            draw_word(x, y, w if MARK.search(w) or i == len(words) - 1 else w + " ", font, size)
            if MARK.search(w) and i < len(words) - 1:
                st["page"].insert_text((x + ln, y), " ", fontname=font, fontsize=size)
            x += ln + gap

    def para(text, size=13, font="R", align="J", indent=28.0, after=6.0, x0=ML, width=None):
        width = width or (W - ML - MR)
        lead = size * 1.25
        lines = wrap(text, font, size, width - indent)
        for i, words in enumerate(lines):
            if st["y"] + lead > H - MB:
                new_page()
            ind = indent if i == 0 else 0
            draw_line(words, x0 + ind, width - ind, st["y"] + size, font, size, align, last=(i == len(lines) - 1))
            st["y"] += lead
        st["y"] += after

    def two_col(left, right, lstyle, rstyle, lsize, rsize, lalign, widths):
        tw = W - ML - MR
        w0 = tw * widths[0] / sum(widths)
        y0 = st["y"]
        ends = []
        for x, lines, sty, size, al, ww in ((ML, left, lstyle, lsize, lalign, w0), (ML + w0, right, rstyle, rsize, "C", tw - w0)):
            st["y"] = y0
            for i, line in enumerate(lines):
                y = sty[min(i, len(sty) - 1)]
                font = "B" if "b" in y else "I" if "i" in y else "R"
                para(line or " ", size=size, font=font, align=al, indent=0, after=0, x0=x, width=ww)
            ends.append(st["y"])
        st["y"] = max(ends) + 10

    def table(t: T):
        size = t.size
        lead = size * 1.2
        pad = 3.0
        tw = W - ML - MR
        xs = [ML]
        for w in t.widths:
            xs.append(xs[-1] + w * tw / sum(t.widths))
        nh = len(t.header)
        reg, bold, ital = "S", "SB", "SI"
        spans = header_spans(t.header)
        rows_h = [0.0] * nh
        lay = []
        for r0, c0, r1, c1, text in spans:
            colnum = is_colnum_row(t.header[r0])
            f = ital if colnum else bold
            lines = wrap(text, f, size, xs[c1 + 1] - xs[c0] - 2 * pad)
            need = len(lines) * lead + 2 * pad
            lay.append((r0, c0, r1, c1, lines, f, need))
            if r0 == r1:
                rows_h[r0] = max(rows_h[r0], need)
        for r0, _c0, r1, _c1, _lines, _f, need in lay:
            have = sum(rows_h[r0:r1 + 1])
            if need > have:
                rows_h[r1] += need - have
        hh = sum(rows_h)

        def hline(y, x0=xs[0], x1=xs[-1]):
            st["page"].draw_line((x0, y), (x1, y), color=(0, 0, 0), width=0.5)

        def cell_box(x0, y0, x1, y1):
            if t.ruled == "all":
                st["page"].draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=(0, 0, 0), width=0.5)

        def cell_lines(lines, x0, x1, y0, y1, font, align):
            th = len(lines) * lead
            yb = y0 + (y1 - y0 - th) / 2 + size * 0.9
            for i, words in enumerate(lines):
                draw_line(words, x0 + pad, x1 - x0 - 2 * pad, yb + i * lead, font, size, align)

        def draw_header():
            y0 = st["y"]
            ys = [y0]
            for h in rows_h:
                ys.append(ys[-1] + h)
            for r0, c0, r1, c1, lines, f, _need in lay:
                cell_box(xs[c0], ys[r0], xs[c1 + 1], ys[r1 + 1])
                al = "C" if t.ruled != "none" else ("L" if c0 == 0 else "R")
                cell_lines(lines, xs[c0], xs[c1 + 1], ys[r0], ys[r1 + 1], f, al)
            if t.ruled == "horizontal":
                hline(ys[0])
                hline(ys[-1])
            st["y"] = ys[-1]

        body = []
        for _kind, style, cells in t.rows:
            f = bold if "b" in style else ital if "i" in style else reg
            cl = [wrap(txt, f, size, xs[c + 1] - xs[c] - 2 * pad) for c, txt in enumerate(cells)]
            h = max(len(x) for x in cl) * lead + 2 * pad
            body.append((cl, f, h))
        cap_h = 20.0
        if st["y"] + cap_h + hh + body[0][2] > H - MB:
            new_page()
        para(t.caption, size=12, font="B", align="C", indent=0, after=4)
        draw_header()
        for cl, f, h in body:
            if st["y"] + h > H - MB:
                new_page()
                if t.repeat:
                    draw_header()
            y0 = st["y"]
            for c, lines in enumerate(cl):
                cell_box(xs[c], y0, xs[c + 1], y0 + h)
                al = t.align[c]
                if t.ruled == "none" and al == "C":
                    al = "R"
                cell_lines(lines, xs[c], xs[c + 1], y0, y0 + h, f, al)
            if t.ruled == "horizontal":
                hline(y0 + h)
            st["y"] = y0 + h
        st["y"] += 10

    new_page()
    for b in doc["blocks"]:
        k = b[0]
        if k == "top":
            two_col(b[1], b[2], ["", "b", ""], ["b", "b", "i"], 12, 12, "C", (6.5, 10.0))
        elif k == "title":
            for i, line in enumerate(b[1]):
                para(line, size=14 if i == 0 else 13, font="B", align="C", indent=0, after=0 if i < len(b[1]) - 1 else 8)
        elif k == "center":
            para(b[1], align="C", indent=0, after=8)
        elif k == "h":
            para(b[1], font="B", after=6)
        elif k == "p":
            para(b[1])
        elif k == "note":
            para(b[1], size=10, indent=0, after=4)
        elif k == "table":
            table(b[1])
        elif k == "sig":
            rs = ["b" if (i < 2 or i == len(b[2]) - 1) else "" for i in range(len(b[2]))]
            two_col(b[1], b[2], ["bi", ""], rs, 11, 13, "L", (7.5, 9.0))
        else:
            raise ValueError(k)
    for i, pg in enumerate(pdf):
        txt = str(i + 1)
        x = (W + ML - MR) / 2 - fonts["R"].text_length(txt, fontsize=11) / 2
        pg.insert_text((x, H - 30), txt, fontname="R", fontsize=11)
    pdf.set_metadata({"title": doc["name"], "author": "Sở Nội vụ tỉnh Sóc Trăng", "producer": "PyMuPDF"})
    pdf.subset_fonts()
    pdf.save(out_pdf, garbage=3, deflate=True)

# ----------------------------------------------------------------------------------------------------------
# expected JSON, page detection, verification, self-check
# ----------------------------------------------------------------------------------------------------------

PRODUCERS = {"h5_a": build_docx, "h5_b": build_docx, "h5_c": build_docx, "h5_d": build_reportlab,
             "h5_e": build_fpdf, "h5_f": build_pymupdf}
NUM = re.compile(r"[-+]?\d[\d.,]*%?")


def parse_num(raw: str, dot_decimal: bool) -> float | None:
    s = clean(raw).replace(" ", "")
    if not s or not NUM.fullmatch(s):
        return None
    s = s.rstrip("%")
    neg = s.startswith("-")
    s = s.lstrip("+-")
    if "," in s:
        s = s.replace(".", "").replace(",", ".")
    elif "." in s and not dot_decimal and re.fullmatch(r"\d{1,3}(\.\d{3})+", s):
        s = s.replace(".", "")
    v = float(s)
    return -v if neg else v


def records_for(t: T, tno: int) -> list[dict]:
    out = []
    if t.rec is None:
        return out
    for r, (kind, _style, cells) in enumerate(t.rows):
        for c0, raw in enumerate(cells):
            spec = t.rec(r, c0 + 1, cells, kind)
            if not spec:
                continue
            measure, year = spec
            txt = clean(raw)
            m = re.fullmatch(r"(\d+)/(\d+)", txt)
            if m:
                out.append(dict(table=tno, row=r + 1, col=c0 + 1, measure="rank", year=year, value=float(m.group(1)), value_raw=txt))
                out.append(dict(table=tno, row=r + 1, col=c0 + 1, measure="rank_of", year=year, value=float(m.group(2)), value_raw=txt))
                continue
            v = parse_num(txt, t.dot_decimal)
            if v is None:
                continue
            out.append(dict(table=tno, row=r + 1, col=c0 + 1, measure=measure, year=year, value=v, value_raw=txt))
    return out


def page_texts(pdf_path: str) -> list[str]:
    import pdfplumber

    with pdfplumber.open(pdf_path) as pdf:
        return [unicodedata.normalize("NFC", " ".join((p.extract_text() or "").split())) for p in pdf.pages]


def find_pages(texts: list[str], t: T, is_last: bool) -> list[int]:
    cap = clean(t.caption)
    hits = [i for i, x in enumerate(texts) if cap in x]
    if len(hits) != 1:
        raise SystemExit(f"caption {cap!r} found on pages {[h + 1 for h in hits]} (want exactly one, on one line)")
    start = hits[0]
    first_hdr = clean(t.header[0][0]).split()[0]
    if first_hdr not in texts[start]:
        raise SystemExit(f"header of {cap!r} not on the caption page {start + 1}")
    if t.anchor is None:
        if not is_last:
            raise SystemExit(f"{cap!r}: no anchor but not the last block")
        end = len(texts) - 1
    else:
        end = start
        for tok in t.anchor:
            where = [i for i in range(start, len(texts)) if tok in texts[i]]
            if not where:
                raise SystemExit(f"anchor {tok!r} of {cap!r} not found from page {start + 1}")
            end = max(end, where[0])
    return list(range(start + 1, end + 2))


def verify_rendered(pdf_path: str, doc: dict) -> list[str]:
    """Every word of every expected cell must occur somewhere in the PDF's words (text rendered)."""
    import pdfplumber

    words = set()
    with pdfplumber.open(pdf_path) as pdf:
        for p in pdf.pages:
            for w in p.extract_words():
                words.add(unicodedata.normalize("NFC", w["text"]))
    # pdfplumber chains vertically-centred cell lines into one line; pdftotext -raw keeps drawing order
    raw = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", pdf_path, "-"], capture_output=True, text=True, check=True).stdout
    words.update(unicodedata.normalize("NFC", raw).split())
    missing = []
    for b in doc["blocks"]:
        if b[0] != "table":
            continue
        t = b[1]
        for cells in [r[2] for r in t.rows] + t.header + [[t.caption]]:
            for c in cells:
                with_marks = unicodedata.normalize("NFC", MARK.sub(lambda m: m.group(1), c)).split()
                for w, wm in zip(clean(c).split(), with_marks):
                    if w not in words and wm not in words:
                        missing.append(w)
    return missing


def build_all(only: set[str] | None = None) -> list[str]:
    made = []
    for doc in DOCS:
        name = doc["name"]
        if only and not any(name.startswith(o) for o in only):
            continue
        pdf_path = os.path.join(HERE, name + ".pdf")
        PRODUCERS[name[:4]](doc, pdf_path)
        texts = page_texts(pdf_path)
        tables, records = [], []
        blocks = doc["blocks"]
        last_table_idx = max(i for i, b in enumerate(blocks) if b[0] == "table")
        trailing_only_notes = all(b[0] in ("note",) for b in blocks[last_table_idx + 1:])
        tno = 0
        for i, b in enumerate(blocks):
            if b[0] != "table":
                continue
            tno += 1
            t: T = b[1]
            pages = find_pages(texts, t, is_last=(i == last_table_idx and trailing_only_notes))
            tables.append(dict(
                table=tno, pages=pages, title=clean(t.caption),
                header=[[clean(x) for x in row] for row in t.header],
                rows=[[clean(x) for x in cells] for _k, _s, cells in t.rows],
                row_kinds=[k for k, _s, _c in t.rows],
                features=t.features,
            ))
            records.extend(records_for(t, tno))
        for tb in tables:
            w = len(tb["header"][0])
            assert all(len(r) == w for r in tb["header"] + tb["rows"]), (name, tb["table"])
        exp = dict(doc=name + ".pdf", n_pages=len(texts), producer=doc["producer"], tables=tables, records=records)
        with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(exp, fh, ensure_ascii=False, indent=1)
        miss = verify_rendered(pdf_path, doc)
        cells = sum(len(r) for tb in tables for r in tb["rows"])
        print(f"{name}: {len(texts)} pages, {len(tables)} tables, {cells} body cells, {len(records)} records; "
              f"pages per table {[tb['pages'] for tb in tables]}" + (f"; NOT RENDERED: {sorted(set(miss))[:20]}" if miss else ""))
        made.append(name)
    return made


def selfcheck() -> int:
    """Feed the expected files to accuracy.py as if they were parx output: everything must score 100 %."""
    files = sorted(os.path.join(HERE, f) for f in os.listdir(HERE) if f.endswith(".expected.json"))
    with tempfile.TemporaryDirectory() as td:
        with open(os.path.join(td, "tables.jsonl"), "w", encoding="utf-8") as tj, \
                open(os.path.join(td, "records.csv"), "w", encoding="utf-8", newline="") as rc:
            w = csv.writer(rc)
            w.writerow(["doc", "table", "row", "col", "page", "year", "entity", "entity_raw", "item_code", "item", "item_raw",
                        "measure", "value", "unit", "value_raw", "match_score", "status"])
            for f in files:
                e = json.load(open(f, encoding="utf-8"))
                for tb in e["tables"]:
                    tj.write(json.dumps(dict(doc=e["doc"], table=tb["table"], pages=tb["pages"], method="pdf", title=tb["title"],
                                             header=tb["header"], rows=tb["rows"], row_kinds=tb["row_kinds"]), ensure_ascii=False) + "\n")
                for r in e["records"]:
                    w.writerow([e["doc"], r["table"], r["row"], r["col"], "", r["year"], "", "", "", "", "", r["measure"],
                                r["value"], "", r["value_raw"], "", "ok"])
        acc = os.path.join(os.path.dirname(HERE), "accuracy.py")
        return subprocess.run([sys.executable, acc, *files, td, "--min-cells", "100"]).returncode


def main(argv: list[str]) -> int:
    only = {a for a in argv if not a.startswith("--")} or None
    build_all(only)
    if "--no-selfcheck" not in argv:
        return selfcheck()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
